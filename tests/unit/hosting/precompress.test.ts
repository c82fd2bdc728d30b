/**
 * `anju build --precompress`'s copies: beside every text file of 1 KB or more and nothing else,
 * the same bytes on every run, and unpacking to the original.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, expect, test } from "vitest";
import { precompressSite } from "../../../scripts/lib/precompress.ts";
import { listFiles } from "../../../scripts/lib/walk.ts";

let work = "";
const PAGE = `<!doctype html><title>十堰</title>${"<p>安置点 420323-0001</p>\n".repeat(200)}`;
const DOWNLOAD = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3]);

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "anju-precompress-"));
  const site = join(work, "a");
  await mkdir(join(site, "data"), { recursive: true });
  await mkdir(join(site, "_astro"));
  await writeFile(join(site, "index.html"), PAGE);
  await writeFile(join(site, "data/sites.csv"), "site_id,name\n".concat("420323-0001,麻家渡\n".repeat(100)));
  await writeFile(join(site, "data/indicators.json.gz"), DOWNLOAD);
  await writeFile(join(site, "data/indicators.json"), JSON.stringify({ values: Array(300).fill(0.5) }));
  await writeFile(join(site, "_astro/small.css"), "p{color:red}");
  await writeFile(join(site, "_astro/logo.png"), Buffer.alloc(4096, 7));
  await cp(site, join(work, "b"), { recursive: true });
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

test("writes a .gz copy beside every text file of 1 KB or more, and only those", async () => {
  const report = await precompressSite(join(work, "a"));
  expect(await listFiles(join(work, "a"))).toEqual([
    "_astro/logo.png",
    "_astro/small.css",
    "data/indicators.json",
    // The site's own download is kept as it was, and gets no copy of its own.
    "data/indicators.json.gz",
    "data/sites.csv",
    "data/sites.csv.gz",
    "index.html",
    "index.html.gz",
  ]);
  expect(await readFile(join(work, "a/data/indicators.json.gz"))).toEqual(DOWNLOAD);
  expect(report.files).toBe(2);
});

test("copies unpack to the original bytes", async () => {
  for (const file of ["index.html", "data/sites.csv"]) {
    const original = await readFile(join(work, "a", file));
    expect(gunzipSync(await readFile(join(work, "a", `${file}.gz`)))).toEqual(original);
  }
});

test("two runs over the same files write byte-identical copies, with time 0 and Unix in the header", async () => {
  await precompressSite(join(work, "b"));
  for (const file of ["index.html.gz", "data/sites.csv.gz"]) {
    const first = await readFile(join(work, "a", file));
    expect(await readFile(join(work, "b", file))).toEqual(first);
    // RFC 1952: bytes 4–7 the modification time, byte 8 the level flags (2: slowest), byte 9 the OS.
    expect([...first.subarray(4, 10)]).toEqual([0, 0, 0, 0, 2, 3]);
  }
});
