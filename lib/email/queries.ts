// The outbox as the console shows it: agency admins see their agencies' e-mails, the platform
// administrator all of them (scope in the query). Bodies are shown only to the admins of the e-mail's
// own agency: they carry tracking codes and what applicants wrote.
import { db } from "@/lib/db";
import { agencyWhere, type Principal } from "@/lib/auth/permissions";
import { isUuid } from "@/lib/forms/validation";
import type { OutboxStatus } from "@/lib/generated/prisma/enums";

export const OUTBOX_STATUSES = ["PENDING", "SENT", "FAILED"] as const satisfies readonly OutboxStatus[];
export const OUTBOX_PAGE_SIZE = 50;

export function isOutboxStatus(value: unknown): value is OutboxStatus {
  return OUTBOX_STATUSES.includes(value as OutboxStatus);
}

/** May `user` read the body of an e-mail of `agencyId`? Only as that agency's own administrator. */
export function canReadBody(user: Principal, agencyId: string | null) {
  return agencyId !== null && user.memberships.some((m) => m.agencyId === agencyId && m.role === "AGENCY_ADMIN");
}

export async function listOutboxForUser(user: Principal, filter: { status?: OutboxStatus; before?: string } = {}) {
  const scope = agencyWhere(user, "outbox.read");
  const rows = await db.outboxEmail.findMany({
    where: {
      ...scope,
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.before && isUuid(filter.before) ? { id: { lt: filter.before } } : {}),
    },
    orderBy: { id: "desc" },
    take: OUTBOX_PAGE_SIZE + 1,
  });
  const page = rows.slice(0, OUTBOX_PAGE_SIZE);
  const agencyIds = [...new Set(page.map((r) => r.agencyId).filter((id): id is string => id !== null))];
  const agencies = new Map(
    (await db.agency.findMany({ where: { id: { in: agencyIds } }, select: { id: true, shortName: true } })).map((a) => [
      a.id,
      a.shortName,
    ]),
  );
  return {
    emails: page.map(({ textBody, ...row }) => ({
      ...row,
      agencyName: row.agencyId ? (agencies.get(row.agencyId) ?? null) : null,
      body: canReadBody(user, row.agencyId) ? textBody : null,
    })),
    nextBefore: rows.length > OUTBOX_PAGE_SIZE ? page[page.length - 1].id : null,
  };
}

/** How many e-mails wait, went out and failed, in the user's scope. */
export async function outboxCounts(user: Principal): Promise<Record<OutboxStatus, number>> {
  const groups = await db.outboxEmail.groupBy({
    by: ["status"],
    where: agencyWhere(user, "outbox.read"),
    _count: { _all: true },
  });
  const counts: Record<OutboxStatus, number> = { PENDING: 0, SENT: 0, FAILED: 0 };
  for (const g of groups) counts[g.status] = g._count._all;
  return counts;
}
