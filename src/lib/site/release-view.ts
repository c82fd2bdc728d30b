/**
 * What a release's page shows, prepared: its facts, its permanent files, its errata, and what
 * changed since the release before (rows and cells by table, indicator values that moved) with
 * names and numbers in the page's language. Pure; the page only renders what this returns.
 */
import { indicatorById } from "../indicators/index.ts";
import { formatCount, formatDate, formatPeriod, formatShare, href, pick, type Lang } from "../i18n/index.ts";
import type { IndicatorMove, ReleaseChanges } from "../releases/diff.ts";
import { errataBlocks, type ErrataBlock } from "../releases/errata.ts";
import type { ReleaseManifest } from "../releases/manifest.ts";
import { changeSummary, releaseWord, tableChanged, truncationNote } from "../releases/views.ts";
import { tableByName, type TableName } from "../schema/index.ts";
import { statusWord } from "./cells.ts";
import type { Places } from "./places.ts";
import type { TableView } from "./table.ts";

/** A release as the build keeps it: its manifest, its changes (null for the first) and errata. */
export interface ReleaseInput {
  manifest: Pick<ReleaseManifest, "id" | "version" | "created" | "sample" | "method_version" | "files">;
  changes: ReleaseChanges | null;
  errata: string | null;
}

/** A list of keys added or removed in a table, with the note when only some are listed. */
export interface KeyList {
  keys: string[];
  note: string | null;
}

/** One table's changes in detail. */
export interface ChangedTableView {
  name: string;
  title: string;
  added: KeyList | null;
  removed: KeyList | null;
  /** Changed cells, an empty old or new value in words. */
  cells: { key: string; column: string; old: string; new: string }[];
  cellsNote: string | null;
}

/** Everything a release's page renders. */
export interface ReleasePage {
  title: string;
  /** The one-line summary of the changes (the page's description too). */
  summary: string;
  version: string;
  created: { iso: string; text: string };
  methodVersion: string;
  /** The release before, linked, or the words for a first release. */
  previous: { id: string; href: string } | { text: string };
  files: { label: string; href: string; name: string; bytes?: number; sha256?: string }[];
  errata: ErrataBlock[];
  changes: {
    tables: {
      name: string;
      title: string;
      added: string;
      removed: string;
      changed: string;
      cellsChanged: string;
    }[];
    changed: ChangedTableView[];
    indicators: {
      href: string;
      title: string;
      place: string;
      period: string;
      old: string;
      new: string;
      status: string;
    }[];
    indicatorsNote: string | null;
  } | null;
  citation: { url: string; version: string; date: string };
}

function fileLabel(path: string): string {
  return path.endsWith(".csv") ? "CSV" : path.endsWith(".zip") ? "ZIP" : "JSON";
}

function keyList(lang: Lang, keys: string[], total: number): KeyList | null {
  return keys.length > 0 ? { keys, note: truncationNote(lang, keys.length, total) } : null;
}

