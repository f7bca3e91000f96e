import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/permissions";
import { fromDbDate, toDbDate, type CalendarDate } from "./calendar-date";

/** The overrides of one year, for the calendar administration page. */
export async function listCalendarOverrides(actor: CurrentUser, year: number) {
  requirePermission(actor, "calendar.manage", null);
  const rows = await db.calendarOverride.findMany({
    where: { date: { gte: toDbDate(`${year}-01-01` as CalendarDate), lte: toDbDate(`${year}-12-31` as CalendarDate) } },
    orderBy: { date: "asc" },
    select: { date: true, kind: true, note: true, createdAt: true, createdBy: { select: { name: true } } },
  });
  return rows.map((r) => ({
    date: fromDbDate(r.date),
    kind: r.kind,
    note: r.note,
    createdAt: r.createdAt,
    createdBy: r.createdBy?.name ?? null,
  }));
}

/** The administrator's confirmation of a year, if any. */
export async function findCalendarYear(actor: CurrentUser, year: number) {
  requirePermission(actor, "calendar.manage", null);
  return db.calendarYear.findUnique({ where: { year }, select: { year: true, note: true, createdAt: true } });
}
