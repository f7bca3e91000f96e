// Personal access tokens: the secret is shown once and only its hash stored; a token acts as its user
// (same roles, same agencies) until it is revoked, expires, or the user is deactivated. Also the CLI.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { authenticateToken, createToken, hashToken, listTokens, revokeToken } from "@/lib/api/tokens";
import type { AppError } from "@/lib/errors/app-error";
import { DEMO_PASSWORD } from "@/lib/demo/demo-accounts";
import { changeOwnPassword } from "@/lib/users/change-own-password";
import { resetPassword } from "@/lib/users/reset-password";
import { setUserActive } from "@/lib/users/set-user-active";
import { runCli } from "@/scripts/cli";
import { DEMO, principalFor, seedDemo } from "../support/principals";

let staff: CurrentUser, financeStaff: CurrentUser, commerceAdmin: CurrentUser;

beforeEach(async () => {
  await seedDemo();
  [staff, financeStaff, commerceAdmin] = await Promise.all(
    [DEMO.commerceStaff, DEMO.financeStaff, DEMO.commerceAdmin].map(principalFor),
  );
});

const fail = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: AppError) => e,
  );

describe("personal access tokens", () => {
  it("creates a token whose secret is returned once; only the hash and a prefix are stored; audited", async () => {
    const token = await createToken({ actor: staff, name: "办公系统对接" });
    expect(token.secret).toMatch(/^gk_[A-Za-z0-9_-]{43}$/);
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(stored.tokenHash).toBe(hashToken(token.secret));
    expect(stored.prefix).toBe(token.secret.slice(0, 11));
    expect(JSON.stringify(stored)).not.toContain(token.secret);
    expect(stored.expiresAt).toBeNull();
    expect(await db.auditEvent.count({ where: { type: "token.created", entityId: token.id, actorId: staff.id } })).toBe(
      1,
    );
    expect((await listTokens(staff)).map((t) => t.name)).toEqual(["办公系统对接"]);
    expect(await listTokens(financeStaff)).toEqual([]);
  });

  it("authenticates as its user with the user's roles, and notes when it was used", async () => {
    const token = await createToken({ actor: staff, name: "接口" });
    const user = await authenticateToken(token.secret);
    expect(user).toMatchObject({ id: staff.id, email: DEMO.commerceStaff });
    expect(user?.memberships.map((m) => m.role)).toEqual(staff.memberships.map((m) => m.role));
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt).not.toBeNull();
    expect(await authenticateToken(token.secret.slice(0, -1) + (token.secret.endsWith("A") ? "B" : "A"))).toBeNull();
    expect(await authenticateToken("gk_short")).toBeNull();
    expect(await authenticateToken("")).toBeNull();
  });

  it("stops working when revoked (by its owner only), when expired, and when the user is deactivated", async () => {
    const revoked = await createToken({ actor: staff, name: "将撤销" });
    expect((await fail(revokeToken({ actor: financeStaff, tokenId: revoked.id })))?.code).toBe("NOT_FOUND");
    await revokeToken({ actor: staff, tokenId: revoked.id });
    await revokeToken({ actor: staff, tokenId: revoked.id });
    expect(await authenticateToken(revoked.secret)).toBeNull();
    expect(await db.auditEvent.count({ where: { type: "token.revoked", entityId: revoked.id } })).toBe(1);

    const expiring = await createToken({
      actor: staff,
      name: "七天",
      expiresInDays: "7",
      now: new Date("2026-11-01T00:00:00Z"),
    });
    expect(await authenticateToken(expiring.secret, { now: new Date("2026-11-07T23:59:00Z") })).not.toBeNull();
    expect(await authenticateToken(expiring.secret, { now: new Date("2026-11-08T00:00:01Z") })).toBeNull();

    const token = await createToken({ actor: staff, name: "长期" });
    await setUserActive({ actor: commerceAdmin, userId: staff.id, active: false });
    expect(await authenticateToken(token.secret)).toBeNull();
  });

  it("follows the account: a password reset, a password change and a deactivation revoke every token", async () => {
    const reset = await createToken({ actor: staff, name: "重置前" });
    const other = await createToken({ actor: financeStaff, name: "别人的" });
    await resetPassword({ actor: commerceAdmin, userId: staff.id, input: { password: "Reset-by-admin-2026" } });
    expect(await authenticateToken(reset.secret)).toBeNull();
    expect(await authenticateToken(other.secret), "another user's token is untouched").not.toBeNull();
    expect(
      await db.auditEvent.findFirstOrThrow({ where: { type: "user.password_reset", entityId: staff.id } }),
    ).toMatchObject({ payload: { tokensRevoked: 1 } });

    const changed = await createToken({ actor: financeStaff, name: "改密码前" });
    await changeOwnPassword({
      user: financeStaff,
      input: {
        currentPassword: DEMO_PASSWORD,
        newPassword: "Changed-by-me-2026",
        confirmPassword: "Changed-by-me-2026",
      },
    });
    expect(await authenticateToken(changed.secret)).toBeNull();
    expect(await authenticateToken(other.secret)).toBeNull();

    const leader = await principalFor(DEMO.commerceLeader);
    const deactivated = await createToken({ actor: leader, name: "停用前" });
    await setUserActive({ actor: commerceAdmin, userId: leader.id, active: false });
    await setUserActive({ actor: commerceAdmin, userId: leader.id, active: true });
    expect(await authenticateToken(deactivated.secret), "reactivation does not bring a token back").toBeNull();
    expect(await db.apiToken.count({ where: { revokedAt: null } })).toBe(0);
  });

  it("refuses a missing name and an impossible expiry, next to the field", async () => {
    expect((await fail(createToken({ actor: staff, name: " " })))?.fieldErrors?.name).toEqual(["required"]);
    expect(
      (await fail(createToken({ actor: staff, name: "x", expiresInDays: "0" })))?.fieldErrors?.expiresInDays,
    ).toEqual(["invalid"]);
    expect(
      (await fail(createToken({ actor: staff, name: "x", expiresInDays: "abc" })))?.fieldErrors?.expiresInDays,
    ).toBeDefined();
  });
});

