import type { SiteIndicator } from "./core.ts";
import { everyInScopeSite, pair } from "./core.ts";
import { EMPTY_CELL_NOTE, ROWS_AS_GIVEN_NOTE, SUM_NOTE } from "./notes.ts";
import { tableColumns } from "./types.ts";

/** Measure 11: houses with a property certificate issued, over resettlement houses. */
export const propertyCertificateRate: SiteIndicator<"property-certificate-rate"> = {
  kind: "site",
  id: "property-certificate-rate",
  measure: 11,
  title: { zh: "不动产权证办证率", en: "Property certificate rate" },
  description: {
    zh: "已颁发不动产权证书的安置住房所占比例。",
    en: "Share of resettlement houses with a property certificate issued.",
  },
  formula: {
    zh: "Σ property.certificates_issued ÷ Σ property.houses",
    en: "Σ property.certificates_issued ÷ Σ property.houses",
  },
  numerator: { zh: "已办证住房套数", en: "Houses with a certificate issued" },
  denominator: { zh: "安置住房套数", en: "Resettlement houses" },
  target: { kind: "at-least", value: 1 },
  tables: ["property"],
  levels: ["city", "county", "township", "site"],
  periodKind: "quarter",
  receipt: {
    table: "property",
    numerator: tableColumns("property", "certificates_issued"),
    denominator: tableColumns("property", "houses"),
  },
  siteReading: "share",
  headline: { home: 6, overview: 5 },
  notes: [EMPTY_CELL_NOTE, ROWS_AS_GIVEN_NOTE, SUM_NOTE],
  expected: everyInScopeSite,
  tally: (at) => (at.property ? pair(at.property.certificates_issued, at.property.houses) : null),
};
