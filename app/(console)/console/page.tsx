import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageAccess } from "@/lib/auth/page-guards";
import { loadDashboardQueues, loadReportWarnings, type ReportWarning } from "@/lib/dashboard/queues";
import { listReturnedToMe, type ReturnedWork } from "@/lib/dashboard/returned-to-me";
import { formatDate } from "@/lib/i18n/format-date";

export async function generateMetadata() {
  return { title: (await getTranslations("console.dashboard"))("title") };
}

export default async function DashboardPage() {
  const user = await requirePageAccess("dashboard.read");
  const [t, tAll, queues, reportWarnings, returned] = await Promise.all([
    getTranslations("console.dashboard"),
    getTranslations(),
    loadDashboardQueues(user),
    loadReportWarnings(user),
    listReturnedToMe(user),
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
      {returned.length > 0 ? <ReturnedToMe work={returned} /> : null}
    </div>
  );
}

/** 退回给我的: what came back, from where, and the 退回意见, each linking to the page where it is fixed. */
async function ReturnedToMe({ work }: { work: ReturnedWork[] }) {
  const [t, locale] = await Promise.all([getTranslations("console.dashboard.returned"), getLocale()]);
  return (
    <section aria-labelledby="returned-to-me-title" id="returned-to-me" className="mt-8 scroll-mt-4">
      <h2 id="returned-to-me-title" className="mb-3 text-lg font-semibold">
        {t("title")}
      </h2>
      <ul className="divide-y divide-stone-200 rounded border border-stone-300 bg-white">
        {work.map((w) => (
          <li key={`${w.kind}-${w.id}`} className="p-4" data-returned={w.kind}>
            <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
              <span className="rounded bg-amber-100 px-2 py-0.5 text-xs text-amber-950">{t(`kind.${w.kind}`)}</span>
              <Link href={w.href} className="font-medium text-gov-red hover:underline">
                {w.kind === "reply"
                  ? t("replyTitle", { code: w.title })
                  : w.kind === "report"
                    ? t("reportTitle", { agency: w.title, year: w.year ?? 0 })
                    : w.title}
              </Link>
              <span className="text-sm text-stone-600">{w.agencyShortName}</span>
              <span className="whitespace-nowrap text-sm text-stone-600">
                {t("returnedOn", { date: formatDate(locale, w.returnedAt) })}
              </span>
            </div>
            {w.comment ? (
              <p className="mt-1 text-sm text-stone-800">
                {t("comment")}
                {w.comment}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Last year's annual report while unpublished: due by the deadline, or flagged 已逾期 in red after it. */
async function ReportWarnings({ warnings, showAgency }: { warnings: ReportWarning[]; showAgency: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("reportWarnings"), getLocale()]);
  return (
    <section aria-labelledby="report-warnings-title" className="mb-6">
      <h2 id="report-warnings-title" className="sr-only">
        {t("title")}
      </h2>
      <ul className="space-y-3">
        {warnings.map(({ agencyId, agencyName, duty }) => {
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
                {t("unpublished", {
                  year: duty.year,
                  deadline: formatDate(locale, duty.deadline),
                })}
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
