// 表二's figures that other systems count (行政许可, 行政处罚, 行政强制 decisions, 行政事业性收费 amounts…):
// staff enter each with its source while the report is a draft or was returned. Only the keys the report's
// layout needs are accepted; the value is checked for its kind (whole count, 万元 amount, 增/减 change).
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import { manualFigureSpecsForYear, parseManualFigureValue } from "./manual-figure-specs";
import { requireReport } from "./queries";
import { ZManualFigure } from "./schemas";
import { EDITABLE_REPORT_STATUSES } from "./workflow";

export async function setManualFigure(options: { user: CurrentUser; reportId: string; input: unknown }) {
  const { user } = options;
  const report = await requireReport(user, options.reportId);
  requirePermission(user, "report.edit", report.agencyId);
  const input = parseInput(ZManualFigure, options.input);
  const spec = manualFigureSpecsForYear(report.year).find((s) => s.key === input.key);
  if (!spec) throw new AppError("VALIDATION", { fieldErrors: { key: ["reportFigureKey"] } });
  const parsed = parseManualFigureValue(input.value, spec.kind);
  if ("error" in parsed) throw new AppError("VALIDATION", { fieldErrors: { value: [parsed.error] } });
  const previous = report.manualFigures.find((f) => f.key === spec.key);

  return db.$transaction(async (tx) => {
    // Claim the working copy in its editable state first: a report submitted meanwhile is not changed under the leader.
    const { count } = await tx.annualReport.updateMany({
      where: { id: report.id, status: { in: [...EDITABLE_REPORT_STATUSES] } },
      data: { updatedById: user.id },
    });
    if (count === 0) throw new AppError("CONFLICT", { message: "reports.notEditable" });
    const figure = await tx.reportManualFigure.upsert({
      where: { reportId_key: { reportId: report.id, key: spec.key } },
      create: { reportId: report.id, key: spec.key, value: parsed.value, source: input.source, updatedById: user.id },
      update: { value: parsed.value, source: input.source, updatedById: user.id },
    });
    await recordAudit(tx, {
      type: "report.figure_set",
      actor: { id: user.id, label: user.name },
      agencyId: report.agencyId,
      entity: { type: "report", id: report.id },
      payload: {
        year: report.year,
        key: spec.key,
        value: parsed.value,
        source: input.source,
        previous: previous ? previous.value.toString() : null,
      },
    });
    return figure;
  });
}
