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

/** How many of the newest rows a tier looks at before it asks the whole index (see searchItems). */
const NEWEST_WINDOW = 20_000;
// all_terms is large (TOASTed, ~3.6 kB): reading it costs ~100× more per row than the title's terms.
const NEWEST_WINDOW_BODY = 2_000;

// The columns a window reads: narrow rows, so that sorting a window never spills to disk; the body's
// terms (TOASTed, ~3.6 kB) only for tier 3.
const WINDOW_COLUMNS = Prisma.sql`d.item_id, d.published_at, d.agency_id, d.genre, d.validity, d.year, d.category_id,
  d.category_parent_id, d.title_terms, d.meta_terms`;
const WINDOW_COLUMNS_BODY = Prisma.sql`${WINDOW_COLUMNS}, d.all_terms`;

const TIERS = [
  { tier: 1, body: false, columns: WINDOW_COLUMNS, match: (q: Prisma.Sql) => Prisma.sql`d.title_terms @@ ${q}` },
  { tier: 2, body: false, columns: WINDOW_COLUMNS, match: (q: Prisma.Sql) => Prisma.sql`d.meta_terms @@ ${q} AND NOT d.title_terms @@ ${q}` },
  { tier: 3, body: true, columns: WINDOW_COLUMNS_BODY, match: (q: Prisma.Sql) => Prisma.sql`NOT d.meta_terms @@ ${q} AND d.all_terms @@ ${q}` },
] as const;

/** Window sizes; a test makes them tiny so that a small corpus takes every path a large one does. */
export type SearchWindows = { newest: number; body: number };
const WINDOWS: SearchWindows = { newest: NEWEST_WINDOW, body: NEWEST_WINDOW_BODY };

/**
 * The China year of the publication, exactly as the title and 文号/关键词 GIN indexes hold it (migration
 * 20261128160000_search_filters): the same expression, or PostgreSQL cannot use them.
 */
const CHINA_YEAR = Prisma.sql`(EXTRACT(YEAR FROM d.published_at AT TIME ZONE 'Asia/Shanghai')::int)`;

/**
 * When a tier's window does not fill the page, the tier asks the whole index newest years first: the
 * matches of this year, of the last 3, of the last 7, then all. Each step reads only the matching rows of
 * those years (the year is in the GIN index), and the first step that fills the page is the answer: a
 * match of an older year is older than every match of the years asked.
 */
