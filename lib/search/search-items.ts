// 全文检索: the public search over title, 文号, 关键词, summary, body and attachment text.
// The index (`search_document`) holds one row per public item, kept so by database triggers; the ranking
// and the counts read the index alone. What is shown is loaded through the visibility policy
// (publicItemSql) again, so a draft, withheld or withdrawn item can never be shown even if an index row
// were stale; a stale row found that way is repaired and the search answered again (see searchItems).
// The ranking (tiers, then newest first) is in ranking.ts, the filters in search-filters.ts.
import { db } from "@/lib/db";
import { publicItemSql } from "@/lib/items/visibility";
import { GENRES, VALIDITIES } from "@/lib/items/vocabulary";
import { isUuid } from "@/lib/forms/validation";
import { fromDbDate, type CalendarDate } from "@/lib/calendar/calendar-date";
import { highlight, snippet, type Highlighted } from "./highlight";
import { repairIndexRows, staleRows } from "./index-repair";
import { rankResults, SEARCH_WINDOWS, type SearchWindows } from "./ranking";
import { searchFilterSql } from "./search-filters";
import { parseQuery } from "./tokenize";

export { SEARCH_PAGE_SIZE, SEARCH_MAX_PAGES, COUNT_AT_LEAST, type SearchWindows } from "./ranking";

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
      kind: "results";
      query: string;
      /** Exact unless totalIsLowerBound ("more than total"). */
      total: number;
      totalIsLowerBound: boolean;
      /** null when the total is only a lower bound. */
      page: number;
      pageCount: number | null;
      hasNext: boolean;
      hits: SearchHit[];
    };

export async function searchItems(
  params: SearchParams,
  windows: SearchWindows = SEARCH_WINDOWS,
): Promise<SearchOutcome> {
  const outcome = await rankAndLoad(params, windows);
  const stale = outcome.kind === "results" ? (outcome.stale ?? []) : [];
  if (!stale.length) return strip(outcome);
  // An index row of an item that is not public (a trigger missed, a hand edit): it was never shown, but it
  // took a place in the ranking and the count. Rebuild those rows from the items (which removes them) and
  // answer again, so the page and its total are exact.
  await repairIndexRows(stale);
  return strip(await rankAndLoad(params, windows));
}

function strip(outcome: SearchOutcome & { stale?: string[] }): SearchOutcome {
  if (outcome.kind !== "results") return outcome;
  const { stale: _stale, ...results } = outcome;
  return results;
}

async function rankAndLoad(
  params: SearchParams,
  windows: SearchWindows,
): Promise<SearchOutcome & { stale?: string[] }> {
  const parsed = parseQuery(params.q);
  if (parsed.kind !== "ok") return parsed;
  const filters = await searchFilterSql(params.filter);
  if (!filters)
    return {
      kind: "results",
      query: parsed.text,
      total: 0,
      totalIsLowerBound: false,
      page: 1,
      pageCount: 0,
      hasNext: false,
      hits: [],
    };
  const { found, ...counts } = await rankResults(
    { exact: parsed.tsquery, index: parsed.indexQuery },
    filters,
    params.page,
    windows,
  );
  const hits = await loadHits(found, parsed.needles);
  const stale = staleRows(
    found.map((f) => f.id),
    hits.map((h) => h.id),
  );
  return { kind: "results", query: parsed.text, ...counts, hits, stale };
}

type HitRow = {
  id: string;
  index_number: string;
  title: string;
  document_number: string;
  keywords: string[];
  summary: string;
  body: string;
  files: string | null;
  agency_name: string;
  published_on: Date | null;
  validity: Validity;
  genre: Genre;
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
    return [
      {
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
      },
    ];
  });
}
