import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { checkSignInThrottle, signInDelay } from "@/lib/auth/sign-in-throttle";
import { recordFailedPassword } from "@/lib/auth/verify-credentials";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import { endAccountAccess } from "./end-account-access";
import { ZPasswordChange } from "./schemas";

/**
 * A user changes their own password. Every session of the account ends (including this one) and every API
 * token is revoked: the user signs in again with the new password, and a session or token stolen earlier is
 * worthless. The current password is checked like a sign-in (same throttle, same audit): a stolen session cannot
 * be used to guess it.
 */
export async function changeOwnPassword(options: { user: CurrentUser; input: unknown; clientIp?: string }) {
  const { user } = options;
  const input = parseInput(ZPasswordChange, options.input);
  const clientIp = options.clientIp ?? "unknown";
  const verdict = await checkSignInThrottle(user.email, clientIp);
  if (verdict.throttled) {
    throw new AppError("THROTTLED", {
      fieldErrors: { currentPassword: ["passwordAttemptsThrottled"] },
      params: { minutes: verdict.minutes },
    });
  }
  if (verdict.delayMs) await signInDelay.wait(verdict.delayMs);
  const stored = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(stored.passwordHash, input.currentPassword))) {
    await recordFailedPassword({ email: user.email, user, clientIp, context: "password_change" });
    throw new AppError("VALIDATION", { fieldErrors: { currentPassword: ["wrongPassword"] } });
  }
  if (input.newPassword === input.currentPassword) {
    throw new AppError("VALIDATION", { fieldErrors: { newPassword: ["passwordUnchanged"] } });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, mustChangePassword: false },
    });
    const { tokensRevoked } = await endAccountAccess(tx, user.id, "PASSWORD_CHANGED");
    await recordAudit(tx, {
      type: "user.password_changed",
      actor: { id: user.id, label: user.name, clientIp: options.clientIp },
      // Shown to the administrators of the user's (first) agency, like the other account events.
      agencyId: user.memberships[0]?.agencyId ?? null,
      entity: { type: "user", id: user.id },
      payload: { tokensRevoked },
    });
  });
}
