// The query parameters of the public report routes: ?version=n (every version stays readable), ?scope=combined
// (a 人民政府's 本级及所属部门 report) and, on the API, ?format=legacy. Each failure names a message key under
// openData.errors.parameter, so the API's 400 says which parameter is wrong and why; the pages answer 404.
import { z } from "zod";
import type { ReportScope } from "@/lib/reports/types";
import { isReportYearParam } from "./queries";

const version = z
  .string()
  .regex(/^\d{1,4}$/, "reportVersion")
  .transform(Number)
  .pipe(z.number().int().min(1, "reportVersion"));
const scope = z
  .enum(["own", "combined"], "reportScope")
  .transform((v): ReportScope => (v === "combined" ? "COMBINED" : "OWN"));

export const ZReportPageQuery = z.object({ version: version.optional(), scope: scope.optional() });
export type TReportPageQuery = z.infer<typeof ZReportPageQuery>;

/** GET /api/v1/agencies/{code}/reports/{year} */
export const ZReportApiQuery = z.strictObject({
  version: version.optional(),
  scope: scope.optional(),
  format: z.enum(["current", "legacy"], "reportFormat").optional(),
});
export type TReportApiQuery = z.infer<typeof ZReportApiQuery>;

/** A page's search params (first value of each), or null when one is malformed (the page answers 404). */
export function parseReportPageQuery(
  searchParams: Record<string, string | string[] | undefined>,
): TReportPageQuery | null {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const parsed = ZReportPageQuery.safeParse({ version: first(searchParams.version), scope: first(searchParams.scope) });
  return parsed.success ? parsed.data : null;
}

/** The year of a report URL, or null (a page answers 404, the API 400). */
export function parseReportYear(value: string): number | null {
  return isReportYearParam(value) ? Number(value) : null;
}
