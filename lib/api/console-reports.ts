// The console API's reads of annual reports (年度报告): the list the user may read, one working copy with its
// entered 表二 figures (and which ones its layout needs), narrative and versions, and its live tables computed
// now in the open-data shape of GET /api/v1/agencies/{code}/reports/{year} (same table and row keys).
import { z } from "zod";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can, canAnywhere } from "@/lib/auth/permissions";
import { fromDbDate } from "@/lib/calendar/calendar-date";
import { AppError } from "@/lib/errors/app-error";
import { manualFigureSpecsForYear } from "@/lib/reports/manual-figure-specs";
import { listReportsForUser, requireReport, userNames, type ReportForUser } from "@/lib/reports/queries";
import { computeFor } from "@/lib/reports/report-figures";
import { reportJson } from "@/lib/reports/report-json";
import { viewOfFormat } from "@/lib/reports/public/document";
import { mayTransition, reportTransitionsFrom } from "@/lib/reports/workflow";

/** Body of "open a report": the year may come as a number; openReport checks it as the console's text field. */
export const ZOpenReportBody = z.object({
  agencyId: z.string("required"),
  year: z.union([z.number(), z.string()], "required").transform(String),
  scope: z.enum(["OWN", "COMBINED"], "invalid").optional(),
});

const instant = (d: Date | null | undefined) => (d ? d.toISOString() : null);

type Summary = Awaited<ReturnType<typeof listReportsForUser>>[number];

function summaryJson(r: Summary | ReportForUser) {
  return {
    id: r.id,
    agency: { id: r.agency.id, code: r.agency.code, name: r.agency.name, shortName: r.agency.shortName },
    year: r.year,
    /** OWN (本机关) | COMBINED (本级及所属部门) */
    scope: r.scope,
    format: r.format,
    /** DRAFT | PENDING_APPROVAL | RETURNED | PUBLISHED */
    status: r.status,
    versions: r.versions.map((v) => ({ number: v.number, publishedOn: fromDbDate(v.publishedOn) })),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export async function listReportsForApi(user: CurrentUser) {
  if (!canAnywhere(user, "report.read")) throw new AppError("FORBIDDEN");
  return { reports: (await listReportsForUser(user)).map(summaryJson) };
}

/** The working copy as the report workspace shows it, or NOT_FOUND outside the user's agencies. */
export async function reportForApi(user: CurrentUser, reportId: string) {
  const report = await requireReport(user, reportId);
  const names = await userNames([
    report.submittedById ?? "",
    ...report.versions.flatMap((v) => [v.submittedById, v.approvedById]),
  ]);
  const person = (id: string | null) => (id ? { id, name: names.get(id) ?? "" } : null);
  const entered = new Map(report.manualFigures.map((f) => [f.key, f]));
  const allowed = (action: Parameters<typeof can>[1]) => can(user, action, report.agencyId);
  return {
    ...summaryJson(report),
    narrative: {
      introduction: report.introduction,
      overview: report.overview,
      problems: report.problems,
      otherMatters: report.otherMatters,
    },
    /** 表二's figures counted by other systems: each one the layout needs, with what was entered (or null). */
    manualFigures: manualFigureSpecsForYear(report.year).map((spec) => {
      const figure = entered.get(spec.key);
      return {
        key: spec.key,
        label: spec.label,
        kind: spec.kind,
        value: figure ? figure.value.toString() : null,
        source: figure?.source ?? null,
        updatedAt: instant(figure?.updatedAt),
      };
    }),
    correctionReason: report.correctionReason,
    submittedBy: person(report.submittedById),
    submittedAt: instant(report.submittedAt),
    returnComment: report.returnComment,
    versions: report.versions.map((v) => ({
      number: v.number,
      publishedOn: fromDbDate(v.publishedOn),
      publishedAt: v.publishedAt.toISOString(),
      correctionReason: v.correctionReason,
      submittedBy: person(v.submittedById),
      approvedBy: person(v.approvedById),
    })),
    /** The steps the token's user may take now (the use cases check again). */
    allowedSteps: reportTransitionsFrom(report.status).filter((t) => mayTransition(t, report, user.id, allowed)),
  };
}

/**
 * The working copy's tables computed from the records now (version null, status of the working copy), with what
 * still stands in the way of submitting it: unentered 表二 figures and 勾稽关系 breaks.
 */
export async function reportTablesForApi(user: CurrentUser, reportId: string) {
  const report = await requireReport(user, reportId);
  const computed = await computeFor(db, report);
  const body = reportJson({
    agency: { code: report.agency.code, name: report.agency.name },
    year: report.year,
    scope: report.scope,
    figures: computed,
    narrative: {
      introduction: report.introduction,
      overview: report.overview,
      problems: report.problems,
      otherMatters: report.otherMatters,
    },
    view: viewOfFormat(report.format),
    version: null,
    status: report.status,
    versions: report.versions.map((v) => ({
      number: v.number,
      publishedOn: fromDbDate(v.publishedOn),
      correctionReason: v.correctionReason,
    })),
    links: { html: null, pdf: null },
  });
  return {
    ...body,
    checks: { missingFigures: computed.missingManualFigures, reconciliationBreaks: computed.reconciliation.breaks },
  };
}
