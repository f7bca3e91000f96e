// The performance figures of docs/search.md, on a database filled by scripts/bench/generate.ts:
//   1. search (lib/search/search-items.ts, in process: the server time of a search) — p50/p95/p99 over
//      typical two- to four-character queries, also with filters and on the last allowed page;
//   2. the catalogue page at shallow and deep keyset pages, with and without filters (agency lookup,
//      listCatalogueItems + catalogueFacets, as the page runs them), with the read cache off;
//   3. with --base-url (a built server started on the same database): public page throughput with wrk
//      (item, home, catalogue, 公开指南, report page), each as a ratio to the same server sending a static
//      file of similar size, same run (./page-throughput.ts; alone: npm run bench:pages).
//
//   npm run bench:run -- --database-url postgresql://postgres@127.0.0.1:5432/gongkai_bench [--rounds 10]
//        [--base-url http://127.0.0.1:3213 --next-dir /path/to/.next --concurrency 16 --duration 10]
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import type { CatalogueFilter } from "@/lib/portal/catalogue";

const { values } = parseArgs({
  options: {
    "database-url": { type: "string", default: process.env.BENCH_DATABASE_URL },
    rounds: { type: "string", default: "10" },
    "base-url": { type: "string" },
    "next-dir": { type: "string", default: ".next" },
    concurrency: { type: "string", default: "16" },
    duration: { type: "string", default: "10" },
  },
});
if (!values["database-url"]) {
  console.error("Give --database-url (or BENCH_DATABASE_URL): the database filled by npm run bench:generate.");
  process.exit(1);
}
// lib/db connects lazily to DATABASE_URL: set it before the first query.
process.env.DATABASE_URL = values["database-url"];
// The portal's read cache off (read when its module loads): the catalogue figures are of loads that compute.
process.env.GONGKAI_PUBLIC_CACHE_ENTRIES = "0";
const { db } = await import("@/lib/db");
const { searchItems, SEARCH_MAX_PAGES } = await import("@/lib/search/search-items");
const { parseQuery } = await import("@/lib/search/tokenize");
const { listCatalogueItems, catalogueFacets } = await import("@/lib/portal/catalogue");
const { findPublicAgencyByCode } = await import("@/lib/portal/agencies");
const { publicItemSql } = await import("@/lib/items/visibility");

const ROUNDS = Number(values.rounds);
const QUERIES = [
  "安全",
  "通知",
  "公开",
  "预算",
  "采购",
  "消防",
  "信用",
  "防汛",
  "应急",
  "资金",
  "财政预算",
  "政府采购",
  "安全生产",
  "乡村振兴",
  "食品安全",
  "养老服务",
  "营商环境",
  "隐患排查",
  "森林防火",
  "校园安全",
  "电子商务",
  "全民健身",
  "老旧小区",
  "资金管理",
];

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  return { n: sorted.length, p50: at(50), p95: at(95), p99: at(99), max: sorted[sorted.length - 1] };
}
const ms = (v: number) => `${v.toFixed(1)} ms`;
const row = (label: string, s: ReturnType<typeof stats>, extra = "") =>
  console.log(
    `${label.padEnd(40)} n=${String(s.n).padStart(4)}  p50 ${ms(s.p50).padStart(9)}  p95 ${ms(s.p95).padStart(9)}  p99 ${ms(s.p99).padStart(9)}  max ${ms(s.max).padStart(9)} ${extra}`,
  );
async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await fn();
  return [performance.now() - start, result];
}

const [{ items, docs }] = await db.$queryRaw<{ items: number; docs: number }[]>`
  SELECT (SELECT count(*)::int FROM item) AS items, (SELECT count(*)::int FROM search_document) AS docs`;
console.log(
  `Database: ${items.toLocaleString("en")} items, ${docs.toLocaleString("en")} in the search index. ${ROUNDS} rounds.\n`,
);

// ── 1. Search ──
const agencies = await db.$queryRaw<{ id: string; code: string; n: number }[]>`
  SELECT a.id, a.code, count(*)::int AS n FROM item i JOIN item_revision r ON r.id = i.live_revision_id JOIN agency a ON a.id = i.agency_id
  WHERE ${publicItemSql} GROUP BY a.id, a.code ORDER BY n DESC LIMIT 20`;
