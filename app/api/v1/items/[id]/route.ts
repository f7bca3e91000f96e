// Open data: one public item — metadata, body, attachments and 政策解读 links. Anything not public is 404.
import { notFound } from "@/lib/errors/app-error";
import { publicItemJson } from "@/lib/open-data/items";
import { parseQuery, publicJson, readPreflight, readRoute } from "@/lib/open-data/respond";
import { ZNoQuery } from "@/lib/open-data/schemas";
import { siteUrl } from "@/lib/open-data/site-url";

type Context = { params: Promise<{ id: string }> };

export const GET = readRoute(async (request: Request, context: Context) => {
  const query = parseQuery(request, ZNoQuery);
  if (!query.ok) return query.response;
  const item = await publicItemJson(siteUrl(request), (await context.params).id);
  if (!item) throw notFound();
  return publicJson({ item });
});

export const OPTIONS = async () => readPreflight();
