// GET /api/v1/agencies/{agencyCode}/reports/{year}: the published report as open data (latest version, or
// ?version=n; ?format=legacy|current; ?scope=combined). Without a published version the answer is 404 — except
// to a caller whose token (Authorization: Bearer gk_…) belongs to a user who may report.read in that agency:
// they get the working copy computed live (version null, status DRAFT …), so staff can check a draft's
// figures with the same tools the public uses. A token without that right sees exactly what the public sees.
import { requireApiUser } from "@/lib/api/authenticate";
import { json } from "@/lib/api/respond";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { fromDbDate } from "@/lib/calendar/calendar-date";
import { notFound } from "@/lib/errors/app-error";
import { badRequest, parseQuery, publicJson } from "@/lib/open-data/respond";
import { siteUrl } from "@/lib/open-data/site-url";
import { computeReport } from "@/lib/reports/compute/compute-report";
import { reportJson } from "@/lib/reports/report-json";
import type { ReportScope } from "@/lib/reports/types";
import { viewOfFormat } from "./document";
import { reportHref, reportPdfHref } from "./links";
import { parseReportYear, ZReportApiQuery } from "./params";
import { findPublishedReport, narrativeOf } from "./queries";

export async function reportApiAnswer(request: Request, agencyCode: string, yearParam: string): Promise<Response> {
  const query = parseQuery(request, ZReportApiQuery);
  if (!query.ok) return query.response;
  const year = parseReportYear(yearParam);
  if (year === null) return badRequest(request, { year: ["reportYear"] });
  const { version, scope, format } = query.value;

  const agency = /^[0-9A-Za-z-]{1,32}$/.test(agencyCode)
    ? await db.agency.findFirst({
        where: { code: agencyCode, active: true },
        select: { id: true, code: true, name: true },
      })
    : null;
  if (!agency) throw notFound();

  // A token is optional; a bearer token that is sent must be valid (401 otherwise), as on the console API.
  // Other schemes (e.g. Basic added by a proxy) are not ours: such a request is read as anonymous.
  const withToken = /^Bearer\s/i.test(request.headers.get("authorization") ?? "");
  const user = withToken ? await requireApiUser(request) : null;

  if (user && version === undefined && can(user, "report.read", agency.id)) {
    const draft = await workingDraft(agency.id, year, scope);
    if (draft) {
      const figures = await computeReport(db, { agencyId: agency.id, year, scope: draft.scope });
      return json(
        reportJson({
          agency,
          year,
          scope: draft.scope,
          figures,
          narrative: narrativeOf(draft),
          view: format ?? viewOfFormat(draft.format),
          version: null,
          status: draft.status,
          versions: draft.versions.map((v) => ({
            number: v.number,
            publishedOn: fromDbDate(v.publishedOn),
            correctionReason: v.correctionReason,
          })),
          links: { html: null, pdf: null },
        }),
        { headers: { "Cache-Control": "private, no-store" } },
      );
    }
  }

  const report = await findPublishedReport(agency.code, year, { version, scope });
  if (!report) throw notFound();
  const target = {
    agencyCode: agency.code,
    year,
    scope: report.scope,
    version: report.version.number === report.latestNumber ? undefined : report.version.number,
  };
  const origin = siteUrl(request);
  const body = reportJson({
    agency,
    year,
    scope: report.scope,
    figures: report.version.figures,
    narrative: report.version.narrative,
    view: format ?? viewOfFormat(report.version.format),
    version: {
      number: report.version.number,
      publishedAt: report.version.publishedAt,
      publishedOn: report.version.publishedOn,
      correctionReason: report.version.correctionReason,
    },
    status: "PUBLISHED",
    versions: report.versions,
    links: { html: `${origin}${reportHref(target)}`, pdf: `${origin}${reportPdfHref(target)}` },
  });
  // An answer to a request with credentials is never stored by shared caches.
  return withToken ? json(body, { headers: { "Cache-Control": "private, no-store" } }) : publicJson(body);
}

/** The working copy when it is not the published text (a draft, a correction in progress, awaiting approval). */
async function workingDraft(agencyId: string, year: number, scope: ReportScope | undefined) {
  const reports = await db.annualReport.findMany({
    where: { agencyId, year, ...(scope ? { scope } : {}) },
    include: {
      versions: { orderBy: { number: "asc" }, select: { number: true, publishedOn: true, correctionReason: true } },
    },
  });
  const report = reports.find((r) => r.scope === "OWN") ?? reports[0];
  return report && report.status !== "PUBLISHED" ? report : null;
}
