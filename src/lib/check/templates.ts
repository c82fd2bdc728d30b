/**
 * What a county office fills in: for each table a blank template (the header row, as the Excel
 * edition writes it) and a one-page guide made from the contract with the data dictionary's own
 * words (`dictionary`), plus an example value from the published data. Pure: the pages render it.
 */
import { dictionary, type DictionaryEntry } from "../downloads/views.ts";
import { excelCsv, type TypedRow } from "../downloads/formats.ts";
import type { Lang } from "../i18n/index.ts";
import type { Table } from "../schema/table.ts";

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
