// Writing CSV the way Excel reads it: UTF-8 with a BOM (without it Chinese Excel assumes GBK), CRLF,
// and cells quoted when they hold a separator, a quote or a line break.
import { IMPORT_COLUMN_KEYS, IMPORT_COLUMNS, REQUIRED_IMPORT_COLUMNS, type ImportColumn } from "./columns";

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

export function toCsv(rows: readonly (readonly string[])[]): string {
  return `${rows.map((cells) => cells.map(quote).join(",")).join("\r\n")}\r\n`;
}

/** Import rows (keyed by column) as CSV text with every column in the template's order. */
export function importCsv(rows: readonly Partial<Record<ImportColumn, string>>[]): string {
  return toCsv([
    IMPORT_COLUMN_KEYS.map((key) => IMPORT_COLUMNS[key]),
    ...rows.map((row) => IMPORT_COLUMN_KEYS.map((key) => row[key] ?? "")),
  ]);
}

/** The example row of the downloadable template. */
export const TEMPLATE_EXAMPLE: Record<ImportColumn, string> = {
  title: "三元区商务局关于开展2017年“安全生产月”活动的通知",
  documentNumber: "元商务〔2017〕12号",
  writtenOn: "2017-06-01",
  publishedOn: "2017年6月5日",
  indexNumber: "",
  subjectCategory: "09",
  catalogueCategory: "安全生产、应急管理类",
  genre: "通知",
  documentKind: "其他文件",
  channels: "政府网站、公开栏",
  validity: "有效",
  validityChangedOn: "",
  keywords: "安全生产，安全生产月",
  summary: "部署全区商贸流通领域2017年“安全生产月”活动。",
  bodyMarkdown:
    "各商贸企业：\n\n根据上级部署，现就开展第十六个“安全生产月”活动通知如下。\n\n- 活动主题：全面落实企业安全生产主体责任",
};

/** The template file: required columns marked with *, one example row, UTF-8 with BOM. */
export function importTemplateCsv(): Uint8Array {
  const header = IMPORT_COLUMN_KEYS.map(
    (key) => `${IMPORT_COLUMNS[key]}${REQUIRED_IMPORT_COLUMNS.includes(key) ? "*" : ""}`,
  );
  const text = toCsv([header, IMPORT_COLUMN_KEYS.map((key) => TEMPLATE_EXAMPLE[key])]);
  return new TextEncoder().encode(`\uFEFF${text}`);
}
