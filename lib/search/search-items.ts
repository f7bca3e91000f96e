// 全文检索: the public search over title, 文号, 关键词, summary, body and attachment text.
// The index (`search_document`) holds one row per public item, kept so by database triggers; the ranking
// and the counts read the index alone. What is shown is loaded through the visibility policy
// (publicItemSql) again, so a draft, withheld or withdrawn item can never be shown even if an index row
// were stale; a stale row found that way is repaired and the search answered again (see searchItems).
// Ranking is tiered (docs/search.md): all terms in the title, then in title + 文号 + 关键词, then anywhere;
// newest first within a tier. Each tier is one indexed query, which keeps common bigrams within budget.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { publicItemSql } from "@/lib/items/visibility";
import { GENRES, VALIDITIES } from "@/lib/items/vocabulary";
import { isUuid } from "@/lib/agencies/queries";
import { chinaToday, fromDbDate, yearOf, type CalendarDate } from "@/lib/calendar/calendar-date";
import { highlight, snippet, type Highlighted } from "./highlight";
import { parseQuery } from "./tokenize";

export const SEARCH_PAGE_SIZE = 20;
/** Offset pagination is capped: nobody reads past 50 pages, and the cap bounds the cost of a deep page. */
export const SEARCH_MAX_PAGES = 50;
/** Totals are exact up to this many results, "more than" beyond (see searchItems). */
export const COUNT_AT_LEAST = 200;

type Genre = (typeof GENRES)[number];
type Validity = (typeof VALIDITIES)[number];

export type SearchFilter = { agency?: string; category?: string; genre?: Genre; year?: number; validity?: Validity };
export type SearchParams = { q: string; filter: SearchFilter; page: number };

/** Reads /search?q=&agency=&category=&genre=&year=&validity=&page=; unknown values are dropped, never an error. */
export function parseSearchParams(params: Record<string, string | string[] | undefined>): SearchParams {
  const one = (k: string) => (Array.isArray(params[k]) ? params[k]![0] : params[k]) ?? "";
  const filter: SearchFilter = {};
  const agency = one("agency").trim();
  if (/^[A-Za-z0-9_-]{1,32}$/.test(agency)) filter.agency = agency;
  const category = one("category");
  if (isUuid(category)) filter.category = category.toLowerCase();
  const genre = one("genre");
  if ((GENRES as string[]).includes(genre)) filter.genre = genre as Genre;
  const validity = one("validity");
  if ((VALIDITIES as string[]).includes(validity)) filter.validity = validity as Validity;
  const year = Number(one("year"));
  if (Number.isInteger(year) && year >= 1990 && year <= 2100) filter.year = year;
  const page = Number(one("page"));
  return { q: one("q").slice(0, 1000), filter, page: Number.isInteger(page) && page >= 1 ? page : 1 };
}

/** The stable, shareable URL of a search. */
export function searchHref(params: { q?: string; filter?: SearchFilter; page?: number }) {
  const query = new URLSearchParams();
  if (params.q) query.set("q", params.q);
  for (const key of ["agency", "category", "genre", "year", "validity"] as const) {
    const value = params.filter?.[key];
    if (value !== undefined && value !== "") query.set(key, String(value));
  }
  if (params.page && params.page > 1) query.set("page", String(params.page));
  const s = query.toString();
  return `/search${s ? `?${s}` : ""}`;
}

export type SearchHit = {
  id: string;
  indexNumber: string;
  title: Highlighted;
  documentNumber: Highlighted;
  agencyName: string;
  publishedOn: CalendarDate | null;
  validity: Validity;
  genre: Genre;
  snippet: Highlighted | null;
  /** 1: the title matched; 2: 文号 or 关键词; 3: summary, body or attachment text. */
  tier: 1 | 2 | 3;
};

export type SearchOutcome =
  | { kind: "empty" }
  | { kind: "tooLong"; max: number }
  | { kind: "invalid" }
  | {
      kind: "results"; query: string;
      /** Exact unless totalIsLowerBound ("more than total"). */
      total: number; totalIsLowerBound: boolean;
      /** null when the total is only a lower bound. */
      page: number; pageCount: number | null; hasNext: boolean;
      hits: SearchHit[];
    };

