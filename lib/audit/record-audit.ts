import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AUDIT_EVENTS, type AuditEntityType, type AuditEventType, type AuditPayload } from "./events";

/** Who did it: a signed-in user, or the system / the public (actorId null, with a label). */
export type AuditActor = { id: string | null; label: string; clientIp?: string | null };

export type AuditInput<T extends AuditEventType> = {
  type: T;
  actor: AuditActor;
  agencyId: string | null;
  entity: { type: AuditEntityType; id: string };
  payload: AuditPayload<T>;
};

/**
 * Writes one audit event. Takes the transaction client on purpose: the event commits or rolls back
 * together with the state change it describes.
 */
export async function recordAudit<T extends AuditEventType>(tx: Tx, input: AuditInput<T>) {
  const payload = AUDIT_EVENTS[input.type].parse(input.payload);
  await tx.auditEvent.create({
    data: {
      type: input.type,
      actorId: input.actor.id,
      actorLabel: input.actor.label,
      clientIp: input.actor.clientIp ?? null,
      agencyId: input.agencyId,
      entityType: input.entity.type,
      entityId: input.entity.id,
      // zod has checked the shape; the schemas only describe JSON values.
      payload: payload as Prisma.InputJsonValue,
    },
  });
}

/** Changed fields between two snapshots, for `*.updated` payloads. */
export function diffFields<T extends Record<string, unknown>>(before: T, after: Partial<T>) {
  const result: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(after) as (keyof T & string)[]) {
    if (after[key] !== undefined && !sameValue(before[key], after[key]))
      result[key] = { from: before[key], to: after[key] };
  }
  return result;
}

/** Equal values; dates by their instant (two Date objects of one day are the same value). */
function sameValue(a: unknown, b: unknown) {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}
