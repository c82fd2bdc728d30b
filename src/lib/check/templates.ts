/**
 * What a county office fills in: for each table a blank template (the header row, as the Excel
 * edition writes it) and a one-page guide made from the contract with the data dictionary's own
 * words (`dictionary`), plus an example value from the published data. Pure: the pages render it.
 */
import { dictionary, word as dataWord, type DictionaryEntry } from "../downloads/views.ts";
import { excelCsv, type TypedRow } from "../downloads/formats.ts";
import { t, type Lang } from "../i18n/index.ts";
import type { Table } from "../schema/table.ts";
import { excelText } from "./report.ts";
import { word } from "./words.ts";

/** A table's blank template: the Excel edition of a table with no rows (BOM, header, CRLF). */
export function templateCsv(table: Pick<Table, "columns" | "fields">): string {
  return excelCsv(table, []);
}

/** One line of a guide: the dictionary's entry for a column, with an example value or null. */
export interface GuideEntry extends DictionaryEntry {
  example: string | null;
}

/**
 * A table's guide in a language: each column as the data dictionary describes it, with the first
 * value the published rows give for it as the example (null when no row has one).
 */
export function tableGuide(
  table: Pick<Table, "fields">,
  rows: readonly TypedRow[],
  lang: Lang,
): GuideEntry[] {
  return dictionary(table, lang).map((entry) => {
    const value = rows.find((row) => row[entry.name] !== null && row[entry.name] !== undefined)?.[entry.name];
    return { ...entry, example: value === null || value === undefined ? null : String(value) };
  });
}

/** A column's allowed values as one cell: its range or pattern, then its codes with their labels. */
function allowedValues(entry: Pick<DictionaryEntry, "rule" | "categories">, lang: Lang): string {
  const parts = [
    ...(entry.rule ? [entry.rule] : []),
    ...entry.categories.map((c) => `${c.value} ${c.label}`),
  ];
  return parts.length === 0 ? "—" : parts.join(word(lang, "listSeparator"));
}

/**
 * A table's guide as a file to keep beside the template: the Excel edition of the guide page's
 * table (column, meaning, type, allowed values, example, whether it may be empty), in the same
 * words, in a language.
 */
export function guideCsv(entries: readonly GuideEntry[], lang: Lang): string {
  const header = [
    dataWord(lang, "column"),
    dataWord(lang, "meaning"),
    dataWord(lang, "type"),
    dataWord(lang, "rules"),
    word(lang, "example"),
    word(lang, "emptyAllowed"),
  ];
  const rows = entries.map((e) => [
    t(lang, "common.nameWithNote", { name: e.name, note: e.title }),
    e.description,
    e.unit ? t(lang, "common.nameWithNote", { name: e.type, note: e.unit }) : e.type,
    allowedValues(e, lang),
    e.example ?? "—",
    word(lang, e.required ? "mustFill" : "mayBeEmpty"),
  ]);
  return excelText([header, ...rows]);
}
