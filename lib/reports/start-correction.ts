// 更正: staff reopen a published report as a draft to correct it, saying why. The published versions stay as
// they are (and readable); approving the correction publishes the next version with this reason.
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import { requireReport } from "./queries";
import { ZCorrectionReason } from "./schemas";
import { REPORT_TRANSITIONS } from "./workflow";

export async function startCorrection(options: { user: CurrentUser; reportId: string; input: unknown }) {
  const { user } = options;
  const rule = REPORT_TRANSITIONS.correct;
  const report = await requireReport(user, options.reportId);
  requirePermission(user, rule.action, report.agencyId);
  const { reason } = parseInput(ZCorrectionReason, options.input);
  return db.$transaction(async (tx) => {
    const { count } = await tx.annualReport.updateMany({
      where: { id: report.id, status: { in: [...rule.from] } },
      data: {
        status: rule.to,
        correctionReason: reason,
        submittedById: null,
        submittedAt: null,
        returnComment: "",
        updatedById: user.id,
      },
    });
    if (count === 0) throw new AppError("CONFLICT", { message: "reports.stateChanged" });
    await recordAudit(tx, {
      type: "report.correction_started",
      actor: { id: user.id, label: user.name },
      agencyId: report.agencyId,
      entity: { type: "report", id: report.id },
      payload: { year: report.year, reason },
    });
    return tx.annualReport.findUniqueOrThrow({ where: { id: report.id } });
  });
}
