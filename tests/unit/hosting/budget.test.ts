/** The size budget: sizes as people write them, and what the build says when the site is too big. */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { measureSite, overBudget, parseCount, parseSize } from "../../../scripts/lib/budget.ts";
import { budgetFromOptions } from "../../../scripts/lib/host-stages.ts";

let site = "";

beforeAll(async () => {
  site = await mkdtemp(join(tmpdir(), "anju-budget-"));
  await mkdir(join(site, "sites/a"), { recursive: true });
  await mkdir(join(site, "data"));
  await writeFile(join(site, "index.html"), "x".repeat(100));
  await writeFile(join(site, "sites/a/index.html"), "x".repeat(3000));
  await writeFile(join(site, "sites/b.html"), "x".repeat(2000));
  await writeFile(join(site, "data/sites.csv"), "x".repeat(4000));
});

afterAll(async () => {
  await rm(site, { recursive: true, force: true });
});

test.each([
  ["900MB", 900_000_000],
  ["1.5 GB", 1_500_000_000],
  ["2GiB", 2_147_483_648],
  ["512kb", 512_000],
  ["1000", 1000],
  ["none", null],
])("reads the size %s as %s bytes", (text, bytes) => {
  expect(parseSize(text)).toBe(bytes);
});

test.each(["", "1 GBs", "-1GB", "lots"])("refuses %j as a size, saying how to write one", (text) => {
  expect(() => parseSize(text)).toThrow(/Write it like 900MB/);
});

test("reads a file count, or none, and refuses anything else", () => {
  expect(parseCount("20000")).toBe(20000);
  expect(parseCount("none")).toBeNull();
  expect(() => parseCount("20k")).toThrow(/--max-files/);
});

test("weighs the site by top-level part, heaviest first, and lists its largest files", async () => {
  const size = await measureSite(site);
  expect(size.bytes).toBe(9100);
  expect(size.files).toBe(4);
  expect(size.parts).toEqual([
    { name: "sites/", bytes: 5000, files: 2 },
    { name: "data/", bytes: 4000, files: 1 },
    { name: "index.html", bytes: 100, files: 1 },
  ]);
  expect(size.largest[0]).toEqual({ file: "data/sites.csv", bytes: 4000 });
});

test("says nothing when the site fits, and names the limit, the parts and the remedy when it does not", async () => {
  const size = await measureSite(site);
  expect(overBudget(size, { maxBytes: 9100, maxFiles: 4 })).toEqual([]);
  const lines = overBudget(size, { maxBytes: 9000, maxFiles: 3 });
  expect(lines[0]).toBe(
    "The site is too big for its host: 9.1 KB, over the limit of 9.0 KB (--max-size); 4 files, over the limit of 3 (--max-files).",
  );
  expect(lines).toContain("  sites/  5.0 KB in 2 files");
  expect(lines).toContain("  data/sites.csv  4.0 KB");
  expect(lines.at(-2)).toMatch(/raise the limit/);
});

test("the file limit is Cloudflare Pages' unless the build precompresses for a server of its own, or is told", () => {
  const options = (values: { precompress?: boolean; "max-files"?: string }) =>
    budgetFromOptions({ precompress: false, "max-size": undefined, "max-files": undefined, ...values });
  expect(options({}).maxFiles).toBe(20_000);
  expect(options({ precompress: true }).maxFiles).toBeNull();
  expect(options({ precompress: true, "max-files": "30000" }).maxFiles).toBe(30_000);
  // The size limit stays whatever the host.
  expect(options({ precompress: true }).maxBytes).toBe(1_000_000_000);
});
