import type { Status } from "../indicators/types.ts";

/**
 * A table as views hand it to the one table component (`DataTable.astro`): a caption, columns and
 * rows of cells. Views decide what each cell says and links to; the component only draws it.
 */

/** A cell's text, optionally linked, isolated (<bdi>), set as code or wrapped in a <span>. */
export interface TextCell {
  text: string;
  href?: string | undefined;
  /** The link leaves the site (rel="external"). */
  external?: boolean;
  /** Isolated for bidirectional text: names and other data that may carry any script. */
  isolate?: boolean;
  code?: boolean;
  span?: boolean;
}

/** A published value as a table cell: the share, its status in words and its shape. */
export interface ValueCell {
  value: string;
  status: Status;
  statusText: string;
  symbol: string;
  /** The figure's receipt (its rows, formula and hashes); null when there is no figure. */
  receipt: string | null;
}

/** A published value with its status, drawn as ValueStatus.astro draws it. */
export interface ValueStatusCell {
  valueStatus: ValueCell;
}

/** A plain string is the cell's text as it is. */
export type TableCell = string | TextCell | ValueStatusCell;

/** One column: its key in each row, its header, and whether its cells are numbers (right-aligned). */
export interface TableColumn {
  key: string;
  label: TableCell;
  numeric?: boolean;
}

/** A header cell spanning several columns, drawn in a row above the column headers. */
export interface TableGroup {
  label: string;
  span: number;
}

/** Everything one table shows. */
export interface TableView {
  caption: string;
  /**
   * When set, the caption carries this id and labels the scrolling region (aria-labelledby);
   * otherwise the region repeats the caption as its aria-label.
   */
  captionId?: string | undefined;
  columns: TableColumn[];
  /** Cells by column key; a missing key renders an empty cell. */
  rows: Record<string, TableCell>[];
  /** Rows drawn in the table's foot (a total), like body rows. */
  foot?: Record<string, TableCell>[] | undefined;
}