/**
 * How many of the newest rows (those passing the filters, in date order) a tier reads before it asks the
 * index: enough for a page when the words are common (≥ 1 match in 20 rows), cheap when they are not.
 * The body tier reads fewer: its terms are TOASTed (~3.6 kB a row).
 */
const NEWEST_WINDOW = 400;
const NEWEST_WINDOW_BODY = 100;

const TIERS = [
  { tier: 1, body: false, match: (q: Prisma.Sql) => Prisma.sql`d.title_terms @@ ${q}` },
  { tier: 2, body: false, match: (q: Prisma.Sql) => Prisma.sql`d.meta_terms @@ ${q} AND NOT d.title_terms @@ ${q}` },
  { tier: 3, body: true, match: (q: Prisma.Sql) => Prisma.sql`NOT d.meta_terms @@ ${q} AND d.all_terms @@ ${q}` },
] as const;

/**
 * Window sizes, and how many times over a window must be able to hold the page to be read at all (it
 * only pays when the words are common). A test makes them tiny, so that a small corpus takes every path
 * a large one does.
 */
export type SearchWindows = { newest: number; body: number; headroom: number };
const WINDOWS: SearchWindows = { newest: NEWEST_WINDOW, body: NEWEST_WINDOW_BODY, headroom: 8 };

/**
 * The China year of the publication, exactly as the GIN indexes hold it (migration
 * 20261128190000_search_index_filters): the same expression, or PostgreSQL cannot use them.
 */
const CHINA_YEAR = Prisma.sql`(EXTRACT(YEAR FROM d.published_at AT TIME ZONE 'Asia/Shanghai')::int)`;

/**
 * When a tier's newest rows do not fill the page, the tier asks the index year by year, newest first,
 * for this many years, then the whole index. Each year is an equality in the GIN index, which it
 * intersects with the words' entries cheaply; a range of years ("2024 or later") would make it collect
 * every row of those years first (~50,000 a year, 10–40 ms).
 */
const RECENT_YEARS = 3;

export async function searchItems(params: SearchParams, windows: SearchWindows = WINDOWS): Promise<SearchOutcome> {
  const outcome = await rankAndLoad(params, windows);
  const stale = outcome.kind === "results" ? (outcome.stale ?? []) : [];
  if (!stale.length) return strip(outcome);
  // An index row of an item that is not public (a trigger missed, a hand edit): it was never shown, but it
  // took a place in the ranking and the count. Rebuild those rows from the items (which removes them) and
  // answer again, so the page and its total are exact.
  await db.$executeRaw`SELECT search_document_refresh(${stale}::uuid[])`;
  return strip(await rankAndLoad(params, windows));
}

function strip(outcome: SearchOutcome & { stale?: string[] }): SearchOutcome {
  if (outcome.kind !== "results") return outcome;
  const { stale: _stale, ...results } = outcome;
  return results;
}

