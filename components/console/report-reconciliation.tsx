import { getTranslations } from "next-intl/server";
import { missingFigureLabels } from "@/lib/reports/report-figures";
import type { ComputedReport } from "@/lib/reports/types";

/** 勾稽关系 status: green when every column of 表三 balances, otherwise every break where it is. */
export async function ReportReconciliation({ computed }: { computed: ComputedReport }) {
  const t = await getTranslations("consoleReports.reconciliation");
  const missing = missingFigureLabels(computed);
  return (
    <section aria-labelledby="reconciliation" className="space-y-2" data-testid="reconciliation">
      <h2 id="reconciliation" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {computed.reconciliation.ok ? (
        <p
          className="rounded border border-green-700 bg-green-50 px-3 py-2 text-green-900"
          data-testid="reconciliation-ok"
        >
          {t("ok")}
        </p>
      ) : (
        <div
          className="rounded border border-red-700 bg-red-50 px-3 py-2 text-red-900"
          role="alert"
          data-testid="reconciliation-broken"
        >
          <p>{t("broken")}</p>
          <ul className="list-disc pl-6">
            {computed.reconciliation.breaks.map((b) => (
              <li key={b.column}>
                {t("break", { column: b.columnLabel, incoming: b.incoming, outgoing: b.outgoing })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {missing.length ? (
        <p
          className="rounded border border-amber-700 bg-amber-50 px-3 py-2 text-amber-900"
          data-testid="missing-figures"
        >
          {t("missing", { figures: missing.join("、") })}
        </p>
      ) : null}
    </section>
  );
}
