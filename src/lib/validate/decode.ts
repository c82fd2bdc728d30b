/**
 * Turns a CSV file's bytes into text. UTF-8 (with or without BOM) is the contract; GB18030/GBK,
 * which Excel on Chinese Windows writes, is decoded and reported; anything else is refused.
 *
 * The encoding is decided from the whole file, never from its first bad byte: a UTF-8 file with a
 * few rows pasted in from a GBK source stays UTF-8, and those rows are errors (read as GBK, the
 * file's other rows would be garbled without a word). Bad bytes are located by row and column.
 */

import type { Bilingual } from "../i18n/index.ts";

/** How the bytes were decoded. */
export type Encoding = "utf-8" | "utf-8-bom" | "gb18030";

/** A row (record) of the file whose bytes are in another encoding than the file's. */
export interface ForeignRow {
  /** Index of the record in the file (0 = row 1), as the CSV parser counts records. */
  index: number;
  /** Index of the first cell of the row that holds such bytes. */
  field: number;
  /** How many bytes of the row are not in the file's encoding. */
  bytes: number;
  /** That cell as it was decoded. */
  asRead: string;
  /** That cell in the other encoding (GB18030 for a UTF-8 file, UTF-8 for a GB18030 one), or null when it is not valid there either. */
  asOther: string | null;
}

export type Decoded =
  | {
      ok: true;
      text: string;
      encoding: Encoding;
      /**
       * Rows in another encoding. For a UTF-8 file these rows are errors (their bad bytes are
       * U+FFFD in `text`); for a GB18030 file they are rows that also read as UTF-8, a warning.
       */
      foreign: ForeignRow[];
    }
  | {
      ok: false;
      reason: Bilingual;
      fix: Bilingual;
      /** Where the first undecodable byte is: record and field index (0-based), when known. */
      at: { index: number; field: number } | null;
    };

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const utf8Lenient = new TextDecoder("utf-8", { ignoreBOM: true });
const gb18030Lenient = new TextDecoder("gb18030");

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * The length of the well-formed UTF-8 sequence starting at `i` (RFC 3629: no overlong forms, no
 * surrogates, nothing above U+10FFFF), or 0 when the byte there does not start one.
 */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!;
  const cont = (k: number, low = 0x80, high = 0xbf) => {
    const byte = bytes[i + k];
    return byte !== undefined && byte >= low && byte <= high;
  };
  if (lead >= 0xc2 && lead <= 0xdf) return cont(1) ? 2 : 0;
  if (lead >= 0xe0 && lead <= 0xef) {
    const [low, high] = lead === 0xe0 ? [0xa0, 0xbf] : lead === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return cont(1, low, high) && cont(2) ? 3 : 0;
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    const [low, high] = lead === 0xf0 ? [0x90, 0xbf] : lead === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return cont(1, low, high) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** One record of the file as the byte scan saw it. */
interface RecordScan {
  index: number;
  /** Bytes that are not well-formed UTF-8, and the first cell holding one (its byte range). */
  bad: number;
  badCell: { field: number; start: number; end: number } | null;
  /** The first cell with a UTF-8 sequence of 3 or 4 bytes: Chinese in UTF-8 always has one. */
  wideCell: { field: number; start: number; end: number } | null;
}

/**
 * Reads the bytes as CSV records (commas, quotes and line ends are ASCII in both UTF-8 and GBK,
 * whose second bytes are never below 0x40) and checks each record's UTF-8.
 */
function scanRecords(bytes: Uint8Array): RecordScan[] {
  const records: RecordScan[] = [];
  let record: RecordScan = { index: 0, bad: 0, badCell: null, wideCell: null };
  let field = 0;
  let fieldStart = 0;
  let quoted = false;
  let atFieldStart = true;
  const open: { field: number; start: number; end: number }[] = [];
  const endField = (end: number) => {
    for (const cell of open) cell.end = end;
    open.length = 0;
  };
  const endRecord = (end: number) => {
    endField(end);
    if (record.bad > 0 || record.wideCell !== null) records.push(record);
    record = { index: record.index + 1, bad: 0, badCell: null, wideCell: null };
    field = 0;
  };
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    if (byte < 0x80) {
      if (byte === 0x22) {
        if (quoted && bytes[i + 1] === 0x22) i++;
        else if (quoted || atFieldStart) quoted = !quoted;
      } else if (!quoted && byte === 0x2c) {
        endField(i);
        field++;
        fieldStart = i + 1;
        atFieldStart = true;
        i++;
        continue;
      } else if (!quoted && (byte === 0x0a || byte === 0x0d)) {
        endRecord(i);
        if (byte === 0x0d && bytes[i + 1] === 0x0a) i++;
        fieldStart = i + 1;
        atFieldStart = true;
        i++;
        continue;
      }
      atFieldStart = false;
      i++;
      continue;
    }
    atFieldStart = false;
    const length = utf8SequenceLength(bytes, i);
    if (length === 0) {
      record.bad++;
      if (record.badCell === null)
        open.push((record.badCell = { field, start: fieldStart, end: bytes.length }));
      i++;
    } else {
      if (length >= 3 && record.wideCell === null)
        open.push((record.wideCell = { field, start: fieldStart, end: bytes.length }));
      i += length;
    }
  }
  endRecord(bytes.length);
  return records;
}

