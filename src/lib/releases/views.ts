/** What the release pages show, prepared in plain TypeScript. Pure. */
import { formatCount, sectionWords, type Lang, type SectionKey } from "../i18n/index.ts";
import type { Params } from "../i18n/placeholders.ts";
import type { ReleaseChanges, TableChanges } from "./diff.ts";

/** A release-page word's short name: `releaseWord(lang, "title")` is `t(lang, "releases.title")`. */
export type ReleaseWord = SectionKey<"releases">;

/** A release-page word in a language (the `releases.*` section of the dictionaries). */
export const releaseWord: (lang: Lang, key: ReleaseWord, params?: Params) => string =
  sectionWords("releases");

/** "The first 500 of 1,234 are listed", or null when every item is listed. */
export function truncationNote(lang: Lang, shown: number, total: number): string | null {
  if (shown >= total) return null;
  return releaseWord(lang, "shown", { shown: formatCount(shown, lang), total: formatCount(total, lang) });
}

/** Whether a table changed at all. */
export function tableChanged(t: TableChanges): boolean {
  return t.added + t.removed + t.changed > 0;
}

/** A one-line summary of a release's changes: "+12 −3 rows, 40 cells changed, 7 indicator values moved". */
export function changeSummary(changes: ReleaseChanges | null, lang: Lang): string {
  if (!changes) return releaseWord(lang, "first");
  const added = changes.tables.reduce((s, t) => s + t.added, 0);
  const removed = changes.tables.reduce((s, t) => s + t.removed, 0);
  const cells = changes.tables.reduce((s, t) => s + t.cellsChanged, 0);
  if (added + removed + cells === 0 && changes.indicatorsMoved === 0) return releaseWord(lang, "noChange");
  return releaseWord(lang, "summary", { added, removed, cells, moved: changes.indicatorsMoved });
}
