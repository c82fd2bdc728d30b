/**
 * Every problem the validator can find is told in plain Chinese as well as in English: a county
 * office reads the check page in Chinese. Each defect fixture is validated, and each problem must
 * carry a Chinese message that is Chinese (it has CJK characters, it differs from the English one)
 * and holds no English sentence left untranslated. Values quoted from the file (“…”), code words
 * and file names may stay as they are; a run of four English words may not.
 */
import { rm } from "node:fs/promises";
import { afterAll, describe, expect, test } from "vitest";
import { fileTooLarge } from "../../../scripts/lib/input-sizes.ts";
import { loadDataDirectory } from "../../../scripts/lib/load-data.ts";
import { PROBLEM_TYPES, type Problem } from "../../../src/lib/problems.ts";
import { explainNotANumber } from "../../../src/lib/validate/hints.ts";
import { checkPackage } from "../../../src/lib/validate/package.ts";
import { defectNames, withDefect } from "../defect-fixture.ts";

const DEFECTS = await defectNames();
const scratch: string[] = [];

afterAll(async () => {
  await Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function problemsOf(defect: string): Promise<Problem[]> {
  const dir = await withDefect(defect, scratch);
  return (await loadDataDirectory(dir, { cwd: dir })).problems;
}

const CJK = /[\u4e00-\u9fff]/;
// Four English words in a row ("is not a date", "Save the file as"): a sentence left in English.
const ENGLISH_RUN = /\b[A-Za-z]+(?:[ ,]+[A-Za-z]+){3}\b/;

/** The English left in a Chinese message once quoted values and the JSON parser's own words are set aside. */
function englishIn(message: string): string | null {
  const own = message
    .replace(/“[^”]*”/g, "")
    .replace(/"[^"]*"/g, "")
    .replace(/解析器提示：[^）]*/g, "");
  return ENGLISH_RUN.exec(own)?.[0] ?? null;
}

/** Checks one Chinese text against its English one; returns what is wrong, or null. */
function fault(zh: string, en: string): string | null {
  if (zh.trim() === "") return "empty";
  if (!CJK.test(zh)) return "no Chinese characters";
  if (zh === en) return "same as the English";
  const english = englishIn(zh);
  return english === null ? null : `English left in: “${english}”`;
}

describe("the test's own check", () => {
  test("catches an English sentence and lets quoted values and code words through", () => {
    expect(fault("“12.5”不是整数。", "x")).toBeNull();
    expect(fault("列 site_id 出现了两次。", "x")).toBeNull();
    expect(fault("“not a number at all”不是数字。", "x")).toBeNull();
    expect(fault("文件 is not a valid file here。", "x")).toMatch(/English left in/);
    expect(fault("is not valid", "is not valid")).toBe("no Chinese characters");
    expect(fault("", "x")).toBe("empty");
  });
});

describe("every problem of every defect fixture has a plain Chinese message", () => {
  test("there are defect fixtures", () => {
    expect(DEFECTS.length).toBeGreaterThan(60);
  });

  test.each(DEFECTS)("%s", async (defect) => {
    const problems = await problemsOf(defect);
    const faults = problems
      .map((p) => ({ code: p.code, row: p.row, zh: p.message_zh, fault: fault(p.message_zh, p.message) }))
      .filter((p) => p.fault !== null);
    expect(faults).toEqual([]);
  });
});

describe("messages no fixture reaches", () => {
  test.each(["无", "#N/A", "一百二十", "32.187°", "32°34'12\"N", "75%", "300万元", "约40", "40人"])(
    "explainNotANumber(%s)",
    (raw) => {
      const message = explainNotANumber(raw)!;
      expect(fault(message.zh, message.en)).toBeNull();
    },
  );

  test("a file over the size cap, and a descriptor that is a folder or not JSON", () => {
    const messages = [
      fileTooLarge("sites.csv", 300 * 1048576, 200 * 1048576, { zh: "请检查。", en: "Check." }),
      ...checkPackage(null, "datapackage.json", { zh: "它是一个文件夹", en: "it is a folder" }).problems,
      ...checkPackage(new TextEncoder().encode("{"), "datapackage.json").problems,
      ...checkPackage(new TextEncoder().encode("[]"), "datapackage.json").problems,
      ...checkPackage(new TextEncoder().encode('{"resources":[{"name":"a","path":"a.csv"}],"anju":{}}'), "x")
        .problems,
    ];
    for (const p of messages) expect(fault(p.message_zh, p.message), p.message_zh).toBeNull();
  });

  test("the catalogue says why each problem matters in Chinese", () => {
    for (const type of Object.values(PROBLEM_TYPES)) expect(fault(type.why.zh, type.why.en)).toBeNull();
  });
});
