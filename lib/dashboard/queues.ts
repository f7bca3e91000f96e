// The dashboard's work queues, per role and agency. Each capability adds its queues here
// (drafts, reviews, approvals, requests due…); a queue is a label, a count and a link.
import { db } from "@/lib/db";
import { chinaToday, fromDbDate } from "@/lib/calendar/calendar-date";
import type { CurrentUser } from "@/lib/auth/current-user";
import { agencyScope } from "@/lib/auth/permissions";
import { countItemQueues } from "@/lib/items/console-views";
import { countRequestQueues } from "@/lib/requests/console-views";
import { dutyYear, reportDuty, type ReportDuty } from "@/lib/reports/deadline";
import { canHaveReturnedWork, countReturnedToMe } from "./returned-to-me";

/** A work queue: its label's message key, how many records wait in it, and the list that shows them. */
export type Queue = { key: string; label: string; count: number; href: string };

export async function loadDashboardQueues(user: CurrentUser, now = new Date()): Promise<Queue[]> {
  const queues: Queue[] = [];
  // 退回给我的 counts returned items, replies and reports alike (returned-to-me.ts); the list is on the dashboard.
  if (canHaveReturnedWork(user))
    queues.push({
      key: "returned",
      label: "console.dashboard.queue.returned",
      count: await countReturnedToMe(user),
      href: "/console#returned-to-me",
    });
  for (const { view, count } of await countItemQueues(user, now)) {
    if (view === "returned") continue;
    queues.push({
      key: `items-${view}`,
      label: `items.console.views.${view}`,
      count,
      href: `/console/items?view=${view}`,
    });
  }
  // 依申请公开: new, due soon, overdue and waiting (request.read), awaiting approval (request.approve).
  for (const { view, count } of await countRequestQueues(user, now)) {
    queues.push({
      key: `requests-${view}`,
      label: `requestConsole.views.${view}`,
      count,
      href: `/console/requests?view=${view}`,
    });
  }
  const userScope = agencyScope(user, "user.read");
  if (userScope === "all" || userScope.length > 0) {
    const count = await db.user.count({
      where: {
        active: true,
        ...(userScope === "all" ? {} : { memberships: { some: { agencyId: { in: userScope } } } }),
      },
    });
    queues.push({ key: "agencyUsers", label: "console.dashboard.queue.agencyUsers", count, href: "/console/users" });
  }
  const auditScope = agencyScope(user, "audit.read");
  if (auditScope === "all" || auditScope.length > 0) {
    const count = await db.auditEvent.count({
      where: {
        at: { gte: new Date(`${chinaToday(now)}T00:00:00+08:00`) },
        ...(auditScope === "all" ? {} : { agencyId: { in: auditScope } }),
      },
    });
    queues.push({ key: "auditToday", label: "console.dashboard.queue.auditToday", count, href: "/console/audit" });
  }
  return queues;
}

/** An agency whose previous-year annual report (年度报告) is not yet published: due, or late (已逾期). */
export type ReportWarning = {
  agencyId: string;
  agencyName: string;
  duty: Extract<ReportDuty, { status: "due" | "late" }>;
};

/**
 * The warning cards of the annual report: for each agency where the user may read reports, last year's
 * report while it is unpublished (from 1 January). A report of either scope counts as published from
 * its first version's date, so a government that publishes only its combined report is not warned.
 */
export async function loadReportWarnings(user: CurrentUser, now = new Date()): Promise<ReportWarning[]> {
  const scope = agencyScope(user, "report.read");
  const agencyIds = scope === "all" ? [] : scope;
  if (agencyIds.length === 0) return [];
  const today = chinaToday(now);
  const year = dutyYear(today);
  const agencies = await db.agency.findMany({
    where: { id: { in: agencyIds }, active: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      parentId: true,
      annualReports: { where: { year }, select: { versions: { where: { number: 1 }, select: { publishedOn: true } } } },
    },
  });
  const warnings: ReportWarning[] = [];
  for (const agency of agencies) {
    const firstDates = agency.annualReports.flatMap((r) => r.versions.map((v) => fromDbDate(v.publishedOn))).sort();
    const duty = reportDuty({ parentId: agency.parentId, publishedOn: firstDates[0] ?? null }, today);
    if (duty.status !== "published") warnings.push({ agencyId: agency.id, agencyName: agency.name, duty });
  }
  return warnings;
}
