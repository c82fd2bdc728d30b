import type { SiteIndicator } from "./core.ts";
import { everyInScopeSite, yesNo } from "./core.ts";
import { EMPTY_CELL_NOTE, ROWS_AS_GIVEN_NOTE, SIZE_NOTE, SUM_NOTE, YES_NO_NOTE } from "./notes.ts";
import { tableColumns } from "./types.ts";

/**
 * Measure 6: services rows where a large or medium site has an employment service centre and a
 * small site a centre or a station, over services rows reporting `employment_service`.
 */
export const employmentServiceCoverage: SiteIndicator<"employment-service-coverage"> = {
  kind: "site",
  id: "employment-service-coverage",
  measure: 6,
  title: { zh: "就业服务机构覆盖率", en: "Employment service coverage" },
  description: {
    zh: "按规模设有就业服务中心（大中型）或服务中心、服务站（小型）的安置点所占比例。",
    en: "Share of sites with the employment service their size requires: a centre at large and medium sites, a centre or station at small ones.",
  },
  formula: {
    zh: "大中型为 centre、小型为 centre 或 station 的 services 行数 ÷ 报送 services.employment_service 的行数",
    en: "services rows with a `centre` (large/medium sites) or a `centre` or `station` (small sites) ÷ services rows reporting services.employment_service",
  },
  numerator: {
    zh: "设有规模所需就业服务机构的安置点数",
    en: "Sites with the employment service their size requires",
  },
  denominator: { zh: "报送了就业服务机构情况的安置点数", en: "Sites reporting their employment service" },
  target: { kind: "at-least", value: 1 },
  tables: ["services", "sites"],
  levels: ["city", "county", "township", "site"],
  periodKind: "quarter",
  receipt: {
    table: "services",
    numerator: [...tableColumns("services", "employment_service"), ...tableColumns("sites", "persons")],
    denominator: tableColumns("services", "employment_service"),
  },
  siteReading: "yes-no",
  notes: [SIZE_NOTE, YES_NO_NOTE, EMPTY_CELL_NOTE, ROWS_AS_GIVEN_NOTE, SUM_NOTE],
  expected: everyInScopeSite,
  tally: (at) => {
    const service = at.services?.employment_service ?? null;
    if (service === null) return null;
    return yesNo(service === "centre" || (service === "station" && at.size === "small"));
  },
};
