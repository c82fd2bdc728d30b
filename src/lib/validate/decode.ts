/**
 * Turns a CSV file's bytes into text. UTF-8 (with or without BOM) is the contract; GB18030/GBK,
 * which Excel on Chinese Windows writes, is decoded and reported; anything else is refused.
 */

/** How the bytes were decoded. */
export type Encoding = "utf-8" | "utf-8-bom" | "gb18030";

export type Decoded =
  { ok: true; text: string; encoding: Encoding } | { ok: false; reason: string; fix: string };

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** Decodes a CSV file's bytes, or says why it cannot and how to fix it. */
export function decodeCsvBytes(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return {
      ok: false,
      reason: "the file is UTF-16 (Excel's “Unicode Text”), not UTF-8",
      fix: "In Excel choose File › Save As › “CSV UTF-8 (Comma delimited)”.",
    };
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return {
      ok: false,
      reason: "the file is an Excel workbook (.xlsx), not CSV",
      fix: "Open it in Excel and choose File › Save As › “CSV UTF-8 (Comma delimited)”.",
    };
  }
  const hasBom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  try {
    const text = utf8.decode(hasBom ? bytes.subarray(3) : bytes);
    return { ok: true, text, encoding: hasBom ? "utf-8-bom" : "utf-8" };
  } catch {
    // Not UTF-8: try what Excel on Chinese Windows writes. GB18030 is a superset of GBK and GB2312.
  }
  try {
    const text = new TextDecoder("gb18030", { fatal: true }).decode(bytes);
    return { ok: true, text, encoding: "gb18030" };
  } catch {
    return {
      ok: false,
      reason: "the bytes are neither UTF-8 nor GB18030/GBK, so the text would be garbled",
      fix: "Save the file again as “CSV UTF-8 (Comma delimited)”.",
    };
  }
}
