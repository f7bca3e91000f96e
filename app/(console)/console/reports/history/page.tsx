import { getTranslations } from "next-intl/server";
import { inputClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageAccess } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { LEGACY_ROWS } from "@/lib/reports/formats/legacy-table";
import { firstRecordYear, listHistoryAgencies, loadHistoricalYears } from "@/lib/reports/historical/queries";
import { importHistoricalFiguresAction, setHistoricalYearAction } from "./actions";
import { HistoryImportForm } from "./history-import-form";
import { HistoryYearForm } from "./history-year-form";

export async function generateMetadata() {
  return { title: (await getTranslations("reportHistory"))("title") };
}

/**
 * The older format's figures of the years before the agency kept its records in Gongkai (历年累计 opening
 * balances): everyone who reads reports sees them; staff enter a year or import a CSV.
 */
export default async function ReportHistoryPage({ searchParams }: { searchParams: Promise<{ agency?: string }> }) {
  const user = await requirePageAccess("report.read");
  const search = await searchParams;
  const [t, tc, agencies] = await Promise.all([
    getTranslations("reportHistory"),
    getTranslations("common"),
    listHistoryAgencies(user),
  ]);
  const agency = agencies.find((a) => a.id === search.agency) ?? agencies[0];
  if (!agency) {
    return (
      <div>
        <PageHeader title={t("title")} />
        <p>{t("noAgency")}</p>
      </div>
    );
  }
  const [years, firstRecord] = await Promise.all([
    loadHistoricalYears(user, agency.id),
    firstRecordYear(db, agency.id),
  ]);
  const canEdit = can(user, "report.edit", agency.id);

  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} />
      <p className="max-w-3xl text-stone-700">{t("intro")}</p>
      {agencies.length > 1 ? (
        <form className="flex flex-wrap items-end gap-3">
          <div className="flex flex-col gap-1">
            <label htmlFor="history-agency" className="text-sm font-medium">
              {t("agency")}
            </label>
            <select id="history-agency" name="agency" defaultValue={agency.id} className={inputClass}>
              {agencies.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded border border-stone-400 bg-white px-4 py-2">
            {tc("search")}
          </button>
        </form>
      ) : null}
      <p className="rounded border border-stone-300 bg-stone-50 px-3 py-2" data-testid="first-record">
        {firstRecord === null
          ? t("noRecords", { agency: agency.name })
          : t("firstRecord", { agency: agency.name, year: firstRecord })}
      </p>

      <section aria-labelledby="history-years" className="space-y-6">
        <h2 id="history-years" className="text-lg font-semibold">
          {t("years")}
        </h2>
        {!years || years.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          years.map((y) => (
            <article
              key={y.year}
              className="space-y-2 rounded border border-stone-300 bg-white p-4"
              data-testid={`history-year-${y.year}`}
            >
              <h3 className="font-semibold">
                {t("yearTitle", { year: y.year })}
                <span className="ml-2 text-sm font-normal text-stone-600">{t("sourceLine", { source: y.source })}</span>
              </h3>
              {canEdit ? (
                <HistoryYearForm
                  action={setHistoricalYearAction.bind(null, agency.id)}
                  year={y.year}
                  source={y.source}
                  figures={y.figures}
                />
              ) : (
                <table className="w-full border-collapse text-left text-sm">
                  <thead>
                    <tr className="border-b border-stone-300">
                      <th scope="col" className="px-2 py-1">
                        {t("indicator")}
                      </th>
                      <th scope="col" className="px-2 py-1">
                        {t("unit")}
                      </th>
                      <th scope="col" className="px-2 py-1 text-right">
                        {t("thisYear")}
                      </th>
                      <th scope="col" className="px-2 py-1 text-right">
                        {t("cumulative")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {LEGACY_ROWS.map((row) => (
                      <tr key={row.key} className="border-b border-stone-200">
                        <th scope="row" className="px-2 py-1 font-normal">
                          {row.label}
                        </th>
                        <td className="px-2 py-1">{row.unit}</td>
                        <td className="px-2 py-1 text-right tabular-nums">{y.figures[row.key]?.thisYear ?? "—"}</td>
                        <td className="px-2 py-1 text-right tabular-nums">{y.figures[row.key]?.cumulative ?? "—"}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </article>
          ))
        )}
      </section>

      {canEdit ? (
        <>
          <section aria-labelledby="history-new" className="space-y-3 rounded border border-stone-300 bg-white p-4">
            <h2 id="history-new" className="text-lg font-semibold">
              {t("newYear")}
            </h2>
            <HistoryYearForm action={setHistoricalYearAction.bind(null, agency.id)} />
          </section>
          <section
            aria-labelledby="history-import-title"
            className="space-y-3 rounded border border-stone-300 bg-white p-4"
          >
            <h2 id="history-import-title" className="text-lg font-semibold">
              {t("importTitle")}
            </h2>
            <p className="text-sm text-stone-700">{t("importIntro")}</p>
            <a href="/console/reports/history/template" download className="font-medium text-blue-800 underline">
              {t("template")}
            </a>
            <HistoryImportForm action={importHistoricalFiguresAction.bind(null, agency.id)} />
          </section>
        </>
      ) : null}
    </div>
  );
}
