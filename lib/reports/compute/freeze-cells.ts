// Freezing the records behind a published version's numbers (annual_report_version_cell): for every cell of
// 表三, 表四, 表二's computed cells and the older format's 本年 column, the ids of the records it counted at
// publication, written by the same predicates as the number (resolveCell), inside the publishing transaction.
// The drill-down of a published version then lists those records and marks the ones that no longer count
// there, and the records that count there now but did not then (version-drill-down.ts). A cell that counted
// nothing has no row. Entered figures, historical figures and 历年累计 have no records of their own to freeze.
import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { REQUEST_COLUMNS } from "@/lib/reports/formats/request-table";
import type { ComputedReport } from "@/lib/reports/types";
import { LISTS, resolveCell, type DrillDownCell } from "./drill-down";
import type { ReportPeriod } from "./period";
import type { CellQuery } from "./sources";
import { datedWithin } from "./legacy-rules";
import { reportPeriod } from "./period";
import { inSubject, SOURCES } from "./sources";

/** Every cell of the version's tables that lists records (the ones the drill-down answers with a list). */
export function freezableCells(computed: ComputedReport): DrillDownCell[] {
  const of = (table: DrillDownCell["table"], rows: { key: string }[], columns: { key: string }[]) =>
    rows.flatMap((row) => columns.map((column) => ({ table, row: row.key, column: column.key })));
  const { proactive, appeals } = computed.current;
  return [
    ...of("appeals", appeals.rows, appeals.columns),
    ...of("proactive", proactive.rows, proactive.columns),
    ...of("legacy", computed.legacy.legacy.rows, [{ key: "this_year" }]),
  ];
}

/**
 * The records query of a cell whose records are frozen: 表三/表四/表二 computed cells by their own predicate, the
 * older format's 本年 by its row and the year. Null for a cell with no records of its own (entered figures,
 * 历年累计, writer figures, unknown cells).
 */
export function frozenCellQuery(cell: DrillDownCell, period: ReportPeriod): CellQuery | null {
  if (cell.table === "writer" || (cell.table === "legacy" && cell.column !== "this_year")) return null;
  const resolved = resolveCell(cell, period);
  if (!resolved || resolved.kind === "manual") return null;
  if (resolved.kind === "legacy")
    return {
      source: resolved.query.source,
      where: Prisma.sql`${resolved.query.where} AND ${datedWithin(resolved.query, period.start, period.end)}`,
    };
  return resolved.query.needsCategoryRoots ? null : resolved.query;
}

export async function freezeCellRecords(
  tx: Tx,
  options: { versionId: string; agencyIds: string[]; computed: ComputedReport },
): Promise<void> {
  const { versionId, agencyIds, computed } = options;
  const period = reportPeriod(computed.year);

  // 表三: one statement per row, grouped by applicant type with the 总计 column as the rollup.
  const columnKey = Prisma.sql`CASE q.applicant_type::text ${Prisma.join(
    REQUEST_COLUMNS.filter((c) => c.applicantType !== null).map(
      (c) => Prisma.sql`WHEN ${c.applicantType} THEN ${c.key}`,
    ),
    " ",
  )} END`;
  for (const row of computed.current.requests.rows) {
    const resolved = resolveCell({ table: "requests", row: row.key, column: "total" }, period);
    if (resolved?.kind !== "query") continue;
    await tx.$executeRaw`
      INSERT INTO annual_report_version_cell (version_id, "table", "row", "column", record_ids)
      SELECT ${versionId}::uuid, 'requests', ${row.key}, COALESCE(${columnKey}, 'total'), array_agg(q.id ORDER BY q.id)
      FROM info_request q
      WHERE ${inSubject("requests", agencyIds)} AND ${resolved.query.where}
      GROUP BY ROLLUP (q.applicant_type)
      HAVING count(*) > 0`;
  }

  for (const cell of freezableCells(computed)) {
    const query = frozenCellQuery(cell, period);
    if (!query) continue;
    const { from } = SOURCES[query.source];
    const id = LISTS[query.source].id;
    await tx.$executeRaw`
      INSERT INTO annual_report_version_cell (version_id, "table", "row", "column", record_ids)
      SELECT ${versionId}::uuid, ${cell.table}, ${cell.row}, ${cell.column}, array_agg(${id} ORDER BY ${id})
      FROM ${from}
      WHERE ${inSubject(query.source, agencyIds)} AND ${query.where}
      HAVING count(*) > 0`;
  }
}
