/**
 * What the download builder can read, described at build time from the published index: the
 * contract's tables (whole and by county), the figures of the city, counties and townships, every
 * site's latest figures, and each site indicator's figures by county.
 */
import type { IndicatorMeta } from "../indicators/index.ts";
import { TABLE_NAMES, tableByName } from "../schema/index.ts";
import type { BuilderFile, BuilderSource } from "./builder.ts";
import { textColumns } from "./formats.ts";
import { indicatorFiguresTable, latestSitesTable } from "./indicator-tables.ts";
import type { CsvDownload, DownloadsIndex } from "./plan.ts";

// How each contract table writes its time (tables not listed have none).
const TABLE_TIME: Partial<Record<string, BuilderSource["time"]>> = {
  employment: { column: "period", kind: "period" },
  services: { column: "period", kind: "period" },
  property: { column: "period", kind: "period" },
  welfare: { column: "period", kind: "period" },
  reported_totals: { column: "period", kind: "period" },
  funds: { column: "year", kind: "year" },
  inspections: { column: "date", kind: "date" },
};

const fileOf = ({ path, bytes }: { path: string; bytes: number }): BuilderFile => ({ path, bytes });

function slicesOf(slices: Record<string, CsvDownload | undefined>): Record<string, BuilderFile> {
  const out: Record<string, BuilderFile> = {};
  for (const [code, download] of Object.entries(slices)) if (download) out[code] = fileOf(download.csv);
  return out;
}

/**
 * Every source of the published `/data/` folder: the contract's tables (whole and by county), the
 * figures of the city, counties and townships, every site's latest figures, and each site
 * indicator's figures by county.
 */
export function builderSources(
  index: DownloadsIndex,
  siteIndicators: readonly IndicatorMeta[],
): BuilderSource[] {
  const sources: BuilderSource[] = TABLE_NAMES.map((name) => {
    const table = tableByName(name);
    const whole = index.tables.find((entry) => entry.name === name)?.editions.csv;
    return {
      key: name,
      columns: [...table.columns],
      text: textColumns(table),
      whole: whole ? fileOf(whole) : null,
      slices: slicesOf(Object.fromEntries(index.counties.map((code) => [code, index.slices[code]?.[name]]))),
      time: TABLE_TIME[name] ?? null,
      byIndicator: false,
    };
  });
  const figures = indicatorFiguresTable;
  sources.push({
    key: "figures",
    columns: [...figures.columns],
    text: index.figures.areas.textColumns,
    whole: fileOf(index.figures.areas.csv),
    slices: null,
    time: { column: "period", kind: "period" },
    byIndicator: true,
  });
  sources.push({
    key: "latest",
    columns: [...latestSitesTable(siteIndicators).columns],
    text: index.figures.latest.textColumns,
    whole: fileOf(index.figures.latest.csv),
    slices: null,
    time: null,
    byIndicator: false,
  });
  for (const { id } of siteIndicators) {
    const slices = slicesOf(
      Object.fromEntries(index.counties.map((code) => [code, index.figures.sites[code]?.[id]])),
    );
    if (Object.keys(slices).length === 0) continue;
    sources.push({
      key: `sites/${id}`,
      columns: [...figures.columns],
      text: textColumns(figures),
      whole: null,
      slices,
      time: { column: "period", kind: "period" },
      byIndicator: false,
    });
  }
  return sources;
}
