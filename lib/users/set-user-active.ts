import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors/app-error";
import { endAccountAccess } from "./end-account-access";
import { loadManageableUser } from "./manage-rules";

/**
 * Deactivates or reactivates an account. Deactivation ends every session and revokes every API token, so
 * neither works on its next request. Status-conditional update: a repeated click is a no-op.
 */
export async function setUserActive(options: { actor: CurrentUser; userId: string; active: boolean }) {
  const { actor, userId, active } = options;
  if (userId === actor.id && !active) throw new AppError("VALIDATION", { message: "cannotDeactivateSelf" });
  const target = await loadManageableUser(actor, userId, "user.deactivate");
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: userId, active: !active },
      data: { active },
    });
    if (count === 0) return;
    const ended = active ? null : await endAccountAccess(tx, userId, "DEACTIVATED");
    await recordAudit(tx, {
      type: active ? "user.reactivated" : "user.deactivated",
      actor: { id: actor.id, label: actor.name },
      agencyId: target.memberships[0]?.agencyId ?? null,
      entity: { type: "user", id: userId },
      payload: ended ? { tokensRevoked: ended.tokensRevoked } : {},
    });
  });
}
