// Read models of 行政申诉、举报 for the console, always scoped to the agencies the user may read them in:
// an id from another agency is simply not found.
import { db } from "@/lib/db";
import { agencyScope, type Principal } from "@/lib/auth/permissions";
import { toDbDate, type CalendarDate } from "@/lib/calendar/calendar-date";
import { isUuid } from "@/lib/forms/validation";
import type { Prisma } from "@/lib/generated/prisma/client";

function readableWhere(user: Principal): Prisma.ComplaintWhereInput {
  const scope = agencyScope(user, "complaint.read");
  return scope === "all" ? {} : { agencyId: { in: scope } };
}

/** The agencies whose complaints the user may read (the list's agency picker), in the tree's order. */
export async function listComplaintAgencies(user: Principal) {
  const scope = agencyScope(user, "complaint.read");
  if (scope !== "all" && scope.length === 0) return [];
  return db.agency.findMany({
    where: scope === "all" ? { active: true } : { id: { in: scope }, active: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true },
  });
}

/** One agency's complaints, newest first, optionally those received in `year`. Empty for an agency out of scope. */
export async function listComplaints(user: Principal, options: { agencyId: string; year?: number }) {
  if (!isUuid(options.agencyId)) return [];
  const received = options.year
    ? {
        receivedOn: {
          gte: toDbDate(`${options.year}-01-01` as CalendarDate),
          lte: toDbDate(`${options.year}-12-31` as CalendarDate),
        },
      }
    : {};
  return db.complaint.findMany({
    where: { AND: [readableWhere(user), { agencyId: options.agencyId }, received] },
    orderBy: [{ receivedOn: "desc" }, { createdAt: "desc" }],
    select: { id: true, kind: true, receivedOn: true, summary: true, handledOn: true, result: true },
  });
}

/** One complaint with its agency's name, or null when it does not exist or lies outside the user's agencies. */
export async function findComplaintForUser(user: Principal, complaintId: string) {
  if (!isUuid(complaintId)) return null;
  return db.complaint.findFirst({
    where: { AND: [readableWhere(user), { id: complaintId }] },
    include: { agency: { select: { id: true, name: true } } },
  });
}

export type ComplaintForUser = NonNullable<Awaited<ReturnType<typeof findComplaintForUser>>>;
