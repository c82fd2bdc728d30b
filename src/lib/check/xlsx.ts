/**
 * Reads an Excel workbook's first sheet as CSV text, so a county office can drop the `.xlsx` it
 * keeps instead of exporting CSV (the export is where most encoding problems come from). Every
 * cell is taken as the text stored in the file, never converted: a date is Excel's serial number
 * (45123) and a long number may be stored as `1.23456789012E+17`, and the validator reports both
 * as it does for an exported CSV. Pure, and free of the DOM: it runs in the check page's worker,
 * where there is no DOMParser, so the few XML parts are read with regular expressions.
 */
import { unzipSync } from "fflate";
import type { Bilingual } from "../i18n/index.ts";
import { csvCell } from "../csv/write.ts";

/** The most a workbook may unpack to (the parts read); the command line's default file size cap. */
export const MAX_XLSX_UNPACKED_BYTES = 512 * 1024 * 1024;

export type XlsxResult = { ok: true; csv: string } | { ok: false; reason: Bilingual };

const SAVE_AS: Bilingual = {
  zh: "请在 Excel 中“另存为”“Excel 工作簿 (*.xlsx)”或“CSV UTF-8（逗号分隔）”",
  en: "Save it in Excel as “Excel Workbook (*.xlsx)” or “CSV UTF-8 (Comma delimited)”",
};

const refuse = (zh: string, en: string): XlsxResult => ({
  ok: false,
  reason: { zh: `${zh}。${SAVE_AS.zh}。`, en: `${en}. ${SAVE_AS.en}.` },
});

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML text with its entities decoded, then Excel's `_xHHHH_` escapes (`_x005F_` keeps a literal one). */
export function xmlText(raw: string): string {
  const text = raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name: string) => {
    if (name.startsWith("#x")) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
  return text.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

/** The value of attribute `name` in a start tag's text, decoded; undefined when absent. */
const attributePatterns = new Map<string, RegExp>();

function attribute(tag: string, name: string): string | undefined {
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attributePatterns.set(name, pattern);
  }
  const match = pattern.exec(tag);
  return match ? xmlText(match[1] ?? match[2] ?? "") : undefined;
}

/** The text of a string item (`<si>` or `<is>`): its `<t>`s, those of rich-text runs included, phonetic runs left out. */
function stringItem(xml: string): string {
  const withoutPhonetic = xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, "");
  let text = "";
  for (const match of withoutPhonetic.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g))
    text += xmlText(match[1]!);
  return text;
}

/** `AB12` → 27 (columns counted from 0); -1 when the reference has no column letters. */
export function columnIndex(reference: string): number {
  const letters = /^[A-Z]+/.exec(reference.toUpperCase())?.[0] ?? "";
  let index = 0;
  for (const letter of letters) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

/** The zip path of a relationship's target, which is relative to `xl/` or absolute from the root. */
function partPath(target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = ["xl"];
  for (const part of target.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== "." && part !== "") parts.push(part);
  }
  return parts.join("/");
}

const decoder = new TextDecoder("utf-8");
const isZip = (bytes: Uint8Array) =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
const isCompoundFile = (bytes: Uint8Array) =>
  bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;

/** The parts of the workbook worth reading (sheets, shared strings, workbook and its relationships). */
const WANTED = /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|worksheets\/[^/]+\.xml)$/;

/** A cell's text as Excel would export it to CSV, without converting it. */
function cellText(attributes: string, body: string, shared: readonly string[]): string {
  const type = attribute(attributes, "t") ?? "n";
  if (type === "inlineStr") {
    const item = /<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/.exec(body);
    return item ? stringItem(item[1]!) : "";
  }
  const value = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/.exec(body);
  const raw = value ? xmlText(value[1]!) : "";
  if (type === "s") return shared[Number(raw)] ?? "";
  if (type === "b") return raw === "1" ? "TRUE" : raw === "0" ? "FALSE" : raw;
  return raw;
}

/**
 * The first sheet (in the workbook's order, not the file names') of an `.xlsx` file as CSV text:
 * one line per spreadsheet row, gaps kept as empty lines so problems name the row Excel shows.
 */
