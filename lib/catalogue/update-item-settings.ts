import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can, requirePermission } from "@/lib/auth/permissions";
import { diffFields, recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import { isUuid } from "@/lib/forms/validation";
import { ZItemSettings } from "./schemas";

/**
 * The agency's 索引号 pattern and the re-review period of withheld items. A new pattern applies to numbers
 * assigned from now on; numbers already given never change.
 */
export async function updateItemSettings(options: { actor: CurrentUser; agencyId: string; input: unknown }) {
  const { actor, agencyId } = options;
  if (!isUuid(agencyId) || !can(actor, "agency.read", agencyId)) throw notFound();
  requirePermission(actor, "catalogue.manage", agencyId);
  const input = parseInput(ZItemSettings, options.input);
  const before = await db.agency.findUniqueOrThrow({
    where: { id: agencyId },
    select: { indexNumberPattern: true, withheldReviewMonths: true },
  });
  const changes = diffFields(before, input);
  if (Object.keys(changes).length === 0) return;
  await db.$transaction(async (tx) => {
    await tx.agency.update({ where: { id: agencyId }, data: input });
    await recordAudit(tx, {
      type: "agency.updated",
      actor: { id: actor.id, label: actor.name },
      agencyId,
      entity: { type: "agency", id: agencyId },
      payload: { changes },
    });
  });
}
