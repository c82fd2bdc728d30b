/**
 * The computed indicators as tables a person can open: one tidy row a figure (indicator, place,
 * period) with the indicator's title and the place's names in both languages, and a wide table of
 * every site's latest figures. The numbers are the published values themselves, written as
 * `indicators.json.gz` writes them (unrounded), so the two never disagree. Pure.
 */
import type { IndicatorMeta, IndicatorValue, Level } from "../indicators/index.ts";
import { fieldsOf, isValueStore, valueFields, ValueStore, type Values } from "../indicators/store.ts";
import { LEVELS } from "../indicators/types.ts";
import { count, decimal, text, type FieldDef, type FieldDoc } from "../schema/field.ts";
import type { Dataset } from "../schema/index.ts";
import { defineTable, type Table } from "../schema/table.ts";
import { CITY_NAME, indexPlaces, placeName } from "../site/places.ts";
import { csvCell, csvHeader, writeCsvCell } from "../csv/write.ts";
import { utf8, type ByteText } from "../text/byte-text.ts";
import { BOM } from "../text/fold.ts";
import { neutraliseFormula, newCsvScratch, type CsvScratch, type TypedRow } from "./formats.ts";

/** The columns of a table that the CSV writers need. */
export type CsvTable = Pick<Table, "columns" | "fields">;

const doc = (zh: string, en: string, descriptionZh: string, descriptionEn: string): FieldDoc => ({
  title: { zh, en },
  description: { zh: descriptionZh, en: descriptionEn },
});

const share = (zh: string, en: string, descriptionZh: string, descriptionEn: string) =>
  decimal(doc(zh, en, descriptionZh, descriptionEn), { minimum: 0 });

/** The place a figure belongs to, in both languages, with its county. */
const PLACE_FIELDS = {
  code: text(
    doc(
      "地区或安置点代码",
      "Place code",
      "全市为 420300，县（市、区）六位，乡镇（街道）九位，安置点为县级代码-四位序号。",
      "420300 for the city, six digits for a county, nine for a township, county code and four digits for a site.",
    ),
    { required: true },
  ),
  name_zh: text(
    doc("名称（中文）", "Name (Chinese)", "地区或安置点的中文名称。", "The place's name in Chinese."),
  ),
  name_en: text(
    doc(
      "名称（英文）",
      "Name (English)",
      "地区或安置点的英文名称；乡镇为本站生成的拼音。",
      "The place's name in English; for townships the pinyin this site writes.",
    ),
  ),
  county_code: text(
    doc(
      "所属县级代码",
      "County code",
      "所在县（市、区）的代码；全市为空。",
      "Code of its county; empty for the city.",
    ),
  ),
  county_zh: text(
    doc(
      "所属县（中文）",
      "County (Chinese)",
      "所在县（市、区）的中文名称。",
      "Its county's name in Chinese.",
    ),
  ),
  county_en: text(
    doc(
      "所属县（英文）",
      "County (English)",
      "所在县（市、区）的英文名称。",
      "Its county's name in English.",
    ),
  ),
};

