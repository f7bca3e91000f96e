// 上年结转 check (DOMAIN §4): this year's 二 上年结转 should equal last year's *published* 四 结转下年度, column by
// column. A request registered after last year's report was published but back-dated into that year, or one
// whose receipt or conclusion date was corrected since, breaks it. The difference is a warning shown on the
// console report page before submission, never a block: it names the requests that explain it. When last
// year's version froze its records (compute/freeze-cells.ts), the explanation is exact: the requests carried in
// now but not carried out then, and the other way round, per applicant column. For an older version, requests
// registered or changed after its publication are listed as the likely cause. A combined report compares the
// figures only (its drill-down never lists a department's records).
import type { Db, Tx } from "@/lib/db";
import { fromDbDate, type CalendarDate } from "@/lib/calendar/calendar-date";
import { REQUEST_COLUMNS } from "@/lib/reports/formats/request-table";
import { reportPeriod } from "./compute/period";
import { requestColumnPredicate, requestRowPredicate } from "./compute/request-rules";
import type { ComputedReport, FrozenFigures, ReportScope } from "./types";

export const CARRY_OVER_LIST_LIMIT = 50;

export type CarryOverReason =
  /** Carried in now, not carried out then: registered after last year's report was published. */
  | "registeredAfterPublication"
  /** Carried in now, not carried out then: its dates or applicant changed since publication. */
  | "changedSincePublication"
  /** Carried out then, not carried in now: its conclusion date now lies before 1 January. */
  | "concludedBefore"
  /** Carried out then, not carried in now: its receipt date now lies in this year (or its applicant changed). */
  | "receivedOrApplicantChanged"
  /** Carried out then, not carried in now: now another agency's, or removed. */
  | "goneOrMoved";

export type CarryOverRequest = {
  id: string;
  trackingCode: string | null;
  column: string;
  receivedOn: CalendarDate | null;
  concludedOn: CalendarDate | null;
  registeredAt: Date | null;
  reason: CarryOverReason;
};

export type CarryOverCheck =
  | { status: "noPrevious"; previousYear: number }
  | {
      status: "checked";
      previousYear: number;
      version: number;
      publishedOn: CalendarDate;
      ok: boolean;
      /** Every column that differs: last year's published 四 and this year's 二. */
      differences: { column: string; columnLabel: string; published: number; now: number }[];
      /** Whether the requests below are exact (last year's version froze its records) or the likely causes. */
      exact: boolean;
      requests: CarryOverRequest[];
      /** More requests explain it than are listed. */
      truncated: boolean;
    };

type Subject = { agencyId: string; year: number; scope: ReportScope };

