import { describe, expect, test } from "vitest";
import {
  compareInputs,
  compareValues,
  computeIndicators,
  indicatorsHeader,
  indicatorsJsonBytes,
  INDICATORS,
  type IndicatorsHeader,
  METHOD_VERSION,
  type IndicatorsDocument,
  type IndicatorValue,
  valueJson,
  ValueStore,
  type Values,
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
const decoder = new TextDecoder();

/** The indicators file's chunks, decoded one by one (each must end a line, so none splits a character). */
function chunkTexts(header: IndicatorsHeader, parts: Iterable<Values>, chunkSize?: number): string[] {
  return [...indicatorsJsonBytes(header, parts, chunkSize === undefined ? {} : { chunkSize })].map((chunk) =>
    decoder.decode(chunk),
  );
}

/** The whole indicators file as text. */
function jsonText(header: IndicatorsHeader, parts: Iterable<Values>, chunkSize?: number): string {
  return chunkTexts(header, parts, chunkSize).join("");
}

describe("the indicators file", () => {
  const values = computeIndicators(data);
  const text = jsonText(indicatorsHeader(data, inputs, release), [values], 256);

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
    const chunks = chunkTexts(indicatorsHeader(data, inputs, release), [values], 256);
    expect(chunks.length).toBeGreaterThan(2);
    for (const chunk of chunks) expect(chunk.endsWith("\n")).toBe(true);
  });

  test("in two buffers taking turns, is the same text to a consumer done with each chunk in time", () => {
    const header = indicatorsHeader(data, inputs, release);
    const chunks: Uint8Array[] = [];
    const texts: string[] = [];
    for (const chunk of indicatorsJsonBytes(header, [values], { chunkSize: 256, buffers: 2 })) {
      chunks.push(chunk);
      texts.push(decoder.decode(chunk));
    }
    expect(texts.join("")).toBe(text);
    expect(chunks.length).toBeGreaterThan(3);
    // The third chunk is written where the first was, and no chunk where the one before it is.
    expect(chunks[2]!.buffer).toBe(chunks[0]!.buffer);
    expect(chunks[1]!.buffer).not.toBe(chunks[0]!.buffer);
    // By default every chunk has a buffer of its own, so a stream may hold them all.
    const own = [...indicatorsJsonBytes(header, [values], { chunkSize: 256 })];
    expect(new Set(own.map((chunk) => chunk.buffer)).size).toBe(own.length);
    expect(own.map((chunk) => decoder.decode(chunk)).join("")).toBe(text);
  });

  test("is the same text every time for the same data", () => {
    expect(jsonText(indicatorsHeader(data, inputs, release), [computeIndicators(data)])).toBe(text);
  });

  test("is the same from a store as from the values as objects, and from parts as from one", () => {
    const header = indicatorsHeader(data, inputs, release);
    expect(jsonText(header, [ValueStore.from(values)], 256)).toBe(text);
    const parts = [
      values.slice(0, 5),
      ValueStore.from(values.slice(5, 20)),
      [],
      ValueStore.from(values.slice(20)),
    ];
    expect(jsonText(header, parts, 256)).toBe(text);
  });

  test("writes each value as valueJson does, whatever the neighbouring values share", () => {
    // Series of one place, a status and a reason changing within a series, equal reporting
    // objects that are not the same object, a code that needs escaping or is not ASCII, an
    // indicator repeated, amounts that are not whole, whole numbers past 2^32 and at its edge.
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
      { ...base, code: "竹山-1", reporting: shared },
      { ...base, period: "2021Q2", numerator: 12.5, denominator: 4294967296, value: 12.5 / 4294967296 },
      { ...base, period: "2021Q3", numerator: 4294967295, denominator: 10, value: 429496729.5 },
      {
        ...base,
        period: "2021Q4",
        numerator: 0,
        denominator: 1e21,
        value: 0,
        reporting: { reporting: 0, expected: 70000 },
      },
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
    for (const values of [series, ValueStore.from(series)]) {
      const text = jsonText(indicatorsHeader(dataset(), [], release), [values], 256);
      const lines = text
        .slice(text.indexOf('"values": [\n') + 12, text.lastIndexOf("]"))
        .trimEnd()
        .split(",\n");
      expect(lines).toEqual(series.map(valueJson));
      expect(text.endsWith(`${valueJson(series.at(-1)!)}\n]\n}\n`)).toBe(true);
      expect((JSON.parse(text) as IndicatorsDocument).values).toEqual(series);
    }
  });

  test("with no values is still valid JSON", () => {
    for (const parts of [[], [[]], [new ValueStore(), []]]) {
      const empty = jsonText(indicatorsHeader(dataset(), [], release), parts);
      expect(empty.endsWith('"values": [\n]\n}\n')).toBe(true);
      expect((JSON.parse(empty) as IndicatorsDocument).values).toEqual([]);
    }
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