/** The columns of the tidy indicator tables: one row a published figure. */
export const indicatorFiguresTable = defineTable({
  name: "indicator-figures",
  title: { zh: "指标计算结果", en: "Indicator figures" },
  description: {
    zh: "本站发布的每个指标值：分子、分母、比值、目标和是否达标，与 indicators.json.gz 完全一致。",
    en: "Every indicator value this site publishes: numerator, denominator, share, target and status, exactly as in indicators.json.gz.",
  },
  rowMeaning: { zh: "每行一个指标 × 地区 × 时期", en: "one row per indicator × place × period" },
  fields: {
    indicator: text(doc("指标代码", "Indicator id", "指标的英文代码。", "The indicator's id."), {
      required: true,
    }),
    indicator_zh: text(
      doc("指标名称（中文）", "Indicator (Chinese)", "指标的中文名称。", "The indicator's title in Chinese."),
    ),
    indicator_en: text(
      doc("指标名称（英文）", "Indicator (English)", "指标的英文名称。", "The indicator's title in English."),
    ),
    level: text(
      doc(
        "层级",
        "Level",
        "city 全市、county 县、township 乡镇、site 安置点。",
        "city, county, township or site.",
      ),
      { required: true, oneOf: LEVELS },
    ),
    ...PLACE_FIELDS,
    period: text(
      doc("时期", "Period", "季度（2021Q2）或年度（2021）。", "A quarter (2021Q2) or a year (2021)."),
      { required: true },
    ),
    numerator: share("分子", "Numerator", "符合条件的数量。", "What meets the indicator's condition."),
    denominator: share("分母", "Denominator", "应计入的总数。", "Everything that counts."),
    value: share(
      "比值",
      "Value",
      "分子 ÷ 分母，未四舍五入；分母为零时为空，原因见 reason 列。",
      "Numerator ÷ denominator, unrounded; empty when the denominator is zero (see reason).",
    ),
    target: share(
      "目标",
      "Target",
      "政策目标值；无目标时为空。",
      "The policy's target; empty when there is none.",
    ),
    status: text(
      doc(
        "达标情况",
        "Status",
        "met 达标、behind 未达标、no-target 无目标、no-data 无数据。",
        "met, behind, no-target or no-data.",
      ),
      { required: true, oneOf: ["met", "behind", "no-target", "no-data"] },
    ),
    reason: text(
      doc(
        "无数值原因",
        "Why no value",
        "no-sites-in-scope 无适用安置点、not-reported 未报告、zero-denominator 分母为零。",
        "no-sites-in-scope, not-reported or zero-denominator.",
      ),
    ),
    reporting: count(
      doc(
        "报告安置点数",
        "Sites reporting",
        "提供了可用数据的安置点数。",
        "Sites that reported usable rows.",
      ),
    ),
    expected: count(
      doc("应报告安置点数", "Sites in scope", "指标适用的安置点数。", "Sites the indicator applies to."),
    ),
  },
  primaryKey: ["indicator", "level", "code", "period"],
});

/** A place's names and county, as the tables write them. */
interface PlaceNames {
  name_zh: string | null;
  name_en: string | null;
  county_code: string | null;
  county_zh: string | null;
  county_en: string | null;
}

/** Looks up the names of a place by level and code (null names for a code the data does not know). */
export function placeNamer(
  dataset: Pick<Dataset, "counties" | "sites">,
): (level: Level, code: string) => PlaceNames {
  const places = indexPlaces(dataset);
  const county = (code: string | null) => {
    const found = code === null ? undefined : places.county(code);
    return { county_code: code, county_zh: found?.name.zh ?? null, county_en: found?.name.en ?? null };
  };
  const byLevel: Record<Level, (code: string) => PlaceNames> = {
    city: () => ({ name_zh: CITY_NAME.zh, name_en: CITY_NAME.en, ...county(null) }),
    county: (code) => ({ name_zh: null, name_en: null, ...county(code) }),
    township: (code) => {
      const township = places.township(code);
      return {
        name_zh: township?.name ?? null,
        name_en: township ? placeName(township.name, "en") : null,
        ...county(township?.countyCode ?? code.slice(0, 6)),
      };
    },
    site: (code) => {
      const site = places.site(code);
      return {
        name_zh: site?.name_zh ?? null,
        name_en: site?.name_en ?? null,
        ...county(site?.county_code ?? code.slice(0, 6)),
      };
    },
  };
  return (level, code) => {
    const names = byLevel[level](code);
    // A county's own name is its county's name.
    return level === "county" ? { ...names, name_zh: names.county_zh, name_en: names.county_en } : names;
  };
}

/**
 * Turns published values into tidy rows with titles and names. The numbers are the values' own,
 * untouched: `value` is the unrounded share that `indicators.json.gz` holds. This is the plain
 * definition of a figure's row; the release writes the files with `figureCsvEditions`, which is
 * tested to give the very texts these rows make.
 */
