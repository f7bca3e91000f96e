import { Breadcrumbs } from "@/components/portal/breadcrumbs";
import { Link } from "@/components/portal/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ReportCharts } from "@/components/report/report-charts";
import { reportHref } from "@/lib/reports/public/links";
import { findAgencyReports } from "@/lib/reports/public/queries";

type Props = { params: Promise<{ agencyCode: string }> };

export async function generateMetadata({ params }: Props) {
  const found = await findAgencyReports((await params).agencyCode);
  return { title: found ? (await getTranslations("portalReports"))("agencyTitle", { agency: found.agency.name }) : "" };
}

/** One agency's published annual reports by year (latest version each) and its key figures over the years. */
export default async function AgencyReportsPage({ params }: Props) {
  const found = await findAgencyReports((await params).agencyCode);
  if (!found) notFound();
  const t = await getTranslations("portalReports");
  const { agency, reports, series } = found;
  return (
    <div className="space-y-6">
      <Breadcrumbs trail={["reports", { label: agency.name }]} />
      <h1 className="text-2xl font-semibold">{t("agencyTitle", { agency: agency.name })}</h1>
      {reports.length === 0 ? (
        <p>{t("agencyEmpty")}</p>
      ) : (
        <section aria-labelledby="by-year" className="space-y-2">
          <h2 id="by-year" className="text-xl font-semibold">
            {t("byYear")}
          </h2>
          <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">
            {reports.map((report) => (
              <li
                key={`${report.year}-${report.scope}`}
                className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-2"
              >
                <Link
                  href={reportHref({ agencyCode: agency.code, year: report.year, scope: report.scope })}
                  className="text-blue-800 underline"
                >
                  {t("reportTitle", { agency: agency.name, year: report.year })}
                  {report.scope === "COMBINED" ? t("combinedSuffix") : ""}
                </Link>
                <span className="text-sm text-stone-600">
                  {t("versionShort", { number: report.version })} · {t("publishedOn")}{" "}
                  <time dateTime={report.publishedOn}>{report.publishedOn}</time>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <ReportCharts series={series} />
    </div>
  );
}
