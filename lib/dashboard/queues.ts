// The dashboard's work queues, per role and agency. Each capability adds its queues here
// (drafts, reviews, approvals, requests due…); a queue is a label, a count and a link.
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { agencyScope } from "@/lib/auth/permissions";

export type Queue = { key: string; count: number; href: string };

function startOfTodayInChina(now = new Date()) {
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(now);
  return new Date(`${day}T00:00:00+08:00`);
}

export async function loadDashboardQueues(user: CurrentUser): Promise<Queue[]> {
  const queues: Queue[] = [];
  const userScope = agencyScope(user, "user.read");
  if (userScope === "all" || userScope.length > 0) {
    const count = await db.user.count({
      where: { active: true, ...(userScope === "all" ? {} : { memberships: { some: { agencyId: { in: userScope } } } }) },
    });
    queues.push({ key: "agencyUsers", count, href: "/console/users" });
  }
  const auditScope = agencyScope(user, "audit.read");
  if (auditScope === "all" || auditScope.length > 0) {
    const count = await db.auditEvent.count({
      where: { at: { gte: startOfTodayInChina() }, ...(auditScope === "all" ? {} : { agencyId: { in: auditScope } }) },
    });
    queues.push({ key: "auditToday", count, href: "/console/audit" });
  }
  return queues;
}
