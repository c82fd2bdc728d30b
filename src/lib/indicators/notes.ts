/** Method notes several indicators share, so the methodology page says them the same way everywhere. */
import type { Bilingual } from "../schema/field.ts";

/** Scope: sites count from the period in which residents moved in. */
export const SCOPE_NOTE: Bilingual = {
  zh: "安置点自入住日期所在季度起纳入统计；入住日期空白的安置点视为一直在统计范围内。",
  en: "A site counts from the quarter its residents moved in; a site with no moved-in date always counts.",
};

/** Size classes, as this portal reads the policy. */
export const SIZE_NOTE: Bilingual = {
  zh: "规模按搬迁人数划分：800 人及以上为大型，200–799 人为中型，200 人以下为小型（本平台对政策的理解）。",
  en: "Size follows persons: large ≥ 800, medium 200–799, small < 200 (this portal's reading of the policy).",
};

/** Empty cells never count as zero. */
export const EMPTY_CELL_NOTE: Bilingual = {
  zh: "所需单元格为空的行不计入分子，也不计入分母；没有任何数据的地方显示“无数据”，而不是 0%。",
  en: "A row with an empty needed cell counts on neither side; a place with nothing reported shows “no data”, never 0%.",
};

/** Rows are taken as reported, even before residents moved in. */
export const ROWS_AS_GIVEN_NOTE: Bilingual = {
  zh: "按报送的行计算：入住前报送的行同样计入，并在数据质量页提示。“报送”为有可用数据的安置点数，“应报”为在统计范围内的安置点数。",
  en: "Rows count as reported, even for a quarter before residents moved in (flagged on the data-quality page). “Reporting” counts sites with a usable row; “expected” counts sites in scope.",
};

/** Aggregation sums, it never averages. */
export const SUM_NOTE: Bilingual = {
  zh: "乡镇、县和全市的数值由所辖安置点的分子、分母分别加总后相除，不对百分比求平均。",
  en: "Township, county and city values divide the sum of their sites' numerators by the sum of their denominators; shares are never averaged.",
};

/** Yes/no indicators count sites. */
export const YES_NO_NOTE: Bilingual = {
  zh: "每个安置点计为 1/1（达到）或 0/1（未达到）；不属于分母的安置点没有数值。",
  en: "Each site counts 1/1 (yes) or 0/1 (no); a site outside the denominator has no value.",
};

/** Active: started on or before the period's end and not ended by then. */
export const ACTIVE_NOTE: Bilingual = {
  zh: "“在运营”指开始日期不晚于期末，且终止日期为空或晚于期末。",
  en: "“Active” means started on or before the period's end and not ended by then (end date empty or later).",
};
