// 提交领导审定: staff send the report to a leader. Refused while the figures do not reconcile (the error
// names the column) or entered figures are missing, while 一 总体情况 is empty, and — for a correction of a
// published report — without the reason for the correction, which every later version carries.
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import { requireReport } from "./queries";
import { assertPublishable, computeFor } from "./report-figures";
import { ZSubmitReport } from "./schemas";
import { REPORT_TRANSITIONS } from "./workflow";

export async function submitReport(options: { user: CurrentUser; reportId: string; input?: unknown }) {
  const { user } = options;
  const rule = REPORT_TRANSITIONS.submit;
  const report = await requireReport(user, options.reportId);
  requirePermission(user, rule.action, report.agencyId);
  const input = parseInput(ZSubmitReport, options.input ?? {});
  if (!rule.from.includes(report.status)) throw new AppError("CONFLICT", { message: "reports.stateChanged" });
  if (!report.overview.trim())
    throw new AppError("VALIDATION", { message: "reports.overviewEmpty", fieldErrors: { overview: ["required"] } });
  const correctionReason = input.correctionReason || report.correctionReason;
  const isCorrection = report.versions.length > 0;
  if (isCorrection && !correctionReason)
    throw new AppError("VALIDATION", { fieldErrors: { correctionReason: ["required"] } });
  assertPublishable(await computeFor(db, report));

  return db.$transaction(async (tx) => {
    const { count } = await tx.annualReport.updateMany({
      where: { id: report.id, status: { in: [...rule.from] } },
      data: {
        status: rule.to,
        submittedById: user.id,
        submittedAt: new Date(),
        returnComment: "",
        correctionReason: isCorrection ? correctionReason : "",
        updatedById: user.id,
      },
    });
    if (count === 0) throw new AppError("CONFLICT", { message: "reports.stateChanged" });
    await recordAudit(tx, {
      type: "report.submitted",
      actor: { id: user.id, label: user.name },
      agencyId: report.agencyId,
      entity: { type: "report", id: report.id },
      payload: { year: report.year, ...(isCorrection ? { correctionReason } : {}) },
    });
    return tx.annualReport.findUniqueOrThrow({ where: { id: report.id } });
  });
}