export async function checkCarryOver(db: Db | Tx, report: Subject, computed: ComputedReport): Promise<CarryOverCheck> {
  const previousYear = report.year - 1;
  const version = await db.annualReportVersion.findFirst({
    where: { report: { agencyId: report.agencyId, year: previousYear, scope: report.scope } },
    orderBy: { number: "desc" },
    select: { id: true, number: true, figures: true, publishedAt: true, publishedOn: true, recordsFrozen: true },
  });
  if (!version) return { status: "noPrevious", previousYear };
  const published = (version.figures as unknown as FrozenFigures).current.requests;
  const carriedOut = published.rows.find((r) => r.key === "carried_out")?.values ?? [];
  const carriedIn = computed.current.requests.rows.find((r) => r.key === "carried_in")?.values ?? [];
  const differences = computed.current.requests.columns.flatMap((column, n) => {
    const then = published.columns.findIndex((c) => c.key === column.key);
    const before = then >= 0 ? Number(carriedOut[then] ?? 0) : 0;
    const now = Number(carriedIn[n] ?? 0);
    return before === now ? [] : [{ column: column.key, columnLabel: column.label, published: before, now }];
  });
  const base = {
    status: "checked" as const,
    previousYear,
    version: version.number,
    publishedOn: fromDbDate(version.publishedOn),
    ok: differences.length === 0,
    differences,
  };
  if (differences.length === 0 || report.scope !== "OWN")
    return { ...base, exact: version.recordsFrozen, requests: [], truncated: false };

  const period = reportPeriod(report.year);
  const carriedInNow = requestRowPredicate({ kind: "carried_in" }, period);
  const columns = differences.map((d) => d.column).filter((key) => key !== "total");
  const requests: CarryOverRequest[] = [];
  let truncated = false;
  const push = (list: CarryOverRequest[]) => {
    for (const r of list) {
      if (requests.length >= CARRY_OVER_LIST_LIMIT) {
        truncated = true;
        return;
      }
      requests.push(r);
    }
  };

  for (const column of columns) {
    const byColumn = requestColumnPredicate(column)!;
    if (version.recordsFrozen) {
      const cell = await db.annualReportVersionCell.findUnique({
        where: { versionId_table_row_column: { versionId: version.id, table: "requests", row: "carried_out", column } },
        select: { recordIds: true },
      });
      const thenIds = cell?.recordIds ?? [];
      // Carried in now, not carried out then.
      const added = await db.$queryRaw<Raw[]>`
        SELECT q.id::text AS id, q.tracking_code, q.received_on, q.concluded_on, q.created_at
        FROM info_request q
        WHERE q.agency_id = ${report.agencyId}::uuid AND ${carriedInNow} AND ${byColumn}
          AND NOT (q.id = ANY(${thenIds}::uuid[]))
        ORDER BY q.received_on, q.id LIMIT ${CARRY_OVER_LIST_LIMIT + 1}`;
      push(
        added.map((r) =>
          row(
            r,
            column,
            r.created_at! > version.publishedAt ? "registeredAfterPublication" : "changedSincePublication",
          ),
        ),
      );
      // Carried out then, not carried in now (looked up wherever they are now).
      const nowIds = (
        await db.$queryRaw<{ id: string }[]>`
          SELECT q.id::text AS id FROM info_request q
          WHERE q.agency_id = ${report.agencyId}::uuid AND ${carriedInNow} AND ${byColumn} AND q.id = ANY(${thenIds}::uuid[])`
      ).map((r) => r.id);
      const goneIds = thenIds.filter((id) => !nowIds.includes(id));
      if (goneIds.length) {
        const found = await db.$queryRaw<(Raw & { agency_id: string })[]>`
          SELECT q.id::text AS id, q.tracking_code, q.received_on, q.concluded_on, q.created_at, q.agency_id::text AS agency_id
          FROM info_request q WHERE q.id = ANY(${goneIds}::uuid[]) ORDER BY q.received_on, q.id`;
        push(
          goneIds.map((id) => {
            const r = found.find((f) => f.id === id);
            if (!r || r.agency_id !== report.agencyId)
              return { ...row(r ?? { id }, column, "goneOrMoved"), trackingCode: r?.tracking_code ?? null };
            const concluded = r.concluded_on ? fromDbDate(r.concluded_on) : null;
            return row(
              r,
              column,
              concluded !== null && concluded < `${report.year}-01-01`
                ? "concludedBefore"
                : "receivedOrApplicantChanged",
            );
          }),
        );
      }
    } else {
      // No frozen records: the requests carried in now that were registered or changed after publication.
      const likely = await db.$queryRaw<Raw[]>`
        SELECT q.id::text AS id, q.tracking_code, q.received_on, q.concluded_on, q.created_at
        FROM info_request q
        WHERE q.agency_id = ${report.agencyId}::uuid AND ${byColumn}
          AND q.received_on < ${period.start} AND q.updated_at > ${version.publishedAt}
        ORDER BY q.received_on, q.id LIMIT ${CARRY_OVER_LIST_LIMIT + 1}`;
      push(
        likely.map((r) =>
          row(
            r,
            column,
            r.created_at! > version.publishedAt ? "registeredAfterPublication" : "changedSincePublication",
          ),
        ),
      );
    }
  }
  return { ...base, exact: version.recordsFrozen, requests, truncated };
}

type Raw = {
  id: string;
  tracking_code?: string;
  received_on?: Date | null;
  concluded_on?: Date | null;
  created_at?: Date | null;
};

function row(r: Raw, column: string, reason: CarryOverReason): CarryOverRequest {
  return {
    id: r.id,
    trackingCode: r.tracking_code ?? null,
    column,
    receivedOn: r.received_on ? fromDbDate(r.received_on) : null,
    concludedOn: r.concluded_on ? fromDbDate(r.concluded_on) : null,
    registeredAt: r.created_at ?? null,
    reason,
  };
}

export const CARRY_OVER_COLUMN_LABELS = Object.fromEntries(REQUEST_COLUMNS.map((c) => [c.key, c.label]));
