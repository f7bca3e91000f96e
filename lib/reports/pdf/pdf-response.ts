// GET /reports/{agencyCode}/{year}/pdf: a published version of a report as a PDF download. Only published
// versions are read (lib/reports/public/queries.ts); anything else, and any malformed parameter, is a 404.
import { findPublishedReportAtUrl } from "@/lib/reports/public/report-at-url";
import { attachmentDisposition, reportPdf, reportPdfFileName } from "./report-pdf";

const notFound = () =>
  new Response("未找到该年度报告。", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

export async function publishedReportPdfResponse(
  agencyCode: string,
  yearParam: string,
  searchParams: URLSearchParams,
): Promise<Response> {
  const report = await findPublishedReportAtUrl(agencyCode, yearParam, Object.fromEntries(searchParams));
  if (!report) return notFound();
  const { year } = report;
  const { version } = report;
  const pdf = await reportPdf({
    agencyName: report.agency.name,
    year,
    scope: report.scope,
    format: version.format,
    figures: version.figures,
    narrative: version.narrative,
    publishedOn: version.publishedOn,
    version: { number: version.number, correctionReason: version.correctionReason },
  });
  // The latest version keeps the plain name; an older one says which version it is.
  const versionSuffix = version.number === report.latestNumber ? undefined : version.number;
  const ascii = `annual-report-${report.agency.code}-${year}${report.scope === "COMBINED" ? "-combined" : ""}${versionSuffix ? `-v${versionSuffix}` : ""}.pdf`;
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(pdf.length),
      "Content-Disposition": attachmentDisposition(reportPdfFileName(report.agency.name, year, versionSuffix), ascii),
      "X-Content-Type-Options": "nosniff",
      // A published version never changes; a new one has its own number. Short caching keeps "latest" fresh.
      "Cache-Control": "public, max-age=300",
    },
  });
}
