// 查询办理进度 throttle, shared by the portal's tracking page and GET /api/v1/requests/{trackingCode}, stored
// in PostgreSQL so it holds across app instances. Two counts over a sliding window:
// - per (tracking code, client address): after N wrong phone digits for a code, that code is locked from that
//   address. Others on a shared address (a library, an office NAT) failing for OTHER codes do not lock a
//   citizen out of theirs;
// - per address, across all codes, with a higher ceiling: against enumerating codes from one address.
// Each attempt is written as a failure BEFORE the digits are compared (under one advisory lock per address,
// with the check), and removed again when it succeeds: parallel guesses cannot all pass the check before the
// first failure is written, and no connection is held while the request is looked up.
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { trackingLimits } from "./public-limits";
import { normalizeTrackingCode } from "./tracking-code";

export type TrackingVerdict = { locked: false } | { locked: true; scope: "code" | "address"; minutes: number };

/** The code as counted: normalized when it is a well-formed tracking code, else the text as given (bounded). */
export function trackingThrottleKey(trackingCode: string): string {
  return normalizeTrackingCode(trackingCode) ?? trackingCode.trim().toUpperCase().slice(0, 64);
}

export async function checkTrackingThrottle(
  tx: Tx,
  trackingCode: string,
  clientIp: string,
  now: Date,
): Promise<TrackingVerdict> {
  const limits = trackingLimits();
  const windowStart = new Date(now.getTime() - limits.windowMinutes * 60_000);
  const code = trackingThrottleKey(trackingCode);
  const forCode = await tx.trackingFailure.findMany({
    where: { clientIp, trackingCode: code, at: { gt: windowStart, lte: now } },
    orderBy: { at: "desc" },
    take: limits.maxFailuresPerCode,
    select: { at: true },
  });
  if (forCode.length >= limits.maxFailuresPerCode) {
    return { locked: true, scope: "code", minutes: minutesLeft(forCode[forCode.length - 1].at, now) };
  }
  const forAddress = await tx.trackingFailure.findMany({
    where: { clientIp, at: { gt: windowStart, lte: now } },
    orderBy: { at: "desc" },
    take: limits.maxFailuresPerAddress,
    select: { at: true },
  });
  if (forAddress.length >= limits.maxFailuresPerAddress) {
    return { locked: true, scope: "address", minutes: minutesLeft(forAddress[forAddress.length - 1].at, now) };
  }
  return { locked: false };
}

/**
 * Runs `lookUp` unless the code or the address is locked; a null answer stays recorded as a failure. Throws
 * AppError THROTTLED (params.minutes; message trackingThrottled or trackingThrottledAddress).
 */
export async function withTrackingThrottle<T>(options: {
  trackingCode: string;
  clientIp: string;
  now?: Date;
  lookUp: () => Promise<T | null>;
}): Promise<T | null> {
  const now = options.now ?? new Date();
  const { trackingCode, clientIp } = options;
  const attempt = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`tracking:${clientIp}`}, 0))`;
    // This address's failures that no longer count are forgotten (bounded rows per address).
    const windowStart = new Date(now.getTime() - trackingLimits().windowMinutes * 60_000);
    await tx.trackingFailure.deleteMany({ where: { clientIp, at: { lte: windowStart } } });
    const verdict = await checkTrackingThrottle(tx, trackingCode, clientIp, now);
    if (verdict.locked) return verdict;
    return tx.trackingFailure.create({
      data: { trackingCode: trackingThrottleKey(trackingCode), clientIp, at: now },
      select: { id: true },
    });
  });
  if ("locked" in attempt) {
    throw new AppError("THROTTLED", {
      message: attempt.scope === "code" ? "trackingThrottled" : "trackingThrottledAddress",
      params: { minutes: attempt.minutes },
    });
  }
  const found = await options.lookUp();
  if (found !== null) await db.trackingFailure.delete({ where: { id: attempt.id } });
  return found;
}

/** The lock ends when the oldest counted failure leaves the window; rounded up, never 0 minutes. */
function minutesLeft(oldestCounted: Date, now: Date) {
  const until = oldestCounted.getTime() + trackingLimits().windowMinutes * 60_000;
  return Math.max(1, Math.ceil((until - now.getTime()) / 60_000));
}