export function xlsxToCsv(bytes: Uint8Array, maxUnpacked = MAX_XLSX_UNPACKED_BYTES): XlsxResult {
  if (isCompoundFile(bytes))
    return refuse(
      "这个文件是加密的 Excel 工作簿或旧的 .xls 格式，无法读取",
      "the file is an encrypted workbook or an old .xls file, which cannot be read",
    );
  if (!isZip(bytes))
    return refuse("这个文件不是 Excel 工作簿（.xlsx）", "the file is not an Excel workbook (.xlsx)");
  // The sizes the zip declares are summed before anything is inflated; a part that declares less
  // than it holds is cut at its declared size (fflate's unzipSync inflates into a buffer of that
  // size and never grows it), so the cap holds for a lying zip too.
  let unpacked = 0;
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, {
      filter: (file) => {
        if (!WANTED.test(file.name)) return false;
        unpacked += file.originalSize;
        if (unpacked > maxUnpacked) throw new RangeError("too large");
        return true;
      },
    });
  } catch (error) {
    if (error instanceof RangeError && error.message === "too large")
      return refuse(
        `这个工作簿解压后超过 ${Math.round(maxUnpacked / 1048576)} MB，不再读取`,
        `the workbook unpacks to more than ${Math.round(maxUnpacked / 1048576)} MB and is not read`,
      );
    return refuse(
      "这个文件是损坏的或不是 Excel 工作簿（.xlsx）",
      "the file is damaged or not an Excel workbook (.xlsx)",
    );
  }
  const text = (path: string) => (parts[path] ? decoder.decode(parts[path]) : null);
  const workbook = text("xl/workbook.xml");
  const relations = text("xl/_rels/workbook.xml.rels");
  const firstSheet = workbook === null ? null : /<(?:\w+:)?sheet\s[^>]*>/.exec(workbook)?.[0];
  const id = firstSheet === undefined || firstSheet === null ? undefined : attribute(firstSheet, "r:id");
  let sheetPath: string | undefined;
  for (const match of relations?.matchAll(/<(?:\w+:)?Relationship\s[^>]*>/g) ?? [])
    if (id !== undefined && attribute(match[0], "Id") === id) {
      const target = attribute(match[0], "Target");
      if (target !== undefined) sheetPath = partPath(target);
    }
  const sheet = sheetPath === undefined ? null : text(sheetPath);
  if (sheet === null) return refuse("在这个文件里找不到工作表", "no worksheet was found in the file");

  const shared: string[] = [];
  for (const match of (text("xl/sharedStrings.xml") ?? "").matchAll(
    /<(?:\w+:)?si(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\s*\/>/g,
  ))
    shared.push(match[1] === undefined ? "" : stringItem(match[1]));

  const rows: string[][] = [];
  const rowPattern = /<(?:\w+:)?row(\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
  const cellPattern = /<(?:\w+:)?c(\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
  for (const row of sheet.matchAll(rowPattern)) {
    const number = Number(attribute(row[1] ?? "", "r") ?? rows.length + 1);
    while (rows.length < number - 1) rows.push([]);
    const cells: string[] = [];
    for (const cell of (row[2] ?? "").matchAll(cellPattern)) {
      const attributes = cell[1] ?? "";
      const reference = attribute(attributes, "r");
      const column =
        reference === undefined || columnIndex(reference) < 0 ? cells.length : columnIndex(reference);
      while (cells.length < column) cells.push("");
      cells[column] = cellText(attributes, cell[2] ?? "", shared);
    }
    while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
    rows.push(cells);
  }
  // Every line as wide as the widest row, as Excel's own CSV export writes them.
  let width = 0;
  for (const cells of rows) width = Math.max(width, cells.length);
  const lines = rows.map((cells) =>
    Array.from({ length: width }, (_, index) => csvCell(cells[index] ?? "")).join(","),
  );
  return { ok: true, csv: lines.length === 0 ? "" : `${lines.join("\n")}\n` };
}
