// The ranking of 全文检索 (docs/search.md, "Ranking" and "Query plans"): all terms in the title, then in
// title + 文号 + 关键词, then anywhere; newest first within each tier. It reads the index table alone
// (`search_document`, one row per public item, kept by database triggers); the GIN indexes hold the
// China year, the agency and the 体裁 beside the terms, so filters are answered inside the index.
// What is shown is loaded through the visibility policy again (search-items.ts).
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { chinaToday, yearOf } from "@/lib/calendar/calendar-date";

export const SEARCH_PAGE_SIZE = 20;
/** Offset pagination is capped: nobody reads past 50 pages, and the cap bounds the cost of a deep page. */
export const SEARCH_MAX_PAGES = 50;
/** Totals are exact up to this many results, "more than" beyond (see rankResults). */
export const COUNT_AT_LEAST = 200;

/** The filters as SQL over d (the index row): `rows` for a date-ordered btree scan, `index` for the GIN indexes. */
export type SearchFilterSql = { rows: Prisma.Sql; index: Prisma.Sql; year?: number };
/** The query as tsquery texts: `exact` (phrases), `index` (what the GIN index is asked; tokenize.ts). */
export type SearchQuerySql = { exact: string; index: string };

/**
 * The sizes that choose between plans (never the result; a test makes them tiny so that a small corpus
 * takes every path a large one does):
 *  - newest / body: how many of the newest rows passing the filters a tier reads first — enough for a
 *    page when the words are common (≥ 1 match in 20 rows), cheap when they are not; the body tier reads
 *    fewer, its terms are TOASTed (~3.6 kB a row);
 *  - headroom: how many times over a window must be able to hold the page to be read at all;
 *  - dense: a year with fewer matches is read whole from the index and sorted here; a year with more is
 *    read in date order instead (a word common in that year only, e.g. "2019" in the titles of 2019).
 */
export type SearchWindows = { newest: number; body: number; headroom: number; dense: number };
export const SEARCH_WINDOWS: SearchWindows = { newest: 400, body: 100, headroom: 8, dense: 1_000 };
/** The recent years asked one by one before the older ones are asked all at once. */
const RECENT_YEARS = 3;

/**
 * The China year of the publication, exactly as the GIN indexes hold it (migration
 * 20261128190000_search_index_filters): the same expression, or PostgreSQL cannot use them. Always an
 * equality: a range over a btree_gin column makes the index collect every row of those years first.
 */
export const CHINA_YEAR = Prisma.sql`(EXTRACT(YEAR FROM d.published_at AT TIME ZONE 'Asia/Shanghai')::int)`;
/** The first instant of a China year, as a timestamptz literal. */
const chinaYearStart = (year: number) => `${year}-01-01T00:00:00+08:00`;
/** Published in the China year: a range of the publication time, where the date-ordered btree indexes start. */
export const publishedInYear = (year: number) =>
  Prisma.sql`AND d.published_at >= ${chinaYearStart(year)}::timestamptz AND d.published_at < ${chinaYearStart(year + 1)}::timestamptz`;

const TITLE = Prisma.sql`d.title_terms`;
const META = Prisma.sql`d.meta_terms`;
const ALL = Prisma.sql`d.all_terms`;

/**
 * The query matches `column`: the GIN index answers the index query, the phrase is then checked on the
 * rows it leaves. ts_match_vq is the function behind @@; PostgreSQL never takes a function call for an
 * index condition, so the phrase stays a check and the index is asked only what it answers well.
 */
function matches(column: Prisma.Sql, q: SearchQuerySql) {
  if (q.index === q.exact) return Prisma.sql`${column} @@ ${q.exact}::tsquery`;
  return Prisma.sql`${column} @@ ${q.index}::tsquery AND ts_match_vq(${column}, ${q.exact}::tsquery)`;
}
const lacks = (column: Prisma.Sql, q: SearchQuerySql) => Prisma.sql`NOT ts_match_vq(${column}, ${q.exact}::tsquery)`;

const TIERS = [
  { tier: 1, body: false, match: (q: SearchQuerySql) => matches(TITLE, q) },
  { tier: 2, body: false, match: (q: SearchQuerySql) => Prisma.sql`${matches(META, q)} AND ${lacks(TITLE, q)}` },
  { tier: 3, body: true, match: (q: SearchQuerySql) => Prisma.sql`${matches(ALL, q)} AND ${lacks(META, q)}` },
] as const;

