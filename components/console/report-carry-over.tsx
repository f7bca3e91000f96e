import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { CarryOverCheck } from "@/lib/reports/carry-over";

const cell = "px-3 py-2";

/**
 * 上年结转核对: this year's 二 against last year's published 四, per column. A difference is a warning (the report
 * can still be submitted) with the requests that explain it.
 */
export async function ReportCarryOver({ check }: { check: CarryOverCheck }) {
  const t = await getTranslations("consoleReports.carryOver");
  return (
    <section aria-labelledby="carry-over" className="space-y-2" data-testid="carry-over">
      <h2 id="carry-over" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {check.status === "noPrevious" ? (
        <p className="text-stone-700" data-testid="carry-over-none">
          {t("noPrevious", { year: check.previousYear })}
        </p>
      ) : check.ok ? (
        <p className="rounded border border-green-700 bg-green-50 px-3 py-2 text-green-900" data-testid="carry-over-ok">
          {t("ok", { year: check.previousYear, version: check.version })}
        </p>
      ) : (
        <div
          className="space-y-2 rounded border border-amber-700 bg-amber-50 px-3 py-2 text-amber-950"
          data-testid="carry-over-differs"
        >
          <p>{t("differs", { year: check.previousYear, version: check.version, date: check.publishedOn })}</p>
          <ul className="list-disc pl-6">
            {check.differences.map((d) => (
              <li key={d.column}>{t("difference", { column: d.columnLabel, published: d.published, now: d.now })}</li>
            ))}
          </ul>
          {check.requests.length ? (
            <>
              <p>{check.exact ? t("explainedExact") : t("explainedLikely")}</p>
              <DataTable
                testId="carry-over-requests"
                headers={[t("trackingCode"), t("receivedOn"), t("concludedOn"), t("reason")]}
                dense
              >
                {check.requests.map((r) => (
                  <tr key={`${r.column}-${r.id}`} className="border-b border-stone-200">
                    <td className={cell}>
                      {r.trackingCode ? (
                        <Link href={`/console/requests/${r.id}`} className="font-mono text-blue-800 underline">
                          {r.trackingCode}
                        </Link>
                      ) : (
                        "—"
                      )}
                    </td>
                    <td className={cell}>{r.receivedOn ?? "—"}</td>
                    <td className={cell}>{r.concludedOn ?? "—"}</td>
                    <td className={cell}>{t(`reasons.${r.reason}`)}</td>
                  </tr>
                ))}
              </DataTable>
              {check.truncated ? <p>{t("truncated")}</p> : null}
            </>
          ) : (
            <p>{t("unexplained")}</p>
          )}
          <p className="text-sm">{t("notBlocking")}</p>
        </div>
      )}
    </section>
  );
}
