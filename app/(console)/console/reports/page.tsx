import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ReportOpenForm } from "@/components/console/report-open-form";
import { ReportStatusBadge } from "@/components/console/report-status-badge";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageAccess } from "@/lib/auth/page-guards";
import { canAnywhere } from "@/lib/auth/permissions";
import { chinaToday, compareDates, fromDbDate } from "@/lib/calendar/calendar-date";
import { isGovernmentAgency, reportDeadline } from "@/lib/reports/deadline";
import { agenciesForOpening, listReportsForUser } from "@/lib/reports/queries";
import { currentChinaYear } from "@/lib/reports/report-year";
import { openReportAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("consoleReports"))("title") };
}

export default async function ReportsPage() {
  const user = await requirePageAccess("report.read");
  const [t, reports] = await Promise.all([getTranslations("consoleReports"), listReportsForUser(user)]);
  const mayOpen = canAnywhere(user, "report.edit");
  const openable = mayOpen ? await agenciesForOpening(user) : [];
  const today = chinaToday();
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")}>
        <Link href="/console/reports/history" className="underline">
          {(await getTranslations("reportHistory"))("link")}
        </Link>
      </PageHeader>
      <p className="max-w-4xl text-stone-700">{t("intro")}</p>

      {openable.length ? (
        <section aria-labelledby="open-report" className="space-y-3 rounded border border-stone-300 bg-white p-4">
          <h2 id="open-report" className="text-lg font-semibold">
            {t("open.title")}
          </h2>
          <ReportOpenForm
            action={openReportAction}
            agencies={openable.map((a) => ({ id: a.id, name: a.name, hasChildren: a._count.children > 0 }))}
            defaultYear={currentChinaYear() - 1}
          />
        </section>
      ) : null}

      {reports.length === 0 ? (
        <p>{t("listEmpty")}</p>
      ) : (
        <DataTable
          testId="report-list"
          headers={[
            t("columns.agency"),
            t("columns.year"),
            t("columns.scope"),
            t("columns.status"),
            t("columns.latestVersion"),
            t("columns.publishedOn"),
            t("columns.deadline"),
            t("columns.timeliness"),
          ]}
        >
          {reports.map((report) => {
            const first = report.versions[0];
            const latest = report.versions.at(-1);
            // The deadline counts the first publication (a later correction does not make a report late).
            const deadline = reportDeadline(report.year, isGovernmentAgency(report.agency));
            const firstOn = first ? fromDbDate(first.publishedOn) : null;
            const timeliness = firstOn
              ? compareDates(firstOn, deadline) > 0
                ? t("late")
                : t("onTime")
              : compareDates(today, deadline) > 0
                ? t("overdue")
                : t("notDue");
            const flagged = firstOn ? compareDates(firstOn, deadline) > 0 : compareDates(today, deadline) > 0;
            return (
              <tr key={report.id} className="border-b border-stone-200">
                <td className="px-3 py-2">{report.agency.name}</td>
                <td className="px-3 py-2">
                  <Link href={`/console/reports/${report.id}`} className="text-blue-800 underline">
                    {report.year}
                  </Link>
                </td>
                <td className="px-3 py-2">{t(`scope.${report.scope}`)}</td>
                <td className="px-3 py-2">
                  <ReportStatusBadge status={report.status} />
                </td>
                <td className="px-3 py-2">{latest ? t("versionNumber", { number: latest.number }) : t("none")}</td>
                <td className="px-3 py-2">{latest ? fromDbDate(latest.publishedOn) : t("none")}</td>
                <td className="px-3 py-2">{deadline}</td>
                <td
                  className={`px-3 py-2${flagged ? " font-semibold text-red-800" : ""}`}
                  data-testid="report-timeliness"
                >
                  {timeliness}
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
    </div>
  );
}
