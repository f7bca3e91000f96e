// The sign-in use case: throttle check (refusal or delay) → password check → attempt recorded and audited.
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { demoModeEnabled, isDemoPassword } from "@/lib/demo/demo-accounts";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { characterCount, fitCharacters } from "@/lib/text/characters";
import { accountAttackedEmail } from "./account-attacked-email";
import { verifyPassword } from "./password";
import {
  checkSignInThrottle,
  countAccountFailures,
  countAddressFailures,
  recordSignInAttempt,
  signInDelay,
  THROTTLE,
  type ThrottleVerdict,
} from "./sign-in-throttle";

/** Codes the sign-in form turns into sentences (messages: auth.errors.*). */
export type SignInErrorCode =
  | "INVALID_CREDENTIALS"
  | "DEACTIVATED"
  | "DEMO_PASSWORD_REFUSED"
  | "THROTTLED_ACCOUNT"
  | "THROTTLED_ADDRESS";

export class SignInError extends Error {
  constructor(
    readonly code: SignInErrorCode,
    readonly minutes?: number,
  ) {
    // next-auth passes the message through to the client as `error`: "CODE" or "CODE:minutes".
    super(minutes === undefined ? code : `${code}:${minutes}`);
  }
}

export type SignedInUser = { id: string; name: string; email: string; sessionVersion: number };

/** A refused verdict as the error the form shows; a delay is waited out here. */
export async function applyThrottleVerdict(verdict: ThrottleVerdict) {
  if (verdict.throttled) {
    throw new SignInError(verdict.scope === "account" ? "THROTTLED_ACCOUNT" : "THROTTLED_ADDRESS", verdict.minutes);
  }
  if (verdict.delayMs) await signInDelay.wait(verdict.delayMs);
}

export async function verifyCredentials(input: {
  email: string;
  password: string;
  clientIp: string;
}): Promise<SignedInUser> {
  const email = input.email.trim().toLowerCase();
  if (!email || !input.password) throw new SignInError("INVALID_CREDENTIALS");
  // No account has a longer address (zEmail), and the attempts table holds 200 characters: refused before it.
  if (characterCount(email) > 200) throw new SignInError("INVALID_CREDENTIALS");

  await applyThrottleVerdict(await checkSignInThrottle(email, input.clientIp));

  const user = await db.user.findUnique({ where: { email } });
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !passwordOk) {
    await recordFailedPassword({ email, user, clientIp: input.clientIp, context: "sign_in" });
    throw new SignInError("INVALID_CREDENTIALS");
  }
  // Only a correct password learns that the account is deactivated.
  if (!user.active) throw new SignInError("DEACTIVATED");
  if (isDemoPassword(input.password) && !demoModeEnabled()) throw new SignInError("DEMO_PASSWORD_REFUSED");

  await db.$transaction(async (tx) => {
    await tx.signInAttempt.create({ data: { email, clientIp: input.clientIp, succeeded: true } });
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
    await recordAudit(tx, {
      type: "auth.signed_in",
      actor: { id: user.id, label: user.name, clientIp: input.clientIp },
      agencyId: null,
      entity: { type: "user", id: user.id },
      payload: {},
    });
  });
  return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
}

/**
 * A wrong password (at sign-in, or as the current password when changing it): the attempt counts against the
 * account and the address, and is audited with the account's agency, so its administrators see attacks. The
 * failure that reaches the limit is the lockout: audited once, and the owner is told by e-mail.
 */
export async function recordFailedPassword(options: {
  email: string;
  user: { id: string; name: string; email: string } | null;
  clientIp: string;
  context: "sign_in" | "password_change";
}) {
  const { email, user, clientIp } = options;
  await recordSignInAttempt(email, clientIp, false);
  const failures = user ? await countAccountFailures(email) : 0;
  const locks = user !== null && failures === THROTTLE.maxFailuresPerAccount;
  const verdict = locks ? await checkSignInThrottle(email, clientIp) : null;
  const minutes = verdict?.throttled ? verdict.minutes : THROTTLE.windowMinutes;
  const addressLocks = (await countAddressFailures(clientIp)) === THROTTLE.maxFailuresPerAddress;
  const agencyId = user
    ? ((await db.membership.findFirst({ where: { userId: user.id }, select: { agencyId: true } }))?.agencyId ?? null)
    : null;
  await db.$transaction(async (tx) => {
    await recordAudit(tx, {
      type: "auth.sign_in_failed",
      actor: { id: null, label: clientIp, clientIp },
      agencyId,
      // An unknown e-mail has no record to point at; the attempted address is in the payload.
      entity: { type: "user", id: user?.id ?? "" },
      payload: {
        email: fitCharacters(email, 200), // never half a character: the JSON column refuses a lone surrogate
        known: user !== null,
        passwordChange: options.context === "password_change",
      },
    });
    if (addressLocks) {
      // The address is refused for every account now: visible to the platform administrator (no agency).
      await recordAudit(tx, {
        type: "auth.address_throttled",
        actor: { id: null, label: clientIp, clientIp },
        agencyId: null,
        entity: { type: "user", id: "" },
        payload: { minutes: THROTTLE.windowMinutes },
      });
    }
    if (!user || !locks) return;
    await recordAudit(tx, {
      type: "auth.throttled",
      actor: { id: null, label: clientIp, clientIp },
      agencyId,
      entity: { type: "user", id: user.id },
      payload: { scope: "account", minutes },
    });
    await enqueueEmail(tx, {
      ...accountAttackedEmail({
        name: user.name,
        at: new Date(),
        clientIp,
        failures,
        minutes,
      }),
      to: user.email,
      topic: `account-attacked:${user.id}`,
      agencyId,
    });
  });
}
