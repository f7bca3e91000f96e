// Throttling of failed sign-ins, per account and per client address. Attempts are stored in the
// database, so the limit holds across several app instances behind a load balancer.
//
// An account that has failed too often is not simply locked: that would let anyone lock a leader out from
// anywhere by typing wrong passwords. Instead the addresses that failed on it are refused until the window
// passes, and any other address is only slowed down (a delay that doubles with each further failure), so the
// owner still signs in with the right password from their own office. An administrator can unlock the account.
import { db } from "@/lib/db";

export const THROTTLE = {
  windowMinutes: Number(process.env.GONGKAI_SIGNIN_WINDOW_MINUTES ?? 15),
  maxFailuresPerAccount: Number(process.env.GONGKAI_SIGNIN_MAX_FAILURES_PER_ACCOUNT ?? 5),
  maxFailuresPerAddress: Number(process.env.GONGKAI_SIGNIN_MAX_FAILURES_PER_ADDRESS ?? 20),
  /** The longest delay imposed on an attempt at an attacked account from an address that has not failed. */
  maxDelaySeconds: Number(process.env.GONGKAI_SIGNIN_MAX_DELAY_SECONDS ?? 30),
};

export type ThrottleVerdict =
  | { throttled: false; delayMs?: number }
  | { throttled: true; scope: "account" | "address"; minutes: number };

/** Where the wait happens; replaced in tests so that they need not sleep. */
export const signInDelay = {
  wait: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
};

/** The moment from which an account's failures count: the window, a later successful sign-in or unlock. */
async function countingFrom(email: string, windowStart: Date): Promise<Date> {
  const [lastSuccess, user] = await Promise.all([
    db.signInAttempt.findFirst({
      where: { email, succeeded: true, at: { gte: windowStart } },
      orderBy: { at: "desc" },
      select: { at: true },
    }),
    db.user.findUnique({ where: { email }, select: { signInUnlockedAt: true } }),
  ]);
  const times = [windowStart, lastSuccess?.at, user?.signInUnlockedAt].filter((d): d is Date => d instanceof Date);
  return new Date(Math.max(...times.map((d) => d.getTime())));
}

/** The account's failures that count now (most recent first, at most a few more than the limit). */
async function accountFailures(email: string, since: Date) {
  return db.signInAttempt.findMany({
    where: { email, succeeded: false, at: { gte: since } },
    orderBy: { at: "desc" },
    take: THROTTLE.maxFailuresPerAccount + 16,
    select: { at: true, clientIp: true },
  });
}

/** Is a new attempt for `email` from `clientIp` refused right now, or delayed (delayMs)? */
export async function checkSignInThrottle(email: string, clientIp: string, now = new Date()): Promise<ThrottleVerdict> {
  const windowStart = new Date(now.getTime() - THROTTLE.windowMinutes * 60_000);
  const failures = await accountFailures(email, await countingFrom(email, windowStart));

  let delayMs: number | undefined;
  if (failures.length >= THROTTLE.maxFailuresPerAccount) {
    if (failures.some((f) => f.clientIp === clientIp)) {
      return {
        throttled: true,
        scope: "account",
        minutes: minutesLeft(failures[THROTTLE.maxFailuresPerAccount - 1].at, now),
      };
    }
    const beyond = failures.length - THROTTLE.maxFailuresPerAccount;
    delayMs = Math.min(THROTTLE.maxDelaySeconds, 2 ** beyond) * 1000;
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
  return delayMs === undefined ? { throttled: false } : { throttled: false, delayMs };
}

/**
 * How many failures count against the account right now. The failure that brings it to the limit is the one
 * that locks it (audited, and the owner told by e-mail) — once, not at every further failure.
 */
export async function countAccountFailures(email: string, now = new Date()): Promise<number> {
  const windowStart = new Date(now.getTime() - THROTTLE.windowMinutes * 60_000);
  return (await accountFailures(email, await countingFrom(email, windowStart))).length;
}

/** Failed sign-ins from `clientIp` in the window (any account); the one that reaches the limit is audited. */
export async function countAddressFailures(clientIp: string, now = new Date()): Promise<number> {
  const windowStart = new Date(now.getTime() - THROTTLE.windowMinutes * 60_000);
  return db.signInAttempt.count({ where: { clientIp, succeeded: false, at: { gte: windowStart } } });
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
