// The public catalogue: only public items, filters that combine, and keyset pages that neither skip nor
// repeat an item — on 三元区商务局's demo history (27 items since 2008).
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemoData, DEMO_COMMERCE_CODE } from "@/lib/demo/seed-demo-data";
import { publicItemSql, publicItemWhere } from "@/lib/items/visibility";
import { withdrawItem } from "@/lib/items/withdraw-item";
import {
  catalogueFacets,
  listCatalogueItems,
  parseCatalogueFilter,
  type CatalogueFilter,
} from "@/lib/portal/catalogue";
import { findPublicAgencyByCode } from "@/lib/portal/agencies";
import { clearPublicCache } from "@/lib/portal/public-cache";
import { DEMO, principalFor } from "../support/principals";
import { itemAt } from "../support/items";

let commerceId: string;

beforeEach(async () => {
  await seedDemoData(db);
  commerceId = (await findPublicAgencyByCode(DEMO_COMMERCE_CODE))!.id;
});

async function allPages(filter: CatalogueFilter) {
  const ids: string[] = [];
  let after: string | undefined;
  for (let page = 0; page < 10; page++) {
    const { rows, next } = await listCatalogueItems(commerceId, { ...filter, after });
    ids.push(...rows.map((r) => r.id));
    if (!next) break;
    after = next;
  }
  return ids;
}

