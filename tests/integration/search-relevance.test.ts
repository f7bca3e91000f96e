// 全文检索 on a small fixed corpus: expected top results for given queries (two-character queries, 文号,
// 关键词, attachment text, title before body, newest first within a tier), filters, bad input — and that
// drafts, withheld and withdrawn items never appear, even through a stale index row.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addDays, chinaToday, toDbDate } from "@/lib/calendar/calendar-date";
import { importItems } from "@/lib/items/import/import-items";
import { importCsv } from "@/lib/items/import/csv";
import type { ImportColumn } from "@/lib/items/import/columns";
import { withdrawItem } from "@/lib/items/withdraw-item";
import {
  parseSearchParams,
  searchHref,
  searchItems,
  type SearchFilter,
  type SearchOutcome,
} from "@/lib/search/search-items";
import { indexTokens, parseQuery } from "@/lib/search/tokenize";
import { highlight, highlightHtml } from "@/lib/search/highlight";
import { DEMO, principalFor, seedDemo, type DemoAgencyIds } from "../support/principals";
import { itemAt } from "../support/items";

type Row = Partial<Record<ImportColumn, string>>;
const base = { writtenOn: "2018-01-01", subjectCategory: "08", genre: "通知", channels: "政府网站" } satisfies Row;

const COMMERCE: Row[] = [
  {
    ...base,
    title: "三元区商务局关于加强冷链物流安全管理的通知",
    documentNumber: "元商务〔2020〕3号",
    publishedOn: "2020-03-01",
    catalogueCategory: "安全生产、应急管理类",
    keywords: "冷链，物流",
    summary: "部署冷链物流企业安全管理。",
    bodyMarkdown: "各冷链物流企业要落实主体责任。",
  },
  {
    ...base,
    title: "三元区商务局冷链物流发展规划（2021—2025年）",
    publishedOn: "2021-06-01",
    genre: "其他",
    catalogueCategory: "规划计划类",
    summary: "提出全区冷链物流发展目标。",
    bodyMarkdown: "到2025年，基本建成覆盖城乡的冷链物流网络。",
  },
  {
    ...base,
    title: "三元区商务局关于做好春节期间市场供应工作的通知",
    documentNumber: "元商务〔2019〕27号",
    publishedOn: "2024-01-10",
    catalogueCategory: "其他",
    summary: "保障节日供应。",
    bodyMarkdown: "各单位要加强冷链食品管理，保障市场供应。",
  },
  {
    ...base,
    title: "三元区商务局关于电子商务进农村综合示范的实施意见",
    documentNumber: "元商务〔2019〕2号",
    publishedOn: "2019-05-05",
    genre: "意见",
    catalogueCategory: "政策、规范性文件类",
    keywords: "萤火虫计划，县域商业",
    summary: "推进电子商务进农村。",
    bodyMarkdown: "实施县域商业体系建设行动。",
  },
  {
    ...base,
    title: "三元区商务局关于下达2018年商贸流通专项资金的通知",
    publishedOn: "2018-04-04",
    catalogueCategory: "财政资金类/专项资金",
    validity: "废止",
    validityChangedOn: "2020-01-01",
    summary: "下达专项资金。",
    bodyMarkdown: "专项资金用于商贸流通企业技术改造。",
  },
];
const FINANCE: Row[] = [
  {
    ...base,
    title: "三元区财政局关于冷链物流补助资金的公示",
    publishedOn: "2022-02-02",
    genre: "公告",
    summary: "公示补助资金。",
    bodyMarkdown: "经审核，拟对三家企业予以补助。",
  },
];

let agencies: DemoAgencyIds;
const ids = new Map<string, string>(); // title → item id

async function load(agencyId: string, email: string, rows: Row[]) {
  const actor = await principalFor(email);
  try {
    // History up to today: the agency goes live tomorrow (issue 18: only history skips the review chain).
    await db.agency.update({ where: { id: agencyId }, data: { goLiveOn: toDbDate(addDays(chinaToday(), 1)) } });
    await importItems({
      historical: true,
      actor,
      agencyId,
      file: { bytes: new TextEncoder().encode(importCsv(rows)), fileName: "corpus.csv" },
    });
  } catch (error) {
    throw new Error(
      `corpus rejected: ${JSON.stringify((error as { rowErrors?: unknown }).rowErrors ?? String(error))}`,
    );
  }
}

