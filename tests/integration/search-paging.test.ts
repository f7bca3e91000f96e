// 全文检索 pages: whichever path a search takes (the newest-rows window, the index year by year newest
// first, the whole index), every page holds exactly the results of the ranking rule — title matches,
// then 文号/关键词, then body, newest first within each — with none lost or repeated between pages.
// With tiny windows this small corpus takes the paths that a million items take.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importItems } from "@/lib/items/import/import-items";
import { importCsv } from "@/lib/items/import/csv";
import type { ImportColumn } from "@/lib/items/import/columns";
import { searchItems, SEARCH_PAGE_SIZE, type SearchFilter, type SearchWindows } from "@/lib/search/search-items";
import { addDays, chinaToday, toDbDate, yearOf } from "@/lib/calendar/calendar-date";
import { DEMO_COMMERCE_CODE } from "@/lib/demo/seed-demo-data";
import { DEMO, principalFor, seedDemo } from "../support/principals";

type Row = Partial<Record<ImportColumn, string>>;

// 200 items back from today, whenever the test runs: 150 a week apart (this year and the two or three
// before it), then 50 a month apart (four more years). Every third has the word in its title, every
// third in its 关键词 only, the rest in the body only; every other one is a 公告, so a genre filter keeps
// about half. Each tier has more matches in the recent years than two pages hold, so deep pages are
// gathered year by year too. Imported oldest first, so the index rows are not stored in ranking order.
const WORD = "湿地";
const TODAY = chinaToday();
const CORPUS: Row[] = Array.from({ length: 200 }, (_, i) => {
  const where = i % 3;
  const publishedOn = addDays(TODAY, -(i < 150 ? 7 * i + 1 : 7 * 150 + 30 * (i - 150) + 1));
  return {
    writtenOn: publishedOn,
    publishedOn,
    subjectCategory: "08",
    channels: "政府网站",
    genre: i % 2 ? "公告" : "通知",
    title: where === 0 ? `第${i}号${WORD}保护事项` : `第${i}号生态保护事项`,
    keywords: where === 1 ? `${WORD}，生态` : "生态",
    summary: "生态保护。",
    bodyMarkdown: where === 2 ? `加强${WORD}管护。` : "加强管护。",
  };
}).reverse();

// TINY: no window at all, and every year "dense" (read in date order, or sorted by the database when that
// falls short); SHORT: windows the page is read from but that fall short of it (a third of the items
// match per tier), and years sorted here. Between them, every path a million items take.
const TINY: SearchWindows = { newest: 4, body: 2, headroom: 8, dense: 3 };
const SHORT: SearchWindows = { newest: 24, body: 22, headroom: 1, dense: 150 };

beforeEach(async () => {
  const agencies = await seedDemo();
  const actor = await principalFor(DEMO.commerceAdmin);
  // History up to today: the agency goes live tomorrow (issue 18: only history skips the review chain).
  await db.agency.update({ where: { id: agencies.commerce }, data: { goLiveOn: toDbDate(addDays(chinaToday(), 1)) } });
  await importItems({
    historical: true,
    actor,
    agencyId: agencies.commerce,
    file: { bytes: new TextEncoder().encode(importCsv(CORPUS)), fileName: "corpus.csv" },
  });
});

/** The ranking rule, computed directly from the corpus. */
async function expectedTitles(filter: { genre?: "ANNOUNCEMENT"; year?: number } = {}) {
  const items = await db.item.findMany({
    select: { publishedAt: true, id: true, liveRevision: { select: { title: true, keywords: true, genre: true } } },
  });
  return items
    .map((item) => {
      const revision = item.liveRevision!;
      const tier = revision.title.includes(WORD) ? 1 : revision.keywords.some((k) => k.includes(WORD)) ? 2 : 3;
      const year = Number(
        new Intl.DateTimeFormat("en", { timeZone: "Asia/Shanghai", year: "numeric" }).format(item.publishedAt!),
      );
      return { tier, at: item.publishedAt!.getTime(), id: item.id, title: revision.title, genre: revision.genre, year };
    })
    .filter((r) => (!filter.genre || r.genre === filter.genre) && (!filter.year || r.year === filter.year))
    .sort((a, b) => a.tier - b.tier || b.at - a.at || (a.id < b.id ? 1 : -1))
    .map((r) => r.title);
}

async function allPages(filter: SearchFilter, windows?: SearchWindows) {
  const titles: string[] = [];
  for (let page = 1; ; page++) {
    const outcome = await searchItems({ q: WORD, filter, page }, windows);
    if (outcome.kind !== "results") throw new Error(outcome.kind);
    expect(outcome.page).toBe(page);
    titles.push(...outcome.hits.map((h) => h.title.map((p) => p.text).join("")));
    if (!outcome.hasNext) return { titles, total: outcome.total };
    expect(outcome.hits).toHaveLength(SEARCH_PAGE_SIZE);
  }
}

describe("search pages", () => {
  it("holds the ranked results, page after page, whatever path the search takes", async () => {
    const expected = await expectedTitles();
    expect(expected).toHaveLength(200);
    for (const windows of [undefined, TINY, SHORT]) {
      const { titles, total } = await allPages({}, windows);
      expect(titles).toEqual(expected);
      expect(total).toBe(200);
    }
  });

  it("applies agency, genre and year filters on every path", async () => {
    const announcements = await expectedTitles({ genre: "ANNOUNCEMENT" });
    const year = yearOf(TODAY) - 1;
    const ofYear = await expectedTitles({ year });
    expect(ofYear.length).toBeGreaterThan(0);
    for (const windows of [TINY, SHORT]) {
      expect((await allPages({ genre: "ANNOUNCEMENT" }, windows)).titles).toEqual(announcements);
      expect((await allPages({ year }, windows)).titles).toEqual(ofYear);
      expect((await allPages({ agency: DEMO_COMMERCE_CODE }, windows)).titles).toEqual(await expectedTitles());
    }
  });

  it("answers a page past the end with the last page", async () => {
    const outcome = await searchItems({ q: WORD, filter: {}, page: 12 }, TINY);
    expect(outcome.kind === "results" && outcome.page).toBe(10);
    expect(outcome.kind === "results" && outcome.hits.map((h) => h.title.map((p) => p.text).join(""))).toEqual(
      (await expectedTitles()).slice(180),
    );
  });
});
