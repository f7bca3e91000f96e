// sitemap.xml: the index (no parameters), the portal pages (?part=pages) and chunks of public items
// (?part=items&from={first item id}), all through the visibility policy (lib/open-data/sitemap.ts).
import { itemsSitemapStream, pagesSitemap, SITEMAP_CONTENT_TYPE, sitemapIndex } from "@/lib/open-data/sitemap";
import { siteUrl } from "@/lib/open-data/site-url";

const HEADERS = { "Content-Type": SITEMAP_CONTENT_TYPE, "Cache-Control": "public, max-age=3600" };

export async function GET(request: Request) {
  const base = siteUrl(request);
  const params = new URL(request.url).searchParams;
  const part = params.get("part");
  if (part === null) return new Response(await sitemapIndex(base), { headers: HEADERS });
  if (part === "pages") return new Response(await pagesSitemap(base), { headers: HEADERS });
  const stream = part === "items" ? itemsSitemapStream(base, params.get("from") ?? "") : null;
  if (!stream)
    return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(stream, { headers: HEADERS });
}
