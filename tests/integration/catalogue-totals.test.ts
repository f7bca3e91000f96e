// 共 N 条，第 k 页 / 共 M 页 in the agency catalogue: the total is what one can page through with the same
// filter, through the same visibility policy (a withheld item, even with a stale index row, never counts);
// the page number only travels with a cursor and never selects rows.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemoData, DEMO_COMMERCE_CODE } from "@/lib/demo/seed-demo-data";
import {
  CATALOGUE_PAGE_SIZE,
  cataloguePageNumbers,
  catalogueFacets,
  countCatalogueItems,
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
  for (let page = 0; page < 20; page++) {
    const { rows, next } = await listCatalogueItems(commerceId, { ...filter, after });
    ids.push(...rows.map((r) => r.id));
    if (!next) break;
    after = next;
  }
  return ids;
}

describe("catalogue totals", () => {
  it("counts exactly the rows one can page through, for each filter", async () => {
    expect(await countCatalogueItems(commerceId, {})).toBe((await allPages({})).length);
    const facets = await catalogueFacets(commerceId);
    const filters: CatalogueFilter[] = [
      { year: 2017 },
      { genre: facets.genres[0][0] },
      { subject: facets.subjects[0][0] },
      { category: facets.categories[0].id },
      { year: 2017, category: facets.categories.find((c) => c.name.includes("安全生产"))!.id },
    ];
    for (const filter of filters)
      expect(await countCatalogueItems(commerceId, filter), JSON.stringify(filter)).toBe(
        (await allPages(filter)).length,
      );
    // The cursor and page number do not change the total.
    const first = await listCatalogueItems(commerceId, {});
    expect(await countCatalogueItems(commerceId, { after: first.next!, page: 2 })).toBe(27);
  });

  it("never counts a withheld, draft or withdrawn item, even through a stale index row", async () => {
    const [staff, reviewer, leader] = await Promise.all(
      [DEMO.commerceStaff, DEMO.commerceReviewer, DEMO.commerceLeader].map(principalFor),
    );
    const people = { drafter: staff, reviewer, leader };
    await itemAt("DRAFT", people, commerceId, { title: "草稿不计数" });
    const withheld = await itemAt("PUBLISHED", people, commerceId, {
      title: "不予公开不计数",
      disclosure: "WITHHELD",
      withholdGround: "PROCESS_INFO",
      withholdReason: "过程稿",
    });
    const item = await db.item.findUniqueOrThrow({ where: { id: withheld.id }, select: { liveRevisionId: true } });
    // As if a trigger had been missed: an index row for the withheld item.
    await db.$executeRaw`INSERT INTO search_document (item_id, revision_id, agency_id, subject_category, genre, validity, year, published_at, title_terms, meta_terms, all_terms)
      VALUES (${withheld.id}::uuid, ${item.liveRevisionId}::uuid, ${commerceId}::uuid, '09', 'NOTICE', 'VALID', 2026, now(), ''::tsvector, ''::tsvector, ''::tsvector)`;
    clearPublicCache();
    expect(await countCatalogueItems(commerceId, {})).toBe(27);
    expect(await countCatalogueItems(commerceId, { genre: "NOTICE", subject: "09" })).toBe(
      (await allPages({ genre: "NOTICE", subject: "09" })).length,
    );
    // A new publication shows at once (the cache follows the agency's public side).
    await itemAt("PUBLISHED", people, commerceId, { title: "新发布计数" });
    expect(await countCatalogueItems(commerceId, {})).toBe(28);
  });

  it("takes the page number only with a cursor, as a believable number, and keeps it within the pages", async () => {
    const first = await listCatalogueItems(commerceId, {});
    const after = first.next!;
    expect(parseCatalogueFilter({ page: "3" })).toEqual({});
    expect(parseCatalogueFilter({ after, page: "2" })).toEqual({ after, page: 2 });
    for (const page of ["0", "1", "-2", "2.5", "abc", "1e9", "999999999"])
      expect(parseCatalogueFilter({ after, page }), page).toEqual({ after });
    expect(cataloguePageNumbers({}, 27)).toEqual({ page: 1, pages: 2 });
    expect(cataloguePageNumbers({ after, page: 2 }, 27)).toEqual({ page: 2, pages: 2 });
    // A tampered or outdated number is shown within what exists; it never picks the rows.
    expect(cataloguePageNumbers({ after, page: 99 }, 27)).toEqual({ page: 2, pages: 2 });
    expect(cataloguePageNumbers({ after }, 27)).toEqual({ page: 2, pages: 2 });
    expect(cataloguePageNumbers({}, 0)).toEqual({ page: 1, pages: 1 });
    expect(cataloguePageNumbers({}, CATALOGUE_PAGE_SIZE)).toEqual({ page: 1, pages: 1 });
    const tampered = await listCatalogueItems(commerceId, { after, page: 99 });
    const honest = await listCatalogueItems(commerceId, { after });
    expect(tampered.rows.map((r) => r.id)).toEqual(honest.rows.map((r) => r.id));
  });
});