function cellText(decoder: TextDecoder, bytes: Uint8Array, cell: { start: number; end: number }): string {
  return decoder.decode(bytes.subarray(cell.start, cell.end)).replace(/^"|"$/g, "").replaceAll('""', '"');
}

function decodesAs(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** How to write a file as the contract's CSV, in Excel or WPS. */
const SAVE_AS_CSV: Bilingual = {
  zh: "请在 Excel 或 WPS 中打开，选择“文件 › 另存为”，保存类型选“CSV UTF-8（逗号分隔）”。",
  en: "Open it in Excel and choose File › Save As › “CSV UTF-8 (Comma delimited)”.",
};

/** Decodes a CSV file's bytes, or says why it cannot and how to fix it. */
export function decodeCsvBytes(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return {
      ok: false,
      reason: {
        zh: "文件是 UTF-16 编码（Excel 的“Unicode 文本”），不是 UTF-8",
        en: "the file is UTF-16 (Excel's “Unicode Text”), not UTF-8",
      },
      fix: SAVE_AS_CSV,
      at: null,
    };
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return {
      ok: false,
      reason: {
        zh: "文件是 Excel 工作簿（.xlsx），不是 CSV",
        en: "the file is an Excel workbook (.xlsx), not CSV",
      },
      fix: SAVE_AS_CSV,
      at: null,
    };
  }
  const hasBom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const body = hasBom ? bytes.subarray(3) : bytes;
  const encoding = hasBom ? "utf-8-bom" : "utf-8";
  try {
    return { ok: true, text: utf8.decode(body), encoding, foreign: [] };
  } catch {
    // Not wholly UTF-8: decide from the whole file below.
  }
  const records = scanRecords(body);
  const bad = records.filter((record) => record.bad > 0);
  const wide = records.filter((record) => record.bad === 0 && record.wideCell !== null);
  // GBK text is hardly ever valid UTF-8 with a 3-byte sequence (a few short rows in a thousand);
  // UTF-8 Chinese always is. So when there are as many such rows as bad ones, the file is UTF-8:
  // on a tie, an error on the bad rows is safer than publishing the others garbled.
  if (hasBom || (wide.length > 0 && wide.length >= bad.length)) {
    return {
      ok: true,
      text: utf8Lenient.decode(body),
      encoding,
      foreign: bad.map((record) => ({
        index: record.index,
        field: record.badCell!.field,
        bytes: record.bad,
        asRead: cellText(utf8Lenient, body, record.badCell!),
        asOther: decodesAs("gb18030", body.subarray(record.badCell!.start, record.badCell!.end)),
      })),
    };
  }
  const text = decodesAs("gb18030", body);
  if (text !== null) {
    return {
      ok: true,
      text,
      encoding: "gb18030",
      foreign: wide.map((record) => ({
        index: record.index,
        field: record.wideCell!.field,
        bytes: 0,
        asRead: cellText(gb18030Lenient, body, record.wideCell!),
        asOther: cellText(utf8Lenient, body, record.wideCell!),
      })),
    };
  }
  const count = bad.reduce((sum, record) => sum + record.bad, 0);
  const first = bad[0];
  const rows = (n: number) => (n === 1 ? "1 row" : `${n} rows`);
  // Neither encoding reads every row: often a GBK export with rows pasted in from a UTF-8 file.
  const mixed =
    wide.length > 0
      ? ` (${rows(wide.length)}, the first row ${wide[0]!.index + 1}, are UTF-8 and the others look like GBK: one file holds both)`
      : "";
  const mixedZh =
    wide.length > 0
      ? `（有 ${wide.length} 行是 UTF-8，第一行是第 ${wide[0]!.index + 1} 行，其余的像是 GBK：一个文件里混了两种编码）`
      : "";
  return {
    ok: false,
    reason: {
      zh: `这些字节既不是 UTF-8 也不是 GB18030/GBK，文字会变成乱码：${bad.length} 行中有 ${count} 个字节不能按 UTF-8 读取${first ? `，第一个在第 ${first.index + 1} 行` : ""}${mixedZh}`,
      en: `the bytes are neither UTF-8 nor GB18030/GBK, so the text would be garbled: ${count === 1 ? "1 byte" : `${count} bytes`} in ${rows(bad.length)} cannot be read as UTF-8${first ? `, the first in row ${first.index + 1}` : ""}${mixed}`,
    },
    fix: {
      zh: "请先检查那一行，再把文件重新“另存为”“CSV UTF-8（逗号分隔）”。",
      en: "Save the file again as “CSV UTF-8 (Comma delimited)”, checking that row first.",
    },
    at: first ? { index: first.index, field: first.badCell!.field } : null,
  };
}
