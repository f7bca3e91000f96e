// Read models of the console's annual report pages. Scope lives in the query: a report of an agency the
// user may not read is not found (404), never "forbidden", and a malformed id is simply not found either.
import { z } from "zod";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { agencyWhere } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import type { FrozenFigures, ReportNarrative } from "./types";

const isUuid = (id: string) => z.uuid().safeParse(id).success;

/** Every report of the agencies the user may read, newest year first, with its latest published version. */
export async function listReportsForUser(user: CurrentUser) {
  return db.annualReport.findMany({
    where: agencyWhere(user, "report.read"),
    orderBy: [{ year: "desc" }, { agency: { sortOrder: "asc" } }, { scope: "asc" }],
    include: {
      agency: { select: { id: true, name: true, shortName: true, code: true, parentId: true } },
      versions: { orderBy: { number: "asc" }, select: { number: true, publishedOn: true } },
    },
  });
}

/** The agencies where the user may open (get or create) a report, with whether they have child agencies. */
export async function agenciesForOpening(user: CurrentUser) {
  return db.agency.findMany({
    where: { ...idWhere(agencyWhere(user, "report.edit")), active: true },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: { id: true, name: true, shortName: true, code: true, _count: { select: { children: true } } },
  });
}

function idWhere(scope: { agencyId?: { in: string[] } }) {
  return scope.agencyId ? { id: scope.agencyId } : {};
}

/** The working copy (with agency, entered figures and versions), or null when the user may not read it. */
export async function findReportForUser(user: CurrentUser, id: string) {
  if (!isUuid(id)) return null;
  return db.annualReport.findFirst({
    where: { id, ...agencyWhere(user, "report.read") },
    include: {
      agency: { select: { id: true, name: true, shortName: true, code: true, parentId: true } },
      manualFigures: { orderBy: { key: "asc" } },
      versions: {
        orderBy: { number: "asc" },
        select: {
          id: true,
          number: true,
          correctionReason: true,
          submittedById: true,
          approvedById: true,
          publishedAt: true,
          publishedOn: true,
        },
      },
    },
  });
}

export type ReportForUser = NonNullable<Awaited<ReturnType<typeof findReportForUser>>>;

/** For use cases: the report, or NOT_FOUND. */
export async function requireReport(user: CurrentUser, id: string): Promise<ReportForUser> {
  const report = await findReportForUser(user, id);
  if (!report) throw new AppError("NOT_FOUND");
  return report;
}

/** One published version by number, with its frozen figures and narrative, or null. */
export async function findVersionForUser(user: CurrentUser, reportId: string, number: number) {
  const report = await findReportForUser(user, reportId);
  if (!report || !Number.isInteger(number) || number < 1) return null;
  const version = await db.annualReportVersion.findUnique({
    where: { reportId_number: { reportId: report.id, number } },
  });
  if (!version) return null;
  return {
    report,
    version,
    figures: version.figures as unknown as FrozenFigures,
    narrative: version.narrative as unknown as ReportNarrative,
  };
}

/** Names of the users who submitted and approved versions (the version rows keep only their ids). */
export async function userNames(ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter(Boolean))];
  if (unique.length === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: unique } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}
