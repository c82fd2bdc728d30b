import type { SiteIndicator } from "./core.ts";
import { everyInScopeSite, pair } from "./core.ts";
import { EMPTY_CELL_NOTE, ROWS_AS_GIVEN_NOTE, SUM_NOTE } from "./notes.ts";
import { tableColumns } from "./types.ts";

/** Measure 4: workers trained at least once in the calendar year so far, over the labour force. */
export const trainingCoverage: SiteIndicator<"training-coverage"> = {
  kind: "site",
  id: "training-coverage",
  measure: 4,
  title: { zh: "技能培训覆盖率", en: "Training coverage" },
  description: {
    zh: "当年至少参加过一次技能培训的搬迁劳动力所占比例。",
    en: "Share of the relocated labour force trained at least once in the calendar year so far.",
  },
  formula: {
    zh: "Σ employment.trained_persons ÷ Σ employment.labour_persons",
    en: "Σ employment.trained_persons ÷ Σ employment.labour_persons",
  },
  numerator: {
    zh: "当年截至期末的培训人数",
    en: "Workers trained in the calendar year up to the period's end",
  },
  denominator: { zh: "劳动力人数", en: "Labour force" },
  target: { kind: "at-least", value: 1 },
  tables: ["employment"],
  levels: ["city", "county", "township", "site"],
  periodKind: "quarter",
  receipt: {
    table: "employment",
    numerator: tableColumns("employment", "trained_persons"),
    denominator: tableColumns("employment", "labour_persons"),
  },
  siteReading: "share",
  headline: { home: 2 },
  yearToDate: true,
  notes: [
    {
      zh: "培训人数按自然年累计，每年第一季度重新起算，因此一季度数值通常较低。",
      en: "Training counts accumulate over the calendar year and restart each first quarter, so Q1 values are usually lower.",
    },
    EMPTY_CELL_NOTE,
    ROWS_AS_GIVEN_NOTE,
    SUM_NOTE,
  ],
  expected: everyInScopeSite,
  tally: (at) => (at.employment ? pair(at.employment.trained_persons, at.employment.labour_persons) : null),
};
