import { describe, expect, test } from "vitest";
import { receiptColumns, receiptRowsCsv } from "../../../src/lib/receipts/rows-csv.ts";
import type { CountiesRow, SitesRow } from "../../../src/lib/schema/index.ts";

const places = {
  counties: [{ county_code: "420323", name_zh: "竹山县", name_en: "Zhushan County" }] as CountiesRow[],
  sites: [
    { site_id: "420323-0001", name_zh: "麻家渡安置小区", name_en: "Majiadu", county_code: "420323" },
  ] as SitesRow[],
};

describe("a receipt's rows as CSV", () => {
  test("name the site after its id and add its county when the table has no county column", () => {
    expect(receiptColumns({ columns: ["site_id", "period", "employed"] })).toEqual([
      "site_id",
      "site_name_zh",
      "site_name_en",
      "county_code",
      "county_zh",
      "county_en",
      "period",
      "employed",
    ]);
    const csv = receiptRowsCsv(
      { columns: ["site_id", "period", "employed"] },
      [
        { site_id: "420323-0001", period: "2021Q2", employed: 3 },
        { site_id: "420399-0001", period: "2021Q2", employed: null },
      ],
      places,
    );
    expect(csv.split("\n")).toEqual([
      "site_id,site_name_zh,site_name_en,county_code,county_zh,county_en,period,employed",
      "420323-0001,麻家渡安置小区,Majiadu,420323,竹山县,Zhushan County,2021Q2,3",
      "420399-0001,,,,,,2021Q2,",
      "",
    ]);
  });

  test("name the county after a table's own county column", () => {
    const csv = receiptRowsCsv(
      { columns: ["fund_id", "county_code", "amount"] },
      [{ fund_id: "F1", county_code: "420323", amount: 10.5 }],
      places,
    );
    expect(csv).toBe(
      "fund_id,county_code,county_zh,county_en,amount\nF1,420323,竹山县,Zhushan County,10.5\n",
    );
  });
});