/** Builds the page of one release in a language; `places` names the city and counties. */
export function releasePage(release: ReleaseInput, places: Places, siteUrl: string, lang: Lang): ReleasePage {
  const { manifest, changes } = release;
  const folder = `/releases/${manifest.id}/`;
  const placeName = (code: string) => {
    if (code === places.city.code) return pick(places.city.name, lang);
    const county = places.county(code);
    return county ? pick(county.name, lang) : code;
  };
  const tableTitle = (name: string) => pick(tableByName(name as TableName).title, lang);
  const status = (side: IndicatorMove["old"]) => (side ? statusWord(side.status, lang) : "—");
  const share = (side: IndicatorMove["old"]) => (side ? formatShare(side.value, lang) : "—");
  const empty = (text: string) => (text === "" ? releaseWord(lang, "empty") : text);
  return {
    title: `${releaseWord(lang, "release")} ${manifest.version}`,
    summary: changeSummary(changes, lang),
    version: manifest.sample ? `${manifest.version} (${releaseWord(lang, "sample")})` : manifest.version,
    created: { iso: manifest.created, text: formatDate(manifest.created, lang) },
    methodVersion: manifest.method_version,
    previous: changes?.from
      ? { id: changes.from, href: href(lang, `/releases/${changes.from}/`) }
      : { text: releaseWord(lang, "first") },
    files: [
      ...manifest.files.map((f) => ({
        label: fileLabel(f.path),
        href: `${folder}${f.path}`,
        name: f.path,
        bytes: f.bytes,
        sha256: f.sha256,
      })),
      { label: "SHA256SUMS", href: `${folder}SHA256SUMS`, name: "SHA256SUMS" },
    ],
    errata: release.errata ? errataBlocks(release.errata) : [],
    changes: changes && {
      tables: changes.tables.map((tc) => ({
        name: tc.name,
        title: tableTitle(tc.name),
        added: formatCount(tc.added, lang),
        removed: formatCount(tc.removed, lang),
        changed: formatCount(tc.changed, lang),
        cellsChanged: formatCount(tc.cellsChanged, lang),
      })),
      changed: changes.tables.filter(tableChanged).map((tc) => ({
        name: tc.name,
        title: tableTitle(tc.name),
        added: keyList(lang, tc.addedKeys, tc.added),
        removed: keyList(lang, tc.removedKeys, tc.removed),
        cells: tc.cells.map((cell) => ({
          key: cell.key,
          column: cell.column,
          old: empty(cell.old),
          new: empty(cell.new),
        })),
        cellsNote: truncationNote(lang, tc.cells.length, tc.cellsChanged),
      })),
      indicators: changes.indicators.map((m) => {
        const indicator = indicatorById(m.indicator);
        return {
          href: href(lang, `/indicators/${m.indicator}/`),
          title: indicator ? pick(indicator.title, lang) : m.indicator,
          place: placeName(m.code),
          period: formatPeriod(m.period, lang),
          old: share(m.old),
          new: share(m.new),
          status: `${status(m.old)} → ${status(m.new)}`,
        };
      }),
      indicatorsNote: truncationNote(lang, changes.indicators.length, changes.indicatorsMoved),
    },
    citation: {
      url: new URL(folder.slice(1), siteUrl).href,
      version: manifest.version,
      date: manifest.created,
    },
  };
}

/** The changed cells of one table, as the one table component draws them: row key and column as code. */
export function changedCellsTable(table: ChangedTableView, lang: Lang): TableView {
  return {
    caption: `${releaseWord(lang, "changedCells")}: ${table.name}`,
    columns: [
      { key: "key", label: releaseWord(lang, "key") },
      { key: "column", label: releaseWord(lang, "column") },
      { key: "old", label: releaseWord(lang, "old") },
      { key: "new", label: releaseWord(lang, "new") },
    ],
    rows: table.cells.map((cell) => ({
      key: { text: cell.key, code: true },
      column: { text: cell.column, code: true },
      old: cell.old,
      new: cell.new,
    })),
  };
}

/** The indicator values that moved, each linked to its indicator's page. */
export function movedIndicatorsTable(
  moved: NonNullable<ReleasePage["changes"]>["indicators"],
  lang: Lang,
): TableView {
  return {
    caption: releaseWord(lang, "indicatorsMoved"),
    columns: [
      { key: "indicator", label: releaseWord(lang, "indicator") },
      { key: "place", label: releaseWord(lang, "place") },
      { key: "period", label: releaseWord(lang, "period") },
      { key: "old", label: releaseWord(lang, "old"), numeric: true },
      { key: "new", label: releaseWord(lang, "new"), numeric: true },
      { key: "status", label: releaseWord(lang, "status") },
    ],
    rows: moved.map((m) => ({
      indicator: { text: m.title, href: m.href },
      place: m.place,
      period: m.period,
      old: m.old,
      new: m.new,
      status: m.status,
    })),
  };
}