export function figureRows(
  values: Iterable<IndicatorValue>,
  indicators: readonly Pick<IndicatorMeta, "id" | "title">[],
  names: (level: Level, code: string) => PlaceNames,
): TypedRow[] {
  const titles = new Map(indicators.map((meta) => [meta.id, meta.title]));
  const rows: TypedRow[] = [];
  for (const v of values) {
    const title = titles.get(v.indicator);
    rows.push({
      indicator: v.indicator,
      indicator_zh: title?.zh ?? null,
      indicator_en: title?.en ?? null,
      level: v.level,
      code: v.code,
      ...names(v.level, v.code),
      period: v.period,
      numerator: v.numerator,
      denominator: v.denominator,
      value: v.value,
      target: v.target,
      status: v.status,
      reason: v.reason ?? null,
      reporting: v.reporting?.reporting ?? null,
      expected: v.reporting?.expected ?? null,
    });
  }
  return rows;
}

/** About how many bytes a figure's line takes (names in both languages, four numbers): room made at once. */
const FIGURE_LINE_BYTES = 160;

const NEWLINE = 0x0a;
const COMMA = 0x2c;
const CARRIAGE_RETURN = 0x0d;

/** Room for the editions of `figures` lines (see `newCsvScratch`). */
export function newFigureScratch(figures = 0): CsvScratch {
  return newCsvScratch(figures * FIGURE_LINE_BYTES + 1024);
}

/** A text cell of a figure's line (period, status, reason) as each edition writes it, encoded once. */
interface CodeCell {
  canonical: Uint8Array;
  excel: Uint8Array;
  /** Whether the two editions write it alike. */
  same: boolean;
}

/**
 * The figures at `positions` of `values` as the UTF-8 bytes of the canonical CSV and of its Excel
 * edition: the bytes of the texts `csvEditions(indicatorFiguresTable, figureRows(...))` makes (a
 * test holds them equal), made line by line without an object or a string a figure. The cells of
 * a series (one indicator at one place, in both languages) are made and encoded once for all its
 * periods, the few period, status and reason texts once each, and the numbers are written digit
 * by digit; the rest of a line is copied into the Excel edition unless a text there needs
 * neutralising. The release writes 14.7 million of these lines at national scale, twice: making
 * every row's 19 cells, then the lines as strings, then each value's object and a few strings a
 * line were in turn most of its time and garbage. `scratch` is where they are assembled.
 */
