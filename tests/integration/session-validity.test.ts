// A session is worth only what the database says now: loadPrincipal refuses a deactivated account
// and a session version older than the account's (after a password reset or change, or deactivation).
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadPrincipal } from "@/lib/auth/current-user";
import { resetPassword } from "@/lib/users/reset-password";
import { setUserActive } from "@/lib/users/set-user-active";
import { changeOwnPassword } from "@/lib/users/change-own-password";
import { DEMO_PASSWORD } from "@/lib/demo/demo-accounts";
import { DEMO, principalFor, seedDemo, userIdOf, type DemoAgencyIds } from "../support/principals";

let agencies: DemoAgencyIds;
beforeEach(async () => {
  agencies = await seedDemo();
});

describe("loadPrincipal", () => {
  it("loads an active user with the current session version, with roles per agency", async () => {
    const id = await userIdOf(DEMO.financeAdmin);
    const principal = await loadPrincipal(id, 1);
    expect(principal).toMatchObject({
      id,
      name: "赵管理",
      email: DEMO.financeAdmin,
      isPlatformAdmin: false,
      mustChangePassword: false,
    });
    expect(principal!.memberships.map((m) => [m.agencyId, m.role]).sort()).toEqual([
      [agencies.finance, "AGENCY_ADMIN"],
      [agencies.finance, "LEADER"],
    ]);
    expect(principal!.memberships[0].agency).toMatchObject({
      id: agencies.finance,
      code: "350403002",
      shortName: "三元区财政局",
    });
  });

  it("returns null for an unknown user and for a wrong session version", async () => {
    const id = await userIdOf(DEMO.commerceStaff);
    expect(await loadPrincipal("0190a000-0000-7000-8000-000000000000", 1)).toBeNull();
    expect(await loadPrincipal(id, 0)).toBeNull();
    expect(await loadPrincipal(id, 2)).toBeNull();
  });

  it("ends the session of a user whose password an administrator resets", async () => {
    const admin = await principalFor(DEMO.commerceAdmin);
    const id = await userIdOf(DEMO.commerceStaff);
    expect(await loadPrincipal(id, 1)).not.toBeNull();
    await resetPassword({ actor: admin, userId: id, input: { password: "New-password-2026" } });
    expect(await loadPrincipal(id, 1)).toBeNull();
    expect(await loadPrincipal(id, 2)).toMatchObject({ id, mustChangePassword: true });
  });

  it("ends the session of a deactivated user, and reactivation does not revive it", async () => {
    const admin = await principalFor(DEMO.commerceAdmin);
    const id = await userIdOf(DEMO.commerceStaff);
    await setUserActive({ actor: admin, userId: id, active: false });
    expect(await loadPrincipal(id, 1)).toBeNull();
    expect(await loadPrincipal(id, 2)).toBeNull(); // inactive, whatever the version
    await setUserActive({ actor: admin, userId: id, active: true });
    expect(await loadPrincipal(id, 1)).toBeNull();
    expect(await loadPrincipal(id, 2)).not.toBeNull();
  });

  it("returns null for an inactive user even with the current session version", async () => {
    const id = await userIdOf(DEMO.commerceStaff);
    await db.user.update({ where: { id }, data: { active: false } });
    expect(await loadPrincipal(id, 1)).toBeNull();
  });

  it("ends every session of a user who changes their own password, including the current one", async () => {
    const me = await principalFor(DEMO.commerceStaff);
    await changeOwnPassword({
      user: me,
      input: { currentPassword: DEMO_PASSWORD, newPassword: "Mine-and-new-2026", confirmPassword: "Mine-and-new-2026" },
    });
    expect(await loadPrincipal(me.id, 1)).toBeNull();
    expect(await loadPrincipal(me.id, 2)).not.toBeNull();
  });
});
