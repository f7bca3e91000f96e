// 表二's entered figures (行政许可/行政处罚/行政强制 decisions, 行政事业性收费 …): numbers the records cannot give,
// entered by staff with their source on the report (report_manual_figure). For a COMBINED report, a key the
// combined report has no value of its own for is the sum of that key over the OWN reports of the subject
// agencies for the same year. A key nobody entered stays missing (null), and the report cannot be submitted.
import type { Db, Tx } from "@/lib/db";
import type { ReportScope } from "@/lib/reports/types";

export type ManualFigure = {
  key: string;
  value: number | null;
  /** Where the value comes from: its own entry, or the sum of the departments' OWN reports. */
  origin: "entered" | "departments" | "missing";
  /** The entered figure's source, when origin = entered. */
  source: string | null;
};

export async function loadManualFigures(
  db: Db | Tx,
  subject: { agencyId: string; year: number; scope: ReportScope; agencyIds: readonly string[] },
  keys: readonly string[],
): Promise<Map<string, ManualFigure>> {
  const own = await db.reportManualFigure.findMany({
    where: { key: { in: [...keys] }, report: { agencyId: subject.agencyId, year: subject.year, scope: subject.scope } },
    select: { key: true, value: true, source: true },
  });
  const sums =
    subject.scope === "COMBINED"
      ? await db.reportManualFigure.groupBy({
          by: ["key"],
          where: {
            key: { in: [...keys] },
            report: { agencyId: { in: [...subject.agencyIds] }, year: subject.year, scope: "OWN" },
          },
          _sum: { value: true },
        })
      : [];
  const result = new Map<string, ManualFigure>();
  for (const key of keys) {
    const entered = own.find((f) => f.key === key);
    const summed = sums.find((s) => s.key === key)?._sum.value;
    if (entered)
      result.set(key, { key, value: Number(entered.value.toString()), origin: "entered", source: entered.source });
    else if (summed !== undefined && summed !== null)
      result.set(key, { key, value: Number(summed.toString()), origin: "departments", source: null });
    else result.set(key, { key, value: null, origin: "missing", source: null });
  }
  return result;
}
