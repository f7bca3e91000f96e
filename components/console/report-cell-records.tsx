import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { formatDate } from "@/lib/i18n/format-date";
import type { DrillDownResult } from "@/lib/reports/compute/drill-down";

type Props = {
  result: DrillDownResult;
  reportId: string;
  page: number;
  basePath: string;
  /** Records to mark (a published version's records that no longer count in the cell), with the mark's text. */
  changed?: { ids: string[]; label: string };
  testId?: string;
  /** Applicants' names by request id, where the user may read the requests (cell-drill-down.ts applicantNamesFor). */
  applicantNames?: Map<string, string>;
};

const cell = "px-3 py-2";
/** Dates and codes never wrap one character per line in a narrow column. */
const nowrap = `${cell} whitespace-nowrap`;

/** The records one report number counts: requests, items, appeals, complaints — or where an entered figure came from. */
export async function ReportCellRecords({
  result,
  page,
  basePath,
  changed,
  testId = "cell-records",
  applicantNames,
}: Props) {
  const [t, tr, tc, tk, locale] = await Promise.all([
    getTranslations("consoleReports.cells"),
    getTranslations("requests"),
    getTranslations("requestConsole"),
    getTranslations("complaints"),
    getLocale(),
  ]);
  const date = (value: string | null) => (value ? formatDate(locale, value) : "—");
  const c = (key: string) => t(`columns.${key}`);
  const changedIds = new Set(changed?.ids ?? []);
  const mark = (id: string) =>
    changedIds.has(id) ? (
      <span className="ml-2 rounded bg-amber-100 px-1 text-xs text-amber-900" data-testid="record-changed">
        {changed!.label}
      </span>
    ) : null;

  if (result.kind === "manual") {
    return (
      <p data-testid="cell-manual">
        {result.value === null ? t("manualMissing") : t("manual", { value: result.value, source: result.source ?? "" })}
      </p>
    );
  }
  if (result.kind === "historical") {
    return <p data-testid="cell-historical">{t("historical", { value: result.value, source: result.source })}</p>;
  }
  if (result.kind === "agencies") {
    return (
      <div className="space-y-2">
        <p>{t("agenciesHint")}</p>
        <DataTable testId="cell-agencies" headers={[t("agency"), t("value")]}>
          {result.rows.map((row) => (
            <tr key={row.agencyId} className="border-b border-stone-200">
              <td className={cell}>
                {row.name}（{row.code}）
              </td>
              <td className={cell}>{row.value ?? "—"}</td>
            </tr>
          ))}
        </DataTable>
      </div>
    );
  }

  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const pager =
    pages > 1 ? (
      <nav aria-label={t("page", { page })} className="flex items-center gap-4">
        {page > 1 ? (
          <Link href={`${basePath}?page=${page - 1}`} className="underline">
            {t("previous")}
          </Link>
        ) : null}
        <span>
          {t("page", { page })} / {pages}
        </span>
        {page < pages ? (
          <Link href={`${basePath}?page=${page + 1}`} className="underline">
            {t("next")}
          </Link>
        ) : null}
      </nav>
    ) : null;
  const opening = result.openingBalance ? (
    <p>
      {t("historical", {
        value: result.openingBalance.value,
        source: `${result.openingBalance.year} · ${result.openingBalance.source}`,
      })}
    </p>
  ) : null;

  let table: React.ReactNode;
  if (result.rows.length === 0) table = <p>{t("empty")}</p>;
  else if (result.kind === "requests") {
    table = (
      <DataTable
        testId={testId}
        headers={[c("trackingCode"), c("applicant"), c("receivedOn"), c("concludedOn"), c("outcome")]}
        dense
      >
        {result.rows.map((r) => (
          <tr key={r.id} className="border-b border-stone-200">
            <td className={nowrap}>
              <Link href={`/console/requests/${r.id}`} className="font-mono text-blue-800 underline">
                {r.trackingCode}
              </Link>
              {mark(r.id)}
            </td>
            <td className={cell} data-testid="record-applicant">
              {applicantNames?.get(r.id) ? (
                <>
                  {applicantNames.get(r.id)}
                  <span className="ml-1 text-sm text-stone-600">{tr(`applicantTypes.${r.applicantType}`)}</span>
                </>
              ) : (
                tr(`applicantTypes.${r.applicantType}`)
              )}
            </td>
            <td className={nowrap}>{date(r.receivedOn)}</td>
            <td className={nowrap}>{date(r.concludedOn)}</td>
            <td className={cell}>{r.outcome ? tr(`outcomes.${r.outcome}`) : "—"}</td>
          </tr>
        ))}
      </DataTable>
    );
  } else if (result.kind === "items") {
    table = (
      <DataTable testId={testId} headers={[c("title"), c("indexNumber"), c("date")]} dense>
        {result.rows.map((r) => (
          <tr key={r.id} className="border-b border-stone-200">
            <td className={cell}>
              <Link href={`/console/items/${r.id}`} className="text-blue-800 underline">
                {r.title}
              </Link>
              {mark(r.id)}
            </td>
            <td className={`${nowrap} font-mono`}>{r.indexNumber ?? "—"}</td>
            <td className={nowrap}>{date(r.publishedOn ?? r.writtenOn)}</td>
          </tr>
        ))}
      </DataTable>
    );
  } else if (result.kind === "appeals") {
    table = (
      <DataTable
        testId={testId}
        headers={[c("trackingCode"), c("kind"), c("date"), c("result"), c("concludedOn")]}
        dense
      >
        {result.rows.map((r) => (
          <tr key={r.id} className="border-b border-stone-200">
            <td className={cell}>
              {/* A case about a request links to it; one without (未依法主动公开, 更正, other) to the case itself. */}
              {r.requestId ? (
                <Link href={`/console/requests/${r.requestId}`} className="font-mono text-blue-800 underline">
                  {r.trackingCode}
                </Link>
              ) : (
                <Link href={`/console/appeals/${r.id}`} className="text-blue-800 underline">
                  {r.summary}
                </Link>
              )}
              {mark(r.id)}
            </td>
            <td className={cell}>{tc(`appealKinds.${r.kind}`)}</td>
            <td className={nowrap}>{date(r.filedOn)}</td>
            <td className={cell}>{tc(`appealResults.${r.result}`)}</td>
            <td className={nowrap}>{date(r.concludedOn)}</td>
          </tr>
        ))}
      </DataTable>
    );
  } else {
    table = (
      <DataTable testId={testId} headers={[c("kind"), c("receivedOn"), c("summary"), c("concludedOn")]} dense>
        {result.rows.map((r) => (
          <tr key={r.id} className="border-b border-stone-200">
            <td className={cell}>{tk(`kinds.${r.kind}`)}</td>
            <td className={nowrap}>{date(r.receivedOn)}</td>
            <td className={cell}>
              <Link href={`/console/complaints/${r.id}`} className="text-blue-800 underline">
                {r.summary}
              </Link>
              {mark(r.id)}
            </td>
            <td className={nowrap}>{date(r.handledOn)}</td>
          </tr>
        ))}
      </DataTable>
    );
  }
  return (
    <div className="space-y-3">
      {changed ? null : <p data-testid="cell-count">{t("count", { total: result.total })}</p>}
      {opening}
      {table}
      {pager}
    </div>
  );
}
