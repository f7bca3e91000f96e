// The console's drill-down of one report cell: the report has already been found within the user's scope;
// this names the cell (row and column as printed), gives its live number and asks lib/reports/compute for the
// records it counts — computed by the same predicates as the number itself, so the two always agree.
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/permissions";
import { requestScopeWhere } from "@/lib/requests/queries";
import { drillDown, type DrillDownCell, type DrillDownResult } from "./compute/drill-down";
import { computeFor } from "./report-figures";
import type { ComputedReport, FigureTable } from "./types";

export const DRILL_DOWN_TABLES = ["requests", "appeals", "proactive", "legacy", "writer"] as const;

/** Writer figures that are single numbers; their labels are the console's own (consoleReports.writer.*). */
export const WRITER_SINGLE_KEYS = ["interpretations", "requestsReceived", "requestsConcluded", "repliedLate"] as const;

type Report = { id: string; agencyId: string; year: number; scope: "OWN" | "COMBINED" };

export type CellDrillDown = {
  cell: DrillDownCell;
  /** null for a writer figure with a console label (WRITER_SINGLE_KEYS). */
  rowLabel: string | null;
  columnLabel: string;
  /** The live number of the cell, when the table has one there. */
  value: number | null;
  result: DrillDownResult;
};

function tableOf(computed: ComputedReport, table: DrillDownCell["table"]): FigureTable | null {
  if (table === "requests" || table === "appeals" || table === "proactive") return computed.current[table];
  if (table === "legacy") return computed.legacy.legacy;
  return null;
}

/** The printed row and column of a cell and its number in `computed` (live or frozen), or null when there is no such cell. */
export function locateCell(
  computed: ComputedReport,
  cell: DrillDownCell,
): { rowLabel: string | null; columnLabel: string; value: number | null } | null {
  if (cell.table === "writer") {
    const w = computed.writerFigures;
    const listed = [...w.byCategory, ...w.byChannel].find((f) => f.key === cell.row);
    if (listed) return { rowLabel: listed.label, columnLabel: "", value: listed.value };
    const single = WRITER_SINGLE_KEYS.find((k) => k === cell.row);
    return single ? { rowLabel: null, columnLabel: "", value: w[single] } : null;
  }
  const table = tableOf(computed, cell.table);
  const row = table?.rows.find((r) => r.key === cell.row);
  const index = table?.columns.findIndex((c) => c.key === cell.column) ?? -1;
  if (!table || !row || index < 0) return null;
  const label = row.group && !row.label.startsWith(row.group) ? `${row.group} ${row.label}` : row.label;
  return { rowLabel: label, columnLabel: table.columns[index]!.label, value: row.values[index] ?? null };
}

export async function cellDrillDown(options: {
  user: CurrentUser;
  report: Report;
  cell: DrillDownCell;
  page: number;
}): Promise<CellDrillDown | null> {
  const { user, report, cell } = options;
  requirePermission(user, "report.read", report.agencyId);
  const computed = await computeFor(db, report);
  const where = locateCell(computed, cell);
  if (!where) return null;
  const result = await drillDown(db, {
    agencyId: report.agencyId,
    year: report.year,
    scope: report.scope,
    cell,
    page: options.page,
  });
  if (!result) return null;
  return { cell, ...where, result };
}

/**
 * The applicants' names of the requests on a drill-down page (the console is for staff; 申请人 by name is how they
 * find a case). Only where the user may read the requests themselves: a 保密审查 reviewer reads reports but not
 * requests, and sees the applicant type only. Scope lives in the query, as everywhere.
 */
export async function applicantNamesFor(user: CurrentUser, results: DrillDownResult[]): Promise<Map<string, string>> {
  const ids = results.flatMap((r) => (r.kind === "requests" ? r.rows.map((row) => row.id) : []));
  if (ids.length === 0) return new Map();
  const rows = await db.infoRequest.findMany({
    where: { id: { in: ids }, ...requestScopeWhere(user) },
    select: { id: true, applicantName: true },
  });
  return new Map(rows.map((r) => [r.id, r.applicantName]));
}
