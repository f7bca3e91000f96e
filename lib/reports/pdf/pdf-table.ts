// A report table in the PDF: the layout grid of lib/reports/public/table-grid.ts drawn as ruled cells, each
// cell's text wrapped to its width and centred in its height, heading cells lightly shaded. A table is never
// split across pages (a rowspan such as 三、本年度办理结果 would lose its heading): it starts a new page when it
// does not fit, and its type shrinks in the rare case it is taller than a whole page.
import { textWidth, wrapText } from "@/lib/pdf/cjk-text";
import type { PageFlow } from "@/lib/pdf/page-flow";
import { A4 } from "@/lib/pdf/write-pdf";
import { placeGrid, type GridTableKey, type PlacedCell, type ReportGrid } from "@/lib/reports/public/table-grid";

const PAD = 3;
const SIZES = [8, 7, 6, 5] as const;

/** Relative column widths, as in the printed forms: wide heading columns, narrow figure columns. */
function columnWeights(grid: ReportGrid): number[] {
  const equal = (n: number) => Array.from({ length: n }, () => 1);
  const byKey: Partial<Record<GridTableKey, number[]>> = {
    proactive: [1.6, ...equal(grid.columnCount - 1)],
    requests: [0.55, 1.15, 2.6, ...equal(grid.columnCount - 3).map(() => 0.8)],
    legacy: [2.6, 0.6, ...equal(grid.columnCount - 2)],
  };
  const weights = byKey[grid.key] ?? equal(grid.columnCount);
  return weights.length === grid.columnCount ? weights : equal(grid.columnCount);
}

type Laid = {
  placed: PlacedCell[];
  widths: number[];
  heights: number[];
  lines: Map<PlacedCell, string[]>;
  size: number;
};

function layOut(grid: ReportGrid, width: number, size: number): Laid {
  const weights = columnWeights(grid);
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => (w / total) * width);
  const rows = [...grid.head, ...grid.body];
  const placed = placeGrid(rows);
  const lineHeight = size * 1.3;
  const lines = new Map<PlacedCell, string[]>();
  const need = (p: PlacedCell) => {
    const w = widths.slice(p.column, p.column + p.cell.colSpan).reduce((a, b) => a + b, 0) - 2 * PAD;
    const wrapped = wrapText(p.cell.text, size, Math.max(w, size));
    lines.set(p, wrapped);
    return wrapped.length * lineHeight + 2 * PAD;
  };
  const heights = rows.map(() => size + 2 * PAD);
  // Single-row cells first, then spanning cells stretch the last row they span if the rows are too short.
  for (const p of placed) if (p.cell.rowSpan === 1) heights[p.row] = Math.max(heights[p.row], need(p));
  for (const p of placed) {
    if (p.cell.rowSpan === 1) continue;
    const needed = need(p);
    const last = Math.min(rows.length, p.row + p.cell.rowSpan) - 1;
    const have = heights.slice(p.row, last + 1).reduce((a, b) => a + b, 0);
    if (needed > have) heights[last] += needed - have;
  }
  return { placed, widths, heights, lines, size };
}

/** Draws `grid` under its title, on a new page if it does not fit below the text before it. */
export function drawTable(pages: PageFlow, grid: ReportGrid, title: string, headingSize: number) {
  const { marginLeft, marginTop, marginBottom, lineHeight } = pages.geometry;
  const width = pages.textWidth;
  const pageRoom = A4.height - marginTop - marginBottom - lineHeight - 8;
  let laid = layOut(grid, width, SIZES[0]);
  for (const size of SIZES) {
    laid = layOut(grid, width, size);
    if (laid.heights.reduce((a, b) => a + b, 0) <= pageRoom) break;
  }
  const height = laid.heights.reduce((a, b) => a + b, 0);
  pages.ensure(lineHeight + 8 + height);
  pages.line(headingSize, title, "left");
  pages.gap(8);

  const top = pages.y;
  const rowTop = (r: number) => top - laid.heights.slice(0, r).reduce((a, b) => a + b, 0);
  const colLeft = (c: number) => marginLeft + laid.widths.slice(0, c).reduce((a, b) => a + b, 0);
  const lh = laid.size * 1.3;
  for (const p of laid.placed) {
    const x = colLeft(p.column);
    const w = laid.widths.slice(p.column, p.column + p.cell.colSpan).reduce((a, b) => a + b, 0);
    const yTop = rowTop(p.row);
    const h = laid.heights.slice(p.row, p.row + p.cell.rowSpan).reduce((a, b) => a + b, 0);
    if (p.cell.kind === "header") pages.fill(x, yTop - h, w, h, 0.93);
    pages.rect(x, yTop - h, w, h);
    const lines = laid.lines.get(p) ?? [];
    const block = lines.length * lh;
    const rowHeading = p.cell.kind === "header" && (p.cell.scope === "row" || p.cell.scope === "rowgroup");
    lines.forEach((line, i) => {
      // Baseline of line i: the block centred vertically, the glyphs sitting 0.8 em below each line's top.
      const baseline = yTop - (h - block) / 2 - i * lh - (lh - laid.size) / 2 - laid.size * 0.8;
      const lineX = rowHeading ? x + PAD : x + (w - textWidth(line, laid.size)) / 2;
      pages.text(lineX, baseline, laid.size, line);
    });
  }
  pages.y = top - height;
}
