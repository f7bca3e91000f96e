// Reads an import file into rows of text cells: CSV (UTF-8 with or without BOM, or GB 18030/GBK as
// Chinese Excel saves it, see decodeText) or XLSX (first worksheet). Excel date cells become "YYYY-MM-DD".
import * as XLSX from "@e965/xlsx";
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS, type ImportEncoding } from "./columns";
import { ImportValidationError } from "./errors";

export type TableRow = { row: number; cells: string[] };
export type RawTable = { header: TableRow; rows: TableRow[] };

const fileError = (message: string, params?: Record<string, string | number>) =>
  new ImportValidationError([{ row: null, column: null, message, params }]);

export function readTable(file: { bytes: Uint8Array; fileName: string }, encoding: ImportEncoding = "auto"): RawTable {
  const { bytes } = file;
  if (bytes.length === 0) throw fileError("importEmptyFile");
  if (bytes.length > IMPORT_MAX_BYTES) throw fileError("importFileTooLarge", { maxMb: IMPORT_MAX_BYTES / 1024 / 1024 });
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const lines = isZip ? readXlsx(bytes) : parseCsv(decodeText(bytes, encoding));
  const nonBlank = lines.filter((line) => line.cells.some((cell) => cell.trim() !== ""));
  const [header, ...rows] = nonBlank;
  if (!header) throw fileError("importEmptyFile");
  if (rows.length === 0) throw fileError("importNoRows");
  if (rows.length > IMPORT_MAX_ROWS) throw fileError("importTooManyRows", { max: IMPORT_MAX_ROWS });
  return { header, rows };
}

/**
 * Decodes CSV bytes with the platform's decoders (WHATWG TextDecoder, Node's ICU), none of our own. A byte order
 * mark settles the question: UTF-8, UTF-16 (Excel's "Unicode text"), or GB 18030's own (84 31 95 33). Otherwise
 * valid UTF-8 is UTF-8 (a fatal decode: GBK bytes are almost never valid UTF-8) and anything else is GB 18030,
 * a superset of GBK and GB 2312 that also holds every character beyond the BMP (𬌗 is 4 bytes there). Bytes that
 * are neither are refused rather than imported as mojibake or U+FFFD.
 */
export function decodeText(bytes: Uint8Array, encoding: ImportEncoding): string {
  const bom = BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
  if (bom) return decode(bom.encoding, bytes.subarray(bom.bytes.length)) ?? unknownEncoding();
  // NUL is in no text a person saves as CSV (and PostgreSQL refuses it): a binary file, e.g. an old .xls.
  if (bytes.includes(0)) throw fileError("importUnreadable");
  if (encoding === "gb18030") return decode("gb18030", bytes) ?? unknownEncoding();
  const utf8 = decode("utf-8", bytes);
  if (utf8 !== null) return utf8;
  if (encoding === "utf-8") throw fileError("importNotUtf8");
  return decode("gb18030", bytes) ?? unknownEncoding();
}

const BOMS = [
  { encoding: "utf-8", bytes: [0xef, 0xbb, 0xbf] },
  { encoding: "utf-16le", bytes: [0xff, 0xfe] },
  { encoding: "utf-16be", bytes: [0xfe, 0xff] },
  { encoding: "gb18030", bytes: [0x84, 0x31, 0x95, 0x33] },
] as const;

/** The text, or null when the bytes are not valid in that encoding. */
function decode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

const unknownEncoding = (): never => {
  throw fileError("importUnknownEncoding");
};

/**
 * RFC 4180 CSV: quoted cells may hold the separator, quotes ("") and line breaks. Rows are numbered as a
 * spreadsheet shows them (a cell with a line break does not start a new row). The separator is a comma,
 * or a tab for Excel's "Unicode text" export.
 */
export function parseCsv(text: string): TableRow[] {
  const firstLine = text.slice(0, text.search(/\r|\n/) === -1 ? undefined : text.search(/\r|\n/));
  const separator = firstLine.includes("\t") && !firstLine.includes(",") ? "\t" : ",";
  const rows: TableRow[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let rowNumber = 1;
  const endRow = () => {
    cells.push(cell);
    rows.push({ row: rowNumber++, cells });
    cells = [];
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += ch;
    } else if (ch === '"' && cell === "") quoted = true;
    else if (ch === separator) {
      cells.push(cell);
      cell = "";
    } else if (ch === "\r" || ch === "\n") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endRow();
    } else cell += ch;
  }
  if (cell !== "" || cells.length > 0 || quoted) endRow();
  return rows;
}

/** The first worksheet of an XLSX workbook, row by row, with the row numbers Excel shows. */
function readXlsx(bytes: Uint8Array): TableRow[] {
  let workbook: XLSX.WorkBook;
  try {
    // Read a little past the row limit only: enough to tell the user the file is too long.
    workbook = XLSX.read(bytes, {
      type: "array",
      cellDates: true,
      UTC: true,
      cellFormula: false,
      cellHTML: false,
      bookVBA: false,
      sheetRows: IMPORT_MAX_ROWS + 50,
    });
  } catch {
    throw fileError("importUnreadable");
  }
  const sheet = workbook.SheetNames.length ? workbook.Sheets[workbook.SheetNames[0]] : undefined;
  if (!sheet?.["!ref"]) throw fileError("importEmptyFile");
  const range = XLSX.utils.decode_range(sheet["!ref"]);
  const rows: TableRow[] = [];
  for (let r = range.s.r; r <= range.e.r; r++) {
    const cells: string[] = [];
    for (let c = range.s.c; c <= range.e.c; c++) cells.push(cellText(sheet[XLSX.utils.encode_cell({ r, c })]));
    rows.push({ row: r + 1, cells });
  }
  return rows;
}

function cellText(cell: XLSX.CellObject | undefined): string {
  if (!cell) return "";
  switch (cell.t) {
    case "d":
      // With UTC: true a date cell is midnight UTC of the date Excel shows.
      return cell.v instanceof Date && !Number.isNaN(cell.v.getTime())
        ? cell.v.toISOString().slice(0, 10)
        : String(cell.w ?? "");
    case "n":
      return typeof cell.v === "number" ? String(cell.v) : String(cell.w ?? "");
    case "b":
      return cell.v ? "TRUE" : "FALSE";
    case "s":
      return String(cell.v ?? "");
    default:
      return "";
  }
}
