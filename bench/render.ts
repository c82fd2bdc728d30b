/**
 * The render stage against a bare Astro build of as many trivial pages, side by side in one run
 * (goal, issues 8 and 18: render ≤ 2× the bare build's time).
 *
 *   node bench/render.ts [DATA_DIR] [--jobs N]     (default: data/, and the build's own default)
 *
 * Runs `anju build DATA_DIR --force --jobs 1`, then with `--jobs N` (when N > 1), into a scratch
 * folder and reads each render stage's time and page count from the log, then builds a bare Astro
 * project with the same number of one-line pages (one dynamic route) with the same Astro, and
 * prints all three and the ratios.
 */
import { spawnSync } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const { values, positionals } = parseArgs({ allowPositionals: true, options: { jobs: { type: "string" } } });
const data = resolve(positionals[0] ?? "data");
const jobs = Number(values.jobs ?? Math.min(availableParallelism(), 4));
// Inside the project, so the bare build resolves the same Astro from node_modules.
const scratch = join(ROOT, ".anju", "bench-render");
await rm(scratch, { recursive: true, force: true });
await mkdir(join(scratch, "bare", "src", "pages"), { recursive: true });

/**
 * The release and render stages of a forced build on `n` threads, and its pages. With n > 1
 * the site pages render alongside the release stage, so only the two together compare.
 */
function stages(n: number): { pages: number; release: number; render: number } {
  const anju = spawnSync(
    process.execPath,
    ["bin/anju.mjs", "build", data, "--out", join(scratch, `site-${n}`), "--force", "--jobs", String(n)],
    {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, ANJU_RELEASES_DIR: join(scratch, `releases-${n}`), CI: "true" },
    },
  );
  const release = /release: .* \(([\d.]+) s\)/.exec(anju.stderr);
  const render = /render: ([\d,]+) pages[^(]*\(([\d.]+) s\)/.exec(anju.stderr);
  if (anju.status !== 0 || !render || !release) throw new Error(`anju build failed:\n${anju.stderr}`);
  return {
    pages: Number(render[1]!.replaceAll(",", "")),
    release: Number(release[1]),
    render: Number(render[2]),
  };
}

const one = stages(1);
const many = jobs > 1 ? stages(jobs) : null;
const pages = one.pages;

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

const bare = (performance.now() - started) / 1000;
// On n threads the render's own cost is what release + render took beyond the release alone.
const manyRender = many ? many.release + many.render - one.release : null;
process.stdout.write(
  [
    `pages: ${pages.toLocaleString("en")}`,
    `1 thread:    release ${one.release.toFixed(1)} s, render ${one.render.toFixed(1)} s (${(one.render / bare).toFixed(2)}× bare)`,
    ...(many && manyRender !== null
      ? [
          `${jobs} threads:   release + render ${(many.release + many.render).toFixed(1)} s ` +
            `(1 thread: ${(one.release + one.render).toFixed(1)} s); render beyond the release ` +
            `${manyRender.toFixed(1)} s (${(manyRender / bare).toFixed(2)}× bare)`,
        ]
      : []),
    `bare Astro, trivial pages: ${bare.toFixed(1)} s`,
    `goal: render ≤ 2× bare`,
  ].join("\n") + "\n",
);
await rm(scratch, { recursive: true, force: true });
