// Browser sessions held on the server (UserSession): started at sign-in, checked on every request, ended by
// signing out, by the absolute lifetime (GONGKAI_SESSION_HOURS from sign-in; refreshing never extends it) and
// by the idle timeout (GONGKAI_SESSION_IDLE_MINUTES without a request). The signed cookie only names the
// session; a cookie replayed after any of these ends opens nothing.
import { db } from "@/lib/db";

export type SessionEndReason =
  | "SIGNED_OUT"
  | "EXPIRED"
  | "IDLE"
  | "PASSWORD_CHANGED"
  | "PASSWORD_RESET"
  | "DEACTIVATED";

const hours = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

export const sessionLifetimeMs = () => hours("GONGKAI_SESSION_HOURS", 8) * 3_600_000;
export const sessionIdleMs = () => hours("GONGKAI_SESSION_IDLE_MINUTES", 30) * 60_000;

/** lastSeenAt is written at most this often: a page with ten requests is one write, not ten. */
const TOUCH_EVERY_MS = 60_000;

export async function startSession(options: { userId: string; clientIp: string; now?: Date }): Promise<string> {
  const now = options.now ?? new Date();
  const session = await db.userSession.create({
    data: {
      userId: options.userId,
      clientIp: options.clientIp.slice(0, 64),
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + sessionLifetimeMs()),
    },
    select: { id: true },
  });
  return session.id;
}

/** Ends a session (idempotent: the first reason stays). */
export async function endSession(sessionId: string, reason: SessionEndReason, now = new Date()) {
  await db.userSession.updateMany({
    where: { id: sessionId, endedAt: null },
    data: { endedAt: now, endReason: reason },
  });
}

/**
 * Whether the session of `userId` named by the cookie is still open at `now`; marks it used. A session past
 * its lifetime or idle for too long is ended here, with the reason.
 */
export async function checkSession(sessionId: string, userId: string, now = new Date()): Promise<boolean> {
  const session = await db.userSession.findFirst({
    where: { id: sessionId, userId },
    select: { expiresAt: true, lastSeenAt: true, endedAt: true },
  });
  if (!session || session.endedAt) return false;
  if (now >= session.expiresAt) {
    await endSession(sessionId, "EXPIRED", now);
    return false;
  }
  if (now.getTime() - session.lastSeenAt.getTime() >= sessionIdleMs()) {
    await endSession(sessionId, "IDLE", now);
    return false;
  }
  if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
    await db.userSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { lastSeenAt: now } });
  }
  return true;
}
