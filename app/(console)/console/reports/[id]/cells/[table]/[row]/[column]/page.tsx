import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ReportCellRecords } from "@/components/console/report-cell-records";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/page-guards";
import { cellFragment } from "@/lib/reports/cell-anchor";
import {
  applicantNamesFor,
  cellDrillDown,
  DRILL_DOWN_TABLES,
  type WRITER_SINGLE_KEYS,
} from "@/lib/reports/cell-drill-down";
import { findReportForUser } from "@/lib/reports/queries";

/** Decodes a route segment once (a malformed escape is simply not a cell). */
function segment(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** The records behind one number of a report (or, for a combined report, each department's figure). */
export default async function ReportCellPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; table: string; row: string; column: string }>;
  searchParams: Promise<{ page?: string }>;
}) {
  const { id, ...raw } = await params;
  const user = await requirePageUser();
  const report = await findReportForUser(user, id);
  const [table, row, column] = [segment(raw.table), segment(raw.row), segment(raw.column)];
  if (!report || !table || !row || !column || !(DRILL_DOWN_TABLES as readonly string[]).includes(table)) notFound();
  const requested = Number((await searchParams).page ?? "1");
  const page = Number.isInteger(requested) && requested >= 1 && requested <= 100_000 ? requested : 1;
  const found = await cellDrillDown({
    user,
    report,
    cell: { table: table as (typeof DRILL_DOWN_TABLES)[number], row, column },
    page,
  });
  if (!found) notFound();
  const [t, tw, applicantNames] = await Promise.all([
    getTranslations("consoleReports.cells"),
    getTranslations("consoleReports.writer"),
    applicantNamesFor(user, [found.result]),
  ]);
  const rowLabel = found.rowLabel ?? tw(found.cell.row as (typeof WRITER_SINGLE_KEYS)[number]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")}>
        {/* A full navigation, not <Link>: only then does the browser scroll to the cell and apply :target. */}
        <a
          href={`/console/reports/${report.id}${cellFragment(found.cell.table, found.cell.row, found.cell.column)}`}
          className="underline"
          data-testid="back-to-cell"
        >
          {t("back")}
        </a>
      </PageHeader>
      <p className="text-lg" data-testid="cell-line">
        {report.agency.name} {report.year} ·{" "}
        {found.columnLabel
          ? t("cellLine", { table: t(`tables.${found.cell.table}`), row: rowLabel, column: found.columnLabel })
          : `${t(`tables.${found.cell.table}`)}：${rowLabel}`}
        {found.value !== null ? (
          <>
            ：<strong data-testid="cell-value">{found.value}</strong>
          </>
        ) : null}
      </p>
      <ReportCellRecords
        result={found.result}
        reportId={report.id}
        page={page}
        basePath={`/console/reports/${report.id}/cells/${raw.table}/${raw.row}/${raw.column}`}
        applicantNames={applicantNames}
      />
    </div>
  );
}