export function figureCsvEditions(
  values: Values,
  positions: readonly number[],
  indicators: readonly Pick<IndicatorMeta, "id" | "title">[],
  names: (level: Level, code: string) => PlaceNames,
  scratch: CsvScratch = newFigureScratch(positions.length),
): { canonical: Uint8Array; excel: Uint8Array } {
  const titles = new Map(indicators.map((meta) => [meta.id, meta.title]));
  const v = valueFields();
  const read = isValueStore(values)
    ? (i: number) => values.readInto(i, v)
    : (i: number) => fieldsOf(values[i]!, v);
  // A text cell for Excel, neutralised when a spreadsheet would run it.
  const excelText = (text: string | null) => csvCell(text === null ? null : neutraliseFormula(text));
  // Null, undefined and "" all write an empty cell in both editions.
  const codeCells = new Map<string, CodeCell>();
  const codeCell = (text: string | null | undefined): CodeCell => {
    const key = text ?? "";
    let cell = codeCells.get(key);
    if (cell === undefined) {
      const canonicalText = csvCell(key);
      const excelCell = excelText(key);
      cell = { canonical: utf8(canonicalText), excel: utf8(excelCell), same: canonicalText === excelCell };
      codeCells.set(key, cell);
    }
    return cell;
  };
  // period … expected: the line after its series' cells, in the table's column order.
  const writeRest = (out: ByteText, period: Uint8Array, status: Uint8Array, reason: Uint8Array) => {
    out.bytes(period);
    out.byte(COMMA);
    writeCsvCell(out, v.numerator);
    out.byte(COMMA);
    writeCsvCell(out, v.denominator);
    out.byte(COMMA);
    writeCsvCell(out, v.value);
    out.byte(COMMA);
    writeCsvCell(out, v.target);
    out.byte(COMMA);
    out.bytes(status);
    out.byte(COMMA);
    out.bytes(reason);
    out.byte(COMMA);
    // A value not built from sites has neither count.
    if (v.reporting !== null) writeCsvCell(out, v.reporting);
    out.byte(COMMA);
    if (v.reporting !== null) writeCsvCell(out, v.expected);
  };
  const { canonical, excel } = scratch;
  canonical.clear();
  excel.clear();
  canonical.text(`${csvHeader(indicatorFiguresTable)}\n`);
  excel.text(`${BOM}${indicatorFiguresTable.columns.join(",")}\r\n`);
  let series: { indicator: string; level: Level; code: string } | null = null;
  let head: Uint8Array = new Uint8Array();
  let excelHead: Uint8Array = new Uint8Array();
  for (const i of positions) {
    read(i);
    if (
      series === null ||
      v.indicator !== series.indicator ||
      v.level !== series.level ||
      v.code !== series.code
    ) {
      series = { indicator: v.indicator, level: v.level, code: v.code };
      const title = titles.get(v.indicator);
      const place = names(v.level, v.code);
      // indicator … county_en, in the table's column order, with the comma before the period.
      const cells = [
        v.indicator,
        title?.zh ?? null,
        title?.en ?? null,
        v.level,
        v.code,
        place.name_zh,
        place.name_en,
        place.county_code,
        place.county_zh,
        place.county_en,
      ];
      head = utf8(`${cells.map(csvCell).join(",")},`);
      excelHead = utf8(`${cells.map(excelText).join(",")},`);
    }
    const period = codeCell(v.period);
    const status = codeCell(v.status);
    const reason = codeCell(v.reason);
    canonical.bytes(head);
    const rest = canonical.length;
    writeRest(canonical, period.canonical, status.canonical, reason.canonical);
    excel.bytes(excelHead);
    if (period.same && status.same && reason.same) excel.bytes(canonical.since(rest));
    else writeRest(excel, period.excel, status.excel, reason.excel);
    canonical.byte(NEWLINE);
    excel.byte(CARRIAGE_RETURN);
    excel.byte(NEWLINE);
  }
  return { canonical: canonical.done(), excel: excel.done() };
}

/**
 * The published values grouped for the files: city, county and township together; sites by
 * county, then by indicator (one county's sites over every period run to tens of MB, over what
 * static hosts take for one file, so each county has a file an indicator). Values are given as
 * their positions in `values` (`valuesAt` makes them): a national build has 14.7 million, which
 * are made a county, or a slice of the areas' file, at a time instead of all at once.
 */
export function splitFigures(
  values: Values,
  siteCounty: (code: string) => string,
): { areas: number[]; sites: Map<string, Map<string, number[]>> } {
  const areas: number[] = [];
  const sites = new Map<string, Map<string, number[]>>();
  // From a store, a site's value is grouped by its fields, without making its object.
  const store = isValueStore(values) ? values : ValueStore.from(values);
  for (let i = 0; i < store.length; i++) {
    if (store.levelAt(i) !== "site") {
      areas.push(i);
      continue;
    }
    const county = siteCounty(store.codeAt(i));
    let byIndicator = sites.get(county);
    if (!byIndicator) sites.set(county, (byIndicator = new Map<string, number[]>()));
    const indicator = store.indicatorAt(i);
    let group = byIndicator.get(indicator);
    if (!group) byIndicator.set(indicator, (group = []));
    group.push(i);
  }
  return { areas, sites };
}

/** The values at the given positions of `values`, in that order. */
export function valuesAt(values: Values, positions: readonly number[]): IndicatorValue[] {
  return isValueStore(values) ? positions.map((i) => values.at(i)) : positions.map((i) => values[i]!);
}

/** The four columns each indicator has in the wide table, after the site's own. */
export type WidePart = "period" | "numerator" | "denominator" | "value";

