// The portal's read cache never serves what a change replaced: the generation of the agency (and of the
// whole portal) moves in the same transaction as a publication, withdrawal, validity change, catalogue
// or agency change — so every app instance sees the change at once.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { createCategory } from "@/lib/catalogue/manage-categories";
import { listLatestPublicItems } from "@/lib/items/public-queries";
import { decideValidityChange, proposeValidityChange } from "@/lib/items/validity-change";
import { withdrawItem } from "@/lib/items/withdraw-item";
import { catalogueFacets, listCatalogueItems } from "@/lib/portal/catalogue";
import { clearPublicCache, WHOLE_PORTAL } from "@/lib/portal/public-cache";
import { DEMO, principalFor, seedDemo, type DemoAgencyIds } from "../support/principals";
import { itemAt } from "../support/items";

let agencies: DemoAgencyIds;
let staff: CurrentUser, reviewer: CurrentUser, leader: CurrentUser, admin: CurrentUser;

beforeEach(async () => {
  clearPublicCache();
  agencies = await seedDemo();
  [staff, reviewer, leader, admin] = await Promise.all(
    [DEMO.commerceStaff, DEMO.commerceReviewer, DEMO.commerceLeader, DEMO.commerceAdmin].map(principalFor),
  );
});

const generation = async (scope: string) =>
  (await db.publicGeneration.findUnique({ where: { scope } }))?.generation ?? null;
const titles = async () => (await listCatalogueItems(agencies.commerce, {})).rows.map((r) => r.liveRevision?.title);

describe("the portal's read cache", () => {
  it("shows a publication and a withdrawal at once", async () => {
    const people = { drafter: staff, reviewer, leader };
    const item = await itemAt("PUBLISHED", people, agencies.commerce, { title: "缓存测试：已发布" });
    expect(await titles()).toContain("缓存测试：已发布");
    expect(await titles()).toContain("缓存测试：已发布"); // served from the cache

    const before = await generation(agencies.commerce);
    await withdrawItem({ actor: leader, itemId: item.id, input: { reason: "有误" } });
    expect(await generation(agencies.commerce)).not.toBe(before);
    expect(await titles()).not.toContain("缓存测试：已发布");
    expect((await listLatestPublicItems()).map((i) => i.id)).not.toContain(item.id);
  });

  it("moves with validity changes and the catalogue tree, and only for the agency concerned", async () => {
    const item = await itemAt("PUBLISHED", { drafter: staff, reviewer, leader }, agencies.commerce);
    await listCatalogueItems(agencies.commerce, {});
    const finance = await generation(agencies.finance);
    const commerce = await generation(agencies.commerce);
    await proposeValidityChange({
      actor: staff,
      itemId: item.id,
      input: { validity: "REPEALED", effectiveOn: "2026-11-01", reason: "已替代" },
    });
    // A proposal is not public yet: nothing moves.
    expect(await generation(agencies.commerce)).toBe(commerce);
    await decideValidityChange({ actor: leader, itemId: item.id, approve: true });
    expect(await generation(agencies.commerce)).not.toBe(commerce);
    expect(await generation(agencies.finance)).toBe(finance);
    expect((await listCatalogueItems(agencies.commerce, {})).rows.find((r) => r.id === item.id)?.validity).toBe(
      "REPEALED",
    );

    await catalogueFacets(agencies.commerce);
    await createCategory({ actor: admin, agencyId: agencies.commerce, input: { name: "缓存新分类" } });
    expect((await catalogueFacets(agencies.commerce)).categories.map((c) => c.name)).toContain("缓存新分类");
  });

  it("keeps a whole-portal generation for cross-agency pages", async () => {
    const whole = await generation(WHOLE_PORTAL);
    await itemAt("PUBLISHED", { drafter: staff, reviewer, leader }, agencies.commerce, { title: "全站最新" });
    expect(await generation(WHOLE_PORTAL)).not.toBe(whole);
    expect((await listLatestPublicItems()).map((i) => i.liveRevision?.title)).toContain("全站最新");
  });
});
