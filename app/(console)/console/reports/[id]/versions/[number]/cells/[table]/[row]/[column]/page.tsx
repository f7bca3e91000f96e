import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ReportCellRecords } from "@/components/console/report-cell-records";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/page-guards";
import { fromDbDate } from "@/lib/calendar/calendar-date";
import { formatDate } from "@/lib/i18n/format-date";
import { cellFragment } from "@/lib/reports/cell-anchor";
import { applicantNamesFor, DRILL_DOWN_TABLES, type WRITER_SINGLE_KEYS } from "@/lib/reports/cell-drill-down";
import { findVersionForUser } from "@/lib/reports/queries";
import { versionCellDrillDown } from "@/lib/reports/version-drill-down";

function segment(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** The records behind one number of a published version: as counted at publication, with what changed since. */
export default async function VersionCellPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; number: string; table: string; row: string; column: string }>;
  searchParams: Promise<{ page?: string }>;
}) {
  const { id, number, ...raw } = await params;
  const user = await requirePageUser();
  const found = /^\d{1,6}$/.test(number) ? await findVersionForUser(user, id, Number(number)) : null;
  const [table, row, column] = [segment(raw.table), segment(raw.row), segment(raw.column)];
  if (!found || !table || !row || !column || !(DRILL_DOWN_TABLES as readonly string[]).includes(table)) notFound();
  const { report, version } = found;
  const requested = Number((await searchParams).page ?? "1");
  const page = Number.isInteger(requested) && requested >= 1 && requested <= 100_000 ? requested : 1;
  const drill = await versionCellDrillDown({
    user,
    report,
    version,
    cell: { table: table as (typeof DRILL_DOWN_TABLES)[number], row, column },
    page,
  });
  if (!drill) notFound();
  const [t, tw, applicantNames, locale] = await Promise.all([
    getTranslations("consoleReports.cells"),
    getTranslations("consoleReports.writer"),
    applicantNamesFor(user, drill.frozen ? [drill.records, drill.addedSince] : [drill.result]),
    getLocale(),
  ]);
  const rowLabel = drill.rowLabel ?? tw(drill.cell.row as (typeof WRITER_SINGLE_KEYS)[number]);
  const basePath = `/console/reports/${report.id}/versions/${version.number}/cells/${raw.table}/${raw.row}/${raw.column}`;
  return (
    <div className="space-y-6">
      <PageHeader title={t("versionTitle", { number: version.number })}>
        <a
          href={`/console/reports/${report.id}/versions/${version.number}${cellFragment(drill.cell.table, drill.cell.row, drill.cell.column)}`}
          className="underline"
          data-testid="back-to-cell"
        >
          {t("backToVersion")}
        </a>
      </PageHeader>
      <p className="text-lg" data-testid="cell-line">
        {report.agency.name} {report.year} ·{" "}
        {drill.columnLabel
          ? t("cellLine", { table: t(`tables.${drill.cell.table}`), row: rowLabel, column: drill.columnLabel })
          : `${t(`tables.${drill.cell.table}`)}：${rowLabel}`}
        {drill.value !== null ? (
          <>
            ：<strong data-testid="cell-value">{drill.value}</strong>
          </>
        ) : null}
      </p>
      {drill.frozen ? (
        <>
          <p className="rounded border border-stone-300 bg-stone-50 px-3 py-2" data-testid="cell-frozen">
            {t("frozen", { date: formatDate(locale, fromDbDate(version.publishedOn)), total: drill.frozenTotal })}
            {drill.changedIds.length || drill.missing || drill.addedSince.total ? ` ${t("frozenChanged")}` : ""}
          </p>
          {drill.missing ? <p className="text-amber-900">{t("frozenMissing", { count: drill.missing })}</p> : null}
          <ReportCellRecords
            result={drill.records}
            reportId={report.id}
            page={page}
            basePath={basePath}
            changed={{ ids: drill.changedIds, label: t("changedMark") }}
            applicantNames={applicantNames}
          />
          {drill.addedSince.total ? (
            <section aria-labelledby="added-since" className="space-y-2">
              <h2 id="added-since" className="text-lg font-semibold text-amber-900">
                {t("addedSince", { count: drill.addedSince.total })}
              </h2>
              <ReportCellRecords
                result={drill.addedSince}
                reportId={report.id}
                page={1}
                basePath={basePath}
                changed={{ ids: [], label: "" }}
                testId="cell-added-since"
                applicantNames={applicantNames}
              />
            </section>
          ) : null}
        </>
      ) : (
        <>
          <p className="rounded border border-amber-700 bg-amber-50 px-3 py-2" data-testid="cell-not-frozen">
            {t("notFrozen")}
          </p>
          <ReportCellRecords
            result={drill.result}
            reportId={report.id}
            page={page}
            basePath={basePath}
            applicantNames={applicantNames}
          />
        </>
      )}
    </div>
  );
}
