/**
 * Builds real `.xlsx` files for tests, with fflate's `zipSync`: the parts Excel writes that a
 * reader needs, each sheet's `<sheetData>` given as XML so tests state cells exactly as Excel
 * stores them.
 */
import { strToU8, zipSync } from "fflate";

export interface SheetPart {
  /** The sheet's name on its tab. */
  name: string;
  /** Its file under `xl/`, such as `worksheets/sheet2.xml` (the workbook's order need not follow it). */
  file: string;
  /** The XML inside `<sheetData>`. */
  data: string;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A workbook with the sheets in the given (tab) order and the shared strings' `<si>` contents. */
export function workbook(sheets: readonly SheetPart[], shared: readonly string[] = []): Uint8Array {
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
    ),
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${RELS}"><sheets>${sheets
        .map((sheet, index) => `<sheet name="${sheet.name}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`)
        .join("")}</sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="${RELS}/sharedStrings" Target="sharedStrings.xml"/>${sheets
        .map(
          (sheet, index) =>
            `<Relationship Id="rId${index + 1}" Type="${RELS}/worksheet" Target="${sheet.file}"/>`,
        )
        .join("")}</Relationships>`,
    ),
    "xl/sharedStrings.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN}" count="${shared.length}" uniqueCount="${shared.length}">${shared
        .map((item) => `<si>${item}</si>`)
        .join("")}</sst>`,
    ),
  };
  for (const sheet of sheets)
    files[`xl/${sheet.file.replace(/^\/xl\//, "")}`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}"><sheetData>${sheet.data}</sheetData></worksheet>`,
    );
  return zipSync(files);
}

/** A `<row>` of inline-string cells from column A, for tests that care about values, not storage. */
export function textRow(number: number, cells: readonly string[]): string {
  const escape = (text: string) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;");
  return `<row r="${number}">${cells
    .map((cell, index) =>
      cell === ""
        ? ""
        : `<c r="${String.fromCharCode(65 + index)}${number}" t="inlineStr"><is><t>${escape(cell)}</t></is></c>`,
    )
    .join("")}</row>`;
}
