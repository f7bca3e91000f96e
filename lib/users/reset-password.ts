import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record-audit";
import { parseInput } from "@/lib/forms/validation";
import { loadManageableUser } from "./manage-rules";
import { endAccountAccess } from "./end-account-access";
import { ZPasswordReset } from "./schemas";

/**
 * An administrator sets a new password: the user's sessions and API tokens end and they must choose their own
 * password at next sign-in.
 */
export async function resetPassword(options: { actor: CurrentUser; userId: string; input: unknown }) {
  const { actor, userId } = options;
  const target = await loadManageableUser(actor, userId, "user.resetPassword");
  const input = parseInput(ZPasswordReset, options.input);
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: userId },
      data: { passwordHash, mustChangePassword: true },
    });
    const { tokensRevoked } = await endAccountAccess(tx, userId, "PASSWORD_RESET");
    await recordAudit(tx, {
      type: "user.password_reset",
      actor: { id: actor.id, label: actor.name },
      agencyId: target.memberships[0]?.agencyId ?? null,
      entity: { type: "user", id: userId },
      payload: { tokensRevoked },
    });
  });
}