export type RankedPage = {
  /** Exact unless totalIsLowerBound ("more than total"). */
  total: number;
  totalIsLowerBound: boolean;
  /** The page answered (a page past the end answers the last one); pageCount null when the total is a lower bound. */
  page: number;
  pageCount: number | null;
  hasNext: boolean;
  found: { id: string; tier: 1 | 2 | 3 }[];
};

export async function rankResults(
  q: SearchQuerySql,
  filters: SearchFilterSql,
  requestedPage: number,
  windows = SEARCH_WINDOWS,
): Promise<RankedPage> {
  // How many results, counted only as far as this page needs: exactly up to COUNT_AT_LEAST, and for deeper
  // pages one row past the page (to know whether a next page exists). Counting every match of a common
  // bigram would cost more than the whole search budget. Matches in title/文号/关键词 (narrow rows) answer
  // that for common words; the body's terms are read only when they do not.
  const offset = (Math.min(requestedPage, SEARCH_MAX_PAGES) - 1) * SEARCH_PAGE_SIZE;
  const cap = Math.max(COUNT_AT_LEAST, offset + SEARCH_PAGE_SIZE) + 1;
  let counted = await count(matches(META, q), filters, cap);
  if (counted < cap) counted = await count(matches(ALL, q), filters, cap);
  const totalIsLowerBound = counted === cap;
  const total = totalIsLowerBound ? cap - 1 : counted;
  const lastPage = Math.min(SEARCH_MAX_PAGES, Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE)));
  const page = Math.min(requestedPage, lastPage);
  const pageCount = totalIsLowerBound ? null : lastPage;
  const hasNext = page < SEARCH_MAX_PAGES && total > page * SEARCH_PAGE_SIZE;

  // The page is a window over tier 1 ++ tier 2 ++ tier 3, each newest first.
  const found: RankedPage["found"] = [];
  let skip = (page - 1) * SEARCH_PAGE_SIZE;
  for (const { tier, match, body } of TIERS) {
    const need = SEARCH_PAGE_SIZE - found.length;
    if (need === 0 || total === 0) break;
    const tierMatch = { sql: match(q), body };
    const rows = await tierRows(tierMatch, filters, {
      need,
      skip,
      window: body ? windows.body : windows.newest,
      headroom: windows.headroom,
      dense: windows.dense,
      fewMatches: !totalIsLowerBound && total < windows.dense,
    });
    found.push(...rows.map((id) => ({ id, tier })));
    if (rows.length) skip = 0;
    else if (skip > 0) skip -= await count(tierMatch.sql, filters, skip);
  }
  return { total, totalIsLowerBound, page, pageCount, hasNext, found };
}

type TierMatch = { sql: Prisma.Sql; body: boolean };

/**
 * One tier's rows of the page (`need` rows after `skip`), newest first. The same rows whichever step
 * answers; the steps only differ in cost:
 *  0. when the whole search has fewer matches than `dense` (a rare word, a narrow filter): all of the
 *     tier's, from the index, sorted here;
 *  1. the newest `window` rows that pass the filters, in date order — a common word fills a page from a
 *     few hundred rows, where its index entries would be tens of thousands to collect and sort;
 *  2. the index, year by year for the recent years (only the filter's year when there is one);
 *  3. the older years all at once when they hold few matches (rare words), else year by year.
 * A match of an older year is older than every match of a newer one, so the years are asked in order and
 * the first ones that fill the page are the answer. PostgreSQL cannot choose between these by itself:
 * it estimates a phrase's frequency as the product of its bigrams', takes a common phrase for a rare one,
 * and collects every match; nor does it know that a word common overall ("2019") is absent from recent years.
 */
async function tierRows(
  match: TierMatch,
  filters: SearchFilterSql,
  o: { need: number; skip: number; window: number; headroom: number; dense: number; fewMatches: boolean },
) {
  const want = o.skip + o.need;
  if (o.fewMatches) return newestFirst(await fromIndex(match, filters, Prisma.empty, o.dense)).slice(o.skip, want);
  if (want * o.headroom <= o.window) {
    const rows = await inDateOrder(match, filters.rows, { limit: o.need, offset: o.skip, budget: o.window });
    if (rows.length === o.need) return rows;
  }
  const thisYear = yearOf(chinaToday());
  const ranked: string[] = [];
  const years = filters.year ? [filters.year] : Array.from({ length: RECENT_YEARS }, (_, i) => thisYear - i);
  for (const year of years) {
    ranked.push(...(await yearRows(match, filters, year, want - ranked.length, o.dense)));
    if (ranked.length === want) return ranked.slice(o.skip);
  }
  if (filters.year) return ranked.slice(o.skip);
  const older = Prisma.sql`AND d.published_at < ${chinaYearStart(thisYear - RECENT_YEARS + 1)}::timestamptz`;
  const rest = await fromIndex(match, filters, older, o.dense);
  if (rest.length < o.dense) return [...ranked, ...newestFirst(rest)].slice(o.skip, want);
  const oldest = await oldestYear();
  for (let year = thisYear - RECENT_YEARS; year >= oldest && ranked.length < want; year--) {
    ranked.push(...(await yearRows(match, filters, year, want - ranked.length, o.dense)));
  }
  return ranked.slice(o.skip);
}

