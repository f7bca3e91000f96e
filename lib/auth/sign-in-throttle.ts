// Throttling of failed sign-ins, per account and per client address. Attempts are stored in the
// database, so the limit holds across several app instances behind a load balancer.
import { db } from "@/lib/db";

export const THROTTLE = {
  windowMinutes: Number(process.env.GONGKAI_SIGNIN_WINDOW_MINUTES ?? 15),
  maxFailuresPerAccount: Number(process.env.GONGKAI_SIGNIN_MAX_FAILURES_PER_ACCOUNT ?? 5),
  maxFailuresPerAddress: Number(process.env.GONGKAI_SIGNIN_MAX_FAILURES_PER_ADDRESS ?? 20),
};

export type ThrottleVerdict = { throttled: false } | { throttled: true; scope: "account" | "address"; minutes: number };

/** Is a new attempt for `email` from `clientIp` refused right now? */
export async function checkSignInThrottle(email: string, clientIp: string, now = new Date()): Promise<ThrottleVerdict> {
  const windowStart = new Date(now.getTime() - THROTTLE.windowMinutes * 60_000);

  const lastSuccess = await db.signInAttempt.findFirst({
    where: { email, succeeded: true, at: { gte: windowStart } },
    orderBy: { at: "desc" },
    select: { at: true },
  });
  const accountFailures = await db.signInAttempt.findMany({
    where: { email, succeeded: false, at: { gte: lastSuccess?.at ?? windowStart } },
    orderBy: { at: "desc" },
    take: THROTTLE.maxFailuresPerAccount,
    select: { at: true },
  });
  if (accountFailures.length >= THROTTLE.maxFailuresPerAccount) {
    return {
      throttled: true,
      scope: "account",
      minutes: minutesLeft(accountFailures[accountFailures.length - 1].at, now),
    };
  }

  const addressFailures = await db.signInAttempt.findMany({
    where: { clientIp, succeeded: false, at: { gte: windowStart } },
    orderBy: { at: "desc" },
    take: THROTTLE.maxFailuresPerAddress,
    select: { at: true },
  });
  if (addressFailures.length >= THROTTLE.maxFailuresPerAddress) {
    return {
      throttled: true,
      scope: "address",
      minutes: minutesLeft(addressFailures[addressFailures.length - 1].at, now),
    };
  }
  return { throttled: false };
}

export async function recordSignInAttempt(email: string, clientIp: string, succeeded: boolean) {
  await db.signInAttempt.create({ data: { email, clientIp, succeeded } });
}

/**
 * The lock ends when the oldest of the counted failures leaves the window (then fewer than the maximum
 * remain); rounded up so the message never says 0 minutes.
 */
function minutesLeft(oldestCountedFailure: Date, now: Date) {
  const until = oldestCountedFailure.getTime() + THROTTLE.windowMinutes * 60_000;
  return Math.max(1, Math.ceil((until - now.getTime()) / 60_000));
}
