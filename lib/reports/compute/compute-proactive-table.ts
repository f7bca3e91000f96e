// 表二 主动公开政府信息情况 in the layout of the report's current format: the 规章/行政规范性文件 cells counted
// from the items in one pass (item-rules.ts), the others from the entered figures (load-manual-figures.ts).
import type { Db, Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { manualFigureKeys, proactiveLayout, type ComputedProactiveKey } from "@/lib/reports/formats/proactive-table";
import type { FigureTable, ReportScope } from "@/lib/reports/types";
import { proactivePredicate } from "./item-rules";
import { loadManualFigures } from "./load-manual-figures";
import type { ReportPeriod } from "./period";
import { inSubject, SOURCES } from "./sources";

export type ProactiveResult = { table: FigureTable; missingManualFigures: string[] };

export async function computeProactiveTable(
  db: Db | Tx,
  subject: { agencyId: string; scope: ReportScope; agencyIds: readonly string[]; format: "GOV_2021" | "TRIAL_2019" },
  period: ReportPeriod,
): Promise<ProactiveResult> {
  const layout = proactiveLayout(subject.format);
  const computedKeys = [
    ...new Set(
      layout.rows.flatMap((row) =>
        Object.values(row.cells).flatMap((cell) => ("computed" in cell ? [cell.computed] : [])),
      ),
    ),
  ];
  const counts = computedKeys.map(
    (key, n) => Prisma.sql`count(*) FILTER (WHERE ${proactivePredicate(key, period)})::int AS ${Prisma.raw(`k${n}`)}`,
  );
  const [computedRow] = await db.$queryRaw<Record<string, number>[]>`
    SELECT ${Prisma.join(counts)} FROM ${SOURCES.items.from}
    WHERE ${inSubject("items", subject.agencyIds)} AND r.document_kind IN ('REGULATION', 'NORMATIVE_DOCUMENT')`;
  const computed = new Map<ComputedProactiveKey, number>(
    computedKeys.map((key, n) => [key, Number(computedRow?.[`k${n}`] ?? 0)]),
  );

  const keys = manualFigureKeys(layout);
  const manual = await loadManualFigures(db, { ...subject, year: period.year }, keys);

  return {
    table: {
      columns: layout.columns.map(({ key, label }) => ({ key, label })),
      rows: layout.rows.map((row) => ({
        key: row.key,
        label: row.label,
        group: row.group,
        ...(row.unit ? { unit: row.unit } : {}),
        values: layout.columns.map(({ key }) => {
          const cell = row.cells[key];
          if (!cell) return null;
          return "computed" in cell ? computed.get(cell.computed)! : manual.get(cell.manual)!.value;
        }),
      })),
    },
    missingManualFigures: keys.filter((key) => manual.get(key)!.value === null),
  };
}
