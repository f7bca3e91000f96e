import { Breadcrumbs } from "@/components/portal/breadcrumbs";
import { Link } from "@/components/portal/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/portal/print-button";
import { ReportDocument } from "@/components/report/report-document";
import { ReportVersions } from "@/components/report/report-versions";
import { reportTitle } from "@/lib/reports/public/document";
import { agencyReportsHref, reportExplanationHref, reportHref, reportPdfHref } from "@/lib/reports/public/links";
import { findPublishedReportAtUrl } from "@/lib/reports/public/report-at-url";

type Props = {
  params: Promise<{ agencyCode: string; year: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function load({ params, searchParams }: Props) {
  const { agencyCode, year } = await params;
  return findPublishedReportAtUrl(agencyCode, year, await searchParams);
}

export async function generateMetadata(props: Props) {
  const report = await load(props);
  return { title: report ? reportTitle(report.agency.name, report.year) : "" };
}

/**
 * 政府信息公开工作年度报告 as published: the latest version (or ?version=n), laid out like the official
 * document, with a print style, the PDF, every version and the counting rules. Drafts never reach here:
 * only published versions are read (lib/reports/public/queries.ts).
 */
export default async function ReportPage(props: Props) {
  const report = await load(props);
  if (!report) notFound();
  const t = await getTranslations("portalReports");
  const { agency, year, scope, version } = report;
  const target = { agencyCode: agency.code, year, scope };
  const isLatest = version.number === report.latestNumber;
  return (
    <div className="space-y-6">
      <div className="no-print flex flex-wrap items-center justify-between gap-3">
        <Breadcrumbs
          trail={[
            "reports",
            { label: agency.name, href: agencyReportsHref(agency.code) },
            { label: t("yearReport", { year }) },
          ]}
        />
        <div className="flex flex-wrap items-center gap-2">
          <PrintButton label={t("print")} />
          <a
            href={reportPdfHref({ ...target, version: isLatest ? undefined : version.number })}
            className="rounded border border-stone-400 bg-white px-3 py-1 text-sm hover:bg-stone-100"
            download
          >
            {t("downloadPdf")}
          </a>
          <Link href={reportExplanationHref(target)} className="text-sm text-blue-800 underline">
            {t("explanationLink")}
          </Link>
        </div>
      </div>

      {isLatest ? null : (
        <p role="note" className="no-print rounded border border-amber-300 bg-amber-50 px-3 py-2">
          {t("olderVersion", { number: version.number })}{" "}
          <Link href={reportHref(target)} className="text-blue-800 underline">
            {t("toLatest", { number: report.latestNumber })}
          </Link>
        </p>
      )}
      {report.otherScope ? (
        <p className="no-print text-sm">
          <Link href={reportHref({ ...target, scope: report.otherScope })} className="text-blue-800 underline">
            {report.otherScope === "COMBINED" ? t("seeCombined") : t("seeOwn")}
          </Link>
        </p>
      ) : null}

      <ReportDocument
        agencyName={agency.name}
        year={year}
        scope={scope}
        format={version.format}
        figures={version.figures}
        narrative={version.narrative}
        publishedOn={version.publishedOn}
      />

      <ReportVersions
        target={target}
        versions={report.versions}
        current={version.number}
        latest={report.latestNumber}
      />
    </div>
  );
}
