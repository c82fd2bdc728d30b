/** Fields that several tables share, defined once so their meaning is the same everywhere. */
import { count, text, type FieldDoc } from "./field.ts";

/** GB/T 2260 county-level code: six digits. */
export const COUNTY_CODE_PATTERN = "^\\d{6}$";
/** Township-level code: the county code and three more digits. */
export const TOWNSHIP_CODE_PATTERN = "^\\d{9}$";
/** Site id: county code, a dash, four digits (`420323-0001`). */
export const SITE_ID_PATTERN = "^\\d{6}-\\d{4}$";
/** Quarter: `2019Q4`. */
export const PERIOD_PATTERN = "^\\d{4}Q[1-4]$";
/** First and last quarter the contract covers (`2019Q4`, the quarter the policy took effect, to `2025Q4`). */
export const FIRST_PERIOD = "2019Q4";
export const LAST_PERIOD = "2025Q4";

/** Every quarter from `first` to `last` (`YYYYQn`), both included, in order. */
export function quartersBetween(first: string, last: string): string[] {
  const quarters: string[] = [];
  let year = Number(first.slice(0, 4));
  let quarter = Number(first.slice(5));
  for (let id = first; id <= last; id = `${year}Q${quarter}`) {
    quarters.push(id);
    if (++quarter > 4) [year, quarter] = [year + 1, 1];
  }
  return quarters;
}

/** Every period a row may have: the contract's quarters, `2019Q4` … `2025Q4`. */
export const PERIODS: readonly string[] = quartersBetween(FIRST_PERIOD, LAST_PERIOD);
/** Identifier of a row in a table of its own (industry, workshop, fund, inspection). */
export const ROW_ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";

export const countyCode = () =>
  text(
    {
      title: { zh: "县级行政区划代码", en: "County code" },
      description: {
        zh: "县（市、区）的 GB/T 2260 六位行政区划代码，如竹山县 420323。",
        en: "Six-digit GB/T 2260 code of the county-level division, e.g. 420323 for Zhushan.",
      },
    },
    { required: true, pattern: COUNTY_CODE_PATTERN },
  );

export const siteId = () =>
  text(
    {
      title: { zh: "安置点编号", en: "Site ID" },
      description: {
        zh: "集中安置点的编号：县级代码、短横线、四位序号，如 420323-0001。",
        en: "Centralized resettlement site: county code, dash, four digits, e.g. 420323-0001.",
      },
    },
    { required: true, pattern: SITE_ID_PATTERN },
  );

export const optionalSiteId = (doc?: Partial<FieldDoc>) =>
  text(
    {
      title: doc?.title ?? { zh: "安置点编号", en: "Site ID" },
      description: doc?.description ?? {
        zh: "相关的集中安置点编号；空白表示不针对某一安置点。",
        en: "The resettlement site concerned; empty when not tied to one site.",
      },
    },
    { pattern: SITE_ID_PATTERN },
  );

export const period = () =>
  text(
    {
      title: { zh: "统计期", en: "Period" },
      description: {
        zh: `季度，写作 2019Q4，从 ${FIRST_PERIOD} 到 ${LAST_PERIOD}；数据截至该季度最后一天。`,
        en: `Quarter, written 2019Q4, from ${FIRST_PERIOD} to ${LAST_PERIOD}; figures are as at the quarter's last day.`,
      },
    },
    { required: true, pattern: PERIOD_PATTERN, oneOf: PERIODS },
  );

export const rowId = (title: { zh: string; en: string }) =>
  text(
    {
      title,
      description: {
        zh: "本表内唯一的编号（字母、数字、点、短横线或下划线）。",
        en: "Identifier unique within this table (letters, digits, dot, dash or underscore).",
      },
    },
    { required: true, pattern: ROW_ID_PATTERN },
  );

const PERSONS = { zh: "人", en: "persons" };
const HOUSEHOLDS = { zh: "户", en: "households" };

/** A count of persons. */
export const persons = <R extends boolean = false>(
  title: FieldDoc["title"],
  description: FieldDoc["description"],
  required?: R,
) => count({ title, description, unit: PERSONS }, { required });

/** A count of households. */
export const households = <R extends boolean = false>(
  title: FieldDoc["title"],
  description: FieldDoc["description"],
  required?: R,
) => count({ title, description, unit: HOUSEHOLDS }, { required });

/** A yes/no item of a site's services or facilities, as at the period's end. */
export const yesNo = (zh: string, en: string, zhMeaning: string, enMeaning: string) => ({
  title: { zh, en },
  description: { zh: `截至期末${zhMeaning}。`, en: `At the period's end, ${enMeaning}.` },
});
