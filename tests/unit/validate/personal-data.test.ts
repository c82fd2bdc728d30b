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
});