const scenarios = {
  plain: (q: string) => ({ q, filter: {}, page: 1 }),
  agency: (q: string, i: number) => ({ q, filter: { agency: agencies[i % agencies.length].code }, page: 1 }),
  yearGenre: (q: string, i: number) => ({ q, filter: { year: 2010 + (i % 16), genre: "NOTICE" as const }, page: 1 }),
  lastPage: (q: string) => ({ q, filter: {}, page: SEARCH_MAX_PAGES }),
};
for (const q of QUERIES) await searchItems(scenarios.plain(q)); // warm-up
const samples: Record<keyof typeof scenarios, number[]> = { plain: [], agency: [], yearGenre: [], lastPage: [] };
const perQuery = new Map<string, number[]>();
const totals = new Map<string, number>();
for (let round = 0; round < ROUNDS; round++) {
  for (const [i, q] of QUERIES.entries()) {
    for (const name of Object.keys(scenarios) as (keyof typeof scenarios)[]) {
      const [elapsed, outcome] = await time(() => searchItems(scenarios[name](q, i + round)));
      samples[name].push(elapsed);
      if (name === "plain") {
        perQuery.set(q, [...(perQuery.get(q) ?? []), elapsed]);
        if (outcome.kind === "results") totals.set(q, outcome.totalIsLowerBound ? -outcome.total : outcome.total);
      }
    }
  }
}
console.log("Search (server time of searchItems: count + tiered pages + hits with snippets)");
row("typical queries, page 1", stats(samples.plain));
row("… filtered by agency", stats(samples.agency));
row("… filtered by year and genre", stats(samples.yearGenre));
row(`… page ${SEARCH_MAX_PAGES} (the deepest allowed)`, stats(samples.lastPage));
row("all of the above", stats(Object.values(samples).flat()));
console.log("\nPer query (page 1, no filter):");
for (const [q, s] of perQuery) {
  const total = totals.get(q) ?? 0;
  row(`  ${q}`, stats(s), `results ${total < 0 ? `>${-total}` : total}`);
}

// Beyond the budget's set: other shapes of query a portal receives, so that no path hides a slow plan.
const [sample] = await db.$queryRaw<{ document_number: string; category_id: string; code: string }[]>`
  SELECT r.document_number, r.catalogue_category_id::text AS category_id, a.code
  FROM search_document d JOIN item_revision r ON r.id = d.revision_id JOIN agency a ON a.id = d.agency_id
  WHERE r.document_number <> '' AND r.catalogue_category_id IS NOT NULL ORDER BY d.published_at DESC LIMIT 1`;
const others: [string, (q: string, i: number) => Parameters<typeof searchItems>[0]][] = [
  ["genre only (通知)", (q) => ({ q, filter: { genre: "NOTICE" }, page: 1 })],
  ["validity 废止", (q) => ({ q, filter: { validity: "REPEALED" }, page: 1 })],
  ["catalogue category", (q) => ({ q, filter: { category: sample.category_id }, page: 1 })],
  ["agency, page 10", (q, i) => ({ q, filter: { agency: agencies[i % agencies.length].code }, page: 10 })],
  ["year 2026, page 10", (q) => ({ q, filter: { year: 2026 }, page: 10 })],
  ["two terms (word + 通知)", (q) => ({ q: `${q} 通知`, filter: {}, page: 1 })],
  ["single character", (q) => ({ q: q.slice(0, 1), filter: {}, page: 1 })],
];
const special = ["貔貅", sample.document_number, "安全生产月活动", "2019"];
console.log(
  "\nOther queries (not the budget's set; 24 words × 1 round each, plus: none found, a 文号, a long phrase, a number)",
);
for (const [label, make] of others) {
  const times: number[] = [];
  for (const [i, q] of QUERIES.entries()) times.push((await time(() => searchItems(make(q, i))))[0]);
  row(`  ${label}`, stats(times));
}
for (const q of special) {
  const times: number[] = [];
  for (let round = 0; round < 3; round++) times.push((await time(() => searchItems({ q, filter: {}, page: 1 })))[0]);
  row(`  ${q}`, stats(times));
}

// For comparison, what the tiers avoid: ranking every match with ts_rank_cd (one run each).
console.log("\nFor comparison — full ts_rank_cd ranking of all matches, top 20 (one run):");
for (const q of ["通知", "安全", "财政预算", "隐患排查"]) {
  const parsed = parseQuery(q);
  if (parsed.kind !== "ok") continue;
  const [elapsed] = await time(
    () => db.$queryRaw`
    SELECT d.item_id FROM search_document d
    JOIN item i ON i.id = d.item_id AND i.live_revision_id = d.revision_id JOIN item_revision r ON r.id = i.live_revision_id JOIN agency a ON a.id = i.agency_id
    WHERE d.all_terms @@ ${parsed.tsquery}::tsquery AND ${publicItemSql}
    ORDER BY ts_rank_cd(d.all_terms, ${parsed.tsquery}::tsquery) DESC, d.published_at DESC LIMIT 20`,
  );
  console.log(`  ${q.padEnd(10)} ${ms(elapsed)}`);
}

