import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import {
  agencyScope,
  agencyWhere,
  can,
  canAnywhere,
  PERMISSIONS,
  requirePermission,
  type Action,
  type Principal,
} from "./permissions";
import type { RoleName } from "./roles";

const A = "0190a000-0000-7000-8000-00000000000a";
const B = "0190a000-0000-7000-8000-00000000000b";

type Holder = RoleName | "PLATFORM_ADMIN" | "NONE";

// The expected answers, written out by hand (not read from PERMISSIONS): a change to the permission
// table must be a deliberate change to this matrix too.
//                                   STAFF  REVIEWER LEADER AGENCY_ADMIN PLATFORM_ADMIN NONE
const EXPECTED: Record<Action, Record<Holder, boolean>> = {
  "agency.read": { STAFF: true, REVIEWER: true, LEADER: true, AGENCY_ADMIN: true, PLATFORM_ADMIN: true, NONE: false },
  "agency.create": {
    STAFF: false,
    REVIEWER: false,
    LEADER: false,
    AGENCY_ADMIN: false,
    PLATFORM_ADMIN: true,
    NONE: false,
  },
  "agency.update": {
    STAFF: false,
    REVIEWER: false,
    LEADER: false,
    AGENCY_ADMIN: true,
    PLATFORM_ADMIN: true,
    NONE: false,
  },
  "user.read": { STAFF: false, REVIEWER: false, LEADER: false, AGENCY_ADMIN: true, PLATFORM_ADMIN: true, NONE: false },
  "user.create": {
    STAFF: false,
    REVIEWER: false,
    LEADER: false,
    AGENCY_ADMIN: true,
    PLATFORM_ADMIN: true,
    NONE: false,
  },
  "user.update": {
    STAFF: false,
    REVIEWER: false,
    LEADER: false,
    AGENCY_ADMIN: true,
    PLATFORM_ADMIN: true,
    NONE: false,
  },
  "user.resetPassword": {
    STAFF: false,
    REVIEWER: false,
    LEADER: false,
    AGENCY_ADMIN: true,
    PLATFORM_ADMIN: true,
    NONE: false,
  },
  "user.deactivate": {
    STAFF: false,
    REVIEWER: false,
    LEADER: false,
    AGENCY_ADMIN: true,
    PLATFORM_ADMIN: true,
    NONE: false,
  },
  "audit.read": { STAFF: false, REVIEWER: false, LEADER: true, AGENCY_ADMIN: true, PLATFORM_ADMIN: true, NONE: false },
  // 工作日 calendar: everyone reads it, only the platform administrator corrects it.
  "calendar.read": { STAFF: true, REVIEWER: true, LEADER: true, AGENCY_ADMIN: true, PLATFORM_ADMIN: true, NONE: false },
  "calendar.manage": {
    STAFF: false,
    REVIEWER: false,
    LEADER: false,
    AGENCY_ADMIN: false,
    PLATFORM_ADMIN: true,
    NONE: false,
  },
  "site.manage": {
    STAFF: false,
    REVIEWER: false,
    LEADER: false,
    AGENCY_ADMIN: false,
    PLATFORM_ADMIN: true,
    NONE: false,
  },
  "webhook.manage": {
    STAFF: false,
    REVIEWER: false,
    LEADER: false,
    AGENCY_ADMIN: true,
    PLATFORM_ADMIN: true,
    NONE: false,
  },
  // 主动公开 items: the agency's own workflow; the platform administrator takes no part in it.
  "item.read": { STAFF: true, REVIEWER: true, LEADER: true, AGENCY_ADMIN: true, PLATFORM_ADMIN: false, NONE: false },
  "item.draft": {
    STAFF: true,
    REVIEWER: false,
    LEADER: false,
    AGENCY_ADMIN: false,
    PLATFORM_ADMIN: false,
    NONE: false,
  },
  "item.review": {
    STAFF: false,
    REVIEWER: true,
    LEADER: false,
    AGENCY_ADMIN: false,
    PLATFORM_ADMIN: false,
    NONE: false,
  },
  "item.approve": {
    STAFF: false,
    REVIEWER: false,
    LEADER: true,
    AGENCY_ADMIN: false,
    PLATFORM_ADMIN: false,
    NONE: false,
  },
  "item.withdraw": {
    STAFF: false,
    REVIEWER: false,
    LEADER: true,
    AGENCY_ADMIN: false,
    PLATFORM_ADMIN: false,
    NONE: false,
  },
  "item.import": {
    STAFF: false,
    REVIEWER: false,
    LEADER: false,
    AGENCY_ADMIN: true,
    PLATFORM_ADMIN: true,
    NONE: false,
  },
  "attachment.upload": {
    STAFF: true,
    REVIEWER: false,
    LEADER: false,
    AGENCY_ADMIN: false,
    PLATFORM_ADMIN: false,
    NONE: false,
  },
  // 依申请公开 requests: staff register and handle, leaders approve; reviewers and the platform admin take no part.
  "request.read": {
    STAFF: true,
    REVIEWER: false,
    LEADER: true,
    AGENCY_ADMIN: true,
    PLATFORM_ADMIN: false,
    NONE: false,
  },
  "request.register": {
    STAFF: true,
    REVIEWER: false,
    LEADER: false,
    AGENCY_ADMIN: false,
    PLATFORM_ADMIN: false,
    NONE: false,
  },
  "request.handle": {
    STAFF: true,
    REVIEWER: false,
    LEADER: false,
    AGENCY_ADMIN: false,
    PLATFORM_ADMIN: false,
    NONE: false,
  },
  "request.approve": {
    STAFF: false,
    REVIEWER: false,
    LEADER: true,
    AGENCY_ADMIN: false,
    PLATFORM_ADMIN: false,
    NONE: false,
  },
  "request.templates": {
    STAFF: false,
    REVIEWER: false,
    LEADER: true,
    AGENCY_ADMIN: true,
    PLATFORM_ADMIN: false,
    NONE: false,
  },
  "token.manage": { STAFF: true, REVIEWER: true, LEADER: true, AGENCY_ADMIN: true, PLATFORM_ADMIN: true, NONE: false },
  "outbox.read": {
    STAFF: false,
    REVIEWER: false,
    LEADER: false,
    AGENCY_ADMIN: true,
    PLATFORM_ADMIN: true,
    NONE: false,
  },
  "catalogue.manage": {
    STAFF: false,
    REVIEWER: false,
    LEADER: false,
    AGENCY_ADMIN: true,
    PLATFORM_ADMIN: true,
    NONE: false,
  },
  // 年度报告: staff write, a leader approves; the platform administrator takes no part.
  "report.read": { STAFF: true, REVIEWER: true, LEADER: true, AGENCY_ADMIN: true, PLATFORM_ADMIN: false, NONE: false },
  "report.edit": {
    STAFF: true,
    REVIEWER: false,
    LEADER: false,
    AGENCY_ADMIN: false,
    PLATFORM_ADMIN: false,
    NONE: false,
  },
  "report.approve": {
    STAFF: false,
    REVIEWER: false,
    LEADER: true,
    AGENCY_ADMIN: false,
    PLATFORM_ADMIN: false,
    NONE: false,
  },
  "complaint.read": {
    STAFF: true,
    REVIEWER: false,
    LEADER: true,
    AGENCY_ADMIN: true,
    PLATFORM_ADMIN: false,
    NONE: false,
  },
  "complaint.record": {
    STAFF: true,
    REVIEWER: false,
    LEADER: false,
    AGENCY_ADMIN: false,
    PLATFORM_ADMIN: false,
    NONE: false,
  },
  "dashboard.read": {
    STAFF: true,
    REVIEWER: true,
    LEADER: true,
    AGENCY_ADMIN: true,
    PLATFORM_ADMIN: true,
    NONE: false,
  },
};