async function rankAndLoad(params: SearchParams, windows: SearchWindows): Promise<SearchOutcome & { stale?: string[] }> {
  const parsed = parseQuery(params.q);
  if (parsed.kind !== "ok") return parsed;
  const q = Prisma.sql`${parsed.tsquery}::tsquery`;
  const filters = await filterSql(params.filter);
  if (!filters) return { kind: "results", query: parsed.text, total: 0, totalIsLowerBound: false, page: 1, pageCount: 0, hasNext: false, hits: [] };
  // The ranking reads the index alone, filters included: the GIN indexes hold the year, agency and genre
  // beside the terms, so "these words, of this agency" reads only the matching rows. (Joining each
  // candidate to its item, live revision and agency to apply the policy cost three more random heap pages
  // per row; the policy is applied to what is shown, in loadHits.)
  const matching = (match: Prisma.Sql) => Prisma.sql`FROM search_document d WHERE ${match} ${filters.index}`;

  // How many results, counted only as far as this page needs: exactly up to COUNT_AT_LEAST, and for deeper
  // pages one row past the page (to know whether a next page exists). Counting every match of a common
  // bigram would cost more than the whole search budget. Matches in title/文号/关键词 (narrow rows) answer
  // that for common words; the body's terms are read only when they do not.
  const offset = (Math.min(params.page, SEARCH_MAX_PAGES) - 1) * SEARCH_PAGE_SIZE;
  const cap = Math.max(COUNT_AT_LEAST, offset + SEARCH_PAGE_SIZE) + 1;
  const count = async (match: Prisma.Sql, upTo: number) =>
    (await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (SELECT 1 ${matching(match)} LIMIT ${upTo}) s`)[0].n;
  let counted = await count(Prisma.sql`d.meta_terms @@ ${q}`, cap);
  if (counted < cap) counted = await count(Prisma.sql`d.all_terms @@ ${q}`, cap);
  const totalIsLowerBound = counted === cap;
  const total = totalIsLowerBound ? cap - 1 : counted;
  const lastPage = Math.min(SEARCH_MAX_PAGES, Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE)));
  const page = Math.min(params.page, lastPage);
  const pageCount = totalIsLowerBound ? null : lastPage;
  const hasNext = page < SEARCH_MAX_PAGES && total > page * SEARCH_PAGE_SIZE;

  // The page is a window over tier 1 ++ tier 2 ++ tier 3, each newest first.
  const found: { id: string; tier: 1 | 2 | 3 }[] = [];
  let skip = (page - 1) * SEARCH_PAGE_SIZE;
  const thisYear = yearOf(chinaToday());
  for (const { tier, match, body } of TIERS) {
    const need = SEARCH_PAGE_SIZE - found.length;
    if (need === 0 || total === 0) break;
    const rows = await tierPage(match(q), { need, skip, window: body ? windows.body : windows.newest, headroom: windows.headroom, thisYear, narrow: !!(params.filter.year || params.filter.agency || params.filter.category), filters, body });
    found.push(...rows.map((r) => ({ id: r.id, tier })));
    if (rows.length) skip = 0;
    else if (skip > 0) skip -= await count(match(q), skip);
  }
  const hits = await loadHits(found, parsed.needles);
  const shown = new Set(hits.map((h) => h.id));
  const stale = found.filter((f) => !shown.has(f.id)).map((f) => f.id);
  return { kind: "results", query: parsed.text, total, totalIsLowerBound, page, pageCount, hasNext, hits, stale };
}

/**
 * One tier's rows of the page (`need` rows after `skip`), newest first. The same rows whichever step
 * answers; the steps only differ in cost (docs/search.md, "Query plans"):
 *  1. the newest `window` rows that pass the filters, read in date order through a btree index — a common
 *     word fills a page from a few hundred rows, where its index entries would be tens of thousands to
 *     collect and sort;
 *  2. the index, year by year for the recent years (skipped when an agency or a year already narrows the
 *     index to a few thousand rows): a match of an older year is older than every match of a newer one;
 *  3. the whole index (rare words, where it is the right plan).
 * PostgreSQL would choose between 1 and 3 itself if it could estimate a phrase's frequency; it multiplies
 * its bigrams' frequencies instead, takes a common phrase for a rare one, and collects every match.
 */
async function tierPage(
  match: Prisma.Sql,
  o: { need: number; skip: number; window: number; headroom: number; thisYear: number; narrow: boolean; filters: { rows: Prisma.Sql; index: Prisma.Sql }; body: boolean },
) {
  const page = (source: Prisma.Sql, extra: Prisma.Sql, limit: number, offset: number) => db.$queryRaw<{ id: string }[]>`
    SELECT d.item_id AS id FROM ${source} WHERE ${match} ${extra}
    ORDER BY d.published_at DESC, d.item_id DESC LIMIT ${limit} OFFSET ${offset}`;
  if ((o.skip + o.need) * o.headroom <= o.window) {
    const columns = o.body ? Prisma.sql`d.item_id, d.published_at, d.title_terms, d.meta_terms, d.all_terms` : Prisma.sql`d.item_id, d.published_at, d.title_terms, d.meta_terms`;
    const window = Prisma.sql`(SELECT ${columns} FROM search_document d WHERE TRUE ${o.filters.rows}
      ORDER BY d.published_at DESC, d.item_id DESC LIMIT ${o.window}) d`;
    const rows = await page(window, Prisma.empty, o.need, o.skip);
    if (rows.length === o.need) return rows;
  }
  const index = Prisma.sql`search_document d`;
  if (!o.narrow) {
    // The tier's first skip + need rows, gathered a year at a time.
    const ranked: { id: string }[] = [];
    for (let year = o.thisYear; year > o.thisYear - RECENT_YEARS; year--) {
      ranked.push(...(await page(index, Prisma.sql`${o.filters.index} AND ${CHINA_YEAR} = ${year}::int`, o.skip + o.need - ranked.length, 0)));
      if (ranked.length === o.skip + o.need) return ranked.slice(o.skip);
    }
  }
  return page(index, o.filters.index, o.need, o.skip);
}

/**
 * The filters as SQL over d (the index row): `rows` for a date-ordered scan, `index` for the GIN indexes;
 * null when a filter names nothing public.
 */
async function filterSql(filter: SearchFilter): Promise<{ rows: Prisma.Sql; index: Prisma.Sql } | null> {
  const parts: Prisma.Sql[] = [];
  let agencyId: string | null = null;
  if (filter.agency) {
    const agency = await db.agency.findFirst({ where: { code: filter.agency, active: true }, select: { id: true } });
    if (!agency) return null;
    agencyId = agency.id;
  }
  if (filter.category) {
    // A catalogue category belongs to one agency: filtering by it is also filtering by that agency, which
    // the indexes can use (the category alone has no index of its own).
    const category = await db.catalogueCategory.findUnique({ where: { id: filter.category }, select: { agencyId: true } });
    if (!category || (agencyId && category.agencyId !== agencyId)) return null;
    agencyId = category.agencyId;
    parts.push(Prisma.sql`AND (d.category_id = ${filter.category}::uuid OR d.category_parent_id = ${filter.category}::uuid)`);
  }
  if (agencyId) parts.push(Prisma.sql`AND d.agency_id = ${agencyId}::uuid`);
  if (filter.genre) parts.push(Prisma.sql`AND d.genre = ${filter.genre}::genre`);
  if (filter.validity) parts.push(Prisma.sql`AND d.validity = ${filter.validity}::validity`);
  // A year is a range on the published time, where the date-ordered btree scans start; to the index
  // queries it is also the China year (the same rows), which the GIN indexes hold. Not both in one
  // window: PostgreSQL would take them for independent conditions and expect 20× fewer rows than there
  // are, and then sort a whole year where an ordered scan stops after a few hundred rows.
  if (filter.year) {
    parts.push(Prisma.sql`AND d.published_at >= ${`${filter.year}-01-01T00:00:00+08:00`}::timestamptz
      AND d.published_at < ${`${filter.year + 1}-01-01T00:00:00+08:00`}::timestamptz`);
  }
  const rows = parts.length ? Prisma.join(parts, " ") : Prisma.empty;
  return { rows, index: filter.year ? Prisma.sql`${rows} AND ${CHINA_YEAR} = ${filter.year}::int` : rows };
}

type HitRow = {
  id: string; index_number: string; title: string; document_number: string; keywords: string[]; summary: string; body: string;
  files: string | null; agency_name: string; published_on: Date | null; validity: Validity; genre: Genre;
};

async function loadHits(found: { id: string; tier: 1 | 2 | 3 }[], needles: string[]): Promise<SearchHit[]> {
  if (!found.length) return [];
  const rows = await db.$queryRaw<HitRow[]>`
    SELECT i.id, i.index_number, r.title, r.document_number, r.keywords, r.summary, left(r.body_markdown, 20000) AS body,
           (SELECT left(string_agg(x.text, ' ' ORDER BY x.sort_order), 50000) FROM attachment x WHERE x.revision_id = r.id) AS files,
           a.name AS agency_name, i.published_on, i.validity, r.genre
    FROM item i JOIN item_revision r ON r.id = i.live_revision_id JOIN agency a ON a.id = i.agency_id
    WHERE i.id = ANY (${found.map((f) => f.id)}::uuid[]) AND ${publicItemSql}`;
  const byId = new Map(rows.map((r) => [r.id, r]));
  return found.flatMap(({ id, tier }) => {
    const r = byId.get(id);
    if (!r) return [];
    return [{
      id,
      indexNumber: r.index_number,
      title: highlight(r.title, needles),
      documentNumber: highlight(r.document_number, needles),
      agencyName: r.agency_name,
      publishedOn: r.published_on ? fromDbDate(r.published_on) : null,
      validity: r.validity,
      genre: r.genre,
      snippet: snippet([r.summary, r.body, r.keywords.join("、"), r.files ?? ""], needles),
      tier,
    }];
  });
}
