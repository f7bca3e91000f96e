import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageAccess } from "@/lib/auth/page-guards";
import { loadDashboardQueues, loadReportWarnings, type ReportWarning } from "@/lib/dashboard/queues";

export async function generateMetadata() {
  return { title: (await getTranslations("console.dashboard"))("title") };
}

export default async function DashboardPage() {
  const user = await requirePageAccess("dashboard.read");
  const [t, tAll, queues, reportWarnings] = await Promise.all([
    getTranslations("console.dashboard"),
    getTranslations(),
    loadDashboardQueues(user),
    loadReportWarnings(user),
  ]);
  return (
    <div>
      <PageHeader title={t("welcome", { name: user.name })} />
      {reportWarnings.length > 0 ? (
        <ReportWarnings warnings={reportWarnings} showAgency={reportWarnings.length > 1} />
      ) : null}
      <section aria-labelledby="queues-title">
        <h2 id="queues-title" className="mb-3 text-lg font-semibold">
          {t("queues")}
        </h2>
        {queues.length === 0 ? (
          <p className="text-stone-600">{t("noQueues")}</p>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {queues.map((queue) => (
              <li key={queue.key}>
                <Link
                  href={queue.href}
                  className="block rounded border border-stone-300 bg-white p-4 hover:border-gov-red"
                  data-queue={queue.key}
                >
                  <span className="block text-sm text-stone-600">{tAll(queue.label)}</span>
                  <span className="text-3xl font-semibold">{queue.count}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

/** Last year's annual report while unpublished: due by the deadline, or flagged 已逾期 in red after it. */
async function ReportWarnings({ warnings, showAgency }: { warnings: ReportWarning[]; showAgency: boolean }) {
  const t = await getTranslations("reportWarnings");
  return (
    <section aria-labelledby="report-warnings-title" className="mb-6">
      <h2 id="report-warnings-title" className="sr-only">
        {t("title")}
      </h2>
      <ul className="space-y-3">
        {warnings.map(({ agencyId, agencyName, duty }) => {
          const [y, m, d] = duty.deadline.split("-").map(Number);
          const late = duty.status === "late";
          return (
            <li key={agencyId}>
              <Link
                href="/console/reports"
                data-report-warning={duty.status}
                className={`block rounded border-l-4 p-4 hover:underline ${late ? "border-red-700 bg-red-50 text-red-900" : "border-amber-500 bg-amber-50 text-amber-950"}`}
              >
                {late ? (
                  <strong className="mr-2 rounded bg-red-700 px-2 py-0.5 text-sm text-white">{t("late")}</strong>
                ) : null}
                {showAgency ? <span className="mr-1 font-medium">{agencyName}：</span> : null}
                {t("unpublished", { year: duty.year, deadlineYear: y, deadlineMonth: m, deadlineDay: d })}
                <span className="ml-2 text-sm">
                  {late ? t("daysLate", { days: duty.daysLate }) : t("daysLeft", { days: duty.daysLeft })}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
