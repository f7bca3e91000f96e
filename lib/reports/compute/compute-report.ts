// An annual report's figures, computed from the records in the database (GROUP BY / COUNT(*) FILTER, never
// by loading records): 表二/三/四 in the year's current layout, the older format's table, the 勾稽关系 check,
// the entered figures still missing, fees collected and the writer's figures. The counting rules live in
// *-rules.ts beside this file (and, in words, in counting-rules.ts); the drill-down uses the same rules.
// The caller has checked permission; this only counts the records of the agencies the scope names.
import type { Db, Tx } from "@/lib/db";
import { currentFormatForYear, formatForYear } from "@/lib/reports/formats/choose-format";
import type { ComputedReport, ReportScope } from "@/lib/reports/types";
import { computeAppealTable } from "./compute-appeal-table";
import { computeLegacySums, legacyTable } from "./compute-legacy-table";
import { legacyRowFamilies } from "./legacy-rules";
import { computeProactiveTable } from "./compute-proactive-table";
import { computeRequestTable } from "./compute-request-table";
import { computeWriterFigures, withRequestTotals } from "./compute-writer-figures";
import { computeFeesCollected } from "./fees";
import { reportPeriod } from "./period";
import { reconcile } from "./reconcile";
import { reportAgencyIds } from "./report-subject";

export type ReportSubject = { agencyId: string; year: number; scope: ReportScope };

export async function computeReport(db: Db | Tx, { agencyId, year, scope }: ReportSubject): Promise<ComputedReport> {
  const run = statementRunner(db);
  const period = reportPeriod(year);
  const currentFormat = currentFormatForYear(year);
  const agencyIds = await reportAgencyIds(db, agencyId, scope);
  // The scans of the requests (the largest table) run side by side, each on its own connection; the small
  // parts share one more. Four connections at most, whatever the size of the report.
  const families = legacyRowFamilies();
  const requestFamilies = families.filter((f) => f.source === "requests");
  const otherLegacyKeys = families.filter((f) => f.source !== "requests").flatMap((f) => f.keys);
  const [requests, small, ...legacyParts] = await Promise.all([
    run((tx) => computeRequestTable(tx, agencyIds, period, currentFormat)),
    run(async (tx) => ({
      appeals: await computeAppealTable(tx, agencyIds, period),
      proactive: await computeProactiveTable(tx, { agencyId, scope, agencyIds, format: currentFormat }, period),
      feesCollectedYuan: await computeFeesCollected(tx, agencyIds, period),
      writer: await computeWriterFigures(tx, agencyIds, period),
      legacy: await computeLegacySums(tx, agencyIds, period, otherLegacyKeys),
    })),
    ...requestFamilies.map(({ keys }) => run((tx) => computeLegacySums(tx, agencyIds, period, keys))),
  ]);
  const { appeals, proactive, feesCollectedYuan, writer } = small;
  const legacy = legacyTable(new Map([...small.legacy, ...legacyParts.flatMap((part) => [...part])]));
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
    writerFigures: withRequestTotals(writer, requests),
  };
}

/**
 * Runs the report's statements. PostgreSQL's JIT compiler switches itself on for statements over a million
 * rows and then spends more time compiling (≈ 0.5 s a statement, measured) than the statement takes, so it is
 * turned off with SET LOCAL. On the pooled client each part gets its own short transaction and the parts run
 * side by side; inside a caller's transaction (e.g. publishing, which must freeze one consistent snapshot) they
 * run one after another on it, and JIT stays off until that transaction ends, which is harmless.
 */
function statementRunner(db: Db | Tx): <T>(part: (tx: Tx) => Promise<T>) => Promise<T> {
  // A transaction client has no $disconnect (Prisma denies it inside a transaction; it does offer a nested
  // $transaction, which cannot tell them apart). lib/db's client is a Proxy: ask for the property, not `in`.
  if (typeof (db as Partial<Db>).$disconnect === "function") {
    const client = db as Db;
    return (part) =>
      client.$transaction(
        async (tx) => {
          await tx.$executeRaw`SET LOCAL jit = off`;
          return part(tx);
        },
        { maxWait: 10_000, timeout: 60_000 },
      );
  }
  const tx = db as Tx;
  let queue: Promise<unknown> = tx.$executeRaw`SET LOCAL jit = off`;
  return <T>(part: (tx: Tx) => Promise<T>) => {
    const next = queue.then(() => part(tx));
    queue = next.catch(() => undefined);
    return next;
  };
}
