import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/console/action-form";
import { ReportCarryOver } from "@/components/console/report-carry-over";
import { ReportFigureForm } from "@/components/console/report-figure-form";
import { ReportNarrativeForm } from "@/components/console/report-narrative-form";
import { ReportNarrativeView } from "@/components/console/report-narrative-view";
import { ReportReconciliation } from "@/components/console/report-reconciliation";
import { ReportStatusBadge } from "@/components/console/report-status-badge";
import { ReportVersions } from "@/components/console/report-versions";
import { ReportWriterFigures } from "@/components/console/report-writer-figures";
import { ReportTables } from "@/components/report/report-tables";
import { PageHeader } from "@/components/ui/page-header";
import type { FormState } from "@/lib/actions/form-state";
import { requirePageUser } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { checkCarryOver } from "@/lib/reports/carry-over";
import { manualFigureSpecsForYear } from "@/lib/reports/manual-figure-specs";
import { reportHref } from "@/lib/reports/public/links";
import { previousNarrative } from "@/lib/reports/previous-narrative";
import { findReportForUser, userNames } from "@/lib/reports/queries";
import { computeFor } from "@/lib/reports/report-figures";
import { yearHasEnded } from "@/lib/reports/report-year";
import { isEditable, mayTransition, reportTransitionsFrom, type ReportTransition } from "@/lib/reports/workflow";
import { cellPath } from "./cell-path";
import {
  approveReportAction,
  correctReportAction,
  returnReportAction,
  saveNarrativeAction,
  setFigureAction,
  submitReportAction,
} from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("consoleReports"))("title") };
}

