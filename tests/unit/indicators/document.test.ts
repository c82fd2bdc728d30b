import { describe, expect, test } from "vitest";
import {
  compareInputs,
  compareValues,
  computeIndicators,
  indicatorsHeader,
  indicatorsJsonChunks,
  INDICATORS,
  METHOD_VERSION,
  type IndicatorsDocument,
  type IndicatorValue,
  valueJson,
} from "../../../src/lib/indicators/index.ts";
import { dataset, employment, site } from "../../fixtures/indicators/build.ts";

const data = dataset({
  sites: [site("420323-0001"), site("420323-0002")],
  employment: [
    employment("420323-0001", "2020Q2", { households_with_labour_employed: 1, households_with_labour: 3 }),
    employment("420323-0002", "2020Q2", { households_with_labour_employed: 2, households_with_labour: 2 }),
  ],
});
const inputs = [{ name: "sites.csv", bytes: 10, sha256: "a".repeat(64) }];
const release = { version: "2025.4.0", created: "2025-12-31", sample: true };

describe("the indicators file", () => {
  const values = computeIndicators(data);
  const text = [...indicatorsJsonChunks(indicatorsHeader(data, inputs, release), values, 256)].join("");

  test("is valid JSON holding the method version, release, inputs, metadata and every value", () => {
    const document = JSON.parse(text) as IndicatorsDocument;
    expect(document.method_version).toBe(METHOD_VERSION);
    expect(document.generated_from).toEqual(release);
    expect(document.inputs).toEqual(inputs);
    expect(document.periods).toEqual(["2020Q2"]);
    expect(document.indicators.map((i) => i.id)).toEqual(INDICATORS.map((i) => i.id));
    expect(document.values).toEqual(values);
  });

  test("keeps whole numbers whole and each chunk ends a line", () => {
    expect(text).toContain('"numerator":3,"denominator":5,"value":0.6,');
    for (const chunk of indicatorsJsonChunks(indicatorsHeader(data, inputs, release), values, 256)) {
      expect(chunk.endsWith("\n")).toBe(true);
    }
  });

  test("is the same text every time for the same data", () => {
    const again = [
      ...indicatorsJsonChunks(indicatorsHeader(data, inputs, release), computeIndicators(data)),
    ].join("");
    expect(again).toBe(text);
  });

  test("writes each value as valueJson does, whatever the neighbouring values share", () => {
    // Series of one place, a status and a reason changing within a series, equal reporting
    // objects that are not the same object, a code that needs escaping, an indicator repeated.
    const base: IndicatorValue = {
      indicator: "a",
      level: "site",
      code: "420323-0001",
      period: "2020Q1",
      numerator: 1,
      denominator: 2,
      value: 0.5,
      target: 0.9,
      status: "behind",
      reporting: { reporting: 1, expected: 1 },
    };
    const shared = { reporting: 1, expected: 1 };
    const series: IndicatorValue[] = [
      { ...base, reporting: shared },
      { ...base, period: "2020Q2", numerator: 2, value: 1, status: "met", reporting: shared },
      {
        ...base,
        period: "2020Q3",
        numerator: 0,
        denominator: 0,
        value: null,
        status: "no-data",
        reason: "zero-denominator",
        reporting: shared,
      },
      {
        ...base,
        period: "2020Q4",
        value: null,
        status: "no-data",
        reason: "not-reported",
        reporting: shared,
      },
      { ...base, period: "2021Q1", reporting: { reporting: 1, expected: 1 } },
      { ...base, code: 'odd"code', reporting: shared },
      { ...base, indicator: "b", target: null, status: "no-target", reporting: shared },
      { ...base, indicator: "c", target: 0.6, reporting: shared },
      {
        ...base,
        indicator: "a",
        level: "county",
        code: "420323",
        reporting: null,
        reason: "not-reported",
        status: "no-data",
        value: null,
      },
    ];
    const text = [...indicatorsJsonChunks(indicatorsHeader(dataset(), [], release), series, 256)].join("");
    const lines = text
      .slice(text.indexOf('"values": [\n') + 12, text.lastIndexOf("]"))
      .trimEnd()
      .split(",\n");
    expect(lines).toEqual(series.map(valueJson));
    expect((JSON.parse(text) as IndicatorsDocument).values).toEqual(series);
  });

  test("with no values is still valid JSON", () => {
    const empty = [...indicatorsJsonChunks(indicatorsHeader(dataset(), [], release), [])].join("");
    expect((JSON.parse(empty) as IndicatorsDocument).values).toEqual([]);
  });
});

describe("compareValues", () => {
  const values = computeIndicators(data);

  test("finds every figure matching when nothing changed", () => {
    expect(compareValues(values, computeIndicators(data))).toEqual({
      checked: values.length,
      matched: values.length,
      mismatches: [],
    });
  });

  test("lists a changed figure and figures present on one side only", () => {
    const published = values.map((v) =>
      v.indicator === "household-employment" && v.level === "city" ? { ...v, numerator: 4, value: 0.8 } : v,
    );
    const missing = published.pop()!;
    const extra = { ...values[0]!, code: "999999" };
    const result = compareValues([...published, extra], values);
    expect(result.checked).toBe(values.length + 1);
    expect(result.matched).toBe(values.length - 2);
    expect(
      result.mismatches.map((m) => [
        m.indicator,
        m.level,
        m.code,
        m.published?.numerator ?? null,
        m.recomputed?.numerator ?? null,
      ]),
    ).toEqual([
      ["household-employment", "city", "420300", 4, 3],
      [missing.indicator, missing.level, missing.code, null, missing.numerator],
      [extra.indicator, extra.level, "999999", extra.numerator, null],
    ]);
  });

  test("accepts a share that differs only in the last binary digit", () => {
    const published = values.map((v) => (v.value === 0.6 ? { ...v, value: 0.6000000000000001 } : v));
    expect(compareValues(published, values).mismatches).toEqual([]);
  });
});

describe("compareInputs", () => {
  test("names the input files whose hashes differ or that one side lacks", () => {
    const ours = [
      { name: "a.csv", bytes: 1, sha256: "1" },
      { name: "b.csv", bytes: 1, sha256: "2" },
    ];
    const theirs = [
      { name: "a.csv", bytes: 1, sha256: "1" },
      { name: "b.csv", bytes: 1, sha256: "3" },
      { name: "c.csv", bytes: 1, sha256: "4" },
    ];
    expect(compareInputs(theirs, ours)).toEqual([
      { name: "b.csv", published: "3", recomputed: "2" },
      { name: "c.csv", published: "4", recomputed: null },
    ]);
  });
});
