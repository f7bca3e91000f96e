import { Link } from "@/components/portal/link";
import { getTranslations } from "next-intl/server";
import { agencyReportsHref, reportHref } from "@/lib/reports/public/links";
import { listPublishedReports } from "@/lib/reports/public/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("portalReports"))("title") };
}

/** 政府信息公开工作年度报告: every agency that has published one, with its reports by year, newest first. */
export default async function ReportsPage() {
  const [t, agencies] = await Promise.all([getTranslations("portalReports"), listPublishedReports()]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="max-w-3xl text-stone-700">{t("intro")}</p>
      {agencies.length === 0 ? <p>{t("empty")}</p> : null}
      <ul className="grid gap-4 md:grid-cols-2">
        {agencies.map(({ agency, reports }) => (
          <li key={agency.id} className="rounded border border-stone-200 bg-white p-4">
            <h2 className="text-lg font-semibold">
              <Link href={agencyReportsHref(agency.code)} className="text-blue-800 underline">
                {agency.name}
              </Link>
            </h2>
            <ul className="mt-2 space-y-1">
              {reports.map((report) => (
                <li key={`${report.year}-${report.scope}`} className="flex flex-wrap items-baseline gap-x-3">
                  <Link
                    href={reportHref({ agencyCode: agency.code, year: report.year, scope: report.scope })}
                    className="text-blue-800 underline"
                  >
                    {t("yearReport", { year: report.year })}
                    {report.scope === "COMBINED" ? t("combinedSuffix") : ""}
                  </Link>
                  <span className="text-sm text-stone-600">
                    {t("versionShort", { number: report.version })} ·{" "}
                    <time dateTime={report.publishedOn}>{report.publishedOn}</time>
                  </span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
