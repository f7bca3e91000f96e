// 退回: a leader who did not submit the report sends it back to staff with a comment saying what to change.
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import { requireReport } from "./queries";
import { ZReturnReport } from "./schemas";
import { REPORT_TRANSITIONS } from "./workflow";

export async function returnReport(options: { user: CurrentUser; reportId: string; input: unknown }) {
  const { user } = options;
  const rule = REPORT_TRANSITIONS.return;
  const report = await requireReport(user, options.reportId);
  requirePermission(user, rule.action, report.agencyId);
  if (report.submittedById === user.id) throw new AppError("FORBIDDEN", { message: "reports.selfApproval" });
  const { comment } = parseInput(ZReturnReport, options.input);
  return db.$transaction(async (tx) => {
    const { count } = await tx.annualReport.updateMany({
      where: { id: report.id, status: { in: [...rule.from] }, submittedById: { not: user.id } },
      data: { status: rule.to, returnComment: comment },
    });
    if (count === 0) throw new AppError("CONFLICT", { message: "reports.stateChanged" });
    await recordAudit(tx, {
      type: "report.returned",
      actor: { id: user.id, label: user.name },
      agencyId: report.agencyId,
      entity: { type: "report", id: report.id },
      payload: { year: report.year, comment },
    });
    return tx.annualReport.findUniqueOrThrow({ where: { id: report.id } });
  });
}
