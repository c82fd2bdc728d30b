import { describe, expect, test } from "vitest";
import {
  findPersonalData,
  isPersonalDataColumn,
  isResidentId18,
  passesLuhn,
} from "../../../src/lib/validate/personal-data.ts";

describe("personal-data detectors", () => {
  test("isResidentId18 checks the GB 11643 check character", () => {
    // GB 11643's own example: weights × digits sum to 167, 167 mod 11 = 2 → check character X.
    expect(isResidentId18("11010519491231002X")).toBe(true);
    expect(isResidentId18("110105194912310021")).toBe(false);
  });

  test("passesLuhn accepts a valid card number and rejects it with one digit changed", () => {
    expect(passesLuhn("6222020200012345670")).toBe(true);
    expect(passesLuhn("6222020200012345671")).toBe(false);
  });

  test("findPersonalData finds IDs, mobiles and cards inside text, and full-width ones too", () => {
    expect(findPersonalData("户主11010519491231002X")).toBe("resident-id");
    expect(findPersonalData("电话：１３８１２３４５６７８")).toBe("mobile");
    expect(findPersonalData("卡号 6222020200012345670")).toBe("bank-card");
  });

  test("findPersonalData leaves ordinary numbers, codes and dates alone", () => {
    for (const text of ["420323-0001", "2019年9月16日", "420323101", "投资1500000元", "12345678901 2"]) {
      expect([text, findPersonalData(text)]).toEqual([text, null]);
    }
  });

  test("isPersonalDataColumn flags columns named like personal data, not the contract's name columns", () => {
    for (const name of ["姓名", "户主姓名", "身份证号", "联系电话", "银行账号", "phone", "id_card"]) {
      expect([name, isPersonalDataColumn(name)]).toEqual([name, true]);
    }
    for (const name of ["name_zh", "township_name", "operator_name", "备注"]) {
      expect([name, isPersonalDataColumn(name)]).toEqual([name, false]);
    }
  });

  test.each([
    ["a landline with a dash", "办公室 0719-8123456", "landline"],
    ["a landline with the area code in brackets", "(0719)8123456", "landline"],
    ["a landline with full-width brackets", "电话（0719）8123456", "landline"],
    ["a landline with a space", "0719 8123456", "landline"],
    ["a landline with a full-width dash and an extension", "0719－8123456转123", "landline"],
    ["a landline with an em dash", "0719—8123456", "landline"],
    ["a landline with a two-digit area code and eight digits", "027-87654321", "landline"],
    ["a landline written without a break", "07198123456", "landline"],
    ["a landline with +86", "+86 719 8123456", "landline"],
    ["a mobile grouped 3-4-4", "138 1234 5678", "mobile"],
    ["a mobile with 0086", "0086-13812345678", "mobile"],
    ["an ID split by zero-width spaces", "1101\u200B0519491231\u200C002X", "resident-id"],
    [
      "an ID in mathematical bold digits",
      "\u{1D7CF}\u{1D7CF}\u{1D7CE}\u{1D7CF}\u{1D7CE}\u{1D7D3}\u{1D7CF}\u{1D7D7}\u{1D7D2}\u{1D7D7}\u{1D7CF}\u{1D7D0}\u{1D7D1}\u{1D7CF}\u{1D7CE}\u{1D7CE}\u{1D7D0}X",
      "resident-id",
    ],
    ["an ID in Arabic-Indic digits", "١١٠١٠٥١٩٤٩١٢٣١٠٠٢X", "resident-id"],
    ["a landline split by a word joiner", "0719-812\u20603456", "landline"],
  ])("findPersonalData finds %s", (_, text, expected) => {
    expect(findPersonalData(text)).toBe(expected);
  });

  test.each([
    ["a date", "2019-09-16"],
    ["a date range", "2019-09-16至2020-01-01"],
    ["a site id", "420323-0001"],
    ["two site ids", "420323-0001、420323-0002"],
    ["a township code", "乡镇 420323100"],
    ["an amount with separators", "1,234,567.89元"],
    ["an amount", "投资 3500000.00 元"],
    ["a period and a range of periods", "2019Q4-2020Q1"],
    ["a decimal fraction", "0.07198123456"],
    ["a standard's number", "GB 11643-1999"],
    ["opening hours", "08:00-17:30"],
    ["years in a row", "2019 2020 2021 2022"],
    ["counts", "共 120 户 3400 人"],
  ])("findPersonalData leaves alone %s", (_, text) => {
    expect(findPersonalData(text)).toBeNull();
  });
});
