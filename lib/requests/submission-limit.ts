// Rate limit of anonymous submissions (网络申请) per client address, for the portal form and
// POST /api/v1/requests alike, stored in PostgreSQL so it holds across app instances. Only accepted
// submissions count: a citizen correcting a refused form is not held back.
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { submissionLimits } from "./public-limits";

/**
 * Throws AppError THROTTLED (message submissionThrottled, params minutes and windowMinutes) when `clientIp` has
 * reached the limit. Inside the submission's transaction (with `tx`) it first takes an advisory lock for the
 * address, so parallel submissions are counted one after the other, and records this one.
 */
export async function enforceSubmissionLimit(options: { tx?: Tx; clientIp: string; now?: Date; record?: boolean }) {
  const { clientIp } = options;
  const now = options.now ?? new Date();
  const client = options.tx ?? db;
  const { windowMinutes, maxPerAddress } = submissionLimits();
  const windowStart = new Date(now.getTime() - windowMinutes * 60_000);
  if (options.tx) {
    await options.tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`submission:${clientIp}`}, 0))`;
    // This address's submissions that no longer count are forgotten (bounded rows per address).
    await options.tx.submissionAttempt.deleteMany({ where: { clientIp, at: { lte: windowStart } } });
  }
  const recent = await client.submissionAttempt.findMany({
    where: { clientIp, at: { gt: windowStart, lte: now } },
    orderBy: { at: "desc" },
    take: maxPerAddress,
    select: { at: true },
  });
  if (recent.length >= maxPerAddress) {
    const until = recent[recent.length - 1].at.getTime() + windowMinutes * 60_000;
    const minutes = Math.max(1, Math.ceil((until - now.getTime()) / 60_000));
    throw new AppError("THROTTLED", { message: "submissionThrottled", params: { minutes, windowMinutes } });
  }
  if (options.record) await client.submissionAttempt.create({ data: { clientIp, at: now } });
}
