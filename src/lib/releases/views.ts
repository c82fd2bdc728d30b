/** What the release pages show, prepared in plain TypeScript. Pure. */
import type { ReleaseChanges, TableChanges } from "./diff.ts";

type Lang = "zh" | "en";

/** The release pages' own words, in both languages. */
export const RELEASE_WORDS = {
  title: { zh: "历史版本", en: "Releases" },
  lede: {
    zh: "每次数据更新都发布一个带日期的版本。每个版本的网址和文件永久不变，可以放心引用；版本页面列出与上一版本相比的变化和勘误。",
    en: "Every data update is published as a dated release. A release's address and files never change, so it can be cited; its page lists what changed since the release before, and any errata.",
  },
  release: { zh: "版本", en: "Release" },
  date: { zh: "发布日期", en: "Date" },
  version: { zh: "版本号", en: "Version" },
  rows: { zh: "总行数", en: "Rows" },
  changes: { zh: "与上一版本相比", en: "Since the release before" },
  first: { zh: "首个版本", en: "First release" },
  noChange: { zh: "数据无变化", en: "No change to the data" },
  sample: { zh: "样例数据", en: "Sample data" },
  feed: { zh: "订阅版本更新（Atom）", en: "Follow new releases (Atom feed)" },
  files: { zh: "本版本文件", en: "Files of this release" },
  sumsNote: {
    zh: "下载后在文件所在目录运行 sha256sum -c SHA256SUMS 核对。",
    en: "After downloading, run sha256sum -c SHA256SUMS in their folder to check them.",
  },
  methodVersion: { zh: "计算方法版本", en: "Method version" },
  tableChanges: { zh: "各表变化", en: "Changes by table" },
  table: { zh: "数据表", en: "Table" },
  added: { zh: "新增行", en: "Rows added" },
  removed: { zh: "删除行", en: "Rows removed" },
  changed: { zh: "修改行", en: "Rows changed" },
  cellsChanged: { zh: "修改单元格", en: "Cells changed" },
  addedKeys: { zh: "新增的行", en: "Rows added" },
  removedKeys: { zh: "删除的行", en: "Rows removed" },
  changedCells: { zh: "修改的单元格", en: "Cells changed" },
  key: { zh: "行（主键）", en: "Row (key)" },
  column: { zh: "列", en: "Column" },
  old: { zh: "原值", en: "Before" },
  new: { zh: "新值", en: "After" },
  empty: { zh: "（空）", en: "(empty)" },
  indicatorsMoved: { zh: "变动的指标（市级和县级）", en: "Indicators that moved (city and county)" },
  indicator: { zh: "指标", en: "Indicator" },
  place: { zh: "地区", en: "Place" },
  period: { zh: "统计期", en: "Period" },
  status: { zh: "状态", en: "Status" },
  none: { zh: "无", en: "none" },
  shown: { zh: "仅列出前 {shown} 项，共 {total} 项。", en: "The first {shown} of {total} are listed." },
  errata: { zh: "勘误", en: "Errata" },
  noErrata: { zh: "本版本暂无勘误。", en: "No errata for this release." },
  previous: { zh: "上一版本", en: "Previous release" },
} as const satisfies Record<string, Record<Lang, string>>;

/** A release-page word in a language. */
export function releaseWord(lang: Lang, key: keyof typeof RELEASE_WORDS): string {
  return RELEASE_WORDS[key][lang];
}

/** "The first 500 of 1,234 are listed", or null when every item is listed. */
export function truncationNote(lang: Lang, shown: number, total: number): string | null {
  if (shown >= total) return null;
  const format = (n: number) => new Intl.NumberFormat(lang === "zh" ? "zh-CN" : "en-GB").format(n);
  return RELEASE_WORDS.shown[lang].replace("{shown}", format(shown)).replace("{total}", format(total));
}

/** Whether a table changed at all. */
export function tableChanged(t: TableChanges): boolean {
  return t.added + t.removed + t.changed > 0;
}

/** A one-line summary of a release's changes: "+12 −3 rows, 40 cells changed, 7 indicator values moved". */
export function changeSummary(changes: ReleaseChanges | null, lang: Lang): string {
  if (!changes) return RELEASE_WORDS.first[lang];
  const added = changes.tables.reduce((s, t) => s + t.added, 0);
  const removed = changes.tables.reduce((s, t) => s + t.removed, 0);
  const cells = changes.tables.reduce((s, t) => s + t.cellsChanged, 0);
  if (added + removed + cells === 0 && changes.indicatorsMoved === 0) return RELEASE_WORDS.noChange[lang];
  return lang === "zh"
    ? `新增 ${added} 行，删除 ${removed} 行，修改 ${cells} 个单元格；${changes.indicatorsMoved} 个指标值变动`
    : `${added} rows added, ${removed} removed, ${cells} cells changed; ${changes.indicatorsMoved} indicator values moved`;
}
