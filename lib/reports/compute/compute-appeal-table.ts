// 表四 computed in one pass over the appeals against the subject's agencies, with or without a request (appeal-rules.ts).
import type { Db, Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { APPEAL_COLUMNS, APPEAL_ROW } from "@/lib/reports/formats/appeal-table";
import type { FigureTable } from "@/lib/reports/types";
import { appealColumnPredicate, appealYearPredicate } from "./appeal-rules";
import type { ReportPeriod } from "./period";
import { inSubject, SOURCES } from "./sources";

export async function computeAppealTable(
  db: Db | Tx,
  agencyIds: readonly string[],
  period: ReportPeriod,
): Promise<FigureTable> {
  const counts = APPEAL_COLUMNS.map(
    (column, n) =>
      Prisma.sql`count(*) FILTER (WHERE ${appealColumnPredicate(column.key, period)!})::int AS ${Prisma.raw(`c${n}`)}`,
  );
  const [row] = await db.$queryRaw<Record<string, number>[]>`
    SELECT ${Prisma.join(counts)} FROM ${SOURCES.appeals.from}
    WHERE ${inSubject("appeals", agencyIds)} AND ${appealYearPredicate(period)}`;
  return {
    columns: APPEAL_COLUMNS.map(({ key, label }) => ({ key, label })),
    rows: [
      {
        key: APPEAL_ROW.key,
        label: APPEAL_ROW.label,
        values: APPEAL_COLUMNS.map((_, n) => Number(row?.[`c${n}`] ?? 0)),
      },
    ],
  };
}
