/**
 * A large file of lines checked a slice at a time (scripts/lib/check-file.ts) finds what the same
 * file read whole finds, wherever the slices end — a telephone number that a line break splits
 * included — and hashes the same bytes.
 */
import { createHash } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { checkFile } from "../../../scripts/lib/check-file.ts";
import { denyRules, type GuardFinding, type GuardRules } from "../../../src/lib/publish/guards.ts";

const RULES: GuardRules = { siteHost: "anju.example.org", allowedHosts: [], deniedPhrases: ["代开发票"] };
const CHECK = { text: true, hash: true, rules: RULES, deny: denyRules(RULES.deniedPhrases) };

// Clean rows of a CSV around three findings: a configured phrase, a resident id and a link to a
// host not on the allowlist; and (the checks name one kind of personal data a text) a second file
// with a landline whose area code ends one line and its number the next.
const clean = (from: number) =>
  Array.from(
    { length: 40 },
    (_, i) => `420323-${String(from + i).padStart(4, "0")},竹山县安置点${i},0.${i}\n`,
  );
const TEXT = [
  ...clean(0),
  "420323-0900,专业代开发票,1\n",
  ...clean(100),
  "420323-0901,11010519491231002X,1\n",
  ...clean(200),
  "420323-0902,见 https://ads.example.com/x,1\n",
  ...clean(300),
].join("");
const PHONE = [...clean(0), '420323-0903,"办公室电话（0719）\n8123456",1\n', ...clean(100)].join("");

const distinct = (findings: readonly GuardFinding[]) =>
  [...new Set(findings.map((f) => `${f.code}: ${f.detail}`))].sort();

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "anju-check-file-"));
  await writeFile(join(dir, "figures.csv"), TEXT);
  await writeFile(join(dir, "phone.csv"), PHONE);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("a large file checked a slice of lines at a time", () => {
  test("finds what the whole file shows, wherever the slices end, and hashes the same bytes", () => {
    const whole = checkFile(dir, "figures.csv", CHECK, { bytes: Number.POSITIVE_INFINITY, overlap: 64 });
    expect(distinct(whole.findings)).toEqual([
      "denied-text: “代开发票” (rule configured-1)",
      "foreign-link: a link to ads.example.com, which is not on the allowlist (https://ads.example.com/x,1)",
      "personal-data: what looks like a resident-id number",
    ]);
    expect(whole.sha256).toBe(createHash("sha256").update(TEXT).digest("hex"));
    const phone = checkFile(dir, "phone.csv", CHECK, { bytes: Number.POSITIVE_INFINITY, overlap: 64 });
    expect(distinct(phone.findings)).toEqual(["personal-data: what looks like a landline number"]);
    // Slices from a few lines to most of a file: some end between the area code and the number.
    for (let bytes = 100; bytes < 2_000; bytes += 7) {
      for (const [file, expected] of [
        ["figures.csv", whole],
        ["phone.csv", phone],
      ] as const) {
        const sliced = checkFile(dir, file, CHECK, { bytes, overlap: 64 });
        expect(distinct(sliced.findings), `${file} in slices of ${bytes} bytes`).toEqual(
          distinct(expected.findings),
        );
        expect(sliced.sha256, `${file} in slices of ${bytes} bytes`).toBe(expected.sha256);
      }
    }
  });

  test("without the overlap, a number split across two slices would be missed", () => {
    const missed = [];
    for (let bytes = 100; bytes < 2_000; bytes += 7) {
      const sliced = checkFile(dir, "phone.csv", CHECK, { bytes, overlap: 0 });
      if (sliced.findings.length === 0) missed.push(bytes);
    }
    // The test above holds only because the overlap covers such splits.
    expect(missed.length).toBeGreaterThan(0);
  });

  test("a line longer than a slice makes the file read whole", async () => {
    await writeFile(join(dir, "one-line.json"), `[${'"x",'.repeat(500)}"联系 13812345678"]\n`);
    const checked = checkFile(dir, "one-line.json", CHECK, { bytes: 256, overlap: 64 });
    expect(distinct(checked.findings)).toEqual(["personal-data: what looks like a mobile number"]);
  });
});