describe("npm run cli -- create-token", () => {
  const capture = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
  };

  it("creates a working token for the user, as that user, and prints it", async () => {
    const { io, out, err } = capture();
    expect(await runCli(["create-token", "--email", "SWJ.Staff@gongkai.demo", "--name", "数据报送"], io)).toBe(0);
    expect(out).toHaveLength(1);
    const user = await authenticateToken(out[0]);
    expect(user?.id).toBe(staff.id);
    expect(err.join("\n")).toContain("not shown again");
    expect(await db.auditEvent.count({ where: { type: "token.created", actorId: staff.id } })).toBe(1);
  });

  it("says clearly when the user is unknown or deactivated, or the arguments are wrong", async () => {
    let c = capture();
    expect(await runCli(["create-token", "--email", "nobody@gongkai.demo", "--name", "x"], c.io)).toBe(1);
    expect(c.err.join("\n")).toContain("No user has the e-mail nobody@gongkai.demo");
    await setUserActive({ actor: commerceAdmin, userId: staff.id, active: false });
    c = capture();
    expect(await runCli(["create-token", "--email", DEMO.commerceStaff, "--name", "x"], c.io)).toBe(1);
    expect(c.err.join("\n")).toContain("deactivated");
    c = capture();
    expect(await runCli(["create-token", "--email", DEMO.financeStaff], c.io)).toBe(2);
    expect(await runCli(["make-coffee"], c.io)).toBe(2);
    expect(await runCli(["create-token", "--email", DEMO.financeStaff, "--name", "x", "--expires-days=0"], c.io)).toBe(
      1,
    );
    expect(c.err.join("\n")).toContain("--expires-days: invalid");
    expect(c.out).toEqual([]);
    expect(await db.apiToken.count()).toBe(0);
  });
});
