/**
 * Writes public/_headers and deploy/nginx/anju.conf from scripts/lib/hosting.ts, the one source
 * of the headers and content types a server sends. Run after editing that file:
 * `node scripts/make-host-config.ts` (a unit test fails while the committed files are stale).
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { renderHeadersFile } from "./lib/hosting.ts";
import { EXAMPLE_SITE, renderNginxConfig } from "./lib/nginx.ts";

/** The generated files, by path from the repository root. */
export const HOST_CONFIG_FILES: Readonly<Record<string, () => string>> = {
  "public/_headers": renderHeadersFile,
  "deploy/nginx/anju.conf": () => renderNginxConfig(EXAMPLE_SITE),
};

if (import.meta.main) {
  const root = join(import.meta.dirname, "..");
  for (const [path, render] of Object.entries(HOST_CONFIG_FILES)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), render());
    process.stdout.write(`wrote ${path}\n`);
  }
}
