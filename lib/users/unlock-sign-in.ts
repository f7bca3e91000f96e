import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { countAccountFailures, THROTTLE } from "@/lib/auth/sign-in-throttle";
import { recordAudit } from "@/lib/audit/record-audit";
import { loadManageableUser } from "./manage-rules";

/**
 * An administrator unlocks an account after an attack (or the owner's own mistyping): the failed sign-ins so far
 * no longer count, so the addresses that failed may try again and nobody is slowed down. The attempts stay
 * recorded (and audited); the per-address limit is untouched, so an attacker's address stays refused.
 */
export async function unlockSignIn(options: { actor: CurrentUser; userId: string; now?: Date }) {
  const { actor, userId } = options;
  const target = await loadManageableUser(actor, userId, "user.resetPassword");
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { signInUnlockedAt: options.now ?? new Date() } });
    await recordAudit(tx, {
      type: "user.sign_in_unlocked",
      actor: { id: actor.id, label: actor.name },
      agencyId: target.memberships[0]?.agencyId ?? null,
      entity: { type: "user", id: userId },
      payload: {},
    });
  });
}

/** Is the account under attack right now (as many failures as the limit, or more)? Shown on the user page. */
export async function isSignInLocked(email: string): Promise<boolean> {
  return (await countAccountFailures(email)) >= THROTTLE.maxFailuresPerAccount;
}