beforeEach(async () => {
  agencies = await seedDemo();
  await load(agencies.commerce, DEMO.commerceAdmin, COMMERCE);
  await load(agencies.finance, DEMO.financeAdmin, FINANCE);
  for (const item of await db.item.findMany({ select: { id: true, liveRevision: { select: { title: true } } } })) {
    if (item.liveRevision) ids.set(item.liveRevision.title, item.id);
  }
  // Attachment text of a public item (as extracted from its PDF): indexed by the attachment trigger.
  const planning = await db.item.findUniqueOrThrow({
    where: { id: ids.get(COMMERCE[1].title!)! },
    select: { liveRevisionId: true },
  });
  await db.attachment.create({
    data: {
      revisionId: planning.liveRevisionId!,
      fileName: "附图.pdf",
      contentType: "application/pdf",
      size: 1,
      sha256: "0".repeat(64),
      storageKey: "k1",
      text: "附图一：湿地保护红线图",
    },
  });

  // Never public: a draft, a withheld item and a withdrawn one, with unique words in titles and attachments.
  const [drafter, reviewer, leader] = await Promise.all(
    [DEMO.commerceStaff, DEMO.commerceReviewer, DEMO.commerceLeader].map(principalFor),
  );
  const people = { drafter, reviewer, leader };
  const draft = await itemAt("DRAFT", people, agencies.commerce, { title: "草稿貔貅方案", keywords: "貔貅" });
  const withheld = await itemAt("PUBLISHED", people, agencies.commerce, {
    title: "不予公开獬豸名单",
    disclosure: "WITHHELD",
    withholdGround: "PROCESS_INFO",
    withholdReason: "过程稿",
  });
  const withdrawn = await itemAt("PUBLISHED", people, agencies.commerce, { title: "已撤回饕餮通知" });
  for (const [item, text] of [
    [draft, "麒麟草稿附件"],
    [withheld, "麒麟不公开附件"],
    [withdrawn, "麒麟撤回附件"],
  ] as const) {
    const revision = await db.itemRevision.findFirstOrThrow({
      where: { itemId: item.id },
      orderBy: { number: "desc" },
    });
    await db.attachment.create({
      data: {
        revisionId: revision.id,
        fileName: "a.pdf",
        contentType: "application/pdf",
        size: 1,
        sha256: "1".repeat(64),
        storageKey: "k2",
        text,
      },
    });
  }
  await withdrawItem({ actor: leader, itemId: withdrawn.id, input: { reason: "内容有误" } });
  ids.set("withheld", withheld.id);
});

async function search(q: string, filter: SearchFilter = {}, page = 1) {
  const outcome = await searchItems({ q, filter, page });
  if (outcome.kind !== "results") throw new Error(`expected results, got ${outcome.kind}`);
  return outcome;
}
const titles = (outcome: Extract<SearchOutcome, { kind: "results" }>) =>
  outcome.hits.map((h) => h.title.map((p) => p.text).join(""));

