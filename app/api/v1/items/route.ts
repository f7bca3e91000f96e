// Open data: public items, newest first, filtered by agency, catalogue category, 主题分类, 体裁, year and
// 有效性, in keyset pages (`cursor` from the previous page's `next`).
import { activeAgencyId, activeCategory } from "@/lib/open-data/agencies";
import { listPublicItemsPage } from "@/lib/open-data/items";
import { badRequest, parseQuery, publicJson, readPreflight, readRoute } from "@/lib/open-data/respond";
import { ZItemListQuery } from "@/lib/open-data/schemas";
import { siteUrl } from "@/lib/open-data/site-url";

export const GET = readRoute(async (request: Request) => {
  const query = parseQuery(request, ZItemListQuery);
  if (!query.ok) return query.response;
  const { agency, q: _q, ...filter } = query.value;
  const agencyId = agency ? await activeAgencyId(agency) : undefined;
  if (agencyId === null) return badRequest(request, { agency: ["unknownAgency"] });
  if (filter.category && !(await activeCategory(filter.category, agencyId))) return badRequest(request, { category: ["unknownCategory"] });
  const base = siteUrl(request);
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
