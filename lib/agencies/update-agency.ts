import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/permissions";
import { diffFields, recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import { ZAgencyContactInput, ZAgencyInput, type TAgencyInput } from "./schemas";
import { findAgencyForUser } from "./queries";

/**
 * Updates an agency. The platform administrator edits every field; an agency's own administrator
 * edits its contact details and disclosure office (they feed the public 公开指南), not its code or parent.
 */
export async function updateAgency(options: { actor: CurrentUser; agencyId: string; input: unknown }) {
  const { actor, agencyId } = options;
  const before = await findAgencyForUser(actor, agencyId);
  if (!before) throw notFound();
  requirePermission(actor, "agency.update", agencyId);

  const input: Partial<TAgencyInput> = actor.isPlatformAdmin
    ? parseInput(ZAgencyInput, options.input)
    : parseInput(ZAgencyContactInput, options.input);
  if (input.code !== undefined && input.code !== before.code) {
    const taken = await db.agency.findUnique({ where: { code: input.code }, select: { id: true } });
    if (taken) throw new AppError("CONFLICT", { fieldErrors: { code: ["agencyCodeTaken"] } });
  }
  if (
    input.parentId &&
    input.parentId !== before.parentId &&
    !(await db.agency.findUnique({ where: { id: input.parentId }, select: { id: true } }))
  ) {
    throw new AppError("VALIDATION", { fieldErrors: { parentId: ["invalid"] } });
  }
  if (input.parentId && (input.parentId === agencyId || (await isDescendant(input.parentId, agencyId)))) {
    throw new AppError("VALIDATION", { fieldErrors: { parentId: ["parentCycle"] } });
  }

  const changes = diffFields(before as Record<string, unknown>, input);
  if (Object.keys(changes).length === 0) return before;
  return db.$transaction(async (tx) => {
    const updated = await tx.agency.update({ where: { id: agencyId }, data: input });
    await recordAudit(tx, {
      type: "agency.updated",
      actor: { id: actor.id, label: actor.name },
      agencyId,
      entity: { type: "agency", id: agencyId },
      payload: { changes },
    });
    return updated;
  });
}

/** Is `candidateId` below `ancestorId` in the tree? (A parent may not become its own descendant.) */
async function isDescendant(candidateId: string, ancestorId: string) {
  const rows = await db.$queryRaw<{ found: boolean }[]>`
    WITH RECURSIVE below AS (
      SELECT id FROM agency WHERE parent_id = ${ancestorId}::uuid
      UNION SELECT a.id FROM agency a JOIN below b ON a.parent_id = b.id)
    SELECT EXISTS (SELECT 1 FROM below WHERE id = ${candidateId}::uuid) AS found`;
  return rows[0]?.found ?? false;
}
