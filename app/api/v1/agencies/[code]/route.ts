// Open data: one active agency by code, with its catalogue categories (404 for unknown or inactive agencies).
import { notFound } from "@/lib/errors/app-error";
import { agencyJsonByCode } from "@/lib/open-data/agencies";
import { parseQuery, publicJson, readPreflight, readRoute } from "@/lib/open-data/respond";
import { ZNoQuery } from "@/lib/open-data/schemas";
import { siteUrl } from "@/lib/open-data/site-url";

type Context = { params: Promise<{ code: string }> };

export const GET = readRoute(async (request: Request, context: Context) => {
  const query = parseQuery(request, ZNoQuery);
  if (!query.ok) return query.response;
  const agency = await agencyJsonByCode(siteUrl(request), (await context.params).code);
  if (!agency) throw notFound();
  return publicJson({ agency });
});

export const OPTIONS = async () => readPreflight();
