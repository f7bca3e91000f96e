// Open data: public items, newest first, filtered by agency, catalogue category, 主题分类, 体裁, year and
// 有效性, in keyset pages (`cursor` from the previous page's `next`).
import { activeAgencyId, activeCategory } from "@/lib/open-data/agencies";
import { listPublicItemsPage } from "@/lib/open-data/items";
import { badRequest, parseQuery, publicJson, readPreflight, readRoute } from "@/lib/open-data/respond";
import { ZItemListQuery } from "@/lib/open-data/schemas";
import { siteUrl } from "@/lib/open-data/site-url";
import type { Highlighted } from "@/lib/search/highlight";
import { searchItems, type SearchParams } from "@/lib/search/search-items";

export const GET = readRoute(async (request: Request) => {
  const query = parseQuery(request, ZItemListQuery);
  if (!query.ok) return query.response;
  const { agency, q, page, ...filter } = query.value;
  const agencyId = agency ? await activeAgencyId(agency) : undefined;
  if (agencyId === null) return badRequest(request, { agency: ["unknownAgency"] });
  if (filter.category && !(await activeCategory(filter.category, agencyId)))
    return badRequest(request, { category: ["unknownCategory"] });
  const base = siteUrl(request);
  if (q)
    return searchResponse(
      base,
      {
        q,
        page: page ?? 1,
        filter: {
          agency,
          category: filter.category,
          genre: filter.genre,
          year: filter.year,
          validity: filter.validity,
        },
      },
      request,
    );
  const { items, next } = await listPublicItemsPage(base, { ...filter, agencyId });
  let nextUrl: string | null = null;
  if (next) {
    const params = new URL(request.url).searchParams;
    params.set("cursor", next);
    nextUrl = `${base}/api/v1/items?${params.toString()}`;
  }
  return publicJson({ items, next, links: { next: nextUrl } });
});

export const OPTIONS = async () => readPreflight();

/** ?q=: the portal's full-text search (same ranking and visibility), as plain-text JSON. */
async function searchResponse(base: string, params: SearchParams, request: Request) {
  const outcome = await searchItems(params);
  if (outcome.kind !== "results")
    return badRequest(request, { q: [outcome.kind === "tooLong" ? "tooLong" : "invalid"] });
  const text = (parts: Highlighted | null) => (parts ? parts.map((p) => p.text).join("") : null);
  return publicJson({
    query: outcome.query,
    total: outcome.total,
    totalIsLowerBound: outcome.totalIsLowerBound,
    page: outcome.page,
    pageCount: outcome.pageCount,
    hasNext: outcome.hasNext,
    items: outcome.hits.map((hit) => ({
      id: hit.id,
      indexNumber: hit.indexNumber,
      title: text(hit.title),
      documentNumber: text(hit.documentNumber),
      agency: hit.agencyName,
      publishedOn: hit.publishedOn,
      genre: hit.genre,
      validity: hit.validity,
      snippet: text(hit.snippet),
      url: `${base}/items/${hit.id}`,
    })),
  });
}