// ── 2. Catalogue pages ──
function cursor(publishedAt: Date, id: string) {
  // The keyset cursor of lib/portal/catalogue.ts: base64url("<published ISO>|<id>") of the page's last row.
  return Buffer.from(`${publishedAt.toISOString()}|${id}`).toString("base64url");
}
const depths: { label: string; agencyId: string; after?: string }[] = [];
for (const agency of agencies.slice(0, 10)) {
  const lastPage = Math.floor((agency.n - 1) / 20);
  for (const [label, page] of [
    ["first page", 0],
    ["page 10", 10],
    ["middle page", Math.floor(lastPage / 2)],
    ["last page", lastPage],
  ] as const) {
    if (page > lastPage) continue;
    if (page === 0) {
      depths.push({ label, agencyId: agency.id });
      continue;
    }
    const [before] = await db.$queryRaw<{ id: string; published_at: Date }[]>`
      SELECT i.id, i.published_at FROM item i JOIN item_revision r ON r.id = i.live_revision_id JOIN agency a ON a.id = i.agency_id
      WHERE i.agency_id = ${agency.id}::uuid AND ${publicItemSql}
      ORDER BY i.published_at DESC, i.id DESC OFFSET ${page * 20 - 1} LIMIT 1`;
    depths.push({ label, agencyId: agency.id, after: cursor(before.published_at, before.id) });
  }
}
// The page's server work as the page does it (agency by its code, then list and facets in parallel),
// with the portal's read cache off: every load computes, as the first visitor after a publication and
// every deep page would. Filters combine with depth: the deep cursors apply to any filter.
const codeOf = new Map(agencies.map((a) => [a.id, a.code]));
const sampleCategory = new Map(
  (
    await db.$queryRaw<{ agency_id: string; id: string }[]>`
  SELECT DISTINCT ON (agency_id) agency_id::text, id::text FROM catalogue_category WHERE parent_id IS NULL ORDER BY agency_id, sort_order`
  ).map((c) => [c.agency_id, c.id]),
);
const filters: [string, (agencyId: string) => CatalogueFilter][] = [
  ["", () => ({})],
  [" · year 2015", () => ({ year: 2015 })],
  [" · 通知 in 2015", () => ({ year: 2015, genre: "NOTICE" })],
  [" · 主题分类 09", () => ({ subject: "09" })],
  [" · catalogue category", (agencyId) => ({ category: sampleCategory.get(agencyId) })],
];
const listSamples = new Map<string, number[]>();
const pageSamples = new Map<string, number[]>();
const cataloguePage = async (agencyId: string, filter: CatalogueFilter) => {
  const agency = await findPublicAgencyByCode(codeOf.get(agencyId)!);
  return Promise.all([listCatalogueItems(agency!.id, filter), catalogueFacets(agency!.id)]);
};
for (const d of depths.slice(0, 4)) await cataloguePage(d.agencyId, { after: d.after }); // warm-up (connections, plans)
for (let round = 0; round < ROUNDS; round++) {
  for (const d of depths) {
    for (const [suffix, filterOf] of filters) {
      if (suffix && d.label !== "first page" && d.label !== "middle page") continue;
      const filter = { ...filterOf(d.agencyId), after: d.after };
      const [list] = await time(() => listCatalogueItems(d.agencyId, filter));
      const [page] = await time(() => cataloguePage(d.agencyId, filter));
      const label = `${d.label}${suffix}`;
      listSamples.set(label, [...(listSamples.get(label) ?? []), list]);
      pageSamples.set(label, [...(pageSamples.get(label) ?? []), page]);
    }
  }
}
console.log(
  `\nCatalogue (the 10 largest agencies, ~${agencies[0].n} items each; keyset pages; read cache off, so every load computes)`,
);
for (const [label, s] of listSamples) row(`list only, ${label}`, stats(s));
for (const [label, s] of pageSamples) row(`page, ${label}`, stats(s));
row("page (agency + list + facets), any depth", stats([...pageSamples.values()].flat()));

// ── 3. Public page throughput vs a static file, same server, same run (scripts/bench/page-throughput.ts) ──
if (values["base-url"]) {
  const { pageThroughput } = await import("./page-throughput");
  await pageThroughput({
    base: values["base-url"],
    nextDir: values["next-dir"],
    connections: Number(values.concurrency),
    durationSeconds: Number(values.duration),
  });
}

await db.$disconnect();
