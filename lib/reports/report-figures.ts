// The one place the workflow asks lib/reports/compute for a report's numbers, and turns what the computation
// says into refusals: a report that does not reconcile (勾稽关系) or lacks entered figures cannot go on.
import type { Db, Tx } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { computeReport } from "./compute/compute-report";
import { manualFigureSpecsForYear } from "./manual-figure-specs";
import type { ComputedReport, FrozenFigures } from "./types";

type Subject = { agencyId: string; year: number; scope: "OWN" | "COMBINED" };

export function computeFor(client: Db | Tx, report: Subject): Promise<ComputedReport> {
  return computeReport(client, { agencyId: report.agencyId, year: report.year, scope: report.scope });
}

/** Refuses a computation that may not be submitted or published, naming the first broken column or the missing figures. */
export function assertPublishable(computed: ComputedReport) {
  const broken = computed.reconciliation.breaks[0];
  if (!computed.reconciliation.ok && broken) {
    throw new AppError("CONFLICT", {
      message: "reports.notReconciled",
      params: {
        column: broken.columnLabel,
        incoming: broken.incoming,
        outgoing: broken.outgoing,
        count: computed.reconciliation.breaks.length,
      },
    });
  }
  const missing = missingFigureLabels(computed);
  if (missing.length)
    throw new AppError("CONFLICT", { message: "reports.missingFigures", params: { figures: missing.join("、") } });
}

/** What a published version stores: everything computed except the report's own identity. */
export function freeze(computed: ComputedReport): FrozenFigures {
  const { year: _year, scope: _scope, ...figures } = computed;
  return figures;
}

/** Labels of the entered figures the report still lacks — none for a year of the older format, which has no 表二. */
export function missingFigureLabels(computed: ComputedReport): string[] {
  const specs = manualFigureSpecsForYear(computed.year);
  return computed.missingManualFigures.flatMap((key) => specs.filter((s) => s.key === key).map((s) => s.label));
}
