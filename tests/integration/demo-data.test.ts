// The demo data tells the seed report's story: 三元区商务局 has published 27 items since 2008, 15 of them
// in 2017 (机构职能类 8, 政策、规范性文件类 1, 安全生产、应急管理类 6), all on 政府网站, none in 政府公报 —
// loaded through the historical import, and loaded once only.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemoData } from "@/lib/demo/seed-demo-data";
import { DEMO_COMMERCE_CATALOGUE } from "@/lib/demo/demo-catalogue";
import { toDbDate } from "@/lib/calendar/calendar-date";
import { publicItemWhere } from "@/lib/items/visibility";
import { DEMO, seedDemo, userIdOf, type DemoAgencyIds } from "../support/principals";

let agencies: DemoAgencyIds;

beforeEach(async () => {
  expect(await seedDemoData(db)).toEqual({ created: true });
  agencies = await seedDemo();
});

const in2017 = { gte: toDbDate("2017-01-01"), lte: toDbDate("2017-12-31") };

describe("三元区商务局's demo history (seed report, 2017)", () => {
  it("has 27 public items, 15 of them published in 2017", async () => {
    const commerce = { ...publicItemWhere, agencyId: agencies.commerce };
    expect(await db.item.count({ where: commerce })).toBe(27);
    expect(await db.item.count({ where: { ...commerce, publishedOn: in2017 } })).toBe(15);
    // 自《条例》实施以来: nothing before May 2008.
    expect(await db.item.count({ where: { ...commerce, publishedOn: { lt: toDbDate("2008-05-01") } } })).toBe(0);
    expect(await db.item.count({ where: { agencyId: { not: agencies.commerce } } })).toBe(0);
  });

  it("splits 2017 into 机构职能类 8, 政策、规范性文件类 1, 安全生产、应急管理类 6", async () => {
    const items = await db.item.findMany({
      where: { ...publicItemWhere, agencyId: agencies.commerce, publishedOn: in2017 },
      select: { liveRevision: { select: { catalogueCategory: { select: { name: true } } } } },
    });
    const counts: Record<string, number> = {};
    for (const item of items) {
      const name = item.liveRevision?.catalogueCategory?.name ?? "（无）";
      counts[name] = (counts[name] ?? 0) + 1;
    }
    expect(counts).toEqual({ 机构职能类: 8, "政策、规范性文件类": 1, "安全生产、应急管理类": 6 });
  });

  it("is all on 政府网站 and none in 政府公报 (附表: 政府网站公开数 15/27, 政府公报公开数 0/0)", async () => {
    const commerce = { ...publicItemWhere, agencyId: agencies.commerce };
    const onChannel = (channel: "WEBSITE" | "GAZETTE", extra = {}) =>
      db.item.count({
        where: {
          ...commerce,
          ...extra,
          liveRevision: { is: { ...publicItemWhere.liveRevision.is, channels: { has: channel } } },
        },
      });
    expect(await onChannel("WEBSITE")).toBe(27);
    expect(await onChannel("WEBSITE", { publishedOn: in2017 })).toBe(15);
    expect(await onChannel("GAZETTE")).toBe(0);
  });

  it("was imported by the agency admin in one batch, with the catalogue tree and reserved 索引号 serials", async () => {
    const events = await db.auditEvent.findMany({ where: { type: "item.imported", agencyId: agencies.commerce } });
    expect(events).toHaveLength(27);
    expect(new Set(events.map((e) => (e.payload as { batch: string }).batch)).size).toBe(1);
    const adminId = await userIdOf(DEMO.commerceAdmin);
    expect(events.every((e) => e.actorId === adminId)).toBe(true);
    expect(await db.item.count({ where: { agencyId: agencies.commerce, origin: "IMPORT", state: "PUBLISHED" } })).toBe(
      27,
    );

    const topLevel = await db.catalogueCategory.findMany({
      where: { agencyId: agencies.commerce, parentId: null },
      orderBy: { sortOrder: "asc" },
    });
    expect(topLevel.map((c) => c.name)).toEqual(DEMO_COMMERCE_CATALOGUE.map((c) => c.name));
    expect(topLevel.map((c) => c.name)).toEqual(
      expect.arrayContaining(["机构职能类", "政策、规范性文件类", "安全生产、应急管理类"]),
    );

    const serial2017 = await db.indexSerial.findUnique({
      where: { agencyId_year: { agencyId: agencies.commerce, year: 2017 } },
    });
    expect(serial2017?.last).toBe(15);
    // Every item has a distinct 索引号 of the bureau.
    const numbers = (
      await db.item.findMany({ where: { agencyId: agencies.commerce }, select: { indexNumber: true } })
    ).map((i) => i.indexNumber);
    expect(new Set(numbers).size).toBe(27);
    expect(numbers.every((n) => n?.startsWith("350403001/"))).toBe(true);
  });

  it("is loaded once: seeding again changes nothing", async () => {
    const state = async () => ({
      agencies: await db.agency.count(),
      users: await db.user.count(),
      categories: await db.catalogueCategory.count(),
      items: await db.item.count(),
      revisions: await db.itemRevision.count(),
      audit: await db.auditEvent.count(),
      serials: await db.indexSerial.findMany({ orderBy: { year: "asc" } }),
    });
    const before = await state();
    expect(await seedDemoData(db)).toEqual({ created: false });
    expect(await state()).toEqual(before);
  });
});
