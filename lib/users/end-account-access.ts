// When a password changes or is reset, or the account is deactivated, everything that opened the account
// before stops working at once: every browser session (the version the cookies carry, and the server-side
// sessions) and every API token. One place, so the three use cases cannot drift apart.
import type { SessionEndReason } from "@/lib/auth/sessions";
import type { Tx } from "@/lib/db";

export async function endAccountAccess(tx: Tx, userId: string, reason: SessionEndReason, now = new Date()) {
  await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
  const sessions = await tx.userSession.updateMany({
    where: { userId, endedAt: null },
    data: { endedAt: now, endReason: reason },
  });
  const tokens = await tx.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
  return { sessionsEnded: sessions.count, tokensRevoked: tokens.count };
}
