import type { SiteIndicator } from "./core.ts";
import { everyInScopeSite, yesNo } from "./core.ts";
import { ROWS_AS_GIVEN_NOTE, SUM_NOTE, YES_NO_NOTE } from "./notes.ts";
import { tableColumns } from "./types.ts";

/**
 * Measure 9: services rows with a party branch (independent communities) or a branch or group
 * (other sites), over services rows where that can be decided from the cells reported.
 */
export const partyOrganizationCoverage: SiteIndicator<"party-organization-coverage"> = {
  kind: "site",
  id: "party-organization-coverage",
  measure: 9,
  title: { zh: "党组织覆盖率", en: "Party organization coverage" },
  description: {
    zh: "按要求建立党组织（独立社区设党支部，其他设党支部或党小组）的安置点所占比例。",
    en: "Share of sites with the party organization required: a branch in an independent community, a branch or group elsewhere.",
  },
  formula: {
    zh: "独立社区为 branch、其他为 group 或 branch（services.party_organization、independent_community）的行数 ÷ 可判断的 services 行数",
    en: "services rows with a `branch` (independent communities) or a `group` or `branch` (others) (services.party_organization, independent_community) ÷ services rows where this can be decided",
  },
  numerator: { zh: "建立了所需党组织的安置点数", en: "Sites with the required party organization" },
  denominator: { zh: "报送了党组织情况的安置点数", en: "Sites reporting their party organization" },
  target: { kind: "at-least", value: 1 },
  tables: ["services"],
  levels: ["city", "county", "township", "site"],
  periodKind: "quarter",
  receipt: {
    table: "services",
    numerator: tableColumns("services", "party_organization", "independent_community"),
    denominator: tableColumns("services", "party_organization", "independent_community"),
  },
  siteReading: "yes-no",
  notes: [
    {
      zh: "党组织为空的行不计入。党支部或“无”不论是否独立社区都可判断；只有党小组且独立社区一项为空时无法判断，该行不计入。",
      en: "Rows with no party organization reported are left out. A branch or `none` decides the row whatever the community status; a group with the community status empty cannot be decided and is left out.",
    },
    YES_NO_NOTE,
    ROWS_AS_GIVEN_NOTE,
    SUM_NOTE,
  ],
  expected: everyInScopeSite,
  tally: (at) => {
    const row = at.services;
    if (!row || row.party_organization === null) return null;
    if (row.party_organization === "branch") return yesNo(true);
    if (row.party_organization === "none") return yesNo(false);
    return row.independent_community === null ? null : yesNo(!row.independent_community);
  },
};
