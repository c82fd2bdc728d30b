/**
 * Free-text cells as the validator reads and publishes them: checks run on the folded text, the
 * published cell keeps its own text, trimmed and without format characters, and whatever is
 * published validates again without a problem (the site's verifier re-reads the published CSV).
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { csvCell } from "../../../src/lib/csv/write.ts";
import { tableByName } from "../../../src/lib/schema/index.ts";
import { startsLikeFormula } from "../../../src/lib/text/fold.ts";
import { validateTableText } from "../../../src/lib/validate/table.ts";

const funds = tableByName("funds");
const HEADER = "fund_id,county_code,year,source,category,site_id,amount_yuan,description";

/** Validates funds.csv with one row whose description is `cell` (already CSV-quoted as needed). */
function validateDescription(cell: string) {
  const result = validateTableText(
    "funds.csv",
    `${HEADER}\nF-1,420323,2019,central,workshop,,100,${cell}\n`,
    funds,
  );
  return {
    problems: result.problems.map((p) => [p.row, p.column, p.code]),
    published: result.incomplete.has(0) ? undefined : result.rows[0]?.description,
  };
}

describe("free-text cells", () => {
  test.each([
    ["trims every Unicode white space", "\u3000竹山县\u00A0", "竹山县", []],
    ["keeps inner spaces and line breaks", '"安置 点\n二期"', "安置 点\n二期", []],
    [
      "removes zero-width characters and warns",
      "配套\u200B设施\uFEFF检查",
      "配套设施检查",
      [[2, "description", "format-character"]],
    ],
    ["refuses a lone surrogate", "检查\uD800", undefined, [[2, "description", "invalid-character"]]],
    ["refuses U+FFFF", "检查\uFFFF", undefined, [[2, "description", "invalid-character"]]],
    ["refuses a C1 control", "检查\u0085x\u0090", undefined, [[2, "description", "invalid-character"]]],
    [
      "refuses U+FFFD, the mark of earlier damage",
      "检查\uFFFD",
      undefined,
      [[2, "description", "invalid-character"]],
    ],
    ["refuses a bidi override", "a\u202Db", undefined, [[2, "description", "bidi-control"]]],
    ["allows a tab inside", "a\tb", "a\tb", []],
  ])("%s", (_, cell, published, problems) => {
    expect(validateDescription(cell)).toEqual({ problems, published });
  });

  test("publishes only text that validates again without any problem and never starts like a formula", () => {
    const tricky = fc.constantFrom(
      "=",
      "+",
      "-",
      "@",
      "＝",
      "＋",
      "－",
      "\u00A0",
      "\u3000",
      "\n",
      "\r\n",
      "\t",
      "\u000B",
      "\u000C",
      " ",
      "\u200B",
      "\u200D",
      "\u2060",
      "\uFEFF",
      "\u00AD",
      "\u202E",
      "\u2066",
      "\u0000",
      "\u001B",
      "\uFFFE",
      "\uD800",
      "\uFFFD",
      '"',
      ",",
      "中",
      "1",
      "a",
      "\u{1D7CF}",
      "١",
      "0719-8123456",
    );
    const text = fc.array(fc.oneof(tricky, fc.string({ unit: "binary", maxLength: 3 })), { maxLength: 8 });
    fc.assert(
      fc.property(text, (parts) => {
        const { problems, published } = validateDescription(csvCell(parts.join("")));
        const errors = problems.filter(([, , code]) => code !== "format-character");
        if (errors.length > 0 || typeof published !== "string") return;
        expect(startsLikeFormula(published)).toBe(false);
        expect(published).not.toMatch(/^\p{White_Space}|\p{White_Space}$|\p{Cf}/u);
        expect(validateDescription(csvCell(published))).toEqual({ problems: [], published });
      }),
      { numRuns: 2000 },
    );
  });
});
