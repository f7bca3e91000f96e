import { Breadcrumbs } from "@/components/portal/breadcrumbs";
import { Link } from "@/components/portal/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { COUNTING_RULES } from "@/lib/reports/compute/counting-rules";
import { reportTitle } from "@/lib/reports/public/document";
import { reportHref } from "@/lib/reports/public/links";
import { findPublishedReportAtUrl } from "@/lib/reports/public/report-at-url";

type Props = {
  params: Promise<{ agencyCode: string; year: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function load({ params, searchParams }: Props) {
  const { agencyCode, year } = await params;
  return findPublishedReportAtUrl(agencyCode, year, await searchParams, { latestOnly: true });
}

export async function generateMetadata(props: Props) {
  const report = await load(props);
  return {
    title: report
      ? (await getTranslations("portalReports.explanation"))("title", {
          report: reportTitle(report.agency.name, report.year),
        })
      : "",
  };
}

/** 统计口径说明: how every number of the report is counted from the records, in the rules' own words. */
export default async function ReportExplanationPage(props: Props) {
  const report = await load(props);
  if (!report) notFound();
  const [t, tw] = await Promise.all([getTranslations("portalReports.explanation"), getTranslations("wayfinding")]);
  const title = reportTitle(report.agency.name, report.year);
  return (
    <article className="mx-auto max-w-3xl space-y-6 leading-loose">
      <Breadcrumbs
        trail={[
          "reports",
          {
            label: title,
            href: reportHref({ agencyCode: report.agency.code, year: report.year, scope: report.scope }),
          },
          { label: tw("countingRules") },
        ]}
      />
      <h1 className="text-2xl font-semibold">{t("title", { report: title })}</h1>
      <p>{t("intro", { year: report.year })}</p>
      <dl className="space-y-4" data-testid="counting-rules">
        {COUNTING_RULES.map((rule) => (
          <div key={rule.key}>
            <dt className="font-semibold">{rule.title}</dt>
            <dd className="pl-4">{rule.text}</dd>
          </div>
        ))}
      </dl>
      <p className="no-print">
        <Link
          href={reportHref({ agencyCode: report.agency.code, year: report.year, scope: report.scope })}
          className="text-blue-800 underline"
        >
          {t("back", { report: title })}
        </Link>
      </p>
    </article>
  );
}
