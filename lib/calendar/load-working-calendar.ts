import { db, type Tx } from "@/lib/db";
import { fromDbDate } from "./calendar-date";
import { createWorkingCalendar, type WorkingCalendar } from "./working-calendar";

/**
 * The working calendar with the administrator's overrides and confirmed years, read once from the
 * database. Call it once per request or use case and pass the calendar to the arithmetic; pass a
 * transaction client to read inside a transaction.
 */
export async function loadWorkingCalendar(client: Tx = db): Promise<WorkingCalendar> {
  const [overrides, years] = await Promise.all([
    client.calendarOverride.findMany({ select: { date: true, kind: true, note: true } }),
    client.calendarYear.findMany({ select: { year: true } }),
  ]);
  return createWorkingCalendar({
    overrides: overrides.map((o) => ({ date: fromDbDate(o.date), kind: o.kind, note: o.note })),
    confirmedYears: years.map((y) => y.year),
  });
}
