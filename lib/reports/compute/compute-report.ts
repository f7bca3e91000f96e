// An annual report's figures, computed from the records in the database (GROUP BY / COUNT(*) FILTER, never
// by loading records): 表二/三/四 in the year's current layout, the older format's table, the 勾稽关系 check,
// the entered figures still missing, fees collected and the writer's figures. The counting rules live in
// *-rules.ts beside this file (and, in words, in counting-rules.ts); the drill-down uses the same rules.
// The caller has checked permission; this only counts the records of the agencies the scope names.
import type { Db, Tx } from "@/lib/db";
import { currentFormatForYear, formatForYear } from "@/lib/reports/formats/choose-format";
import type { ComputedReport, ReportScope } from "@/lib/reports/types";
import { computeAppealTable } from "./compute-appeal-table";
import { computeLegacyTable } from "./compute-legacy-table";
import { computeProactiveTable } from "./compute-proactive-table";
import { computeRequestTable } from "./compute-request-table";
import { computeWriterFigures } from "./compute-writer-figures";
import { computeFeesCollected } from "./fees";
import { reportPeriod } from "./period";
import { reconcile } from "./reconcile";
import { reportAgencyIds } from "./report-subject";

export type ReportSubject = { agencyId: string; year: number; scope: ReportScope };

export async function computeReport(db: Db | Tx, { agencyId, year, scope }: ReportSubject): Promise<ComputedReport> {
  const period = reportPeriod(year);
  const currentFormat = currentFormatForYear(year);
  const agencyIds = await reportAgencyIds(db, agencyId, scope);
  // Independent statements: on the pooled client they run side by side; inside a transaction, one after another.
  const [requests, appeals, proactive, legacy, feesCollectedYuan] = await Promise.all([
    computeRequestTable(db, agencyIds, period),
    computeAppealTable(db, agencyIds, period),
    computeProactiveTable(db, { agencyId, scope, agencyIds, format: currentFormat }, period),
    computeLegacyTable(db, agencyIds, period),
    computeFeesCollected(db, agencyIds, period),
  ]);
  const writerFigures = await computeWriterFigures(db, agencyIds, period, requests);
  return {
    year,
    scope,
    format: formatForYear(year),
    current: { proactive: proactive.table, requests, appeals },
    currentFormat,
    legacy: { legacy },
    reconciliation: reconcile(requests),
    missingManualFigures: proactive.missingManualFigures,
    feesCollectedYuan,
    writerFigures,
  };
}
