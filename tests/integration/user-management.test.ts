// Managing accounts: who may create users, grant and revoke roles, reset passwords and deactivate
// accounts, always within their own agency; each change is audited in the same transaction.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { DEMO_PASSWORD } from "@/lib/demo/demo-accounts";
import { createUser } from "@/lib/users/create-user";
import { setAgencyRoles } from "@/lib/users/set-agency-roles";
import { resetPassword } from "@/lib/users/reset-password";
import { setUserActive } from "@/lib/users/set-user-active";
import { changeOwnPassword } from "@/lib/users/change-own-password";
import { updateUserProfile } from "@/lib/users/update-user-profile";
import { DEMO, principalFor, seedDemo, userIdOf, type DemoAgencyIds } from "../support/principals";
import { appError } from "../support/app-error";

let agencies: DemoAgencyIds;
beforeEach(async () => {
  agencies = await seedDemo();
});

const newStaff = (agencyId: string, overrides: Record<string, unknown> = {}) => ({
  email: "  Huang.Xin@Gongkai.Demo ",
  name: "黄新",
  password: "Initial-pass-2026",
  agencyId,
  roles: ["STAFF"],
  ...overrides,
});

const auditTypes = async () => (await db.auditEvent.findMany({ orderBy: { id: "asc" } })).map((e) => e.type);
const userByEmail = (email: string) => db.user.findUniqueOrThrow({ where: { email }, include: { memberships: true } });

/** Makes the commerce staff member also a member of the finance bureau (a person working for two agencies). */
async function makeShared(email: string = DEMO.commerceStaff) {
  const id = await userIdOf(email);
  await db.membership.create({ data: { userId: id, agencyId: agencies.finance, role: "STAFF" } });
  return id;
}

