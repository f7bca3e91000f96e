// Limits on what anyone may do on the portal and the public API without signing in: looking a request up
// (查询办理进度) and submitting one (网络申请). Read here and nowhere else, from the environment at each
// call (so a test or an operator can change them without a code change); README lists them.

function positiveNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback;
}

/** Failed tracking look-ups (wrong phone digits or an unknown code), counted in PostgreSQL. */
export function trackingLimits() {
  return {
    /** How long a failure counts, and so the longest a lock lasts. */
    windowMinutes: positiveNumber("GONGKAI_TRACKING_WINDOW_MINUTES", 15),
    /** Failures for one tracking code from one address before that code is locked from that address. */
    maxFailuresPerCode: positiveNumber("GONGKAI_TRACKING_MAX_FAILURES_PER_CODE", 5),
    /** Failures for any codes from one address (a shared network counts once) before every look-up from it waits. */
    maxFailuresPerAddress: positiveNumber("GONGKAI_TRACKING_MAX_FAILURES_PER_ADDRESS", 50),
  };
}

/** Anonymous submissions per client address, counted in PostgreSQL. */
export function submissionLimits() {
  return {
    windowMinutes: positiveNumber("GONGKAI_SUBMISSION_WINDOW_MINUTES", 60),
    maxPerAddress: positiveNumber("GONGKAI_SUBMISSION_MAX_PER_ADDRESS", 10),
  };
}

/**
 * The proof-of-work challenge of the portal's request form (ALTCHA protocol, solved in the browser, no third
 * party). On unless GONGKAI_SUBMISSION_CHALLENGE is "0"/"false"/"off". The API is exempt (integrators), not from
 * the rate limit.
 */
export function submissionChallengeSettings() {
  const switchValue = (process.env.GONGKAI_SUBMISSION_CHALLENGE ?? "1").trim().toLowerCase();
  return {
    enabled: !["0", "false", "off", "no"].includes(switchValue),
    /** The secret number lies in 0..maxNumber: the browser tries half of them on average (≈0.5 s at 100,000). */
    maxNumber: positiveNumber("GONGKAI_SUBMISSION_CHALLENGE_MAX_NUMBER", 100_000),
    /** How long a challenge may be solved and sent. */
    expiresMinutes: positiveNumber("GONGKAI_SUBMISSION_CHALLENGE_MINUTES", 30),
  };
}
