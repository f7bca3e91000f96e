// The report's tables drawn like the official document (表二/三/四, or the older format's one table), from the
// layout grid of lib/reports/public/table-grid.ts, which the PDF draws too. Real <table> markup: every figure
// names its headings (`headers`, since 表二 repeats column headings per block and 表三 nests three levels of
// row headings), each table scrolls sideways inside its own focusable region on narrow screens, never the page.
// Used by the public report page and by the console's preview, where `cellHref` turns figures into drill-down links.
import Link from "next/link";
import { useId } from "react";
import { useTranslations } from "next-intl";
import { cellAnchorId } from "@/lib/reports/cell-anchor";
import {
  reportGrids,
  type GridCell,
  type GridTableKey,
  type GridView,
  type ReportGrid,
} from "@/lib/reports/public/table-grid";
import type { ComputedReport, FrozenFigures } from "@/lib/reports/types";

export type CellHref = (table: GridTableKey, row: string, column: string) => string | undefined;

type Props = {
  figures: FrozenFigures | ComputedReport;
  /** "current": 表二/三/四; "legacy": the older format's table (the format of reports up to 2018). */
  view: GridView;
  /** Turns a figure into a link (the console's drill-down to the records it counts). */
  cellHref?: CellHref;
  /** The report's year, for the older table's 本年 column (a ComputedReport carries its own). */
  year?: number;
  /** The level of each table's heading: 2 on the report page, 3 inside a console section. */
  headingLevel?: 2 | 3;
  /** Replaces a table's printed heading (the older format's page numbers its sections differently). */
  titles?: Partial<Record<GridTableKey, string>>;
};

/** Narrow screens scroll these tables sideways: below these widths the official layout would be unreadable. */
const MIN_WIDTH: Record<GridTableKey, string> = {
  proactive: "min-w-[30rem]",
  requests: "min-w-[50rem]",
  appeals: "min-w-[52rem]",
  legacy: "min-w-[24rem]",
};

export function ReportTables({ figures, view, cellHref, year, headingLevel = 2, titles }: Props) {
  const prefix = useId().replace(/[^0-9A-Za-z_-]/g, "");
  return (
    <div className="report-tables space-y-8">
      {reportGrids(figures, view, year).map((grid) => (
        <GridTable
          key={grid.key}
          grid={grid}
          idPrefix={`rt${prefix}-`}
          cellHref={cellHref}
          headingLevel={headingLevel}
          title={titles?.[grid.key] ?? grid.title}
        />
      ))}
    </div>
  );
}

function GridTable({
  grid,
  idPrefix,
  cellHref,
  headingLevel,
  title,
}: {
  grid: ReportGrid;
  idPrefix: string;
  cellHref?: CellHref;
  headingLevel: 2 | 3;
  title: string;
}) {
  const t = useTranslations("reportTables");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const headingId = `${idPrefix}${grid.key}-title`;
  const id = (local: string) => `${idPrefix}${local}`;
  return (
    // The scroll region, not the section, carries the table's name: one landmark per table.
    <section className="break-inside-avoid-page space-y-2">
      <Heading id={headingId} className={headingLevel === 2 ? "text-xl font-semibold" : "text-lg font-semibold"}>
        {title}
      </Heading>
      {/* The region is focusable so keyboard users can scroll it too (WCAG 2.1.1). */}
      <div role="region" aria-labelledby={headingId} tabIndex={0} className="overflow-x-auto print:overflow-visible">
        <table
          data-table={grid.key}
          className={`${MIN_WIDTH[grid.key]} w-full border-collapse bg-white text-sm leading-snug print:min-w-0 print:text-[10pt]`}
        >
          <caption className="sr-only">{t("caption", { caption: grid.caption })}</caption>
          {grid.head.length ? (
            <thead>
              {grid.head.map((row, r) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the statutory table's header rows are fixed; a row is its position
                <tr key={r}>{row.map((cell, c) => renderCell(cell, c, id, cellHref, t("missing")))}</tr>
              ))}
            </thead>
          ) : null}
          <tbody>
            {grid.body.map((row, r) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the statutory table's layout is fixed; a grid row is its position
              <tr key={r} className="break-inside-avoid">
                {row.map((cell, c) => renderCell(cell, c, id, cellHref, t("missing")))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

const BORDER = "border border-stone-500 print:border-black";

function renderCell(
  cell: GridCell,
  index: number,
  id: (local: string) => string,
  cellHref: CellHref | undefined,
  missing: string,
) {
  const span = {
    colSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
    rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
  };
  if (cell.kind === "corner") {
    return (
      <td key={index} {...span} className={`${BORDER} px-2 py-1 text-xs text-stone-700`}>
        {cell.text}
      </td>
    );
  }
  if (cell.kind === "header") {
    const isRow = cell.scope === "row" || cell.scope === "rowgroup";
    const align = isRow ? "text-left" : "text-center";
    return (
      <th
        key={index}
        id={id(cell.id)}
        scope={cell.scope}
        {...span}
        className={`${BORDER} bg-stone-100 px-2 py-1 font-medium print:bg-white ${align}${cell.indent ? " pl-4" : ""}`}
      >
        {cell.text}
      </th>
    );
  }
  const headers = cell.headers.map(id).join(" ");
  if (!cell.ref)
    return (
      <td key={index} headers={headers} {...span} className={`${BORDER} px-2 py-1 text-center`}>
        {cell.text}
      </td>
    );
  const href =
    cell.value === null || cell.value === undefined
      ? undefined
      : cellHref?.(cell.ref.table, cell.ref.row, cell.ref.column);
  return (
    <td
      key={index}
      headers={headers}
      {...span}
      id={href ? cellAnchorId(cell.ref.table, cell.ref.row, cell.ref.column) : undefined}
      data-cell={`${cell.ref.row}|${cell.ref.column}`}
      className={`${BORDER} px-2 py-1 text-center tabular-nums`}
    >
      {cell.value === null || cell.value === undefined ? (
        <>
          <span aria-hidden="true">—</span>
          <span className="sr-only">{missing}</span>
        </>
      ) : href ? (
        <Link href={href} className="text-blue-800 underline print:text-inherit print:no-underline">
          {cell.text}
        </Link>
      ) : (
        cell.text
      )}
    </td>
  );
}
