// Open data: the active agencies, with public contact facts and their 政府信息公开工作机构.
import { listAgenciesJson } from "@/lib/open-data/agencies";
import { parseQuery, publicJson, readPreflight, readRoute } from "@/lib/open-data/respond";
import { ZNoQuery } from "@/lib/open-data/schemas";
import { siteUrl } from "@/lib/open-data/site-url";

export const GET = readRoute(async (request: Request) => {
  const query = parseQuery(request, ZNoQuery);
  if (!query.ok) return query.response;
  return publicJson({ agencies: await listAgenciesJson(siteUrl(request)) });
});

export const OPTIONS = async () => readPreflight();
