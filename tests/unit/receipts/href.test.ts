import { describe, expect, test } from "vitest";
import { parseReceiptAddress, receiptHref } from "../../../src/lib/receipts/href.ts";

const FIGURE = {
  indicator: "household-employment",
  level: "site",
  code: "420323-0001",
  period: "2021Q2",
} as const;

describe("receiptHref", () => {
  test("addresses a figure by query string in each language", () => {
    expect(receiptHref("zh", FIGURE)).toBe(
      "/receipt/?indicator=household-employment&level=site&code=420323-0001&period=2021Q2",
    );
    expect(receiptHref("en", FIGURE)).toBe(
      "/en/receipt/?indicator=household-employment&level=site&code=420323-0001&period=2021Q2",
    );
  });

  test("reads back the address it wrote", () => {
    expect(parseReceiptAddress(receiptHref("en", FIGURE).split("?")[1]!)).toEqual(FIGURE);
  });
});

describe("parseReceiptAddress", () => {
  test.each([
    ["a missing part", "?indicator=x&level=city&code=420300"],
    ["an unknown level", "?indicator=x&level=province&code=420000&period=2020Q1"],
    ["markup in a part", "?indicator=<script>&level=city&code=420300&period=2020Q1"],
    ["an over-long part", `?indicator=${"x".repeat(41)}&level=city&code=420300&period=2020Q1`],
  ])("refuses %s", (_, search) => {
    expect(parseReceiptAddress(search)).toBeNull();
  });
});
