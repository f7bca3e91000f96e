// The audit log (审计日志): append-only in the database, typed payloads, written in the same transaction
// as the change it records, and read only within the agencies where the reader may read it.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { AUDIT_PAGE_SIZE, listAuditEvents, parseAuditFilter } from "@/lib/audit/queries";
import type { AuditEventType } from "@/lib/audit/events";
import { DEMO, principalFor, seedDemo, userIdOf, type DemoAgencyIds } from "../support/principals";

let agencies: DemoAgencyIds;
beforeEach(async () => {
  agencies = await seedDemo();
});

/** Writes one event through recordAudit, as a use case would. */
async function audit(type: AuditEventType, agencyId: string | null, payload: unknown = {}, actorLabel = "测试") {
  await db.$transaction((tx) =>
    recordAudit(tx, {
      type,
      actor: { id: null, label: actorLabel },
      agencyId,
      entity: { type: "user", id: "u-1" },
      payload: payload as never,
    }),
  );
}

describe("the audit_event table", () => {
  it("refuses UPDATE, DELETE and TRUNCATE, even in raw SQL by its owner", async () => {
    await audit("user.deactivated", agencies.commerce);
    await expect(db.$executeRawUnsafe(`UPDATE audit_event SET actor_label = 'someone else'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(db.$executeRawUnsafe(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`TRUNCATE audit_event CASCADE`)).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.updateMany({ data: { type: "user.reactivated" } })).rejects.toThrow();
    await expect(db.auditEvent.deleteMany()).rejects.toThrow();
    const rows = await db.auditEvent.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ type: "user.deactivated", actorLabel: "测试" });
  });
});

describe("recordAudit", () => {
  it("stores the event with actor, agency, entity and payload", async () => {
    const actorId = await userIdOf(DEMO.commerceAdmin);
    await db.$transaction((tx) =>
      recordAudit(tx, {
        type: "user.role_granted",
        actor: { id: actorId, label: "张管理", clientIp: "10.0.0.7" },
        agencyId: agencies.commerce,
        entity: { type: "user", id: "abc" },
        payload: { role: "LEADER" },
      }),
    );
    expect(await db.auditEvent.findFirstOrThrow()).toMatchObject({
      type: "user.role_granted",
      actorId,
      actorLabel: "张管理",
      clientIp: "10.0.0.7",
      agencyId: agencies.commerce,
      entityType: "user",
      entityId: "abc",
      payload: { role: "LEADER" },
    });
  });

  it("rejects a payload that does not match its type's schema, and writes nothing", async () => {
    await expect(audit("user.role_granted", agencies.commerce, { role: "BOSS" })).rejects.toThrow();
    await expect(audit("user.role_granted", agencies.commerce, {})).rejects.toThrow();
    await expect(audit("auth.throttled", null, { scope: "account", minutes: 1.5 })).rejects.toThrow();
    await expect(audit("agency.created", agencies.commerce, { code: "1", name: "x" })).rejects.toThrow();
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("keeps only the fields of the schema in the payload", async () => {
    await audit("user.role_revoked", agencies.commerce, { role: "STAFF", password: "secret-1" });
    expect((await db.auditEvent.findFirstOrThrow()).payload).toEqual({ role: "STAFF" });
  });

  it("rolls back with the transaction of the change it describes", async () => {
    const id = await userIdOf(DEMO.commerceStaff);
    await expect(
      db.$transaction(async (tx) => {
        await tx.user.update({ where: { id }, data: { active: false } });
        await recordAudit(tx, {
          type: "user.deactivated",
          actor: { id: null, label: "系统" },
          agencyId: agencies.commerce,
          entity: { type: "user", id },
          payload: {},
        });
        throw new Error("the change failed after its audit row was written");
      }),
    ).rejects.toThrow(/change failed/);
    expect(await db.auditEvent.count()).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id } })).active).toBe(true);
  });

  it("an invalid audit payload rolls back the change too", async () => {
    const id = await userIdOf(DEMO.commerceStaff);
    await expect(
      db.$transaction(async (tx) => {
        await tx.user.update({ where: { id }, data: { name: "改过的名字" } });
        await recordAudit(tx, {
          type: "user.updated",
          actor: { id: null, label: "系统" },
          agencyId: agencies.commerce,
          entity: { type: "user", id },
          payload: { changes: "everything" } as never,
        });
      }),
    ).rejects.toThrow();
    expect((await db.user.findUniqueOrThrow({ where: { id } })).name).toBe("林经办");
    expect(await db.auditEvent.count()).toBe(0);
  });
});

describe("listAuditEvents", () => {
  beforeEach(async () => {
    await audit("user.created", agencies.commerce, { email: "a@x.cn", name: "商务", roles: [] }, "张管理");
    await audit("user.deactivated", agencies.commerce);
    await audit("user.created", agencies.finance, { email: "b@x.cn", name: "财政", roles: [] }, "赵管理");
    await audit("auth.signed_in", null);
  });

  const typesSeenBy = async (email: string, filter: Record<string, string> = {}) =>
    (await listAuditEvents(await principalFor(email), parseAuditFilter(filter))).rows.map(
      (r) => `${r.type}@${r.agency?.shortName ?? "platform"}`,
    );

  it("a 商务局 leader sees 商务局's events only, newest first: not 财政局's, not platform-level ones", async () => {
    expect(await typesSeenBy(DEMO.commerceLeader)).toEqual([
      "user.deactivated@三元区商务局",
      "user.created@三元区商务局",
    ]);
  });

  it("asking for another agency's events gives nothing", async () => {
    expect(await typesSeenBy(DEMO.commerceLeader, { agencyId: agencies.finance })).toEqual([]);
  });

  it("the 商务局 administrator and the 财政局 administrator each see their own", async () => {
    expect(await typesSeenBy(DEMO.commerceAdmin)).toHaveLength(2);
    expect(await typesSeenBy(DEMO.financeAdmin)).toEqual(["user.created@三元区财政局"]);
  });

  it("staff and reviewers see nothing; a district leader does not see the departments' events", async () => {
    expect(await typesSeenBy(DEMO.commerceStaff)).toEqual([]);
    expect(await typesSeenBy(DEMO.commerceReviewer)).toEqual([]);
    expect(await typesSeenBy(DEMO.governmentLeader)).toEqual([]);
  });

  it("the platform administrator sees everything, including platform-level events", async () => {
    expect(await typesSeenBy(DEMO.platformAdmin)).toEqual([
      "auth.signed_in@platform",
      "user.created@三元区财政局",
      "user.deactivated@三元区商务局",
      "user.created@三元区商务局",
    ]);
  });

  it("filters by type, agency and actor", async () => {
    expect(await typesSeenBy(DEMO.platformAdmin, { type: "user.created" })).toEqual([
      "user.created@三元区财政局",
      "user.created@三元区商务局",
    ]);
    expect(await typesSeenBy(DEMO.platformAdmin, { type: "user.created", agencyId: agencies.commerce })).toEqual([
      "user.created@三元区商务局",
    ]);
    expect(await typesSeenBy(DEMO.platformAdmin, { actor: "赵" })).toEqual(["user.created@三元区财政局"]);
    expect(await typesSeenBy(DEMO.commerceLeader, { type: "user.created" })).toEqual(["user.created@三元区商务局"]);
  });

  it("ignores invalid filter values instead of failing", async () => {
    expect(parseAuditFilter({ type: "no.such_type", agencyId: "x", before: "12abc", from: "2026-13-45" })).toEqual({});
    expect(await typesSeenBy(DEMO.commerceLeader, { type: "no.such_type" })).toHaveLength(2);
  });

  it("filters dates by the day in China Standard Time", async () => {
    // 2026-11-28 00:30 in Beijing is still 2026-11-27 in UTC.
    await db.auditEvent.create({
      data: {
        type: "user.reactivated",
        actorLabel: "x",
        agencyId: agencies.commerce,
        entityType: "user",
        entityId: "u",
        at: new Date("2026-11-27T16:30:00Z"),
      },
    });
    await db.auditEvent.create({
      data: {
        type: "user.reactivated",
        actorLabel: "x",
        agencyId: agencies.commerce,
        entityType: "user",
        entityId: "u",
        at: new Date("2026-11-27T15:30:00Z"),
      },
    });
    const on28 = await listAuditEvents(
      await principalFor(DEMO.commerceLeader),
      parseAuditFilter({ type: "user.reactivated", from: "2026-11-28", to: "2026-11-28" }),
    );
    expect(on28.rows.map((r) => r.at.toISOString())).toEqual(["2026-11-27T16:30:00.000Z"]);
    const on27 = await listAuditEvents(
      await principalFor(DEMO.commerceLeader),
      parseAuditFilter({ type: "user.reactivated", from: "2026-11-27", to: "2026-11-27" }),
    );
    expect(on27.rows.map((r) => r.at.toISOString())).toEqual(["2026-11-27T15:30:00.000Z"]);
  });

  it("pages by keyset: every event exactly once, newest first, and no next page at the end", async () => {
    const count = AUDIT_PAGE_SIZE * 2 + 7;
    await db.auditEvent.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        type: "user.updated",
        actorLabel: `第${i}`,
        agencyId: agencies.commerce,
        entityType: "user",
        entityId: String(i),
        payload: { changes: {} },
      })),
    });
    // And some in the other agency, interleaved: they must not leak into the pages.
    await audit("user.deactivated", agencies.finance);
    const leader = await principalFor(DEMO.commerceLeader);
    const seen: bigint[] = [];
    const sizes: number[] = [];
    let before: string | undefined;
    for (let guard = 0; guard < 10; guard++) {
      const page = await listAuditEvents(
        leader,
        parseAuditFilter({ type: "user.updated", ...(before ? { before } : {}) }),
      );
      sizes.push(page.rows.length);
      seen.push(...page.rows.map((r) => r.id));
      if (!page.nextBefore) break;
      expect(page.nextBefore).toBe(page.rows[page.rows.length - 1].id.toString());
      before = page.nextBefore;
    }
    expect(sizes).toEqual([AUDIT_PAGE_SIZE, AUDIT_PAGE_SIZE, 7]);
    expect(new Set(seen).size).toBe(count);
    expect([...seen].sort((a, b) => (a < b ? 1 : -1))).toEqual(seen);
  });

  it("exactly one full page has no next page", async () => {
    await db.auditEvent.createMany({
      data: Array.from({ length: AUDIT_PAGE_SIZE - 2 }, (_, i) => ({
        type: "user.deactivated",
        actorLabel: "x",
        agencyId: agencies.commerce,
        entityType: "user",
        entityId: String(i),
      })),
    });
    const page = await listAuditEvents(await principalFor(DEMO.commerceLeader), parseAuditFilter({}));
    expect(page.rows).toHaveLength(AUDIT_PAGE_SIZE);
    expect(page.nextBefore).toBeNull();
  });
});
