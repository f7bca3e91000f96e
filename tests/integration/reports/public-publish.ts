// Reports for the public side's tests, made through the workflow's own use cases (open → narrative and 表二's
// entered figures → submit by staff → approve by a leader), so what the public reads is what publishing froze.
import type { CurrentUser } from "@/lib/auth/current-user";
import { approveReport } from "@/lib/reports/approve-report";
import { openReport } from "@/lib/reports/open-report";
import { setManualFigure } from "@/lib/reports/set-manual-figure";
import { startCorrection } from "@/lib/reports/start-correction";
import { submitReport } from "@/lib/reports/submit-report";
import { updateReportNarrative } from "@/lib/reports/update-report-narrative";
import type { ReportNarrative } from "@/lib/reports/types";

export const narrativeFor = (marker: string): ReportNarrative => ({
  introduction: `本报告根据《中华人民共和国政府信息公开条例》编制。${marker}引言`,
  overview: `一年来，本机关认真贯彻落实政务公开工作要求。${marker}总体`,
  problems: `公开内容的及时性有待提高。${marker}问题`,
  otherMatters: `无其他需要报告的事项。${marker}其他`,
});

const FIGURES = [
  { key: "licensing.decisions", value: "36", source: "区政务服务中心审批系统统计" },
  { key: "penalty.decisions", value: "4", source: "区行政执法平台统计" },
  { key: "coercion.decisions", value: "0", source: "区行政执法平台统计" },
  { key: "fees.amount", value: "1.25", source: "区财政非税收入系统" },
];

/** The working copy of `agencyId`'s report for `year`, with its narrative and (current formats) 表二's figures. */
export async function draftReport(staff: CurrentUser, agencyId: string, year: number, narrative: ReportNarrative) {
  const report = await openReport({ user: staff, agencyId, year });
  await updateReportNarrative({ user: staff, reportId: report.id, input: narrative });
  if (year >= 2021)
    for (const figure of FIGURES) await setManualFigure({ user: staff, reportId: report.id, input: figure });
  return report;
}

/** Submits and approves: publishes the next version. */
export async function publish(staff: CurrentUser, leader: CurrentUser, reportId: string, now?: Date) {
  await submitReport({ user: staff, reportId });
  return approveReport({ user: leader, reportId, now });
}

/** A published report, then (optionally) a correction published as version 2 with `reason` and new text. */
export async function publishedReport(
  staff: CurrentUser,
  leader: CurrentUser,
  agencyId: string,
  year: number,
  narrative: ReportNarrative,
) {
  const report = await draftReport(staff, agencyId, year, narrative);
  await publish(staff, leader, report.id);
  return report;
}

export async function correctReport(
  staff: CurrentUser,
  leader: CurrentUser,
  reportId: string,
  reason: string,
  narrative: ReportNarrative,
  options: { publish: boolean },
) {
  await startCorrection({ user: staff, reportId, input: { reason } });
  await updateReportNarrative({ user: staff, reportId, input: narrative });
  if (options.publish) await publish(staff, leader, reportId);
}
