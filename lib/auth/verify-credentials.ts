// The sign-in use case: throttle check → password check → attempt recorded (and audited on success).
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { demoModeEnabled, isDemoPassword } from "@/lib/demo/demo-accounts";
import { verifyPassword } from "./password";
import { checkSignInThrottle, recordSignInAttempt } from "./sign-in-throttle";

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

export async function verifyCredentials(input: {
  email: string;
  password: string;
  clientIp: string;
}): Promise<SignedInUser> {
  const email = input.email.trim().toLowerCase();
  if (!email || !input.password) throw new SignInError("INVALID_CREDENTIALS");

  const verdict = await checkSignInThrottle(email, input.clientIp);
  if (verdict.throttled) {
    throw new SignInError(verdict.scope === "account" ? "THROTTLED_ACCOUNT" : "THROTTLED_ADDRESS", verdict.minutes);
  }

  const user = await db.user.findUnique({ where: { email } });
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !passwordOk) {
    await recordSignInAttempt(email, input.clientIp, false);
    if (user) await auditLockIfReached(user, input.clientIp);
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

/** The failure that locks an account is audited once, so administrators see attacks on accounts. */
async function auditLockIfReached(user: { id: string; name: string; email: string }, clientIp: string) {
  const verdict = await checkSignInThrottle(user.email, clientIp);
  if (!verdict.throttled || verdict.scope !== "account") return;
  await db.$transaction((tx) =>
    recordAudit(tx, {
      type: "auth.throttled",
      actor: { id: null, label: clientIp, clientIp },
      agencyId: null,
      entity: { type: "user", id: user.id },
      payload: { scope: "account", minutes: verdict.minutes },
    }),
  );
}
