// The request form's proof-of-work challenge (ALTCHA protocol: https://altcha.org/docs/api/): self-hosted, no
// third party, no cookie, works offline. The server picks a secret number n in 0..maxNumber and a random salt
// carrying its expiry, and gives the browser sha256(salt + n) signed with an HMAC key; the browser finds n by
// trying numbers (lib/requests/challenge-solver.ts). The answer proves work was done; the signature proves the
// server issued the challenge; the expiry and the table of used challenges (UsedChallenge) stop replays.
// Switched by GONGKAI_SUBMISSION_CHALLENGE (lib/requests/public-limits.ts). The public API is exempt.
import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { CHALLENGE_FIELD } from "./challenge-solver";
import { submissionChallengeSettings } from "./public-limits";

export type Challenge = { algorithm: "SHA-256"; challenge: string; maxnumber: number; salt: string; signature: string };

export { CHALLENGE_FIELD } from "./challenge-solver";

function hmacKey(): string {
  const own = process.env.GONGKAI_SUBMISSION_CHALLENGE_KEY;
  if (own) return own;
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set: the submission challenge cannot be signed.");
  // A key of its own, derived so it never equals the session secret.
  return createHmac("sha256", secret).update("gongkai submission challenge").digest("hex");
}

const sha256Hex = (text: string) => createHash("sha256").update(text).digest("hex");
const hmacHex = (text: string) => createHmac("sha256", hmacKey()).update(text).digest("hex");

export function createChallenge(now = new Date()): Challenge {
  const { maxNumber, expiresMinutes } = submissionChallengeSettings();
  const expires = Math.floor(now.getTime() / 1000) + expiresMinutes * 60;
  const salt = `${randomBytes(12).toString("hex")}?expires=${expires}`;
  const number = randomInt(0, maxNumber + 1);
  const challenge = sha256Hex(`${salt}${number}`);
  return { algorithm: "SHA-256", challenge, maxnumber: maxNumber, salt, signature: hmacHex(challenge) };
}

export type CheckedSolution = { signature: string; expiresAt: Date };

/**
 * The solution's signature and expiry when it is genuine, solved and unexpired; otherwise the message key
 * of the refusal (challengeMissing when nothing was sent, challengeFailed for anything else).
 */
export function checkSolution(payload: unknown, now = new Date()): CheckedSolution | { refusal: string } {
  if (typeof payload !== "string" || payload.trim() === "") return { refusal: "challengeMissing" };
  if (payload.length > 2000) return { refusal: "challengeFailed" };
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, "base64").toString("utf8"));
  } catch {
    return { refusal: "challengeFailed" };
  }
  if (typeof parsed !== "object" || parsed === null) return { refusal: "challengeFailed" };
  const p = parsed as Record<string, unknown>;
  if (
    p.algorithm !== "SHA-256" ||
    typeof p.challenge !== "string" ||
    typeof p.salt !== "string" ||
    typeof p.signature !== "string" ||
    typeof p.number !== "number" ||
    !Number.isSafeInteger(p.number) ||
    !/^[0-9a-f]{64}$/.test(p.challenge) ||
    !/^[0-9a-f]{64}$/.test(p.signature)
  ) {
    return { refusal: "challengeFailed" };
  }
  const expires = Number(/[?&]expires=(\d{1,12})(?:&|$)/.exec(p.salt)?.[1] ?? Number.NaN);
  if (!Number.isFinite(expires) || expires * 1000 <= now.getTime()) return { refusal: "challengeFailed" };
  const expected = Buffer.from(hmacHex(p.challenge), "hex");
  if (!timingSafeEqual(expected, Buffer.from(p.signature, "hex"))) return { refusal: "challengeFailed" };
  if (sha256Hex(`${p.salt}${p.number}`) !== p.challenge) return { refusal: "challengeFailed" };
  return { signature: p.signature, expiresAt: new Date(expires * 1000) };
}

/**
 * Marks a checked solution used, in the submission's transaction: a second use of the same challenge throws
 * AppError VALIDATION (field altcha: challengeFailed) and the submission is rolled back. Also forgets
 * challenges that have expired (they are refused by their expiry anyway).
 */
export async function consumeSolution(tx: Tx, solution: CheckedSolution, now = new Date()) {
  await tx.usedChallenge.deleteMany({ where: { expiresAt: { lt: now } } });
  const { count } = await tx.usedChallenge.createMany({
    data: [{ signature: solution.signature, expiresAt: solution.expiresAt }],
    skipDuplicates: true,
  });
  if (count === 0) throw new AppError("VALIDATION", { fieldErrors: { [CHALLENGE_FIELD]: ["challengeFailed"] } });
}
