import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import { findItemForUser } from "./queries";
import { ZWithdrawal } from "./schemas";

/** 撤回: a leader takes a published item off the portal, with a reason. It keeps its 索引号. */
export async function withdrawItem(options: { actor: CurrentUser; itemId: string; input: unknown }) {
  const { actor, itemId } = options;
  const item = await findItemForUser(actor, itemId);
  if (!item) throw notFound();
  requirePermission(actor, "item.withdraw", item.agencyId);
  const { reason } = parseInput(ZWithdrawal, options.input);
  await db.$transaction(async (tx) => {
    const { count } = await tx.item.updateMany({
      where: { id: item.id, state: "PUBLISHED" },
      data: { state: "WITHDRAWN", withdrawnAt: new Date(), withdrawnReason: reason },
    });
    if (count === 0) throw new AppError("CONFLICT", { message: "itemStateChanged" });
    await recordAudit(tx, {
      type: "item.withdrawn",
      actor: { id: actor.id, label: actor.name },
      agencyId: item.agencyId,
      entity: { type: "item", id: item.id },
      payload: { reason },
    });
  });
}
