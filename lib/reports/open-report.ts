// 打开年度报告: get the working copy of an agency's report for a year, creating it on first use. The format
// follows the year; a combined report (本级及所属部门) only exists for an agency that has agencies below it.
// A report of the running year may be drafted (it cannot be published before the year ends).
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors/app-error";
import { isUniqueViolation } from "@/lib/errors/unique-violation";
import { parseInput } from "@/lib/forms/validation";
import { formatForYear } from "./formats/choose-format";
import { isReportYear } from "./report-year";
import { ZOpenReport } from "./schemas";

type Options = {
  user: CurrentUser;
  agencyId: string;
  year: number | string;
  scope?: "OWN" | "COMBINED" | string;
  now?: Date;
};

export async function openReport(options: Options) {
  const { user } = options;
  const input = parseInput(ZOpenReport, {
    agencyId: options.agencyId,
    year: String(options.year),
    scope: options.scope ?? "OWN",
  });
  requirePermission(user, "report.edit", input.agencyId);
  // Full-width digits (２０２５) are what a Chinese input method often types.
  const typed = input.year.normalize("NFKC").replace(/年$/, "");
  const year = /^\d{4}$/.test(typed) ? Number(typed) : NaN;
  if (!isReportYear(year, options.now)) throw new AppError("VALIDATION", { fieldErrors: { year: ["reportYear"] } });

  const agency = await db.agency.findUnique({
    where: { id: input.agencyId },
    select: { id: true, _count: { select: { children: true } } },
  });
  if (!agency) throw new AppError("NOT_FOUND");
  if (input.scope === "COMBINED" && agency._count.children === 0)
    throw new AppError("VALIDATION", { fieldErrors: { scope: ["reportCombinedNeedsChildren"] } });

  const key = { agencyId_year_scope: { agencyId: agency.id, year, scope: input.scope } };
  const existing = await db.annualReport.findUnique({ where: key });
  if (existing) return existing;
  try {
    return await db.$transaction(async (tx) => {
      const report = await tx.annualReport.create({
        data: { agencyId: agency.id, year, scope: input.scope, format: formatForYear(year), updatedById: user.id },
      });
      await recordAudit(tx, {
        type: "report.opened",
        actor: { id: user.id, label: user.name },
        agencyId: agency.id,
        entity: { type: "report", id: report.id },
        payload: { year, scope: input.scope },
      });
      return report;
    });
  } catch (error) {
    // Two people opened the same year at once: the other one created it, and that is the report.
    if (isUniqueViolation(error)) return db.annualReport.findUniqueOrThrow({ where: key });
    throw error;
  }
}
