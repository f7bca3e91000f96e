// The published report a public URL names: /reports/{agencyCode}/{year}[?version=n][&scope=combined]. Shared by
// the report page, its 统计口径说明 page and the PDF, so all three read the same parameters the same way.
import { parseReportPageQuery, parseReportYear } from "./params";
import { findPublishedReport, type PublishedReport } from "./queries";

/**
 * The report, or null when a parameter is malformed or nothing is published there (the routes answer 404).
 * `latestOnly`: ignore ?version= (the counting rules are the same for every version).
 */
export async function findPublishedReportAtUrl(
  agencyCode: string,
  yearParam: string,
  searchParams: Record<string, string | string[] | undefined>,
  options: { latestOnly?: boolean } = {},
): Promise<PublishedReport | null> {
  const year = parseReportYear(yearParam);
  const query = parseReportPageQuery(searchParams);
  if (year === null || !query) return null;
  return findPublishedReport(agencyCode, year, options.latestOnly ? { scope: query.scope } : query);
}
