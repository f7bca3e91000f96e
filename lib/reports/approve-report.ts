// 领导审定并发布: a leader of the agency who did not submit the report approves it, and publishing freezes
// the numbers and the text as version n+1. The figures are computed again inside the transaction, so what
// is frozen is what the records say at that moment, and a report that no longer reconciles is refused. The
// ids of the records behind each number are frozen with it (compute/freeze-cells.ts).
// Of two approvals at once exactly one wins: the status-conditional update serialises them on the row and
// (report_id, number) is unique. A year that has not ended cannot be published.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { chinaToday, toDbDate } from "@/lib/calendar/calendar-date";
import { AppError } from "@/lib/errors/app-error";
import { isUniqueViolation } from "@/lib/errors/unique-violation";
import { freezeCellRecords } from "./compute/freeze-cells";
import { requireReport } from "./queries";
import { assertPublishable, computeFor, freeze } from "./report-figures";
import { yearHasEnded } from "./report-year";
import type { ReportNarrative } from "./types";
import { REPORT_TRANSITIONS } from "./workflow";

export async function approveReport(options: { user: CurrentUser; reportId: string; now?: Date }) {
  const { user } = options;
  const now = options.now ?? new Date();
  const rule = REPORT_TRANSITIONS.approve;
  const report = await requireReport(user, options.reportId);
  requirePermission(user, rule.action, report.agencyId);
  if (report.submittedById === user.id) throw new AppError("FORBIDDEN", { message: "reports.selfApproval" });
  if (!yearHasEnded(report.year, now))
    throw new AppError("CONFLICT", { message: "reports.yearNotEnded", params: { year: report.year } });

  try {
    return await db.$transaction(
      async (tx) => {
        const { count } = await tx.annualReport.updateMany({
          where: { id: report.id, status: { in: [...rule.from] }, submittedById: { not: user.id } },
          data: { status: rule.to },
        });
        if (count === 0) throw new AppError("CONFLICT", { message: "reports.stateChanged" });
        // The row is now locked by this transaction: the narrative read here is the one being approved.
        const current = await tx.annualReport.findUniqueOrThrow({ where: { id: report.id } });
        const computed = await computeFor(tx, current);
        assertPublishable(computed);
        const last = await tx.annualReportVersion.aggregate({ where: { reportId: report.id }, _max: { number: true } });
        const number = (last._max.number ?? 0) + 1;
        const narrative: ReportNarrative = {
          introduction: current.introduction,
          overview: current.overview,
          problems: current.problems,
          otherMatters: current.otherMatters,
        };
        const correctionReason = number > 1 ? current.correctionReason : "";
        const version = await tx.annualReportVersion.create({
          data: {
            reportId: report.id,
            number,
            format: current.format,
            figures: freeze(computed) as unknown as Prisma.InputJsonValue,
            narrative: narrative as unknown as Prisma.InputJsonValue,
            correctionReason,
            submittedById: current.submittedById ?? user.id,
            approvedById: user.id,
            publishedAt: now,
            publishedOn: toDbDate(chinaToday(now)),
            // A combined report's drill-down answers per agency, never with a department's records: nothing to freeze.
            recordsFrozen: current.scope === "OWN",
          },
        });
        // The records behind each number, as they are now: the published drill-down lists these.
        if (current.scope === "OWN")
          await freezeCellRecords(tx, { versionId: version.id, agencyIds: [current.agencyId], computed });
        await recordAudit(tx, {
          type: "report.published",
          actor: { id: user.id, label: user.name },
          agencyId: report.agencyId,
          entity: { type: "report", id: report.id },
          payload: { year: report.year, version: number, ...(correctionReason ? { correctionReason } : {}) },
        });
        return version;
      },
      { timeout: 60_000 },
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", { message: "reports.stateChanged" });
    throw error;
  }
}
