// GET /api/v1/agencies/{agencyCode}/reports: the agency's published reports, newest year first, each with its
// latest version and the links to its JSON, page and PDF. Only published versions exist here, as on the portal.
import { notFound } from "@/lib/errors/app-error";
import { parseQuery, publicJson } from "@/lib/open-data/respond";
import { ZNoQuery } from "@/lib/open-data/schemas";
import { siteUrl } from "@/lib/open-data/site-url";
import { reportApiHref, reportHref, reportPdfHref } from "./links";
import { findAgencyReports } from "./queries";

export async function reportListApiAnswer(request: Request, agencyCode: string): Promise<Response> {
  const query = parseQuery(request, ZNoQuery);
  if (!query.ok) return query.response;
  const found = await findAgencyReports(agencyCode);
  if (!found) throw notFound();
  const origin = siteUrl(request);
  return publicJson({
    agency: { code: found.agency.code, name: found.agency.name },
    reports: found.reports.map((r) => {
      const target = { agencyCode: found.agency.code, year: r.year, scope: r.scope };
      return {
        year: r.year,
        scope: r.scope,
        format: r.format,
        version: r.version,
        publishedOn: r.publishedOn,
        links: {
          api: `${origin}${reportApiHref(target)}`,
          html: `${origin}${reportHref(target)}`,
          pdf: `${origin}${reportPdfHref(target)}`,
        },
      };
    }),
  });
}
