// The drill-down of a published version: the records each number counted at publication, as frozen with the
// version (annual_report_version_cell), shown with what they say today. Records that no longer count in the cell
// (a conclusion date corrected, a request moved, an item withdrawn…) are marked, and records that count there now
// but did not then (e.g. registered back-dated after publication) are listed after them. A version published
// before records were frozen, or a combined report (answered per agency), falls back to today's records and says so.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/permissions";
import { drillDown, LISTS, listRecordsWhere, type DrillDownCell, type DrillDownResult } from "./compute/drill-down";
import { frozenCellQuery } from "./compute/freeze-cells";
import { reportPeriod } from "./compute/period";
import { inSubject, SOURCES } from "./compute/sources";
import { locateCell } from "./cell-drill-down";
import type { FrozenFigures } from "./types";

type Report = { id: string; agencyId: string; year: number; scope: "OWN" | "COMBINED" };
type Version = { id: string; number: number; recordsFrozen: boolean; figures: unknown };
type RecordsPage = Extract<DrillDownResult, { kind: "requests" | "items" | "appeals" | "complaints" }>;

export type VersionCellDrillDown = {
  cell: DrillDownCell;
  rowLabel: string | null;
  columnLabel: string;
  /** The number as published. */
  value: number | null;
} & (
  | {
      frozen: true;
      /** The records counted at publication (today's data), a page of them. */
      records: RecordsPage;
      /** How many records the cell counted at publication. */
      frozenTotal: number;
      /** Of those, removed from the records since (listed no more). */
      missing: number;
      /** Ids (on this page) that no longer count in this cell today. */
      changedIds: string[];
      /** Records that count in this cell today but did not at publication (first page). */
      addedSince: RecordsPage;
    }
  | { frozen: false; result: DrillDownResult }
);

export async function versionCellDrillDown(options: {
  user: CurrentUser;
  report: Report;
  version: Version;
  cell: DrillDownCell;
  page: number;
}): Promise<VersionCellDrillDown | null> {
  const { user, report, version, cell, page } = options;
  requirePermission(user, "report.read", report.agencyId);
  const figures = version.figures as FrozenFigures;
  const where = locateCell({ ...figures, year: report.year, scope: report.scope }, cell);
  if (!where) return null;
  const period = reportPeriod(report.year);
  const query = frozenCellQuery(cell, period);
  if (!version.recordsFrozen || !query) {
    const result = await drillDown(db, {
      agencyId: report.agencyId,
      year: report.year,
      scope: report.scope,
      cell,
      page,
    });
    return result ? { cell, ...where, frozen: false, result } : null;
  }
  const stored = await db.annualReportVersionCell.findUnique({
    where: {
      versionId_table_row_column: { versionId: version.id, table: cell.table, row: cell.row, column: cell.column },
    },
    select: { recordIds: true },
  });
  const ids = stored?.recordIds ?? [];
  const id = LISTS[query.source].id;
  const counting = Prisma.sql`${inSubject(query.source, [report.agencyId])} AND ${query.where}`;
  const records = await listRecordsWhere(db, query.source, Prisma.sql`${id} = ANY(${ids}::uuid[])`, page);
  const pageIds = records.rows.map((r) => r.id);
  const still = pageIds.length
    ? await db.$queryRaw<{ id: string }[]>`
        SELECT ${id}::text AS id FROM ${SOURCES[query.source].from} WHERE ${counting} AND ${id} = ANY(${pageIds}::uuid[])`
    : [];
  const stillIds = new Set(still.map((r) => r.id));
  const addedSince = await listRecordsWhere(
    db,
    query.source,
    Prisma.sql`${counting} AND NOT (${id} = ANY(${ids}::uuid[]))`,
    1,
  );
  return {
    cell,
    ...where,
    frozen: true,
    records,
    frozenTotal: ids.length,
    missing: ids.length - records.total,
    changedIds: pageIds.filter((x) => !stillIds.has(x)),
    addedSince,
  };
}
