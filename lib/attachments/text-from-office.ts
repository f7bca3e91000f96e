// Text of Word and Excel files through maintained libraries (see README, "Attachment text"):
// mammoth for .docx, word-extractor for Word 97-2003 .doc and WPS Office .wps (the same OLE2 "WordDocument"
// format), SheetJS (@e965/xlsx) for .xls and .xlsx. ZIP packages pass the bounded unzip first, so a zip bomb
// is refused before a library inflates it; everything runs in the extraction worker (extract-text.ts).
import * as XLSX from "@e965/xlsx";
import mammoth from "mammoth";
import WordExtractor from "word-extractor";
import { unzipBounded } from "./bounded-unzip";

export async function textFromDocx(bytes: Uint8Array, limitBytes: number): Promise<string> {
  unzipBounded(bytes, limitBytes, () => false); // counts every part, keeps none
  const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length) });
  return result.value.trim();
}

/** Body, then headers and footers, footnotes, endnotes, comments and text boxes of a .doc/.wps. */
export async function textFromWord97(bytes: Uint8Array): Promise<string> {
  // A Buffer, never a string: word-extractor would take a string for a path on disk.
  const document = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
  return [
    document.getBody(),
    document.getHeaders({ includeFooters: true }),
    document.getFootnotes(),
    document.getEndnotes(),
    document.getAnnotations(),
    document.getTextboxes({ includeHeadersAndFooters: true, includeBody: true }),
  ]
    .map((part) => part.trim())
    .filter(Boolean)
    .join("\n\n");
}

/** Every filled cell as shown (formatted), a tab between cells, a line per row, a blank line between sheets. */
export function textFromSpreadsheet(bytes: Uint8Array, kind: "xls" | "xlsx", limitBytes: number): string {
  if (kind === "xlsx") unzipBounded(bytes, limitBytes, () => false);
  const workbook = XLSX.read(bytes, {
    type: "array",
    dense: true, // rows of real cells: a sheet claiming A1:XFD1048576 costs nothing
    cellFormula: false,
    cellHTML: false,
    bookVBA: false,
    WTF: false,
  });
  const sheets: string[] = [];
  for (const name of workbook.SheetNames) {
    const rows = (workbook.Sheets[name] as { "!data"?: (XLSX.CellObject | undefined)[][] })["!data"] ?? [];
    const lines: string[] = [];
    for (const row of rows) {
      if (!row) continue;
      const cells = row.map(cellText).filter(Boolean);
      if (cells.length > 0) lines.push(cells.join("\t"));
    }
    if (lines.length > 0) sheets.push(`${name}\n${lines.join("\n")}`);
  }
  return sheets.join("\n\n");
}

function cellText(cell: XLSX.CellObject | undefined): string {
  if (!cell || cell.v === undefined || cell.v === null) return "";
  return String(cell.w ?? cell.v).trim();
}
