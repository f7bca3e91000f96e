// "使用上年报告文本": the narrative of the previous year's report as last published (same agency, same
// scope), offered in the editor as a starting point. Only offered — the editor fills itself when the writer
// asks, never on its own.
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requireReport } from "./queries";
import type { ReportNarrative } from "./types";

export async function previousNarrative(options: {
  user: CurrentUser;
  reportId: string;
}): Promise<{ year: number; version: number; narrative: ReportNarrative } | null> {
  const report = await requireReport(options.user, options.reportId);
  const version = await db.annualReportVersion.findFirst({
    where: { report: { agencyId: report.agencyId, scope: report.scope, year: report.year - 1 } },
    orderBy: { number: "desc" },
    select: { number: true, narrative: true },
  });
  if (!version) return null;
  const stored = version.narrative as Partial<ReportNarrative>;
  const narrative: ReportNarrative = {
    introduction: stored.introduction ?? "",
    overview: stored.overview ?? "",
    problems: stored.problems ?? "",
    otherMatters: stored.otherMatters ?? "",
  };
  return { year: report.year - 1, version: version.number, narrative };
}