const YEAR_SPANS = [0, 2, 6] as const;

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
  const where = await filterSql(params.filter);
  if (!where) return { kind: "results", query: parsed.text, total: 0, totalIsLowerBound: false, page: 1, pageCount: 0, hasNext: false, hits: [] };
  // The ranking reads the index alone: joining each candidate to its item, live revision and agency to
  // apply the policy cost three more random heap pages per row (docs/search.md); the policy is applied to
  // what is shown (loadHits).
  const from = Prisma.sql`search_document d`;
  const filtered = where; // filters on d: harmless to repeat outside a window that applied them already

  // The newest `size` index rows that pass the filters: a date-ordered prefix of the candidates, so the
  // newest matches found inside it are the newest matches overall. Scanning it costs a bounded amount
  // whatever the query; PostgreSQL's own choice for phrase queries (which it assumes to be rare) can cost
  // seconds when they are common. See docs/search.md, "Query plans".
  const newest = (size: number, columns: Prisma.Sql = WINDOW_COLUMNS) => Prisma.sql`(
    SELECT ${columns} FROM search_document d
    WHERE TRUE ${where} ORDER BY d.published_at DESC, d.item_id DESC LIMIT ${size}) d`;
  const count = async (source: Prisma.Sql, match: Prisma.Sql, cap: number) =>
    (await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${source} WHERE ${match} ${filtered} LIMIT ${cap}) s`)[0].n;

  // How many results, counted only as far as this page needs: exactly up to COUNT_AT_LEAST, and for deeper
  // pages one row past the page (to know whether a next page exists). Counting every match of a common
  // bigram would cost more than the whole search budget. Title/文号/关键词 matches among the newest rows
  // answer that quickly for common words; only rarer ones need the full index.
  const offset = (Math.min(params.page, SEARCH_MAX_PAGES) - 1) * SEARCH_PAGE_SIZE;
  const cap = Math.max(COUNT_AT_LEAST, offset + SEARCH_PAGE_SIZE) + 1;
  // When the filters leave no more rows than a window holds (an agency, a year and a genre…), the window
  // already holds every candidate: the full index never needs to be asked, which is what kept filtered
  // searches slow (the planner's full-index plans for common phrases).
  const candidates = (await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM (SELECT 1 FROM search_document d WHERE TRUE ${where} LIMIT ${windows.newest + 1}) s`)[0].n;
  const whole = (window: number) => candidates <= window;
  const thisYear = yearOf(chinaToday());
  const inMeta = Prisma.sql`d.meta_terms @@ ${q}`;
  // Matches in title/文号/关键词 among the newest rows: tiers 1 and 2 of the window. Counting up to the cap
  // there reads cap ÷ (their share of the rows) rows, one heap page each (the table is not stored in date
  // order): ~5,000 for a phrase in 4 % of titles on page 1, all 20,000 when a deep page needs up to 1,000
  // matches. So the newest twentieth of the window is probed first: unless a fifth of it matches, the count uses
  // the title/文号/关键词 index by years (it reads only matching rows, newest years first), and the
  // tiers use the window only when the share found promises twice the rows the page needs.
  let metaInWindow: number | null = null;
  let counted = 0;
  let share: number | null = null;
  if (!whole(windows.newest)) {
    const probe = Math.max(1, Math.floor(windows.newest / 20));
    const dense = Math.ceil(probe / 5);
    const found = await count(newest(probe), inMeta, dense);
    share = found >= dense ? null : found / probe;
  }
  // When the window holds every candidate, counting needs no order: the candidates unsorted (OFFSET 0 keeps
  // PostgreSQL from merging the text match into the subquery and choosing the text index for a phrase it
  // wrongly thinks rare), so the count stops at the cap instead of sorting, say, an agency's 5,000 rows.
  const everyCandidate = (columns: Prisma.Sql) => Prisma.sql`(SELECT ${columns} FROM search_document d WHERE TRUE ${where} OFFSET 0) d`;
  if (whole(windows.newest)) {
    counted = await count(everyCandidate(WINDOW_COLUMNS), inMeta, cap);
  } else if (share === null) {
    metaInWindow = counted = await count(newest(windows.newest), inMeta, cap);
  } else {
    for (const back of YEAR_SPANS) {
      counted = await count(from, Prisma.sql`${inMeta} AND ${CHINA_YEAR} >= ${thisYear - back}::int`, cap);
      if (counted === cap) break;
    }
  }
  if (counted < cap) counted = await count(whole(windows.newest) ? everyCandidate(WINDOW_COLUMNS_BODY) : from, Prisma.sql`d.all_terms @@ ${q}`, cap);
  const totalIsLowerBound = counted === cap;
  const total = totalIsLowerBound ? cap - 1 : counted;
  const lastPage = Math.min(SEARCH_MAX_PAGES, Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE)));
  const page = Math.min(params.page, lastPage);
  const pageCount = totalIsLowerBound ? null : lastPage;
  const hasNext = page < SEARCH_MAX_PAGES && total > page * SEARCH_PAGE_SIZE;

  // The page is a window over tier 1 ++ tier 2 ++ tier 3, each newest first. Each tier is tried on the
  // newest rows first, and on the index (newest years first) only when those do not fill the page.
  const found: { id: string; tier: 1 | 2 | 3 }[] = [];
  let skip = (page - 1) * SEARCH_PAGE_SIZE;
  // Whether tiers 1 and 2 can fill the page from the newest rows. Only the cost depends on this, never the
  // result: a window that falls short is followed by the index, and the index by years returns the same rows.
  const windowMayFill = (wanted: number) =>
    metaInWindow !== null ? metaInWindow >= cap || metaInWindow >= wanted : (share ?? 0) * windows.newest >= 2 * wanted;
  for (const { tier, match, body, columns } of TIERS) {
    const window = body ? windows.body : windows.newest;
    const need = SEARCH_PAGE_SIZE - found.length;
    if (need === 0 || total === 0) break;
    const tierPage = (source: Prisma.Sql, span: Prisma.Sql = Prisma.empty) => db.$queryRaw<{ id: string }[]>`
      SELECT d.item_id AS id FROM ${source} WHERE ${match(q)} ${filtered} ${span}
      ORDER BY d.published_at DESC, d.item_id DESC LIMIT ${need} OFFSET ${skip}`;
    const source = whole(window) ? newest(window, columns) : from;
    let rows: { id: string }[] = [];
    // Tiers 1 and 2 are matches in title/文号/关键词: when the window holds fewer of those than this page
    // needs, reading it cannot fill the page — go to the index directly.
    if (body || whole(window) || windowMayFill(skip + need)) rows = await tierPage(newest(window, columns));
    if (rows.length < need && !whole(window)) {
      for (const back of YEAR_SPANS) {
        rows = await tierPage(from, Prisma.sql`AND ${CHINA_YEAR} >= ${thisYear - back}::int`);
        if (rows.length === need) break;
      }
      if (rows.length < need) rows = await tierPage(from);
    }
    found.push(...rows.map((r) => ({ id: r.id, tier })));
    if (rows.length) skip = 0;
    else if (skip > 0) skip -= await count(source, match(q), skip);
  }
  const hits = await loadHits(found, parsed.needles);
  const shown = new Set(hits.map((h) => h.id));
  const stale = found.filter((f) => !shown.has(f.id)).map((f) => f.id);
  return { kind: "results", query: parsed.text, total, totalIsLowerBound, page, pageCount, hasNext, hits, stale };
}

/** The filters as SQL over d (the index row) and i (the item); null when a filter names nothing public. */
async function filterSql(filter: SearchFilter): Promise<Prisma.Sql | null> {
  const parts: Prisma.Sql[] = [];
  if (filter.agency) {
    const agency = await db.agency.findFirst({ where: { code: filter.agency, active: true }, select: { id: true } });
    if (!agency) return null;
    parts.push(Prisma.sql`AND d.agency_id = ${agency.id}::uuid`);
  }
  if (filter.category) parts.push(Prisma.sql`AND (d.category_id = ${filter.category}::uuid OR d.category_parent_id = ${filter.category}::uuid)`);
  if (filter.genre) parts.push(Prisma.sql`AND d.genre = ${filter.genre}::genre`);
  if (filter.validity) parts.push(Prisma.sql`AND d.validity = ${filter.validity}::validity`);
  // A range on the published time rather than `d.year =`: the newest-first index scan then starts at that year.
  // The China year as well (the same rows) lets the GIN indexes narrow by year when a tier asks them.
  if (filter.year) {
    parts.push(Prisma.sql`AND d.published_at >= ${`${filter.year}-01-01T00:00:00+08:00`}::timestamptz
      AND d.published_at < ${`${filter.year + 1}-01-01T00:00:00+08:00`}::timestamptz AND ${CHINA_YEAR} = ${filter.year}::int`);
  }
  return parts.length ? Prisma.join(parts, " ") : Prisma.empty;
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
