// Staff write the four narrative sections (引言, 一 总体情况, 五 存在的主要问题及改进情况, 六 其他需要报告的
// 事项) in Markdown while the report is a draft or was returned. The text is stored as typed and sanitised
// whenever it is shown (lib/items/render-body.ts).
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import { requireReport } from "./queries";
import { ZReportNarrative } from "./schemas";
import { NARRATIVE_SECTIONS } from "./types";
import { EDITABLE_REPORT_STATUSES } from "./workflow";

export async function updateReportNarrative(options: { user: CurrentUser; reportId: string; input: unknown }) {
  const { user } = options;
  const report = await requireReport(user, options.reportId);
  requirePermission(user, "report.edit", report.agencyId);
  const narrative = parseInput(ZReportNarrative, options.input);
  const changed = NARRATIVE_SECTIONS.filter((section) => report[section] !== narrative[section]);
  return db.$transaction(async (tx) => {
    const { count } = await tx.annualReport.updateMany({
      where: { id: report.id, status: { in: [...EDITABLE_REPORT_STATUSES] } },
      data: { ...narrative, updatedById: user.id },
    });
    if (count === 0) throw new AppError("CONFLICT", { message: "reports.notEditable" });
    await recordAudit(tx, {
      type: "report.narrative_updated",
      actor: { id: user.id, label: user.name },
      agencyId: report.agencyId,
      entity: { type: "report", id: report.id },
      payload: { year: report.year, sections: changed },
    });
    return tx.annualReport.findUniqueOrThrow({ where: { id: report.id } });
  });
}
