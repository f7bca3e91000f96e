// 表二's entered figures (report_manual_figure): which ones a report's layout needs, how each is labelled
// and what kind of number it is. Counts are whole numbers; amounts are in 万元 with at most 4 decimals (the
// column holds Decimal(16,4)); 本年增/减 of the trial format is a change and may be negative.
import { currentFormatForYear, formatForYear } from "./formats/choose-format";
import { manualFigureKeys, proactiveLayout, type ProactiveLayout } from "./formats/proactive-table";

export type ManualFigureKind = "count" | "amount" | "change";

export type ManualFigureSpec = {
  key: string;
  rowLabel: string;
  columnLabel: string;
  label: string;
  kind: ManualFigureKind;
};

const AMOUNT_COLUMNS = new Set(["amount", "purchase_amount"]);

export function manualFigureSpecs(layout: ProactiveLayout): ManualFigureSpec[] {
  const order = manualFigureKeys(layout);
  const specs = layout.rows.flatMap((row) =>
    Object.entries(row.cells).flatMap(([columnKey, cell]) => {
      if (!("manual" in cell)) return [];
      const columnLabel = layout.columns.find((c) => c.key === columnKey)?.label ?? columnKey;
      const kind: ManualFigureKind = AMOUNT_COLUMNS.has(columnKey)
        ? "amount"
        : columnKey === "change"
          ? "change"
          : "count";
      return [{ key: cell.manual, rowLabel: row.label, columnLabel, label: `${row.label}·${columnLabel}`, kind }];
    }),
  );
  return order.map((key) => specs.find((s) => s.key === key)!);
}

/** The entered figures a report of `year` needs, in table order. */
export function manualFigureSpecsForYear(year: number): ManualFigureSpec[] {
  // The older format (2008–2018) prints no 表二, so a report of those years needs none of its entered figures.
  if (formatForYear(year) === "LEGACY_2008") return [];
  return manualFigureSpecs(proactiveLayout(currentFormatForYear(year)));
}

/** Parses what was typed for a figure of `kind`; a validation key when it is not acceptable. */
export function parseManualFigureValue(raw: string, kind: ManualFigureKind): { value: string } | { error: string } {
  // Thousands separators and full-width digits are how people copy numbers out of other systems' reports.
  const text = raw.normalize("NFKC").replace(/[,\s]/g, "");
  if (text === "") return { error: "required" };
  if (kind === "amount") {
    if (!/^\d{1,12}(\.\d+)?$/.test(text)) return { error: /^-/.test(text) ? "figureNegative" : "figureAmount" };
    if (!/^\d{1,12}(\.\d{1,4})?$/.test(text)) return { error: "figureDecimals" };
    return { value: text };
  }
  if (kind === "change")
    return /^[+-]?\d{1,12}$/.test(text) ? { value: String(Number(text)) } : { error: "figureWholeChange" };
  if (/^-\d/.test(text)) return { error: "figureNegative" };
  return /^\d{1,12}$/.test(text) ? { value: String(Number(text)) } : { error: "figureWholeNumber" };
}