const ACTIONS = Object.keys(EXPECTED) as Action[];
const ROLE_NAMES: RoleName[] = ["STAFF", "REVIEWER", "LEADER", "AGENCY_ADMIN"];

function holder(h: Holder, agencyId = A): Principal {
  if (h === "PLATFORM_ADMIN") return { id: "p", isPlatformAdmin: true, memberships: [] };
  if (h === "NONE") return { id: "n", isPlatformAdmin: false, memberships: [] };
  return { id: h, isPlatformAdmin: false, memberships: [{ agencyId, role: h }] };
}

describe("the permission table", () => {
  it("has exactly the actions of the expected matrix", () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual([...ACTIONS].sort());
  });

  const cases = ACTIONS.flatMap((action) =>
    (Object.keys(EXPECTED[action]) as Holder[]).map((h) => ({ action, h, expected: EXPECTED[action][h] })),
  );
  it.each(cases)("$action by $h in their own agency → $expected", ({ action, h, expected }) => {
    expect(can(holder(h), action, A)).toBe(expected);
  });

  it.each(ACTIONS)("%s: a role held in agency A grants nothing in agency B", (action) => {
    for (const role of ROLE_NAMES) expect(can(holder(role, A), action, B)).toBe(false);
    // Even every role at once in A.
    const everything: Principal = {
      id: "x",
      isPlatformAdmin: false,
      memberships: ROLE_NAMES.map((role) => ({ agencyId: A, role })),
    };
    expect(can(everything, action, B)).toBe(false);
  });

  it.each(ACTIONS)("%s: the platform administrator's answer is the same in any agency", (action) => {
    expect(can(holder("PLATFORM_ADMIN"), action, B)).toBe(EXPECTED[action].PLATFORM_ADMIN);
  });

  it("the platform administrator holding a role in an agency gets that role's rights there only", () => {
    const user: Principal = { id: "pa", isPlatformAdmin: true, memberships: [{ agencyId: A, role: "STAFF" }] };
    expect(can(user, "item.draft", A)).toBe(true);
    expect(can(user, "item.draft", B)).toBe(false);
  });

  it("the four steps of 主动公开 belong to four different roles (保密审查 and 领导审定 are not the drafter's)", () => {
    expect(can(holder("STAFF"), "item.review", A)).toBe(false);
    expect(can(holder("STAFF"), "item.approve", A)).toBe(false);
    expect(can(holder("REVIEWER"), "item.approve", A)).toBe(false);
    expect(can(holder("AGENCY_ADMIN"), "item.approve", A)).toBe(false);
  });

  it.each(ACTIONS)("%s: no user and no agency are refused", (action) => {
    expect(can(null, action, A)).toBe(false);
    expect(can(undefined, action, A)).toBe(false);
    for (const role of ROLE_NAMES) expect(can(holder(role), action, null)).toBe(false);
  });

  it("only the platform administrator acts without an agency (platform-level actions)", () => {
    expect(can(holder("PLATFORM_ADMIN"), "agency.create", null)).toBe(true);
    expect(can(holder("AGENCY_ADMIN"), "agency.create", null)).toBe(false);
  });

  it("refuses an action that is not in the table", () => {
    expect(can(holder("PLATFORM_ADMIN"), "item.delete" as Action, A)).toBe(false);
    expect(can(holder("AGENCY_ADMIN"), "item.delete" as Action, A)).toBe(false);
  });

  it("a user with roles in two agencies gets each agency's rights only there", () => {
    const user: Principal = {
      id: "u",
      isPlatformAdmin: false,
      memberships: [
        { agencyId: A, role: "AGENCY_ADMIN" },
        { agencyId: B, role: "STAFF" },
      ],
    };
    expect(can(user, "user.create", A)).toBe(true);
    expect(can(user, "user.create", B)).toBe(false);
    expect(can(user, "dashboard.read", B)).toBe(true);
  });
});

