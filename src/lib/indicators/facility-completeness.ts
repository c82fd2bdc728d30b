import { FACILITY_ITEMS } from "../schema/services.ts";
import type { SiteIndicator } from "./core.ts";
import { everyInScopeSite, yesNo } from "./core.ts";
import { ROWS_AS_GIVEN_NOTE, SUM_NOTE, YES_NO_NOTE } from "./notes.ts";
import { tableColumns } from "./types.ts";

/** Measure 7: services rows with all seven facility items in place, over rows reporting all seven. */
export const facilityCompleteness: SiteIndicator<"facility-completeness"> = {
  kind: "site",
  id: "facility-completeness",
  measure: 7,
  title: { zh: "配套设施完善率", en: "Facility completeness" },
  description: {
    zh: "水、电、路、网和小菜园、小圈舍、农具存放点七项配套全部到位的安置点所占比例。",
    en: "Share of sites with all seven facilities in place: water, power, road, network, vegetable plots, livestock pens and tool storage.",
  },
  formula: {
    zh: "water、power、road、network、vegetable_plots、livestock_pens、tool_storage 均为 true 的 services 行数 ÷ 七项均已报送的行数",
    en: "services rows with water, power, road, network, vegetable_plots, livestock_pens and tool_storage all true ÷ services rows reporting all seven",
  },
  numerator: { zh: "七项配套全部到位的安置点数", en: "Sites with all seven facilities in place" },
  denominator: { zh: "七项均已报送的安置点数", en: "Sites reporting all seven items" },
  target: { kind: "at-least", value: 1 },
  tables: ["services"],
  levels: ["city", "county", "township", "site"],
  periodKind: "quarter",
  receipt: {
    table: "services",
    numerator: tableColumns("services", ...FACILITY_ITEMS),
    denominator: tableColumns("services", ...FACILITY_ITEMS),
  },
  siteReading: "yes-no",
  headline: { home: 5 },
  notes: [
    {
      zh: "七项中任何一项为空的行不计入（即使另一项为“否”），以免把未报送当作未到位。",
      en: "A row with any of the seven items empty is left out (even if another item is false), so that not reported is never read as missing.",
    },
    YES_NO_NOTE,
    ROWS_AS_GIVEN_NOTE,
    SUM_NOTE,
  ],
  expected: everyInScopeSite,
  tally: (at) => {
    const row = at.services;
    if (!row) return null;
    let all = true;
    for (const item of FACILITY_ITEMS) {
      const cell = row[item];
      if (cell === null) return null;
      all &&= cell;
    }
    return yesNo(all);
  },
};
