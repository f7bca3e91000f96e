// The audit log as admins and leaders browse it: scoped to the agencies where they may read it,
// filtered, newest first, paged by keyset (the id of the last row seen) so deep pages stay fast.
import { z } from "zod";
import { db } from "@/lib/db";
import { agencyScope, type Principal } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AUDIT_ENTITY_TYPES, AUDIT_EVENT_TYPES } from "./events";

export const AUDIT_PAGE_SIZE = 50;

const optionalDate = z
  .union([z.literal(""), z.iso.date()])
  .optional()
  .transform((v) => v || undefined);

export const ZAuditFilter = z.object({
  agencyId: z
    .union([z.literal(""), z.uuid()])
    .optional()
    .transform((v) => v || undefined),
  type: z
    .union([z.literal(""), z.enum(AUDIT_EVENT_TYPES as [string, ...string[]])])
    .optional()
    .transform((v) => v || undefined),
  entityType: z
    .union([z.literal(""), z.enum(AUDIT_ENTITY_TYPES)])
    .optional()
    .transform((v) => v || undefined),
  entityId: z
    .string()
    .trim()
    .max(64)
    .optional()
    .transform((v) => v || undefined),
  actor: z
    .string()
    .trim()
    .max(100)
    .optional()
    .transform((v) => v || undefined),
  from: optionalDate,
  to: optionalDate,
  // A bigint cursor: at most 18 digits (a longer one overflows the column and would fail the query).
  before: z
    .string()
    .regex(/^\d{1,18}$/)
    .optional(),
});
export type TAuditFilter = z.infer<typeof ZAuditFilter>;

/** Parses URL search params; an invalid filter value is dropped rather than failing the page. */
export function parseAuditFilter(params: Record<string, string | string[] | undefined>): TAuditFilter {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(ZAuditFilter.shape) as (keyof typeof ZAuditFilter.shape)[]) {
    const parsed = ZAuditFilter.shape[key].safeParse(flat[key]);
    if (parsed.success) result[key] = parsed.data;
  }
  return result as TAuditFilter;
}

export async function listAuditEvents(user: Principal, filter: TAuditFilter) {
  const scope = agencyScope(user, "audit.read");
  const and: Prisma.AuditEventWhereInput[] = [];
  // Events without an agency (sign-ins, password changes) concern the platform: only its administrator sees them.
  if (scope !== "all") and.push({ agencyId: { in: scope } });
  if (filter.agencyId) and.push({ agencyId: filter.agencyId });
  if (filter.type) and.push({ type: filter.type });
  if (filter.entityType) and.push({ entityType: filter.entityType });
  if (filter.entityId) and.push({ entityId: filter.entityId });
  if (filter.actor) and.push({ actorLabel: { contains: filter.actor, mode: "insensitive" } });
  if (filter.from) and.push({ at: { gte: new Date(`${filter.from}T00:00:00+08:00`) } });
  if (filter.to) and.push({ at: { lt: new Date(new Date(`${filter.to}T00:00:00+08:00`).getTime() + 86_400_000) } });
  if (filter.before) and.push({ id: { lt: BigInt(filter.before) } });

  const rows = await db.auditEvent.findMany({
    where: { AND: and },
    orderBy: { id: "desc" },
    take: AUDIT_PAGE_SIZE + 1,
    include: { agency: { select: { shortName: true } } },
  });
  const hasMore = rows.length > AUDIT_PAGE_SIZE;
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  return { rows: page, nextBefore: hasMore ? page[page.length - 1].id.toString() : null };
}
