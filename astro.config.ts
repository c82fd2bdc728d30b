// Astro renders the pages from the build context (src/data/context.ts). `anju build` sets it
// before it runs Astro; `npx astro dev` or `npx astro build` on their own prepare it here, once,
// from this checkout's data/ and config/site.json (unsigned, and no release is recorded).
import mdx from "@astrojs/mdx";
import type { AstroIntegration } from "astro";
import { defineConfig } from "astro/config";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { prepareDownloads, siteContext } from "./scripts/lib/downloads.ts";
import { buildModel, loadSiteConfig } from "./scripts/lib/model.ts";
import { buildContext, hasBuildContext, setBuildContext } from "./src/data/context.ts";

const ROOT = fileURLToPath(new URL(".", import.meta.url));
// Checked here too, so a bad configuration stops `astro dev` with the same message as `anju build`.
const config = hasBuildContext()
  ? buildContext().config
  : await loadSiteConfig(join(ROOT, "config", "site.json"));

/** Prepares the build context from the checkout's own data when `anju build` has not set one. */
async function prepareCheckoutContext(): Promise<void> {
  if (hasBuildContext()) return;
  const model = await buildModel(join(ROOT, "data"), config);
  setBuildContext(siteContext(await prepareDownloads(model, { record: false })));
}

const checkoutContext: AstroIntegration = {
  name: "anju-checkout-context",
  hooks: { "astro:server:setup": prepareCheckoutContext, "astro:build:start": prepareCheckoutContext },
};

export default defineConfig({
  site: config.siteUrl,
  output: "static",
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "never" },
  integrations: [mdx(), checkoutContext],
  devToolbar: { enabled: false },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
