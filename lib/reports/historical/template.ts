// The import template: the header and one example year with every row of the older format (its label in a
// comment column would break the import, so the key is the cell and the label is accepted in its place).
import { toCsv } from "@/lib/items/import/csv";
import { LEGACY_ROWS } from "@/lib/reports/formats/legacy-table";
import { HISTORY_COLUMNS } from "./import-historical-figures";

/** UTF-8 with a BOM, so that Excel shows the Chinese source. */
export function historicalTemplateCsv(): string {
  const example = LEGACY_ROWS.map((row) => ["2012", row.key, "0", "0", "2012年度报告（纸质）"]);
  return `\uFEFF${toCsv([[...HISTORY_COLUMNS], ...example])}`;
}