describe("the public catalogue", () => {
  it("pages through all 27 items newest first without gaps or repeats", async () => {
    const ids = await allPages({});
    expect(ids).toHaveLength(27);
    expect(new Set(ids).size).toBe(27);
    const dates = await db.item.findMany({ where: { id: { in: ids } }, select: { id: true, publishedAt: true } });
    const order = ids.map((id) => dates.find((d) => d.id === id)!.publishedAt!.getTime());
    expect([...order].sort((a, b) => b - a)).toEqual(order);
  });

  it("combines filters: 2017 and 安全生产、应急管理类 gives the seed report's 6", async () => {
    const facets = await catalogueFacets(commerceId);
    const safety = facets.categories.find((c) => c.name.includes("安全生产"))!;
    expect(await allPages({ year: 2017 })).toHaveLength(15);
    expect(await allPages({ year: 2017, category: safety.id })).toHaveLength(6);
    expect(facets.years.find((y) => y.year === 2017)?.count).toBe(15);
    // Every public item counts once in each dimension of the browse panel.
    const sum = (pairs: [string, number][]) => pairs.reduce((n, [, c]) => n + c, 0);
    expect(sum(facets.subjects)).toBe(27);
    expect(sum(facets.genres)).toBe(27);
    expect(facets.years.reduce((n, y) => n + y.count, 0)).toBe(27);
    expect(facets.years.map((y) => y.year)).toEqual([...facets.years.map((y) => y.year)].sort((a, b) => b - a));
  });

  it("drops unknown filter values instead of failing", () => {
    expect(parseCatalogueFilter({ year: "abc", genre: "SCRIPT", subject: "99", category: "x", after: "!!" })).toEqual(
      {},
    );
    expect(parseCatalogueFilter({ year: "2017", genre: "NOTICE", subject: "09" })).toEqual({
      year: 2017,
      genre: "NOTICE",
      subject: "09",
    });
  });

  it("never lists drafts, withheld or withdrawn items, and the SQL form of the policy agrees", async () => {
    const [staff, reviewer, leader] = await Promise.all(
      [DEMO.commerceStaff, DEMO.commerceReviewer, DEMO.commerceLeader].map(principalFor),
    );
    const people = { drafter: staff, reviewer, leader };
    await itemAt("DRAFT", people, commerceId, { title: "草稿不公开" });
    await itemAt("PUBLISHED", people, commerceId, {
      title: "不予公开",
      disclosure: "WITHHELD",
      withholdGround: "PROCESS_INFO",
      withholdReason: "过程稿",
    });
    const withdrawn = await itemAt("PUBLISHED", people, commerceId, { title: "已撤回" });
    await withdrawItem({ actor: leader, itemId: withdrawn.id, input: { reason: "错误" } });
    const listed = await allPages({});
    expect(listed).toHaveLength(27);
    const viaPrisma = (await db.item.findMany({ where: publicItemWhere, select: { id: true } }))
      .map((r) => r.id)
      .sort();
    const viaSql = (
      await db.$queryRaw<{ id: string }[]>`
      SELECT i.id FROM item i JOIN item_revision r ON r.id = i.live_revision_id JOIN agency a ON a.id = i.agency_id WHERE ${publicItemSql}`
    )
      .map((r) => r.id)
      .sort();
    expect(viaSql).toEqual(viaPrisma);
    expect(viaPrisma).toHaveLength(27);
  });

  it("never shows an item through a stale index row, repairs the row, and pages on past it", async () => {
    const [staff, reviewer, leader] = await Promise.all(
      [DEMO.commerceStaff, DEMO.commerceReviewer, DEMO.commerceLeader].map(principalFor),
    );
    const withheld = await itemAt("PUBLISHED", { drafter: staff, reviewer, leader }, commerceId, {
      title: "不予公开的旧索引",
      disclosure: "WITHHELD",
      withholdGround: "PROCESS_INFO",
      withholdReason: "过程稿",
    });
    const item = await db.item.findUniqueOrThrow({ where: { id: withheld.id }, select: { liveRevisionId: true } });
    // As if a trigger had been missed: an index row for the withheld item, newer than every public one.
    await db.$executeRaw`INSERT INTO search_document (item_id, revision_id, agency_id, subject_category, genre, validity, year, published_at, title_terms, meta_terms, all_terms)
      VALUES (${withheld.id}::uuid, ${item.liveRevisionId}::uuid, ${commerceId}::uuid, '09', 'NOTICE', 'VALID', 2026, now(), ''::tsvector, ''::tsvector, ''::tsvector)`;
    clearPublicCache();
    const first = await listCatalogueItems(commerceId, {});
    expect(first.rows.map((r) => r.id)).not.toContain(withheld.id);
    expect(first.rows).toHaveLength(19);
    expect(await db.searchDocument.count({ where: { itemId: withheld.id } })).toBe(0);
    const ids = [...first.rows.map((r) => r.id)];
    for (let after = first.next; after; ) {
      const page = await listCatalogueItems(commerceId, { after });
      ids.push(...page.rows.map((r) => r.id));
      after = page.next;
    }
    expect(new Set(ids).size).toBe(27);
  });

  it("counts in the browse panel exactly what each filtered list shows, never drafts, withheld or withdrawn items", async () => {
    const [staff, reviewer, leader] = await Promise.all(
      [DEMO.commerceStaff, DEMO.commerceReviewer, DEMO.commerceLeader].map(principalFor),
    );
    const people = { drafter: staff, reviewer, leader };
    const categoryId = (
      await db.catalogueCategory.findFirstOrThrow({ where: { agencyId: commerceId, parentId: { not: null } } })
    ).id;
    const hidden = { catalogueCategoryId: categoryId, subjectCategory: "09", genre: "NOTICE" as const };
    await itemAt("DRAFT", people, commerceId, { title: "草稿不计数", ...hidden });
    await itemAt("PUBLISHED", people, commerceId, {
      title: "不予公开不计数",
      disclosure: "WITHHELD",
      withholdGround: "PROCESS_INFO",
      withholdReason: "过程稿",
      ...hidden,
    });
    const withdrawn = await itemAt("PUBLISHED", people, commerceId, { title: "已撤回不计数", ...hidden });
    await withdrawItem({ actor: leader, itemId: withdrawn.id, input: { reason: "错误" } });
    const published = await itemAt("PUBLISHED", people, commerceId, { title: "新发布计数", ...hidden });
    const facets = await catalogueFacets(commerceId);
    const year = facets.years[0].year;
    expect(await allPages({})).toContain(published.id);
    for (const [subject, count] of facets.subjects)
      expect(await allPages({ subject }), `主题分类 ${subject}`).toHaveLength(count);
    for (const [genre, count] of facets.genres) expect(await allPages({ genre }), `体裁 ${genre}`).toHaveLength(count);
    for (const { year, count } of facets.years) expect(await allPages({ year }), `年份 ${year}`).toHaveLength(count);
    for (const top of facets.categories) {
      expect(await allPages({ category: top.id }), top.name).toHaveLength(top.count);
      for (const child of top.children)
        expect(await allPages({ category: child.id }), child.name).toHaveLength(child.count);
    }
    expect(facets.years.reduce((n, y) => n + y.count, 0)).toBe(28);
    expect(year).toBeGreaterThanOrEqual(2026);
  });
});