/** A column of the wide table: `household-employment.value`. */
export function wideColumn(id: string, part: WidePart): string {
  return `${id}.${part}`;
}

/** The columns of the wide table of sites' latest figures, for the given site indicators. */
export function latestSitesTable(indicators: readonly Pick<IndicatorMeta, "id" | "title">[]): Table {
  const fields: Record<string, FieldDef> = {
    site_id: PLACE_FIELDS.code,
    name_zh: PLACE_FIELDS.name_zh,
    name_en: PLACE_FIELDS.name_en,
    county_code: PLACE_FIELDS.county_code,
    county_zh: PLACE_FIELDS.county_zh,
    county_en: PLACE_FIELDS.county_en,
  };
  for (const { id, title } of indicators) {
    const of = (zh: string, en: string) => doc(`${title.zh}：${zh}`, `${title.en}: ${en}`, "", "");
    fields[wideColumn(id, "period")] = text(of("时期", "period"));
    fields[wideColumn(id, "numerator")] = decimal(of("分子", "numerator"), { minimum: 0 });
    fields[wideColumn(id, "denominator")] = decimal(of("分母", "denominator"), { minimum: 0 });
    fields[wideColumn(id, "value")] = decimal(of("比值", "value"), { minimum: 0 });
  }
  return defineTable({
    name: "sites-latest",
    title: { zh: "各安置点最新指标", en: "Every site's latest figures" },
    description: {
      zh: "每个安置点每项指标在其最近一期的分子、分母和比值。",
      en: "Each site's numerator, denominator and value of every indicator in that indicator's latest period.",
    },
    rowMeaning: { zh: "每行一个安置点", en: "one row per site" },
    fields,
    primaryKey: ["site_id"],
  });
}

/**
 * Every site's figures in each indicator's latest period (the last period that indicator
 * publishes for sites), one row a site in the given order; a site without a figure then has
 * empty cells for that indicator.
 */
export function latestSiteRows(
  values: Values,
  indicators: readonly Pick<IndicatorMeta, "id">[],
  sites: readonly string[],
  names: (level: Level, code: string) => PlaceNames,
): TypedRow[] {
  const ids = new Set(indicators.map((meta) => meta.id));
  const latest = new Map<string, string>();
  // Each site's figure's position by indicator and site, kept while its period is the latest
  // seen (later periods replace it); read from the store's columns, without making every value's
  // object (14.7 million at national scale, for 35,000 rows).
  const kept = new Map<string, Map<string, number>>();
  const store = isValueStore(values) ? values : ValueStore.from(values);
  for (let i = 0; i < store.length; i++) {
    if (store.levelAt(i) !== "site") continue;
    const indicator = store.indicatorAt(i);
    if (!ids.has(indicator)) continue;
    const period = store.periodAt(i);
    const last = latest.get(indicator);
    if (last === undefined || period > last) latest.set(indicator, period);
    let bySite = kept.get(indicator);
    if (bySite === undefined) kept.set(indicator, (bySite = new Map<string, number>()));
    const code = store.codeAt(i);
    const before = bySite.get(code);
    if (before === undefined || period >= store.periodAt(before)) bySite.set(code, i);
  }
  const figure = (id: string, site: string): IndicatorValue | undefined => {
    const at = kept.get(id)?.get(site);
    return at === undefined ? undefined : store.at(at);
  };
  return sites.map((site) => {
    const { name_zh, name_en, county_code, county_zh, county_en } = names("site", site);
    const row: Record<string, string | number | null> = {
      site_id: site,
      name_zh,
      name_en,
      county_code,
      county_zh,
      county_en,
    };
    for (const { id } of indicators) {
      const v = figure(id, site);
      const current = v !== undefined && v.period === latest.get(id) ? v : null;
      row[wideColumn(id, "period")] = current?.period ?? null;
      row[wideColumn(id, "numerator")] = current?.numerator ?? null;
      row[wideColumn(id, "denominator")] = current?.denominator ?? null;
      row[wideColumn(id, "value")] = current?.value ?? null;
    }
    return row;
  });
}
