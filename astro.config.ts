// Astro builds the static site from the model that src/data/model.ts loads. `anju build` runs this
// with the data directory and output folder it was given; `npm start` builds the sample data.
import mdx from "@astrojs/mdx";
import { defineConfig } from "astro/config";
import { readFileSync } from "node:fs";
import { parseSiteConfig } from "./src/lib/site/config.ts";

const configPath = process.env.ANJU_CONFIG ?? "config/site.json";
// Checked here too, so a bad address stops `astro dev` with the same message as `anju build`.
const parsed = parseSiteConfig(readFileSync(configPath, "utf8"), configPath);
if (!parsed.ok)
  throw new Error(`${configPath} is not a valid site configuration:\n${parsed.problems.join("\n")}`);
const config = parsed.config;

export default defineConfig({
  site: config.siteUrl,
  output: "static",
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "never" },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  security: {
    // No unsafe-inline or unsafe-eval for scripts: Astro hashes the scripts and styles it emits.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "worker-src 'self' blob:",
      ],
    },
  },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