describe("createUser", () => {
  it("an agency administrator creates a staff account in their agency, audited there", async () => {
    const admin = await principalFor(DEMO.commerceAdmin);
    const user = await createUser({
      actor: admin,
      input: newStaff(agencies.commerce, { roles: ["STAFF", "STAFF", "REVIEWER"] }),
    });

    const stored = await userByEmail("huang.xin@gongkai.demo");
    expect(stored).toMatchObject({
      id: user.id,
      name: "黄新",
      active: true,
      mustChangePassword: true,
      isPlatformAdmin: false,
    });
    expect(stored.memberships.map((m) => [m.agencyId, m.role]).sort()).toEqual([
      [agencies.commerce, "REVIEWER"],
      [agencies.commerce, "STAFF"],
    ]);
    expect(await verifyPassword(stored.passwordHash, "Initial-pass-2026")).toBe(true);

    const events = await db.auditEvent.findMany();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: "user.created",
      actorId: admin.id,
      actorLabel: "张管理",
      agencyId: agencies.commerce,
      entityType: "user",
      entityId: user.id,
      payload: {
        email: "huang.xin@gongkai.demo",
        name: "黄新",
        roles: [
          { agencyId: agencies.commerce, role: "STAFF" },
          { agencyId: agencies.commerce, role: "REVIEWER" },
        ],
      },
    });
  });

  it("an agency administrator cannot create a user in another agency: not found, nothing written", async () => {
    const admin = await principalFor(DEMO.commerceAdmin);
    const error = await appError(createUser({ actor: admin, input: newStaff(agencies.finance) }));
    expect(error.code).toBe("NOT_FOUND");
    expect(await db.user.count({ where: { email: "huang.xin@gongkai.demo" } })).toBe(0);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("staff, reviewers and leaders cannot create users in their own agency", async () => {
    for (const email of [DEMO.commerceStaff, DEMO.commerceReviewer, DEMO.commerceLeader]) {
      const error = await appError(
        createUser({ actor: await principalFor(email), input: newStaff(agencies.commerce) }),
      );
      expect(error.code, email).toBe("FORBIDDEN");
    }
    expect(await db.user.count({ where: { email: "huang.xin@gongkai.demo" } })).toBe(0);
  });

  it("the platform administrator creates users in any agency; an unknown agency is not found", async () => {
    const admin = await principalFor(DEMO.platformAdmin);
    await createUser({ actor: admin, input: newStaff(agencies.finance) });
    expect((await userByEmail("huang.xin@gongkai.demo")).memberships[0].agencyId).toBe(agencies.finance);
    const error = await appError(
      createUser({
        actor: admin,
        input: newStaff("0190a000-0000-7000-8000-000000000000", { email: "x@gongkai.demo" }),
      }),
    );
    expect(error.code).toBe("NOT_FOUND");
  });

  it("an e-mail that already has an account (in any case) is a conflict on the email field", async () => {
    const admin = await principalFor(DEMO.commerceAdmin);
    const error = await appError(
      createUser({ actor: admin, input: newStaff(agencies.commerce, { email: "SWJ.Leader@gongkai.demo" }) }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.fieldErrors).toEqual({ email: ["emailTaken"] });
    // Even an account the administrator cannot see (another agency's).
    const other = await appError(
      createUser({ actor: admin, input: newStaff(agencies.commerce, { email: DEMO.financeStaff }) }),
    );
    expect(other.fieldErrors).toEqual({ email: ["emailTaken"] });
  });

  it("a weak or short password is a validation error on the password field", async () => {
    const admin = await principalFor(DEMO.commerceAdmin);
    const weak = await appError(
      createUser({ actor: admin, input: newStaff(agencies.commerce, { password: "onlyletters-here" }) }),
    );
    expect(weak.code).toBe("VALIDATION");
    expect(weak.fieldErrors).toEqual({ password: ["passwordWeak"] });
    const short = await appError(
      createUser({ actor: admin, input: newStaff(agencies.commerce, { password: "abc123" }) }),
    );
    expect(short.fieldErrors?.password).toContain("passwordTooShort");
    const noRole = await appError(createUser({ actor: admin, input: newStaff(agencies.commerce, { roles: [] }) }));
    expect(noRole.fieldErrors).toEqual({ roles: ["roleRequired"] });
    expect(await db.user.count({ where: { email: "huang.xin@gongkai.demo" } })).toBe(0);
  });
});

describe("setAgencyRoles", () => {
  it("grants and revokes roles, one audit event for each", async () => {
    const admin = await principalFor(DEMO.commerceAdmin);
    const id = await userIdOf(DEMO.commerceStaff);
    const result = await setAgencyRoles({
      actor: admin,
      userId: id,
      input: { agencyId: agencies.commerce, roles: ["REVIEWER", "LEADER"] },
    });
    expect({ granted: result.granted.sort(), revoked: result.revoked }).toEqual({
      granted: ["LEADER", "REVIEWER"],
      revoked: ["STAFF"],
    });

    expect((await userByEmail(DEMO.commerceStaff)).memberships.map((m) => m.role).sort()).toEqual([
      "LEADER",
      "REVIEWER",
    ]);
    const events = await db.auditEvent.findMany({ orderBy: { id: "asc" } });
    expect(events.map((e) => `${e.type} ${JSON.stringify(e.payload)}`).sort()).toEqual([
      'user.role_granted {"role":"LEADER"}',
      'user.role_granted {"role":"REVIEWER"}',
      'user.role_revoked {"role":"STAFF"}',
    ]);
    for (const e of events)
      expect(e).toMatchObject({ agencyId: agencies.commerce, entityType: "user", entityId: id, actorId: admin.id });
  });

  it("setting the roles a user already has changes nothing and audits nothing", async () => {
    const admin = await principalFor(DEMO.commerceAdmin);
    const id = await userIdOf(DEMO.commerceStaff);
    expect(
      await setAgencyRoles({ actor: admin, userId: id, input: { agencyId: agencies.commerce, roles: ["STAFF"] } }),
    ).toEqual({ granted: [], revoked: [] });
    expect(await db.auditEvent.count()).toBe(0);
  });

  // Issue 18 changed this: an administrator used to be able to add roles to themselves (only revoking their
  // own 管理员 role was refused). Nobody changes their own roles now, platform administrators included.
  it("nobody changes their own roles, agency and platform administrators alike", async () => {
    const admin = await principalFor(DEMO.commerceAdmin);
    for (const roles of [["LEADER"], ["AGENCY_ADMIN", "LEADER"], []]) {
      const error = await appError(
        setAgencyRoles({ actor: admin, userId: admin.id, input: { agencyId: agencies.commerce, roles } }),
      );
      expect(error.code).toBe("VALIDATION");
      expect(error.fieldErrors).toEqual({ roles: ["cannotChangeOwnRoles"] });
    }
    expect((await userByEmail(DEMO.commerceAdmin)).memberships.map((m) => m.role)).toEqual(["AGENCY_ADMIN"]);

    const platformAdmin = await principalFor(DEMO.platformAdmin);
    const error = await appError(
      setAgencyRoles({
        actor: platformAdmin,
        userId: platformAdmin.id,
        input: { agencyId: agencies.commerce, roles: ["LEADER"] },
      }),
    );
    expect(error.fieldErrors).toEqual({ roles: ["cannotChangeOwnRoles"] });
    expect((await userByEmail(DEMO.platformAdmin)).memberships).toEqual([]);
    expect(await db.auditEvent.count()).toBe(0);

    // Another administrator may.
    await setAgencyRoles({
      actor: platformAdmin,
      userId: admin.id,
      input: { agencyId: agencies.commerce, roles: ["AGENCY_ADMIN", "LEADER"] },
    });
    expect(await auditTypes()).toEqual(["user.role_granted"]);
  });

  it("nobody deactivates themselves, platform administrators included", async () => {
    const platformAdmin = await principalFor(DEMO.platformAdmin);
    const error = await appError(setUserActive({ actor: platformAdmin, userId: platformAdmin.id, active: false }));
    expect(error.message).toBe("cannotDeactivateSelf");
    expect((await userByEmail(DEMO.platformAdmin)).active).toBe(true);
  });

  it("granting 经办人 + 保密审查 + 领导 in one agency works, with a warning the audit records", async () => {
    const admin = await principalFor(DEMO.commerceAdmin);
    const id = await userIdOf(DEMO.commerceStaff);
    // Two of the three: no warning.
    expect(
      await setAgencyRoles({
        actor: admin,
        userId: id,
        input: { agencyId: agencies.commerce, roles: ["STAFF", "REVIEWER"] },
      }),
    ).toEqual({ granted: ["REVIEWER"], revoked: [], warning: undefined });
    const result = await setAgencyRoles({
      actor: admin,
      userId: id,
      input: { agencyId: agencies.commerce, roles: ["STAFF", "REVIEWER", "LEADER"] },
    });
    expect(result).toEqual({ granted: ["LEADER"], revoked: [], warning: "combinedReviewChainRoles" });
    expect((await userByEmail(DEMO.commerceStaff)).memberships.map((m) => m.role).sort()).toEqual([
      "LEADER",
      "REVIEWER",
      "STAFF",
    ]);
    const events = await db.auditEvent.findMany({ where: { type: "user.role_granted" }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.payload)).toEqual([
      { role: "REVIEWER" },
      { role: "LEADER", warning: "combinedReviewChainRoles" },
    ]);

    // Creating an account with the three roles at once is warned about in the same way.
    await createUser({
      actor: admin,
      input: newStaff(agencies.commerce, { roles: ["STAFF", "REVIEWER", "LEADER"] }),
    });
    const created = await db.auditEvent.findFirstOrThrow({ where: { type: "user.created" } });
    expect(created.payload).toMatchObject({ warning: "combinedReviewChainRoles" });
  });

  it("an agency administrator cannot touch another agency's user, nor give roles in another agency", async () => {
    const admin = await principalFor(DEMO.commerceAdmin);
    const financeStaff = await userIdOf(DEMO.financeStaff);
    expect(
      (
        await appError(
          setAgencyRoles({
            actor: admin,
            userId: financeStaff,
            input: { agencyId: agencies.finance, roles: ["LEADER"] },
          }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    expect(
      (
        await appError(
          setAgencyRoles({
            actor: admin,
            userId: financeStaff,
            input: { agencyId: agencies.commerce, roles: ["STAFF"] },
          }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    const ownStaff = await userIdOf(DEMO.commerceStaff);
    expect(
      (
        await appError(
          setAgencyRoles({
            actor: admin,
            userId: ownStaff,
            input: { agencyId: agencies.finance, roles: ["AGENCY_ADMIN"] },
          }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    expect(await db.membership.count({ where: { agencyId: agencies.finance, role: { not: "STAFF" } } })).toBe(2); // 赵管理's two
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("a leader (not an administrator) cannot change roles", async () => {
    const leader = await principalFor(DEMO.commerceLeader);
    const id = await userIdOf(DEMO.commerceStaff);
    const error = await appError(
      setAgencyRoles({ actor: leader, userId: id, input: { agencyId: agencies.commerce, roles: ["LEADER"] } }),
    );
    expect(["NOT_FOUND", "FORBIDDEN"]).toContain(error.code);
    expect(await db.auditEvent.count()).toBe(0);
  });
});

describe("resetPassword", () => {
  it("sets the new password, ends the user's sessions and makes them choose their own", async () => {
    const admin = await principalFor(DEMO.commerceAdmin);
    const id = await userIdOf(DEMO.commerceStaff);
    await resetPassword({ actor: admin, userId: id, input: { password: "Reset-by-admin-1" } });
    const stored = await userByEmail(DEMO.commerceStaff);
    expect(stored).toMatchObject({ sessionVersion: 2, mustChangePassword: true });
    expect(await verifyPassword(stored.passwordHash, "Reset-by-admin-1")).toBe(true);
    expect(await verifyPassword(stored.passwordHash, DEMO_PASSWORD)).toBe(false);
    const [event] = await db.auditEvent.findMany();
    expect(event).toMatchObject({
      type: "user.password_reset",
      actorId: admin.id,
      agencyId: agencies.commerce,
      entityId: id,
      payload: {},
    });
  });

  it("refuses a weak password and changes nothing", async () => {
    const admin = await principalFor(DEMO.commerceAdmin);
    const id = await userIdOf(DEMO.commerceStaff);
    const error = await appError(resetPassword({ actor: admin, userId: id, input: { password: "short" } }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors?.password).toContain("passwordTooShort");
    expect((await userByEmail(DEMO.commerceStaff)).sessionVersion).toBe(1);
  });

  it("an agency administrator cannot reset a user of another agency (not found)", async () => {
    const admin = await principalFor(DEMO.commerceAdmin);
    const error = await appError(
      resetPassword({
        actor: admin,
        userId: await userIdOf(DEMO.financeStaff),
        input: { password: "Reset-by-admin-1" },
      }),
    );
    expect(error.code).toBe("NOT_FOUND");
    expect((await userByEmail(DEMO.financeStaff)).sessionVersion).toBe(1);
  });

  it("an agency administrator cannot reset a user who also belongs to another agency (forbidden); the platform administrator can", async () => {
    const shared = await makeShared();
    const error = await appError(
      resetPassword({
        actor: await principalFor(DEMO.commerceAdmin),
        userId: shared,
        input: { password: "Reset-by-admin-1" },
      }),
    );
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toBe("otherAgencyUser");
    expect((await userByEmail(DEMO.commerceStaff)).sessionVersion).toBe(1);

    await resetPassword({
      actor: await principalFor(DEMO.platformAdmin),
      userId: shared,
      input: { password: "Reset-by-admin-1" },
    });
    expect((await userByEmail(DEMO.commerceStaff)).sessionVersion).toBe(2);
  });

  it("an agency administrator cannot reset the platform administrator's password, even within their agency", async () => {
    const platformAdminId = await userIdOf(DEMO.platformAdmin);
    await db.membership.create({ data: { userId: platformAdminId, agencyId: agencies.commerce, role: "STAFF" } });
    const error = await appError(
      resetPassword({
        actor: await principalFor(DEMO.commerceAdmin),
        userId: platformAdminId,
        input: { password: "Reset-by-admin-1" },
      }),
    );
    expect(error.code).toBe("FORBIDDEN");
    expect((await userByEmail(DEMO.platformAdmin)).sessionVersion).toBe(1);
  });

  it("staff cannot reset a colleague's password", async () => {
    const error = await appError(
      resetPassword({
        actor: await principalFor(DEMO.commerceStaff),
        userId: await userIdOf(DEMO.commerceLeader),
        input: { password: "Reset-by-admin-1" },
      }),
    );
    expect(["NOT_FOUND", "FORBIDDEN"]).toContain(error.code);
    expect((await userByEmail(DEMO.commerceLeader)).sessionVersion).toBe(1);
  });
});

describe("setUserActive", () => {
  it("deactivation ends sessions and is audited once; repeating it is a no-op", async () => {
    const admin = await principalFor(DEMO.commerceAdmin);
    const id = await userIdOf(DEMO.commerceStaff);
    await setUserActive({ actor: admin, userId: id, active: false });
    expect(await userByEmail(DEMO.commerceStaff)).toMatchObject({ active: false, sessionVersion: 2 });
    await setUserActive({ actor: admin, userId: id, active: false });
    expect(await userByEmail(DEMO.commerceStaff)).toMatchObject({ active: false, sessionVersion: 2 });
    const events = await db.auditEvent.findMany();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: "user.deactivated",
      actorId: admin.id,
      agencyId: agencies.commerce,
      entityId: id,
    });
  });

  it("reactivation is audited once too", async () => {
    const admin = await principalFor(DEMO.commerceAdmin);
    const id = await userIdOf(DEMO.commerceStaff);
    await setUserActive({ actor: admin, userId: id, active: true }); // already active: nothing
    expect(await auditTypes()).toEqual([]);
    await setUserActive({ actor: admin, userId: id, active: false });
    await setUserActive({ actor: admin, userId: id, active: true });
    await setUserActive({ actor: admin, userId: id, active: true });
    expect(await userByEmail(DEMO.commerceStaff)).toMatchObject({ active: true, sessionVersion: 2 });
    expect(await auditTypes()).toEqual(["user.deactivated", "user.reactivated"]);
  });

  it("an administrator cannot deactivate themselves", async () => {
    const admin = await principalFor(DEMO.commerceAdmin);
    const error = await appError(setUserActive({ actor: admin, userId: admin.id, active: false }));
    expect(error.code).toBe("VALIDATION");
    expect(error.message).toBe("cannotDeactivateSelf");
    expect(await userByEmail(DEMO.commerceAdmin)).toMatchObject({ active: true, sessionVersion: 1 });
    const platformAdmin = await principalFor(DEMO.platformAdmin);
    expect(
      (await appError(setUserActive({ actor: platformAdmin, userId: platformAdmin.id, active: false }))).code,
    ).toBe("VALIDATION");
  });

  it("an agency administrator cannot deactivate another agency's user (not found) nor a shared user (forbidden)", async () => {
    const admin = await principalFor(DEMO.commerceAdmin);
    expect(
      (await appError(setUserActive({ actor: admin, userId: await userIdOf(DEMO.financeStaff), active: false }))).code,
    ).toBe("NOT_FOUND");
    expect((await appError(setUserActive({ actor: admin, userId: "not-a-uuid", active: false }))).code).toBe(
      "NOT_FOUND",
    );
    const shared = await makeShared();
    expect((await appError(setUserActive({ actor: admin, userId: shared, active: false }))).code).toBe("FORBIDDEN");
    expect(await db.user.count({ where: { active: false } })).toBe(0);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("the finance administrator cannot deactivate commerce staff, and commerce's cannot deactivate finance's", async () => {
    const financeAdmin = await principalFor(DEMO.financeAdmin);
    expect(
      (
        await appError(
          setUserActive({ actor: financeAdmin, userId: await userIdOf(DEMO.commerceStaff), active: false }),
        )
      ).code,
    ).toBe("NOT_FOUND");
  });
});

describe("updateUserProfile", () => {
  it("changes name and e-mail with an audited diff; a taken e-mail is a conflict", async () => {
    const admin = await principalFor(DEMO.commerceAdmin);
    const id = await userIdOf(DEMO.commerceStaff);
    const taken = await appError(
      updateUserProfile({ actor: admin, userId: id, input: { email: DEMO.financeStaff, name: "林经办" } }),
    );
    expect(taken).toMatchObject({ code: "CONFLICT", fieldErrors: { email: ["emailTaken"] } });
    await updateUserProfile({ actor: admin, userId: id, input: { email: DEMO.commerceStaff, name: "林新名" } });
    const [event] = await db.auditEvent.findMany();
    expect(event).toMatchObject({
      type: "user.updated",
      payload: { changes: { name: { from: "林经办", to: "林新名" } } },
    });
  });
});

describe("changeOwnPassword", () => {
  const change = (currentPassword: string, newPassword: string, confirmPassword = newPassword) => ({
    currentPassword,
    newPassword,
    confirmPassword,
  });

  it("a wrong current password is a validation error on that field, and changes nothing", async () => {
    const me = await principalFor(DEMO.commerceStaff);
    const error = await appError(changeOwnPassword({ user: me, input: change("not-my-password-1", "Brand-new-2026") }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors).toEqual({ currentPassword: ["wrongPassword"] });
    const stored = await userByEmail(DEMO.commerceStaff);
    expect(stored.sessionVersion).toBe(1);
    expect(await verifyPassword(stored.passwordHash, DEMO_PASSWORD)).toBe(true);
    // Only the failed check is recorded (issue 11: throttled and audited like a sign-in).
    expect((await db.auditEvent.findMany()).map((e) => e.type)).toEqual(["auth.sign_in_failed"]);
  });

  it("refuses the same password again, a mismatched confirmation and a weak new password", async () => {
    const me = await principalFor(DEMO.commerceStaff);
    expect(
      (await appError(changeOwnPassword({ user: me, input: change(DEMO_PASSWORD, DEMO_PASSWORD) }))).fieldErrors,
    ).toEqual({ newPassword: ["passwordUnchanged"] });
    expect(
      (
        await appError(
          changeOwnPassword({ user: me, input: change(DEMO_PASSWORD, "Brand-new-2026", "Brand-new-2027") }),
        )
      ).fieldErrors,
    ).toEqual({ confirmPassword: ["passwordMismatch"] });
    expect(
      (await appError(changeOwnPassword({ user: me, input: change(DEMO_PASSWORD, "brand-new-pass") }))).fieldErrors,
    ).toEqual({ newPassword: ["passwordWeak"] });
    expect((await userByEmail(DEMO.commerceStaff)).sessionVersion).toBe(1);
  });

  it("success sets the password, ends sessions, clears mustChangePassword and is audited", async () => {
    await db.user.update({ where: { email: DEMO.commerceStaff }, data: { mustChangePassword: true } });
    const me = await principalFor(DEMO.commerceStaff);
    await changeOwnPassword({ user: me, input: change(DEMO_PASSWORD, "Brand-new-2026"), clientIp: "10.0.0.9" });
    const stored = await userByEmail(DEMO.commerceStaff);
    expect(stored).toMatchObject({ sessionVersion: 2, mustChangePassword: false });
    expect(await verifyPassword(stored.passwordHash, "Brand-new-2026")).toBe(true);
    const [event] = await db.auditEvent.findMany();
    expect(event).toMatchObject({
      type: "user.password_changed",
      actorId: me.id,
      entityId: me.id,
      clientIp: "10.0.0.9",
      payload: {},
    });
  });
});