/**
 * The newest `limit` matches of one year: a year with few matches is read from the index and sorted
 * here; one full of matches in date order (a first page reads ~20 rows per match it needs: a word in one
 * row of 20; a deep page ~2, only a word in most rows of its year, like "2019" in 2019, pays), else the
 * database sorts the year's matches.
 */
async function yearRows(
  match: TierMatch,
  filters: SearchFilterSql,
  year: number,
  limit: number,
  dense: number,
): Promise<string[]> {
  const ofYear = Prisma.sql`AND ${CHINA_YEAR} = ${year}::int`;
  const deep = limit * 2 > dense; // the page needs about as many rows as "few" is: sorting them here would not pay
  if (!deep) {
    const rows = await fromIndex(match, filters, ofYear, dense);
    if (rows.length < dense) return newestFirst(rows).slice(0, limit);
  }
  const ordered = await inDateOrder(match, Prisma.sql`${filters.rows} ${publishedInYear(year)}`, {
    limit,
    offset: 0,
    budget: limit * (deep ? 2 : 20),
  });
  if (ordered.length === limit) return ordered;
  const sorted = await db.$queryRaw<{ id: string }[]>`
    SELECT d.item_id AS id FROM search_document d WHERE ${match.sql} ${filters.index} ${ofYear}
    ORDER BY d.published_at DESC, d.item_id DESC LIMIT ${limit}`;
  return sorted.map((r) => r.id);
}

/**
 * Matches among the newest `budget` rows that pass `rowFilters`, read in date order through a btree
 * index and stopping as soon as the page is full. Bitmap scans are off for this one statement: with them,
 * PostgreSQL may collect and sort all the rows of a filter (a year's 13,000 通知) to return the newest 400.
 */
async function inDateOrder(
  match: TierMatch,
  rowFilters: Prisma.Sql,
  o: { limit: number; offset: number; budget: number },
) {
  const columns = match.body
    ? Prisma.sql`d.item_id, d.published_at, d.title_terms, d.meta_terms, d.all_terms`
    : Prisma.sql`d.item_id, d.published_at, d.title_terms, d.meta_terms`;
  const [, rows] = await db.$transaction([
    db.$executeRaw`SET LOCAL enable_bitmapscan = off`,
    db.$queryRaw<{ id: string }[]>`
      SELECT d.item_id AS id FROM (
        SELECT ${columns} FROM search_document d WHERE TRUE ${rowFilters}
        ORDER BY d.published_at DESC, d.item_id DESC LIMIT ${o.budget}) d
      WHERE ${match.sql} ORDER BY d.published_at DESC, d.item_id DESC LIMIT ${o.limit} OFFSET ${o.offset}`,
  ]);
  return rows.map((r) => r.id);
}

/** Up to `cap` matches from the GIN indexes, in no order: fewer than `cap` means all of them. */
function fromIndex(match: TierMatch, filters: SearchFilterSql, extra: Prisma.Sql, cap: number) {
  return db.$queryRaw<{ id: string; at: Date }[]>`
    SELECT d.item_id AS id, d.published_at AS at FROM search_document d WHERE ${match.sql} ${filters.index} ${extra} LIMIT ${cap}`;
}

/** The ranking's order within a tier, as SQL has it: published time descending, then id descending. */
function newestFirst(rows: { id: string; at: Date }[]) {
  return [...rows]
    .sort((a, b) => b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
    .map((r) => r.id);
}

async function count(match: Prisma.Sql, filters: SearchFilterSql, upTo: number) {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM (SELECT 1 FROM search_document d WHERE ${match} ${filters.index} LIMIT ${upTo}) s`;
  return row.n;
}

/** The China year of the oldest index row: where asking year by year can stop. */
async function oldestYear() {
  const [row] = await db.$queryRaw<{ year: number | null }[]>`
    SELECT EXTRACT(YEAR FROM min(published_at) AT TIME ZONE 'Asia/Shanghai')::int AS year FROM search_document`;
  return row.year ?? 0;
}