describe("search relevance", () => {
  it("finds two-character queries, title matches first, newest first within a tier", async () => {
    const result = await search("冷链");
    expect(titles(result)).toEqual([
      "三元区财政局关于冷链物流补助资金的公示", // tier 1, 2022
      "三元区商务局冷链物流发展规划（2021—2025年）", // tier 1, 2021
      "三元区商务局关于加强冷链物流安全管理的通知", // tier 1, 2020
      "三元区商务局关于做好春节期间市场供应工作的通知", // body only, though the newest
    ]);
    expect(result.hits.map((h) => h.tier)).toEqual([1, 1, 1, 3]);
    expect(result.total).toBe(4);
  });

  it("matches longer queries as phrases, not as scattered characters", async () => {
    expect(titles(await search("冷链物流"))).toHaveLength(3);
    expect(titles(await search("物流冷链"))).toEqual([]);
    expect(titles(await search("专项资金"))[0]).toBe("三元区商务局关于下达2018年商贸流通专项资金的通知");
  });

  it("finds a 文号 exactly, whatever its brackets", async () => {
    for (const q of ["元商务〔2019〕27号", "元商务[2019]27号", "元商务【2019】27号"]) {
      expect(titles(await search(q))).toEqual(["三元区商务局关于做好春节期间市场供应工作的通知"]);
    }
    expect(titles(await search("元商务〔2019〕2号"))).toEqual(["三元区商务局关于电子商务进农村综合示范的实施意见"]);
  });

  it("finds 关键词 and attachment text, in their tiers", async () => {
    const keyword = await search("萤火虫");
    expect(titles(keyword)).toEqual(["三元区商务局关于电子商务进农村综合示范的实施意见"]);
    expect(keyword.hits[0].tier).toBe(2);
    const attachment = await search("湿地保护");
    expect(titles(attachment)).toEqual(["三元区商务局冷链物流发展规划（2021—2025年）"]);
    expect(attachment.hits[0].snippet?.some((p) => p.mark && p.text === "湿地保护")).toBe(true);
  });

  it("ANDs space-separated terms and accepts a single character", async () => {
    expect(titles(await search("冷链 2020"))).toEqual(["三元区商务局关于加强冷链物流安全管理的通知"]);
    expect(titles(await search("冷链 财政局"))).toEqual(["三元区财政局关于冷链物流补助资金的公示"]);
    expect((await search("链")).total).toBe(4);
  });

  it("highlights matches, and escapes everything else", async () => {
    const [first] = (await search("冷链")).hits;
    expect(first.title).toEqual([
      { text: "三元区财政局关于", mark: false },
      { text: "冷链", mark: true },
      { text: "物流补助资金的公示", mark: false },
    ]);
    expect(highlightHtml(highlight("<b>冷链</b> & 物流", ["冷链"]))).toBe(
      "&lt;b&gt;<mark>冷链</mark>&lt;/b&gt; &amp; 物流",
    );
  });

  it("filters by agency, category (with its subcategories), genre, year and validity", async () => {
    expect(titles(await search("冷链", { agency: "350403002" }))).toEqual(["三元区财政局关于冷链物流补助资金的公示"]);
    expect((await search("冷链", { agency: "999999999" })).total).toBe(0);
    expect(titles(await search("冷链", { genre: "NOTICE" }))).toEqual([
      "三元区商务局关于加强冷链物流安全管理的通知",
      "三元区商务局关于做好春节期间市场供应工作的通知",
    ]);
    expect(titles(await search("冷链", { year: 2021 }))).toEqual(["三元区商务局冷链物流发展规划（2021—2025年）"]);
    expect(titles(await search("三元区", { validity: "REPEALED" }))).toEqual([
      "三元区商务局关于下达2018年商贸流通专项资金的通知",
    ]);
    const parent = await db.catalogueCategory.findFirstOrThrow({
      where: { agencyId: agencies.commerce, name: "财政资金类" },
    });
    expect(titles(await search("三元区", { category: parent.id }))).toEqual([
      "三元区商务局关于下达2018年商贸流通专项资金的通知",
    ]);
  });

  it("never shows drafts, withheld or withdrawn items — not even through a stale index row", async () => {
    for (const q of ["貔貅", "獬豸", "饕餮", "麒麟", "草稿", "撤回"]) expect((await search(q)).total, q).toBe(0);
    const indexed = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM search_document`;
    expect(indexed[0].n).toBe(COMMERCE.length + FINANCE.length);
    // A stale row for the withheld item (as if a trigger had been missed): what is shown goes through the
    // policy, so it never appears; finding it repairs the index, so the count is exact too.
    const withheld = await db.item.findUniqueOrThrow({
      where: { id: ids.get("withheld")! },
      select: { id: true, agencyId: true, liveRevisionId: true },
    });
    await db.$executeRaw`INSERT INTO search_document (item_id, revision_id, agency_id, subject_category, genre, validity, year, published_at, title_terms, meta_terms, all_terms)
      VALUES (${withheld.id}::uuid, ${withheld.liveRevisionId}::uuid, ${withheld.agencyId}::uuid, '09', 'NOTICE', 'VALID', 2026, now(),
              search_terms('獬豸'), search_terms('獬豸'), search_terms('獬豸'))`;
    const found = await search("獬豸");
    expect(found.hits).toEqual([]);
    expect(found.total).toBe(0);
    expect(await db.searchDocument.count({ where: { itemId: withheld.id } })).toBe(0);
  });

  it("answers empty, too long and meaningless queries politely, and drops bad parameters", async () => {
    expect((await searchItems({ q: "  ", filter: {}, page: 1 })).kind).toBe("empty");
    expect((await searchItems({ q: "冷".repeat(101), filter: {}, page: 1 })).kind).toBe("tooLong");
    expect((await searchItems({ q: "〔〕！？", filter: {}, page: 1 })).kind).toBe("invalid");
    expect((await searchItems({ q: "'); DROP TABLE item; --", filter: {}, page: 1 })).kind).toBe("results");
    expect((await search("冷链", {}, 99)).page).toBe(1);
    expect(
      parseSearchParams({
        q: "冷链",
        agency: "x'y",
        category: "nope",
        genre: "SCRIPT",
        year: "abc",
        validity: "GONE",
        page: "-2",
      }),
    ).toEqual({ q: "冷链", filter: {}, page: 1 });
    expect(searchHref({ q: "冷链 物流", filter: { agency: "350403001", year: 2020 }, page: 2 })).toBe(
      "/search?q=%E5%86%B7%E9%93%BE+%E7%89%A9%E6%B5%81&agency=350403001&year=2020&page=2",
    );
  });

  it("tokenises queries exactly as the database indexes documents", async () => {
    const text = "关于开展２０２３年商贸流通领域安全生产检查的通知（元商务〔2018〕5号）PDF版 国";
    const [{ tokens }] = await db.$queryRaw<{ tokens: string }[]>`SELECT search_tokens(${text}) AS tokens`;
    expect(tokens.trim().split(/\s+/)).toEqual(indexTokens(text));
    expect(parseQuery("元商务〔2018〕5号")).toMatchObject({
      kind: "ok",
      tsquery: "'元商' <-> '商务' <2> '2018' <-> '5' <-> '号':*",
      // What the GIN index is asked: the lexemes without positions or the costly prefix; the phrase is checked after.
      indexQuery: "'元商' & '商务' & '2018' & '5'",
    });
    expect(parseQuery("安")).toMatchObject({ tsquery: "'安':*", indexQuery: "'安':*" });
    expect(parseQuery("冷链 物流 冷链物流")).toMatchObject({
      tsquery: "('冷链') & ('物流') & ('冷链' <-> '链物' <-> '物流')",
      indexQuery: "'冷链' & '物流' & '链物'",
    });
  });
});
