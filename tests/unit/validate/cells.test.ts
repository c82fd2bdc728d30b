/** Reading cells: properties over many generated inputs (fast-check), and pinned messages. */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  isCalendarDate,
  readBoolean,
  readCount,
  readDate,
  readPeriod,
} from "../../../src/lib/validate/cells.ts";

const toFullWidth = (text: string) =>
  text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
const withThousands = (n: number) => n.toLocaleString("en-US");

describe("readCount", () => {
  test("reads every plain whole number as itself, with no note", () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000_000 }), (n) => {
        expect(readCount(String(n))).toEqual({ ok: true, value: n });
      }),
    );
  });

  test("reads full-width digits and thousands separators as the same number, with a note", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 10_000_000 }), (n) => {
        for (const written of [toFullWidth(String(n)), withThousands(n), toFullWidth(withThousands(n))]) {
          const result = readCount(written);
          expect(result.ok && result.value).toBe(n);
          expect(result.ok && result.note).toBeTruthy();
        }
      }),
    );
  });

  test("never reads a fraction, a negative number or a word as a count", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 99 }), (n, f) => {
        expect(readCount(`${n}.${f}`).ok).toBe(false);
        expect(readCount(`-${n}`).ok).toBe(false);
      }),
    );
    for (const word of ["一百", "n/a", "—", "12人", "1e5"]) expect(readCount(word).ok).toBe(false);
  });
});

describe("readDate", () => {
  const dates = fc
    .record({
      y: fc.integer({ min: 1990, max: 2040 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 31 }),
    })
    .filter(({ y, m, d }) => isCalendarDate(y, m, d));

  test("reads 2019年9月1日, 2019/9/1, 2019.9.1 and 2019-9-1 as the same ISO date, with a note", () => {
    fc.assert(
      fc.property(dates, ({ y, m, d }) => {
        const iso = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
        expect(readDate(iso)).toEqual({ ok: true, value: iso });
        for (const written of [
          `${y}年${m}月${d}日`,
          `${y}/${m}/${d}`,
          `${y}.${m}.${d}`,
          toFullWidth(`${y}/${m}/${d}`),
        ]) {
          const result = readDate(written);
          expect(result.ok && result.value).toBe(iso);
          expect(result.ok && result.note).toBeTruthy();
        }
      }),
    );
  });

  test("refuses dates that are not on the calendar, in any form", () => {
    fc.assert(
      fc.property(
        fc.record({
          y: fc.integer({ min: 1990, max: 2040 }),
          m: fc.integer({ min: 1, max: 12 }),
          d: fc.integer({ min: 29, max: 31 }),
        }),
        ({ y, m, d }) => {
          fc.pre(!isCalendarDate(y, m, d));
          expect(readDate(`${y}-${String(m).padStart(2, "0")}-${d}`).ok).toBe(false);
          expect(readDate(`${y}年${m}月${d}日`).ok).toBe(false);
        },
      ),
    );
  });

  test("knows leap years: 2020-02-29 and 2000-02-29 exist, 2019-02-29 and 1900-02-29 do not", () => {
    expect([isCalendarDate(2020, 2, 29), isCalendarDate(2000, 2, 29)]).toEqual([true, true]);
    expect([isCalendarDate(2019, 2, 29), isCalendarDate(1900, 2, 29)]).toEqual([false, false]);
  });
});

describe("readBoolean", () => {
  test("accepts true/false in any case and 1/0 silently", () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), (value, upper) => {
        // The words are ASCII, so splitting into code units is safe.
        const word = String(value)
          .split("")
          .map((c, i) => (upper[i] ? c.toUpperCase() : c))
          .join("");
        expect(readBoolean(word)).toMatchObject({ ok: true, value });
        expect(readBoolean(value ? "1" : "0")).toMatchObject({ ok: true, value });
        expect(readBoolean(word)).not.toHaveProperty("note");
      }),
    );
  });

  test("accepts 是 and 否 with a note, and refuses yes, 对 and 2", () => {
    expect(readBoolean("是")).toMatchObject({ ok: true, value: true });
    expect(readBoolean("否")).toMatchObject({ ok: true, value: false });
    expect(readBoolean("是").ok && readBoolean("是")).toHaveProperty("note");
    for (const word of ["yes", "对", "2", "Y"]) expect(readBoolean(word).ok).toBe(false);
  });
});

describe("readPeriod", () => {
  test("reads 2019q4, 2019 Q4 and 2019年第4季度 as 2019Q4", () => {
    for (const written of ["2019q4", "2019 Q4", "2019年第4季度", "2019年第四季度", "2019-Q4"]) {
      expect(readPeriod(written)).toMatchObject({ ok: true, value: "2019Q4" });
    }
    for (const written of ["2019Q5", "2019Q0", "19Q4", "2019-12"]) expect(readPeriod(written).ok).toBe(false);
  });
});

describe("messages", () => {
  test("say what was found and what to write instead", () => {
    expect(readDate("43281")).toMatchInlineSnapshot(`
      {
        "code": "type",
        "message": {
          "en": "“43281” looks like an Excel date serial number, not a date. Format the column as text YYYY-MM-DD before saving.",
          "zh": "“43281”像是 Excel 的日期序号，不是日期。保存前请把这一列的单元格格式设为“文本”，日期写成 YYYY-MM-DD（如 2019-09-16）。",
        },
        "ok": false,
      }
    `);
    expect(readCount("1,234")).toMatchInlineSnapshot(`
      {
        "note": {
          "en": "“1,234” was read as 1234; write counts as plain digits.",
          "zh": "“1,234”已按 1234 读取。数字请只写半角阿拉伯数字，不加千位分隔符。",
        },
        "ok": true,
        "value": 1234,
      }
    `);
    expect(readPeriod("2019Q5")).toMatchInlineSnapshot(`
      {
        "code": "type",
        "message": {
          "en": "“2019Q5” is not a quarter; write it as YYYYQn with n from 1 to 4, for example 2021Q2.",
          "zh": "“2019Q5”不是季度。请写成 YYYYQn，n 为 1 到 4，例如 2021Q2（2021 年第 2 季度）。",
        },
        "ok": false,
      }
    `);
  });
});
