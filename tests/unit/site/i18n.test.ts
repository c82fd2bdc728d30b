import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  formatCount,
  formatDate,
  formatPeriod,
  formatShare,
  formatYuan,
  href,
  neutralPath,
} from "../../../src/lib/i18n/index.ts";

describe("formatting per language", () => {
  test("formatShare shows one decimal and never turns no value into 0%", () => {
    expect(formatShare(0.8456, "zh")).toBe("84.6%");
    expect(formatShare(1, "en")).toBe("100.0%");
    expect(formatShare(null, "zh")).toBe("无数据");
    expect(formatShare(null, "en")).toBe("no data");
  });

  test("formatShare gives the same text when it has seen the number before, and keeps -0 apart from 0", () => {
    expect(formatShare(0.5, "en")).toBe("50.0%");
    expect(formatShare(0.5, "en")).toBe("50.0%");
    expect(formatShare(0.5, "zh")).toBe("50.0%");
    expect(formatShare(0, "en")).toBe("0.0%");
    expect(formatShare(-0, "en")).toBe("-0.0%");
    expect(formatShare(0, "en")).toBe("0.0%");
  });

  test("formatShare writes exactly what Intl writes, also for shares on a rounding boundary", () => {
    const intl = {
      zh: new Intl.NumberFormat("zh-CN", {
        style: "percent",
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      }),
      en: new Intl.NumberFormat("en-GB", {
        style: "percent",
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      }),
    };
    const shares = fc.oneof(
      fc.double({ min: -2, max: 20, noNaN: false }),
      // Fractions of small counts, the shares the indicators make, many of them on x.x5%.
      fc.tuple(fc.nat(2000), fc.integer({ min: 1, max: 2000 })).map(([n, d]) => n / d),
      fc.integer({ min: 0, max: 20_000 }).map((n) => n / 20_000),
    );
    fc.assert(
      fc.property(shares, fc.constantFrom("zh" as const, "en" as const), (share, lang) => {
        expect(formatShare(share, lang)).toBe(intl[lang].format(share));
      }),
      { numRuns: 20_000 },
    );
  });

  test("formatCount writes exactly what Intl writes for whole numbers", () => {
    const intl = {
      zh: new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 0 }),
      en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 }),
    };
    const counts = fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.integer({ min: -1, max: 100_000 }));
    fc.assert(
      fc.property(counts, fc.constantFrom("zh" as const, "en" as const), (count, lang) => {
        expect(formatCount(count, lang)).toBe(intl[lang].format(count));
      }),
      { numRuns: 5_000 },
    );
    expect(formatCount(2.5, "en")).toBe("3");
  });

  test("formatCount groups thousands", () => {
    expect(formatCount(355000, "zh")).toBe("355,000");
    expect(formatCount(1234567, "en")).toBe("1,234,567");
  });

  test("formatYuan uses 万元 in Chinese and millions in English", () => {
    expect(formatYuan(1_500_000, "zh")).toBe("150 万元");
    expect(formatYuan(1_500_000, "en")).toBe("¥1.5 million");
  });

  test("dates and periods read as each language writes them", () => {
    expect(formatDate("2019-09-16", "zh")).toBe("2019年9月16日");
    expect(formatDate("2019-09-16", "en")).toBe("16 September 2019");
    expect(formatPeriod("2021Q2", "zh")).toBe("2021年第2季度");
    expect(formatPeriod("2021Q2", "en")).toBe("Q2 2021");
    expect(formatPeriod("2021", "zh")).toBe("2021年");
  });

  test("href puts English under /en/ and keeps the trailing slash", () => {
    expect(href("zh", "/sites/420323-0001")).toBe("/sites/420323-0001/");
    expect(href("en", "/map/?indicator=x")).toBe("/en/map/?indicator=x");
    expect(href("en", "/data/sites.csv")).toBe("/en/data/sites.csv");
    expect(neutralPath("/en/map/")).toBe("/map/");
    expect(neutralPath("/en/")).toBe("/");
  });
});
