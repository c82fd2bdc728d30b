/**
 * The render stage against a bare Astro build of as many trivial pages, side by side in one run
 * (goal, issue 8: render ≤ 2× the bare build's time).
 *
 *   node bench/render.ts [DATA_DIR]      (default: data/)
 *
 * Runs `anju build DATA_DIR --force` into a scratch folder and reads its render stage's time and
 * page count from the log, then builds a bare Astro project with the same number of one-line
 * pages (one dynamic route) with the same Astro, and prints both and the ratio.
 */
import { spawnSync } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const data = resolve(process.argv[2] ?? "data");
// Inside the project, so the bare build resolves the same Astro from node_modules.
const scratch = join(ROOT, ".anju", "bench-render");
await rm(scratch, { recursive: true, force: true });
await mkdir(join(scratch, "bare", "src", "pages"), { recursive: true });

const anju = spawnSync(
  process.execPath,
  ["bin/anju.mjs", "build", data, "--out", join(scratch, "site"), "--force"],
  {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ANJU_RELEASES_DIR: join(scratch, "releases"), CI: "true" },
  },
);
const render = /render: ([\d,]+) pages \(([\d.]+) s\)/.exec(anju.stderr);
if (anju.status !== 0 || !render) throw new Error(`anju build failed:\n${anju.stderr}`);
const pages = Number(render[1]!.replaceAll(",", ""));
const renderSeconds = Number(render[2]);

await writeFile(
  join(scratch, "bare", "src", "pages", "[n].astro"),
  `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, i) => ({ params: { n: String(i) } }));
}
---
<html lang="en"><head><title>{Astro.params.n}</title></head><body><p>Page {Astro.params.n}</p></body></html>
`,
);
const { build } = await import("astro");
const started = performance.now();
await build({
  root: join(scratch, "bare"),
  configFile: false,
  outDir: join(scratch, "bare", "dist"),
  logLevel: "error",
  build: { format: "directory" },
});
const bareSeconds = (performance.now() - started) / 1000;

process.stdout.write(
  [
    `pages: ${pages.toLocaleString("en")}`,
    `anju render stage:        ${renderSeconds.toFixed(1)} s`,
    `bare Astro, trivial pages: ${bareSeconds.toFixed(1)} s`,
    `ratio (render / bare): ${(renderSeconds / bareSeconds).toFixed(2)}  (goal ≤ 2)`,
  ].join("\n") + "\n",
);
