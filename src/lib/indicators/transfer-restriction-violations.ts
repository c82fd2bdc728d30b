import type { SiteIndicator } from "./core.ts";
import { everyInScopeSite, yesNo } from "./core.ts";
import { ROWS_AS_GIVEN_NOTE, SUM_NOTE, YES_NO_NOTE } from "./notes.ts";
import { tableColumns } from "./types.ts";

/** Years during which a resettlement house may not be transferred (measure 11). */
export const MINIMUM_RESTRICTION_YEARS = 20;

/**
 * Measure 11: property rows with certificates issued whose transfer restriction is under 20
 * years, over property rows with certificates issued. The target is zero.
 */
export const transferRestrictionViolations: SiteIndicator<"transfer-restriction-violations"> = {
  kind: "site",
  id: "transfer-restriction-violations",
  measure: 11,
  title: { zh: "限制交易年限不足比例", en: "Transfer restriction shortfalls" },
  description: {
    zh: "已办证的安置点中，证书载明限制交易年限不足 20 年的所占比例；目标为零。",
    en: "Share of sites with certificates issued whose certificates restrict transfer for less than 20 years; the target is zero.",
  },
  formula: {
    zh: "certificates_issued > 0 且 transfer_restriction_years < 20 的 property 行数 ÷ certificates_issued > 0 且报送了限制年限的行数",
    en: "property rows with certificates_issued > 0 and transfer_restriction_years < 20 ÷ property rows with certificates_issued > 0 reporting the restriction",
  },
  numerator: { zh: "限制交易年限不足 20 年的安置点数", en: "Sites with a restriction under 20 years" },
  denominator: {
    zh: "已办证且报送了限制年限的安置点数",
    en: "Sites with certificates issued that report the restriction",
  },
  target: { kind: "at-most", value: 0 },
  tables: ["property"],
  levels: ["city", "county", "township", "site"],
  periodKind: "quarter",
  receipt: {
    table: "property",
    numerator: tableColumns("property", "transfer_restriction_years"),
    denominator: tableColumns("property", "certificates_issued", "transfer_restriction_years"),
  },
  siteReading: "yes-no",
  notes: [
    {
      zh: "尚未办证（0 套）的行不在分母内；已办证但限制年限为空的行不计入。",
      en: "Rows with no certificates issued (0) are outside the denominator; rows with certificates but no restriction reported are left out.",
    },
    YES_NO_NOTE,
    ROWS_AS_GIVEN_NOTE,
    SUM_NOTE,
  ],
  expected: everyInScopeSite,
  tally: (at) => {
    const row = at.property;
    if (!row || row.certificates_issued === null || row.certificates_issued === 0) return null;
    if (row.transfer_restriction_years === null) return null;
    return yesNo(row.transfer_restriction_years < MINIMUM_RESTRICTION_YEARS);
  },
};
