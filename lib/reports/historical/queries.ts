// Read models of the historical figures, scoped to the agencies where the user may read reports.
import { db, type Db, type Tx } from "@/lib/db";
import { agencyScope, can, type Principal } from "@/lib/auth/permissions";
import { fromDbDate, yearOf } from "@/lib/calendar/calendar-date";
import { isUuid } from "@/lib/forms/validation";
import type { HistoricalFigures } from "./rules";

/** Agencies whose historical figures the user may see (the page's agency picker). */
export async function listHistoryAgencies(user: Principal) {
  const scope = agencyScope(user, "report.read");
  if (scope !== "all" && scope.length === 0) return [];
  return db.agency.findMany({
    where: scope === "all" ? { active: true } : { id: { in: scope }, active: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true },
  });
}

export type HistoricalYear = { year: number; source: string; figures: HistoricalFigures; updatedAt: Date };

/** Every entered year of one agency, oldest first; null when the agency is not the user's to read. */
export async function loadHistoricalYears(user: Principal, agencyId: string): Promise<HistoricalYear[] | null> {
  if (!isUuid(agencyId) || !can(user, "report.read", agencyId)) return null;
  return historicalYearsOf(db, agencyId);
}

/** The stored years of an agency (no permission check: for use cases that have done theirs). */
export async function historicalYearsOf(client: Tx | Db, agencyId: string): Promise<HistoricalYear[]> {
  const rows = await client.reportHistoricalFigure.findMany({
    where: { agencyId },
    orderBy: [{ year: "asc" }, { key: "asc" }],
  });
  const years = new Map<number, HistoricalYear>();
  for (const row of rows) {
    let entry = years.get(row.year);
    if (!entry) {
      entry = { year: row.year, source: row.source, figures: {}, updatedAt: row.updatedAt };
      years.set(row.year, entry);
    }
    entry.figures[row.key] = { thisYear: row.thisYear, cumulative: row.cumulative };
    if (row.updatedAt > entry.updatedAt) entry.updatedAt = row.updatedAt;
  }
  return [...years.values()];
}

/**
 * The year of the agency's first record in Gongkai (an item published, a request or a complaint received),
 * or null when it has none. From that year on the figures come from the records, so no earlier figures
 * may be entered for it or any later year.
 */
export async function firstRecordYear(client: Tx | Db, agencyId: string): Promise<number | null> {
  const [items, requests, complaints] = await Promise.all([
    client.item.aggregate({ where: { agencyId, publishedOn: { not: null } }, _min: { publishedOn: true } }),
    client.infoRequest.aggregate({ where: { agencyId }, _min: { receivedOn: true } }),
    client.complaint.aggregate({ where: { agencyId }, _min: { receivedOn: true } }),
  ]);
  const dates = [items._min.publishedOn, requests._min.receivedOn, complaints._min.receivedOn].filter(
    (d): d is Date => d !== null,
  );
  if (dates.length === 0) return null;
  return Math.min(...dates.map((d) => yearOf(fromDbDate(d))));
}