describe("requirePermission", () => {
  it("answers UNAUTHENTICATED without a user and FORBIDDEN without the right", () => {
    expect(() => requirePermission(null, "agency.read", A)).toThrowError(
      expect.objectContaining({ code: "UNAUTHENTICATED" }),
    );
    expect(() => requirePermission(holder("STAFF"), "user.create", A)).toThrowError(AppError);
    expect(() => requirePermission(holder("STAFF"), "user.create", A)).toThrowError(
      expect.objectContaining({ code: "FORBIDDEN" }),
    );
    expect(() => requirePermission(holder("AGENCY_ADMIN"), "user.create", A)).not.toThrow();
  });
});

describe("canAnywhere", () => {
  it("is true when the role allows the action in some agency", () => {
    expect(canAnywhere(holder("LEADER"), "audit.read")).toBe(true);
    expect(canAnywhere(holder("STAFF"), "audit.read")).toBe(false);
    expect(canAnywhere(holder("NONE"), "dashboard.read")).toBe(false);
    expect(canAnywhere(holder("PLATFORM_ADMIN"), "agency.create")).toBe(true);
    expect(canAnywhere(null, "dashboard.read")).toBe(false);
  });
});

describe("agencyScope and agencyWhere", () => {
  const multi: Principal = {
    id: "m",
    isPlatformAdmin: false,
    memberships: [
      { agencyId: A, role: "LEADER" },
      { agencyId: A, role: "AGENCY_ADMIN" },
      { agencyId: B, role: "STAFF" },
    ],
  };

  it("lists each agency where the action is allowed, once", () => {
    expect(agencyScope(multi, "audit.read")).toEqual([A]);
    expect([...(agencyScope(multi, "dashboard.read") as string[])].sort()).toEqual([A, B].sort());
    expect(agencyScope(multi, "agency.create")).toEqual([]);
  });

  it("is everything for the platform administrator", () => {
    expect(agencyScope(holder("PLATFORM_ADMIN"), "audit.read")).toBe("all");
    expect(agencyWhere(holder("PLATFORM_ADMIN"), "audit.read")).toEqual({});
  });

  it("is not everything for the platform administrator where the table excludes them", () => {
    expect(agencyScope(holder("PLATFORM_ADMIN"), "item.read")).toEqual([]);
    expect(agencyWhere(holder("PLATFORM_ADMIN"), "item.draft")).toEqual({ agencyId: { in: [] } });
  });

  it("is an empty list (matching nothing) without memberships", () => {
    expect(agencyScope(holder("NONE"), "agency.read")).toEqual([]);
    expect(agencyWhere(holder("NONE"), "agency.read")).toEqual({ agencyId: { in: [] } });
  });

  it("filters the agencyId column by the agencies in scope", () => {
    expect(agencyWhere(multi, "user.read")).toEqual({ agencyId: { in: [A] } });
    expect(agencyWhere(holder("STAFF", B), "audit.read")).toEqual({ agencyId: { in: [] } });
  });
});
