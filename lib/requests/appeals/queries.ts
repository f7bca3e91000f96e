// Read models of 行政复议 / 行政诉讼 for the console, scoped to the agencies whose requests the user may read:
// an appeal of another agency is simply not found.
import { db } from "@/lib/db";
import { agencyScope, type Principal } from "@/lib/auth/permissions";
import { toDbDate, type CalendarDate } from "@/lib/calendar/calendar-date";
import { isUuid } from "@/lib/forms/validation";
import type { Prisma } from "@/lib/generated/prisma/client";

function readableWhere(user: Principal): Prisma.AppealWhereInput {
  const scope = agencyScope(user, "request.read");
  return scope === "all" ? {} : { agencyId: { in: scope } };
}

/** The agencies whose appeals the user may read (the list's agency picker), in the tree's order. */
export async function listAppealAgencies(user: Principal) {
  const scope = agencyScope(user, "request.read");
  if (scope !== "all" && scope.length === 0) return [];
  return db.agency.findMany({
    where: scope === "all" ? { active: true } : { id: { in: scope }, active: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true },
  });
}

/**
 * One agency's appeals (with and without a request), newest first; with `year`, those open in it — the cases
 * 表四 of that year counts (filed by 31 December, not concluded before 1 January).
 */
export async function listAppeals(user: Principal, options: { agencyId: string; year?: number }) {
  if (!isUuid(options.agencyId)) return [];
  const open: Prisma.AppealWhereInput = options.year
    ? {
        filedOn: { lte: toDbDate(`${options.year}-12-31` as CalendarDate) },
        OR: [{ concludedOn: null }, { concludedOn: { gte: toDbDate(`${options.year}-01-01` as CalendarDate) } }],
      }
    : {};
  return db.appeal.findMany({
    where: { AND: [readableWhere(user), { agencyId: options.agencyId }, open] },
    orderBy: [{ filedOn: "desc" }, { createdAt: "desc" }],
    include: { request: { select: { id: true, trackingCode: true } } },
  });
}

/** One appeal with its agency and request (if any), or null when it does not exist or lies outside the user's agencies. */
export async function findAppealForUser(user: Principal, appealId: string) {
  if (!isUuid(appealId)) return null;
  return db.appeal.findFirst({
    where: { AND: [readableWhere(user), { id: appealId }] },
    include: {
      agency: { select: { id: true, name: true } },
      request: { select: { id: true, trackingCode: true } },
    },
  });
}

export type AppealForUser = NonNullable<Awaited<ReturnType<typeof findAppealForUser>>>;
