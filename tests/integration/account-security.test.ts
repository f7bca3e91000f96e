// Attacks on accounts (issue 11 items 8–10): an attacked account slows other addresses down instead of locking its
// owner out, the lockout is audited with the account's agency and told to the owner by e-mail, an administrator
// unlocks it, the current password on change is throttled like sign-in, weak passwords are refused, and
// permission denials are audited once.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { apiRoute } from "@/lib/api/respond";
import { hashPassword } from "@/lib/auth/password";
import { signInDelay } from "@/lib/auth/sign-in-throttle";
import { SignInError, verifyCredentials, type SignInErrorCode } from "@/lib/auth/verify-credentials";
import type { AppError } from "@/lib/errors/app-error";
import { changeOwnPassword } from "@/lib/users/change-own-password";
import { createUser } from "@/lib/users/create-user";
import { resetPassword } from "@/lib/users/reset-password";
import { unlockSignIn } from "@/lib/users/unlock-sign-in";
import { DEMO, principalFor, seedDemo, userIdOf, type DemoAgencyIds } from "../support/principals";

const ATTACKER = "203.0.113.66";
const OFFICE = "10.20.0.5";
const REAL_PASSWORD = "Sanyuan-2026-real";

let agencies: DemoAgencyIds;
let waits: number[];
beforeEach(async () => {
  agencies = await seedDemo();
  await db.user.updateMany({
    where: { email: { in: [DEMO.commerceLeader, DEMO.commerceStaff] } },
    data: { passwordHash: await hashPassword(REAL_PASSWORD) },
  });
  waits = [];
  vi.spyOn(signInDelay, "wait").mockImplementation(async (ms) => {
    waits.push(ms);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

async function outcome(email: string, password: string, clientIp: string): Promise<SignInErrorCode | "OK"> {
  try {
    await verifyCredentials({ email, password, clientIp });
    return "OK";
  } catch (error) {
    if (error instanceof SignInError) return error.code;
    throw error;
  }
}
async function attack(times: number, email: string = DEMO.commerceLeader, clientIp = ATTACKER) {
  for (let i = 0; i < times; i++)
    expect(await outcome(email, `guess-${i}-wrong`, clientIp)).toBe("INVALID_CREDENTIALS");
}
const fail = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: AppError) => e,
  );

describe("lockout without denial of service", () => {
  it("the leader still signs in from the office, after a delay, while the attacker's address is refused", async () => {
    await attack(5);
    expect(await outcome(DEMO.commerceLeader, REAL_PASSWORD, ATTACKER)).toBe("THROTTLED_ACCOUNT");
    expect(waits).toEqual([]);
    expect(await outcome(DEMO.commerceLeader, REAL_PASSWORD, OFFICE)).toBe("OK");
    expect(waits).toEqual([1000]);
  });

  it("the delay grows with each further failure (attackers from many addresses), up to a ceiling", async () => {
    await attack(5);
    for (let i = 0; i < 3; i++) await attack(1, DEMO.commerceLeader, `198.51.100.${i}`);
    // Each new address was slowed down before its one guess: 1 s, 2 s, 4 s.
    expect(waits).toEqual([1000, 2000, 4000]);
    // …and is refused afterwards, like the first attacker.
    expect(await outcome(DEMO.commerceLeader, REAL_PASSWORD, "198.51.100.0")).toBe("THROTTLED_ACCOUNT");
    for (let i = 3; i < 10; i++) await attack(1, DEMO.commerceLeader, `198.51.100.${i}`);
    expect(waits.slice(3)).toEqual([8000, 16_000, 30_000, 30_000, 30_000, 30_000, 30_000]);
  });

  it("the lockout is audited once, with the account's agency, and the owner is told by e-mail once", async () => {
    const leader = await userIdOf(DEMO.commerceLeader);
    await attack(5);
    for (let i = 0; i < 3; i++) await attack(1, DEMO.commerceLeader, `198.51.100.${i}`);
    const locks = await db.auditEvent.findMany({ where: { type: "auth.throttled" } });
    expect(locks).toEqual([
      expect.objectContaining({
        entityId: leader,
        agencyId: agencies.commerce,
        clientIp: ATTACKER,
        payload: { scope: "account", minutes: 15 },
      }),
    ]);
    const mails = await db.outboxEmail.findMany({ where: { toAddress: DEMO.commerceLeader } });
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toContain("登录失败");
    expect(mails[0].textBody).toContain(ATTACKER);
    expect(mails[0].textBody).toContain("修改密码");
  });

  it("every failed sign-in is audited with the account's agency; an unknown e-mail too, without agency", async () => {
    const leader = await userIdOf(DEMO.commerceLeader);
    await attack(1);
    await attack(1, "nobody@gongkai.demo");
    const failed = await db.auditEvent.findMany({ where: { type: "auth.sign_in_failed" }, orderBy: { id: "asc" } });
    expect(failed).toEqual([
      expect.objectContaining({
        entityId: leader,
        agencyId: agencies.commerce,
        clientIp: ATTACKER,
        actorId: null,
        payload: { email: DEMO.commerceLeader, known: true, passwordChange: false },
      }),
      expect.objectContaining({
        entityId: "",
        agencyId: null,
        payload: { email: "nobody@gongkai.demo", known: false, passwordChange: false },
      }),
    ]);
  });

  it("an address that reaches the limit across accounts is audited once, for the platform administrator", async () => {
    for (let i = 0; i < 22; i++) await outcome(`guess${i}@gongkai.demo`, "wrong-password-1", ATTACKER);
    const events = await db.auditEvent.findMany({ where: { type: "auth.address_throttled" } });
    expect(events).toEqual([expect.objectContaining({ clientIp: ATTACKER, agencyId: null, payload: { minutes: 15 } })]);
  });
});

describe("an administrator unlocks an account", () => {
  it("after which the failed attempts no longer count (no refusal, no delay), audited", async () => {
    const admin = await principalFor(DEMO.commerceAdmin);
    const leader = await userIdOf(DEMO.commerceLeader);
    await attack(5);
    expect(await outcome(DEMO.commerceLeader, REAL_PASSWORD, ATTACKER)).toBe("THROTTLED_ACCOUNT");
    await unlockSignIn({ actor: admin, userId: leader });
    expect(await outcome(DEMO.commerceLeader, REAL_PASSWORD, OFFICE)).toBe("OK");
    expect(waits).toEqual([]);
    expect(await db.auditEvent.findFirst({ where: { type: "user.sign_in_unlocked" } })).toMatchObject({
      actorId: admin.id,
      entityId: leader,
      agencyId: agencies.commerce,
    });
  });

  it("is for administrators of the account's agency only (others do not even find the account)", async () => {
    const leader = await userIdOf(DEMO.commerceLeader);
    expect((await fail(unlockSignIn({ actor: await principalFor(DEMO.commerceStaff), userId: leader })))?.code).toBe(
      "NOT_FOUND",
    );
    expect((await fail(unlockSignIn({ actor: await principalFor(DEMO.financeAdmin), userId: leader })))?.code).toBe(
      "NOT_FOUND",
    );
    expect(await db.auditEvent.count({ where: { type: "user.sign_in_unlocked" } })).toBe(0);
  });
});

describe("changing one's password", () => {
  const change = async (currentPassword: string, newPassword = "Another-secret-2026", clientIp = OFFICE) =>
    fail(
      changeOwnPassword({
        user: await principalFor(DEMO.commerceStaff),
        input: { currentPassword, newPassword, confirmPassword: newPassword },
        clientIp,
      }),
    );

  it("throttles the current-password check like sign-in, even for the right password, and audits each failure", async () => {
    for (let i = 0; i < 5; i++)
      expect((await change(`wrong-current-${i}`))?.fieldErrors).toEqual({
        currentPassword: ["wrongPassword"],
      });
    const refused = await change(REAL_PASSWORD);
    expect(refused?.code).toBe("THROTTLED");
    expect(refused?.fieldErrors).toEqual({ currentPassword: ["passwordAttemptsThrottled"] });
    expect(refused?.params).toEqual({ minutes: 15 });
    expect(await db.auditEvent.count({ where: { type: "auth.sign_in_failed" } })).toBe(5);
    expect(
      await db.auditEvent.findFirst({ where: { type: "auth.sign_in_failed" }, select: { payload: true } }),
    ).toEqual({ payload: { email: DEMO.commerceStaff, known: true, passwordChange: true } });
    // The guesses count against the account's sign-in too.
    expect(await outcome(DEMO.commerceStaff, REAL_PASSWORD, OFFICE)).toBe("THROTTLED_ACCOUNT");
  });

  it("refuses a new password under 12 characters or on the list of common passwords", async () => {
    expect((await change(REAL_PASSWORD, "Abcdefgh123"))?.fieldErrors).toEqual({ newPassword: ["passwordTooShort"] });
    expect((await change(REAL_PASSWORD, "WoAiNi1314woaini"))?.fieldErrors).toEqual({
      newPassword: ["passwordTooCommon"],
    });
    expect((await change(REAL_PASSWORD, "1qaz2wsx3edc"))?.fieldErrors).toEqual({ newPassword: ["passwordTooCommon"] });
    expect(await change(REAL_PASSWORD, "Gongkai-demo-2026")).toBeNull();
  });

  it("an administrator cannot set a common password either", async () => {
    const admin = await principalFor(DEMO.commerceAdmin);
    const staff = await userIdOf(DEMO.commerceStaff);
    const error = await fail(resetPassword({ actor: admin, userId: staff, input: { password: "qwertyuiop123" } }));
    expect(error?.fieldErrors).toEqual({ password: ["passwordTooCommon"] });
  });
});

describe("permission denials", () => {
  it("are audited once per user, action and agency, not at every retry", async () => {
    const staff = await principalFor(DEMO.commerceStaff);
    const handler = apiRoute(async () => {
      await createUser({
        actor: staff,
        input: {
          email: "new.person@gongkai.demo",
          name: "新人",
          password: "Long-enough-2026",
          agencyId: agencies.commerce,
          roles: ["STAFF"],
        },
      });
      return new Response("created");
    });
    const call = () =>
      handler(new Request("http://localhost/api", { headers: { "x-gongkai-client-address": "10.3.3.3" } }));
    for (let i = 0; i < 5; i++) expect((await call()).status).toBe(403);
    const denials = await db.auditEvent.findMany({ where: { type: "auth.permission_denied" } });
    expect(denials).toEqual([
      expect.objectContaining({
        actorId: staff.id,
        actorLabel: "林经办",
        clientIp: "10.3.3.3",
        agencyId: agencies.commerce,
        payload: { action: "user.create" },
      }),
    ]);
    expect(await db.user.count({ where: { email: "new.person@gongkai.demo" } })).toBe(0);
  });
});
