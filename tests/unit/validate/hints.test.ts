/** Messages that say what to write instead: numbers written another way, and swapped coordinates. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { tableByName, type TableName } from "../../../src/lib/schema/index.ts";
import {
  explainNotANumber,
  readDegreesMinutesSeconds,
  shiftDecimal,
  swappedCoordinatesHint,
} from "../../../src/lib/validate/hints.ts";
import { readCount } from "../../../src/lib/validate/cells.ts";
import { validateTables } from "../../../src/lib/validate/index.ts";

describe("readDegreesMinutesSeconds", () => {
  // Worked out by hand: degrees + minutes / 60 + seconds / 3600, rounded to six places.
  test.each([
    [`32°34'12"N`, 32.57],
    ["32°34′12″N", 32.57],
    ["N32°34'12\"", 32.57],
    ["北纬32°34′12″", 32.57],
    ["110度47分", 110.783333],
    ["110度47分24秒", 110.79],
    ["110°47.5'E", 110.791667],
    [`32°34'12"S`, -32.57],
    ["西经110度30分", -110.5],
    ["３２°３４′１２″", 32.57],
    ["32°", 32],
  ])("reads %s as %s", (written, degrees) => {
    expect(readDegreesMinutesSeconds(written)).toBe(degrees);
  });

  test.each(["32°61'", "32°30'75\"", "N32°30'S", "32.5", "about 32°"])("does not read %s", (written) => {
    expect(readDegreesMinutesSeconds(written)).toBeNull();
  });
});

describe("shiftDecimal", () => {
  test.each([
    ["300", 4, "3000000"],
    ["1.5", 4, "15000"],
    ["2.35", 8, "235000000"],
    ["1,234.5678", 3, "1234567.8"],
    ["0.0001", 4, "1"],
    ["0.5", 3, "500"],
  ])("moves the point of %s by %i places: %s", (number, places, shifted) => {
    expect(shiftDecimal(number, places)).toBe(shifted);
  });
});

describe("explainNotANumber", () => {
  test.each([
    ["300万", ["uses 万 (ten thousand)", "in digits: 3000000."]],
    ["1.5万", ["in digits: 15000."]],
    ["300万元", ["without the unit “元”: 3000000."]],
    ["2.35亿", ["uses 亿 (a hundred million)", "235000000."]],
    ["３００万", ["3000000."]],
    ["约40", ["is an estimate (约)", "(40, if that is exact)"]],
    ["大约40", ["estimate (大约)"]],
    ["40左右", ["estimate (左右)", "(40, if that is exact)"]],
    ["40余", ["estimate (余)"]],
    ["~40", ["estimate (~)"]],
    ["≈1,200", ["(1200, if that is exact)"]],
    ["75%", ["is a percentage", "not a share"]],
    ["７５％", ["is a percentage"]],
    ["百分之75", ["is a percentage"]],
    ["40人", ["has a unit (人)", "the number alone: 40."]],
    ["1,200 元", ["has a unit (元)", "the number alone: 1200."]],
    [`32°34'12"N`, ["degrees, minutes and seconds", "decimal degrees instead: 32.57."]],
    ["110度47分", ["decimal degrees instead: 110.783333."]],
    ["32°61'", ["looks like degrees and minutes", "degrees + minutes ÷ 60"]],
    ["32.187°", ["has a degree sign", "degrees alone: 32.187."]],
    ["约300万", ["estimate (约)", "(3000000, if that is exact)"]],
    ["—", ["stands for no value", "Leave the cell empty"]],
    ["/", ["stands for no value"]],
    ["无", ["stands for no value"]],
    ["N/A", ["stands for no value"]],
    ["#DIV/0!", ["is an Excel error"]],
    ["#N/A", ["is an Excel error"]],
    ["一百二十", ["in Chinese numerals", "in digits"]],
  ])("explains %s", (written, words) => {
    const message = explainNotANumber(written);
    for (const word of words) expect(message?.en).toContain(word);
  });

  test.each(["abc", "12.3.4", "1e5", "x40"])("has nothing to say about %s", (written) => {
    expect(explainNotANumber(written)).toBeNull();
  });
});

describe("readCount on a fraction", () => {
  test("suggests that a value between 0 and 1 is a share typed where its count belongs", () => {
    const result = readCount("0.75");
    expect(result).toEqual({
      ok: false,
      code: "type",
      message: {
        zh: "“0.75”不是整数：人数、户数等数量没有小数。如果这是比例（75%），请填写数量本身。",
        en: "“0.75” is not a whole number; counts have no fractions. If it is a share (75%), write the count itself.",
      },
    });
    expect(readCount("12.5")).toEqual({
      ok: false,
      code: "type",
      message: {
        zh: "“12.5”不是整数：人数、户数等数量没有小数。",
        en: "“12.5” is not a whole number; counts have no fractions.",
      },
    });
  });
});

describe("swappedCoordinatesHint", () => {
  test("names a latitude beyond ±90 beside a longitude within it as swapped", () => {
    expect(swappedCoordinatesHint("110.330", "32.187")).toEqual({
      zh: "lat（纬度）是 110.330，lon（经度）是 32.187：纬度和经度像是填反了（纬度在 -90 到 90 之间，110.330 只能是经度）。请把这两个单元格对调。",
      en: "lat is 110.330 and lon is 32.187: latitude and longitude look swapped (a latitude lies between -90 and 90, so 110.330 can only be a longitude). Swap the two cells.",
    });
  });

  test("reads full-width digits as the validator does", () => {
    expect(swappedCoordinatesHint("１１０.３３", "３２.１８７")?.en).toContain(
      "lat is 110.33 and lon is 32.187",
    );
  });

  test.each([
    ["95", "120"],
    ["200", "30"],
    ["abc", "30"],
    ["110", ""],
  ])("says nothing for lat %s, lon %s", (lat, lon) => {
    expect(swappedCoordinatesHint(lat, lon)).toBeNull();
  });
});

describe("a site outside its county whose swapped point lies inside", () => {
  const CLEAN = join(import.meta.dirname, "../../fixtures/validate/clean");
  const read = (sites: string) => (name: TableName) =>
    name === "sites"
      ? new TextEncoder().encode(sites)
      : new Uint8Array(readFileSync(join(CLEAN, tableByName(name).path)));
  // A made-up county boundary: every county is the box lat 20–30, lon 40–50.
  const insideCounty = (_county: string, lon: number, lat: number) =>
    lat >= 20 && lat <= 30 && lon >= 40 && lon <= 50;

  test("is told its latitude and longitude look swapped", () => {
    const sites = readFileSync(join(CLEAN, "sites.csv"), "utf8")
      .replace("32.187,110.330", "45,25")
      .replace("32.835,110.810", "25,45");
    const { problems } = validateTables(read(sites), { insideCounty });
    expect(problems.map((p) => [p.file, p.row, p.column, p.code])).toEqual([
      ["sites.csv", 2, "lat", "outside-county"],
    ]);
    expect(problems[0]!.message).toBe(
      "the point lat 45, lon 25 lies outside county 420323, but lat 25, lon 45 lies inside it: latitude and longitude look swapped. Swap the two cells.",
    );
  });
});