export default async function ReportWorkspacePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser();
  // Scope lives in the query: another agency's report is simply not found.
  const report = await findReportForUser(user, id);
  if (!report) notFound();
  const [t, computed, previous, names] = await Promise.all([
    getTranslations("consoleReports"),
    computeFor(db, report),
    previousNarrative({ user, reportId: report.id }),
    userNames([report.submittedById ?? "", ...report.versions.flatMap((v) => [v.submittedById, v.approvedById])]),
  ]);
  // 上年结转 against last year's published 结转下年度: a warning before submission, never a block.
  const carryOver = report.format === "LEGACY_2008" ? null : await checkCarryOver(db, report, computed);
  const editable = isEditable(report.status) && can(user, "report.edit", report.agencyId);
  const transitions = reportTransitionsFrom(report.status).filter((name) =>
    mayTransition(name, report, user.id, (action) => can(user, action, report.agencyId)),
  );
  const specs = manualFigureSpecsForYear(report.year);
  const entered = new Map(report.manualFigures.map((f) => [f.key, f]));
  const narrative = {
    introduction: report.introduction,
    overview: report.overview,
    problems: report.problems,
    otherMatters: report.otherMatters,
  };
  const href = (table: string, row: string, column: string) => cellPath(report.id, table, row, column);
  const transitionAction: Record<ReportTransition, (state: FormState, formData: FormData) => Promise<FormState>> = {
    submit: submitReportAction.bind(null, report.id),
    return: returnReportAction.bind(null, report.id),
    approve: approveReportAction.bind(null, report.id),
    correct: correctReportAction.bind(null, report.id),
  };

  return (
    <div className="space-y-8">
      <PageHeader title={t("workspace.title", { agency: report.agency.name, year: report.year })}>
        {report.versions.length > 0 ? (
          <Link
            href={reportHref({ agencyCode: report.agency.code, year: report.year, scope: report.scope })}
            className="underline"
            data-testid="public-report-link"
          >
            {t("workspace.viewPublic")}
          </Link>
        ) : null}
        <Link href="/console/reports" className="underline">
          {t("workspace.back")}
        </Link>
      </PageHeader>

      <div className="space-y-2">
        <p className="flex flex-wrap items-center gap-3">
          <ReportStatusBadge status={report.status} />
          <span>{t(`scope.${report.scope}`)}</span>
          <span className="text-stone-700">{t("workspace.formatLine", { format: t(`format.${report.format}`) })}</span>
        </p>
        {report.submittedById && report.status === "PENDING_APPROVAL" ? (
          <p>
            {t("workspace.submittedBy", { name: names.get(report.submittedById) ?? "—" })}　{t("workspace.waiting")}
          </p>
        ) : null}
        {report.status === "RETURNED" && report.returnComment ? (
          <p className="rounded border border-amber-700 bg-amber-50 px-3 py-2" data-testid="return-comment">
            {t("workspace.returnedWith", { comment: report.returnComment })}
          </p>
        ) : null}
        {report.versions.length > 0 && report.status !== "PUBLISHED" && report.correctionReason ? (
          <p data-testid="correction-reason">{t("workspace.correctionReason", { reason: report.correctionReason })}</p>
        ) : null}
        {!yearHasEnded(report.year) ? (
          <p className="text-amber-900">{t("workspace.yearRunning", { year: report.year })}</p>
        ) : null}
      </div>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(16rem,1fr)]">
        <section aria-labelledby="narrative" className="space-y-4 rounded border border-stone-300 bg-white p-4">
          <h2 id="narrative" className="text-lg font-semibold">
            {t("narrative.title")}
          </h2>
          {editable ? (
            <ReportNarrativeForm
              action={saveNarrativeAction.bind(null, report.id)}
              initial={narrative}
              previous={previous}
              previousYear={report.year - 1}
              feesCollectedYuan={computed.feesCollectedYuan}
            />
          ) : (
            <>
              {/* A leader reading a 起草中 report must not be told it was submitted: say who may edit it. */}
              <p className="text-sm text-stone-600" data-testid="read-only-note">
                {isEditable(report.status) ? t("workspace.readOnlyDrafting") : t("workspace.readOnly")}
              </p>
              <ReportNarrativeView narrative={narrative} />
            </>
          )}
        </section>
        <ReportWriterFigures
          figures={computed.writerFigures}
          feesCollectedYuan={computed.feesCollectedYuan}
          href={(key) => href("writer", key, "value")}
        />
      </div>

      {specs.length ? (
        <section aria-labelledby="manual-figures" className="space-y-3 rounded border border-stone-300 bg-white p-4">
          <h2 id="manual-figures" className="text-lg font-semibold">
            {t("figures.title")}
          </h2>
          <p className="text-sm text-stone-600">{t("figures.hint")}</p>
          {specs.map((spec) => {
            const figure = entered.get(spec.key);
            const unit = spec.kind === "amount" ? t("figures.unitAmount") : t("figures.unitCount");
            return editable ? (
              <ReportFigureForm
                key={spec.key}
                action={setFigureAction.bind(null, report.id)}
                figure={{
                  key: spec.key,
                  label: spec.label,
                  unit,
                  value: figure ? figure.value.toString() : "",
                  source: figure?.source ?? "",
                }}
              />
            ) : (
              <p key={spec.key} data-testid={`figure-${spec.key}`}>
                <strong>{spec.label}</strong>：
                {figure
                  ? `${figure.value.toString()} ${unit}（${t("figures.source")}：${figure.source}）`
                  : t("figures.missing")}
              </p>
            );
          })}
        </section>
      ) : null}

      <ReportReconciliation computed={computed} />
      {carryOver ? <ReportCarryOver check={carryOver} /> : null}

      {transitions.length ? (
        <section aria-labelledby="report-actions" className="space-y-3 rounded border border-stone-300 bg-white p-4">
          <h2 id="report-actions" className="text-lg font-semibold">
            {t("actions.title")}
          </h2>
          <div className="grid gap-4 md:grid-cols-2">
            {transitions.map((name) => (
              <ActionForm
                key={name}
                testId={`report-${name}`}
                label={t(`actions.${name}`)}
                variant={name === "return" || name === "correct" ? "secondary" : "primary"}
                action={transitionAction[name]}
                fields={
                  name === "return"
                    ? [{ name: "comment", label: t("actions.comment"), required: true, multiline: true }]
                    : name === "correct"
                      ? [{ name: "reason", label: t("actions.correctionReason"), required: true, multiline: true }]
                      : []
                }
              />
            ))}
          </div>
        </section>
      ) : null}

      <section aria-labelledby="report-tables" className="space-y-3">
        <h2 id="report-tables" className="text-lg font-semibold">
          {t("tables.title")}
        </h2>
        <p className="text-sm text-stone-600">{t("tables.hint")}</p>
        <ReportTables
          figures={computed}
          view={report.format === "LEGACY_2008" ? "legacy" : "current"}
          cellHref={href}
          headingLevel={3}
        />
      </section>

      <ReportVersions reportId={report.id} versions={report.versions} names={names} />
    </div>
  );
}
