import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ReportNarrativeView } from "@/components/console/report-narrative-view";
import { ReportTables } from "@/components/report/report-tables";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/page-guards";
import { fromDbDate } from "@/lib/calendar/calendar-date";
import { reportHref } from "@/lib/reports/public/links";
import { findVersionForUser, userNames } from "@/lib/reports/queries";
import { versionCellPath } from "../../cell-path";

/** One published version exactly as it was frozen: its text, its numbers, who approved it and why it was corrected. */
export default async function ReportVersionPage({ params }: { params: Promise<{ id: string; number: string }> }) {
  const { id, number } = await params;
  const user = await requirePageUser();
  const found = /^\d{1,6}$/.test(number) ? await findVersionForUser(user, id, Number(number)) : null;
  if (!found) notFound();
  const { report, version, figures, narrative } = found;
  const [t, names] = await Promise.all([
    getTranslations("consoleReports"),
    userNames([version.submittedById, version.approvedById]),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("versions.title1", { agency: report.agency.name, year: report.year, number: version.number })}
      >
        <Link
          href={reportHref({
            agencyCode: report.agency.code,
            year: report.year,
            scope: report.scope,
            version: version.number,
          })}
          className="underline"
        >
          {t("workspace.viewPublic")}
        </Link>
        <Link href={`/console/reports/${report.id}`} className="underline">
          {t("versions.back")}
        </Link>
      </PageHeader>
      <p className="rounded border border-stone-300 bg-stone-50 px-3 py-2" data-testid="version-frozen">
        {t("versions.frozen", { date: fromDbDate(version.publishedOn) })}
      </p>
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">{t("versions.submittedBy")}</dt>
        <dd>{names.get(version.submittedById) ?? "—"}</dd>
        <dt className="font-medium">{t("versions.approvedBy")}</dt>
        <dd>{names.get(version.approvedById) ?? "—"}</dd>
        <dt className="font-medium">{t("versions.reason")}</dt>
        <dd data-testid="version-reason">{version.correctionReason || t("versions.first")}</dd>
      </dl>
      <ReportNarrativeView narrative={narrative} headingLevel={2} />
      <p className="text-sm text-stone-600">{t("versions.drillHint")}</p>
      <ReportTables
        figures={figures}
        view={version.format === "LEGACY_2008" ? "legacy" : "current"}
        year={report.year}
        headingLevel={2}
        cellHref={(table, row, column) => versionCellPath(report.id, version.number, table, row, column)}
      />
    </div>
  );
}
