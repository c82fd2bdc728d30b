import type { SiteIndicator } from "./core.ts";
import { yesNo } from "./core.ts";
import { EMPTY_CELL_NOTE, ROWS_AS_GIVEN_NOTE, SIZE_NOTE, SUM_NOTE, YES_NO_NOTE } from "./notes.ts";
import { LARGE_FROM } from "./scope.ts";
import { tableColumns } from "./types.ts";

/** Measure 8: services rows of sites of 800 persons or more that are an independent community, over those rows. */
export const independentCommunity800Plus: SiteIndicator<"independent-community-800-plus"> = {
  kind: "site",
  id: "independent-community-800-plus",
  measure: 8,
  title: { zh: "800 人以上安置点独立设社区率", en: "Independent communities, sites of 800+" },
  description: {
    zh: "800 人及以上的安置点中已独立设立社区的所占比例。",
    en: "Share of sites of 800 persons or more that have been set up as an independent community.",
  },
  formula: {
    zh: "800 人及以上安置点（sites.persons）中 services.independent_community 为 true 的行数 ÷ 这些安置点报送该项的行数",
    en: "services rows of sites ≥ 800 persons (sites.persons) with services.independent_community true ÷ those sites' rows reporting it",
  },
  numerator: {
    zh: "已独立设立社区的 800 人及以上安置点数",
    en: "Sites of 800+ persons that are an independent community",
  },
  denominator: { zh: "报送了该项的 800 人及以上安置点数", en: "Sites of 800+ persons reporting it" },
  target: { kind: "at-least", value: 1 },
  tables: ["services", "sites"],
  levels: ["city", "county", "township", "site"],
  periodKind: "quarter",
  receipt: {
    table: "services",
    numerator: tableColumns("services", "independent_community"),
    denominator: [...tableColumns("sites", "persons"), ...tableColumns("services", "independent_community")],
  },
  siteReading: "yes-no",
  notes: [SIZE_NOTE, YES_NO_NOTE, EMPTY_CELL_NOTE, ROWS_AS_GIVEN_NOTE, SUM_NOTE],
  expected: (at) => at.inScope && at.site.persons >= LARGE_FROM,
  tally: (at) => {
    const independent = at.services?.independent_community ?? null;
    return at.site.persons >= LARGE_FROM && independent !== null ? yesNo(independent) : null;
  },
};
