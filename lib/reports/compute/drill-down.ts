// Drill-down: the records a report number counts, built from the same predicates as the aggregate
// (request-rules, appeal-rules, item-rules, legacy-rules, writer-rules), so its total is the number.
// Cells are addressed as { table, row, column } with the keys of lib/reports/formats:
//   requests  row = a 表三 row key (`new`, `result.refused.state_secret`, `result.total` …), column = applicant key or `total`
//   appeals   row = `appeals`, column = `review.upheld` … `suit_after_review.total`
//   proactive row/column = the keys of the year's 表二 layout (a computed cell lists items; an entered one its figure)
//   legacy    row = an older-format row key, column = `this_year` | `cumulative`
//   writer    row = a WriterFigure key (`category:机构职能类`, `channel:WEBSITE`, `interpretations`, `requestsReceived`,
//             `requestsConcluded`, `repliedLate`), column = `value`
// A COMBINED report never lists another agency's records: it answers each subject agency's own figure for the
// cell, and the console drills into an agency from there (with that agency's own permission).
// The caller has checked permission; an unknown cell answers null (the page shows 404).
import type { Db, Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type {
  AppealKind,
  AppealResult,
  AppealSubject,
  ApplicantType,
  ComplaintKind,
  RequestChannel,
  RequestOutcome,
  Validity,
} from "@/lib/generated/prisma/enums";
import { fromDbDate, type CalendarDate } from "@/lib/calendar/calendar-date";
import { FIRST_REPORT_YEAR, currentFormatForYear } from "@/lib/reports/formats/choose-format";
import { proactiveLayout } from "@/lib/reports/formats/proactive-table";
import { requestRowsFor } from "@/lib/reports/formats/request-table";
import type { ReportScope } from "@/lib/reports/types";
import { appealColumnPredicate } from "./appeal-rules";
import { legacyFiguresPerAgency } from "./compute-legacy-table";
import { categoryRootsSql, proactivePredicate } from "./item-rules";
import { datedWithin, legacyRow, legacyRowQuery, type LegacyRowQuery } from "./legacy-rules";
import { loadManualFigures } from "./load-manual-figures";
import { reportPeriod, type ReportPeriod } from "./period";
import { reportAgencyIds } from "./report-subject";
import { requestColumnPredicate, requestRowPredicate } from "./request-rules";
import { inSubject, SOURCES, type CellQuery, type SourceKind } from "./sources";
import { writerCellQuery } from "./writer-rules";

export const DRILL_DOWN_PAGE_SIZE = 50;

export type DrillDownCell = {
  table: "requests" | "appeals" | "proactive" | "legacy" | "writer";
  row: string;
  column: string;
};
export type DrillDownInput = { agencyId: string; year: number; scope: ReportScope; cell: DrillDownCell; page?: number };

export type RequestRecord = {
  id: string;
  trackingCode: string;
  applicantType: ApplicantType;
  channel: RequestChannel;
  receivedOn: CalendarDate;
  concludedOn: CalendarDate | null;
  outcome: RequestOutcome | null;
};
export type ItemRecord = {
  id: string;
  indexNumber: string | null;
  title: string;
  publishedOn: CalendarDate | null;
  writtenOn: CalendarDate;
  validity: Validity;
};
export type AppealRecord = {
  id: string;
  /** The request it is about, or null (未依法主动公开, 更正, other: see subject and summary). */
  requestId: string | null;
  trackingCode: string | null;
  subject: AppealSubject;
  summary: string;
  kind: AppealKind;
  filedOn: CalendarDate;
  result: AppealResult;
  concludedOn: CalendarDate | null;
};
export type ComplaintRecord = {
  id: string;
  kind: ComplaintKind;
  receivedOn: CalendarDate;
  summary: string;
  handledOn: CalendarDate | null;
};

/** The 历年累计 a cumulative cell starts from: the paper report's figure of an earlier year. */
export type OpeningBalance = { year: number; value: number; source: string };
type Page<K extends string, R> = {
  kind: K;
  total: number;
  page: number;
  pageSize: number;
  rows: R[];
  openingBalance?: OpeningBalance;
};

export type DrillDownResult =
  | Page<"requests", RequestRecord>
  | Page<"items", ItemRecord>
  | Page<"appeals", AppealRecord>
  | Page<"complaints", ComplaintRecord>
  /** An entered figure (表二 第二十条第（五）（六）（八）项 …); value null = not entered yet. */
  | { kind: "manual"; key: string; value: number | null; source: string | null }
  /** A cell taken from the year's own historical figure (an old year republished from its paper report). */
  | { kind: "historical"; key: string; year: number; column: "this_year" | "cumulative"; value: number; source: string }
  /** COMBINED: each subject agency's own figure for the cell (value null: an entered figure it has not entered). */
  | { kind: "agencies"; total: number; rows: { agencyId: string; code: string; name: string; value: number | null }[] };

type RecordsPage = Extract<DrillDownResult, { kind: "requests" | "items" | "appeals" | "complaints" }>;

export type Resolved =
  | { kind: "query"; query: CellQuery & { needsCategoryRoots?: boolean } }
  | { kind: "manual"; key: string }
  | { kind: "legacy"; key: string; column: "this_year" | "cumulative"; query: LegacyRowQuery };

/** What a cell counts: a records query (with the predicates of the aggregate), an entered figure, or an older-format row. */
export function resolveCell(cell: DrillDownCell, period: ReportPeriod): Resolved | null {
  switch (cell.table) {
    case "requests": {
      const row = requestRowsFor(currentFormatForYear(period.year)).find((r) => r.key === cell.row);
      const column = requestColumnPredicate(cell.column);
      if (!row || !column) return null;
      return {
        kind: "query",
        query: { source: "requests", where: Prisma.sql`${requestRowPredicate(row.rule, period)} AND ${column}` },
      };
    }
    case "appeals": {
      const where = cell.row === "appeals" ? appealColumnPredicate(cell.column, period) : null;
      return where ? { kind: "query", query: { source: "appeals", where } } : null;
    }
    case "proactive": {
      const row = proactiveLayout(currentFormatForYear(period.year)).rows.find((r) => r.key === cell.row);
      const source = row && Object.hasOwn(row.cells, cell.column) ? row.cells[cell.column] : undefined;
      if (!source) return null;
      return "computed" in source
        ? { kind: "query", query: { source: "items", where: proactivePredicate(source.computed, period) } }
        : { kind: "manual", key: source.manual };
    }
    case "legacy": {
      const row = legacyRow(cell.row);
      if (!row || (cell.column !== "this_year" && cell.column !== "cumulative")) return null;
      return { kind: "legacy", key: row.key, column: cell.column, query: legacyRowQuery(row.rule) };
    }
    case "writer": {
      const query = cell.column === "value" ? writerCellQuery(cell.row, period) : null;
      return query ? { kind: "query", query } : null;
    }
    default:
      return null;
  }
}

export async function drillDown(db: Db | Tx, input: DrillDownInput): Promise<DrillDownResult | null> {
  const { agencyId, year, scope, cell } = input;
  if (!Number.isInteger(year) || year < FIRST_REPORT_YEAR || year > 2200) return null;
  const period = reportPeriod(year);
  const resolved = resolveCell(cell, period);
  if (!resolved) return null;
  const page = Number.isInteger(input.page) && input.page! >= 1 ? input.page! : 1;
  const agencyIds = await reportAgencyIds(db, agencyId, scope);

  if (resolved.kind === "manual") {
    const figure = (await loadManualFigures(db, { agencyId, year, scope, agencyIds }, [resolved.key])).get(
      resolved.key,
    )!;
    if (scope === "OWN" || figure.origin === "entered")
      return { kind: "manual", key: resolved.key, value: figure.value, source: figure.source };
    const perAgency = await db.reportManualFigure.findMany({
      where: { key: resolved.key, report: { agencyId: { in: agencyIds }, year, scope: "OWN" } },
      select: { value: true, report: { select: { agencyId: true } } },
    });
    return agenciesResult(db, agencyIds, (id) => {
      const found = perAgency.find((f) => f.report.agencyId === id);
      return found ? Number(found.value.toString()) : null;
    });
  }

  if (resolved.kind === "legacy") {
    const figures = await legacyFiguresPerAgency(db, agencyIds, period, [resolved.key]);
    const value = (id: string) => {
      const f = figures.find((x) => x.agencyId === id);
      return f ? (resolved.column === "this_year" ? f.thisYear : f.cumulative) : 0;
    };
    if (scope === "COMBINED") return agenciesResult(db, agencyIds, value);
    const figure = figures[0]!;
    if (figure.fromHistory) {
      const h = await db.reportHistoricalFigure.findUniqueOrThrow({
        where: { agencyId_year_key: { agencyId, year, key: resolved.key } },
      });
      return {
        kind: "historical",
        key: resolved.key,
        year,
        column: resolved.column,
        value: value(agencyId),
        source: h.source,
      };
    }
    if (resolved.column === "this_year") {
      return listRecords(
        db,
        agencyIds,
        {
          source: resolved.query.source,
          where: Prisma.sql`${resolved.query.where} AND ${datedWithin(resolved.query, period.start, period.end)}`,
        },
        page,
      );
    }
    if (figure.openingYear === null) {
      return listRecords(
        db,
        agencyIds,
        {
          source: resolved.query.source,
          where: Prisma.sql`${resolved.query.where} AND ${datedWithin(resolved.query, null, period.end)}`,
        },
        page,
      );
    }
    // 历年累计 = the paper report's 历年累计 of the opening year + the records dated after it.
    const opening = await db.reportHistoricalFigure.findUniqueOrThrow({
      where: { agencyId_year_key: { agencyId, year: figure.openingYear, key: resolved.key } },
    });
    const after = reportPeriod(figure.openingYear + 1).start;
    const list = await listRecords(
      db,
      agencyIds,
      {
        source: resolved.query.source,
        where: Prisma.sql`${resolved.query.where} AND ${datedWithin(resolved.query, after, period.end)}`,
      },
      page,
    );
    return { ...list, openingBalance: { year: opening.year, value: opening.cumulative, source: opening.source } };
  }

  const { query } = resolved;
  const roots = query.needsCategoryRoots ? categoryRootsSql(agencyIds) : Prisma.empty;
  if (scope === "COMBINED") {
    const counts = await db.$queryRaw<{ agency_id: string; n: number }[]>`
      ${roots}
      SELECT ${SOURCES[query.source].agencyColumn}::text AS agency_id, count(*)::int AS n
      FROM ${SOURCES[query.source].from} WHERE ${inSubject(query.source, agencyIds)} AND ${query.where} GROUP BY 1`;
    return agenciesResult(db, agencyIds, (id) => counts.find((c) => c.agency_id === id)?.n ?? 0);
  }
  return listRecords(db, agencyIds, query, page, roots);
}

async function agenciesResult(
  db: Db | Tx,
  agencyIds: string[],
  value: (agencyId: string) => number | null,
): Promise<DrillDownResult> {
  const agencies = await db.agency.findMany({
    where: { id: { in: agencyIds } },
    select: { id: true, code: true, name: true, sortOrder: true },
  });
  // The report's own agency first, then the departments in their order.
  agencies.sort(
    (a, b) =>
      Number(b.id === agencyIds[0]) - Number(a.id === agencyIds[0]) ||
      a.sortOrder - b.sortOrder ||
      a.code.localeCompare(b.code),
  );
  const rows = agencies.map((a) => ({ agencyId: a.id, code: a.code, name: a.name, value: value(a.id) }));
  return { kind: "agencies", total: rows.reduce((sum, r) => sum + (r.value ?? 0), 0), rows };
}

export const LISTS: Record<SourceKind, { select: Prisma.Sql; order: Prisma.Sql; id: Prisma.Sql }> = {
  requests: {
    select: Prisma.sql`q.id::text AS id, q.tracking_code, q.applicant_type::text AS applicant_type, q.channel::text AS channel, q.received_on, q.concluded_on, q.outcome::text AS outcome`,
    order: Prisma.sql`q.received_on, q.id`,
    id: Prisma.sql`q.id`,
  },
  items: {
    select: Prisma.sql`i.id::text AS id, i.index_number, r.title, i.published_on, r.written_on, i.validity::text AS validity`,
    order: Prisma.sql`i.published_on NULLS LAST, i.id`,
    id: Prisma.sql`i.id`,
  },
  appeals: {
    select: Prisma.sql`ap.id::text AS id, q.id::text AS request_id, q.tracking_code, ap.subject::text AS subject, ap.summary, ap.kind::text AS kind, ap.filed_on, ap.result::text AS result, ap.concluded_on`,
    order: Prisma.sql`ap.filed_on, ap.id`,
    id: Prisma.sql`ap.id`,
  },
  complaints: {
    select: Prisma.sql`c.id::text AS id, c.kind::text AS kind, c.received_on, c.summary, c.handled_on`,
    order: Prisma.sql`c.received_on, c.id`,
    id: Prisma.sql`c.id`,
  },
};

type Raw = Record<string, unknown>;
export const day = (v: unknown) => (v instanceof Date ? fromDbDate(v) : null);

export async function listRecords(
  db: Db | Tx,
  agencyIds: string[],
  query: CellQuery,
  page: number,
  roots: Prisma.Sql = Prisma.empty,
): Promise<RecordsPage> {
  const where = Prisma.sql`${inSubject(query.source, agencyIds)} AND ${query.where}`;
  return listRecordsWhere(db, query.source, where, page, roots);
}

/** A page of a source's records matching `where` exactly as given (no agency scope added: the caller's job). */
export async function listRecordsWhere(
  db: Db | Tx,
  source: SourceKind,
  where: Prisma.Sql,
  page: number,
  roots: Prisma.Sql = Prisma.empty,
): Promise<RecordsPage> {
  const query = { source };
  const { from } = SOURCES[source];
  const [[{ total }], rows] = await Promise.all([
    db.$queryRaw<{ total: number }[]>`${roots} SELECT count(*)::int AS total FROM ${from} WHERE ${where}`,
    db.$queryRaw<Raw[]>`${roots} SELECT ${LISTS[query.source].select} FROM ${from} WHERE ${where}
      ORDER BY ${LISTS[query.source].order} LIMIT ${DRILL_DOWN_PAGE_SIZE} OFFSET ${(page - 1) * DRILL_DOWN_PAGE_SIZE}`,
  ]);
  const base = { total, page, pageSize: DRILL_DOWN_PAGE_SIZE };
  switch (query.source) {
    case "requests":
      return {
        kind: "requests",
        ...base,
        rows: rows.map((r) => ({
          id: r.id as string,
          trackingCode: r.tracking_code as string,
          applicantType: r.applicant_type as ApplicantType,
          channel: r.channel as RequestChannel,
          receivedOn: day(r.received_on)!,
          concludedOn: day(r.concluded_on),
          outcome: (r.outcome as RequestOutcome | null) ?? null,
        })),
      };
    case "items":
      return {
        kind: "items",
        ...base,
        rows: rows.map((r) => ({
          id: r.id as string,
          indexNumber: (r.index_number as string | null) ?? null,
          title: r.title as string,
          publishedOn: day(r.published_on),
          writtenOn: day(r.written_on)!,
          validity: r.validity as Validity,
        })),
      };
    case "appeals":
      return {
        kind: "appeals",
        ...base,
        rows: rows.map((r) => ({
          id: r.id as string,
          requestId: (r.request_id as string | null) ?? null,
          trackingCode: (r.tracking_code as string | null) ?? null,
          subject: r.subject as AppealSubject,
          summary: r.summary as string,
          kind: r.kind as AppealKind,
          filedOn: day(r.filed_on)!,
          result: r.result as AppealResult,
          concludedOn: day(r.concluded_on),
        })),
      };
    case "complaints":
      return {
        kind: "complaints",
        ...base,
        rows: rows.map((r) => ({
          id: r.id as string,
          kind: r.kind as ComplaintKind,
          receivedOn: day(r.received_on)!,
          summary: r.summary as string,
          handledOn: day(r.handled_on),
        })),
      };
  }
}
