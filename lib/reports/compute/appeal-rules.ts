// 表四 政府信息公开行政复议、行政诉讼情况: the counting rules as SQL predicates over appeal ap.
// A case counts in every year it was open: filed by E and not concluded before S. Its column is its result
// (结果维持 / 结果纠正 / 其他结果) when it was concluded within the year, else 尚未审结 — so the four columns of
// a kind partition its open cases and 总计 is their sum.
import { Prisma } from "@/lib/generated/prisma/client";
import { APPEAL_COLUMNS } from "@/lib/reports/formats/appeal-table";
import type { ReportPeriod } from "./period";

function openInYear({ start: S, end: E }: ReportPeriod): Prisma.Sql {
  return Prisma.sql`ap.filed_on <= ${E} AND (ap.concluded_on IS NULL OR ap.concluded_on >= ${S})`;
}

function concludedInYear({ start: S, end: E }: ReportPeriod): Prisma.Sql {
  return Prisma.sql`ap.concluded_on BETWEEN ${S} AND ${E} AND ap.result <> 'PENDING'`;
}

/** The predicate of an appeal column (e.g. `review.upheld`, `suit_direct.total`); null for an unknown key. */
export function appealColumnPredicate(columnKey: string, period: ReportPeriod): Prisma.Sql | null {
  const column = APPEAL_COLUMNS.find((c) => c.key === columnKey);
  if (!column) return null;
  const kind = Prisma.sql`ap.kind = ${column.kind}::appeal_kind AND ${openInYear(period)}`;
  if (column.result === null) return kind;
  if (column.result === "PENDING") return Prisma.sql`${kind} AND NOT (${concludedInYear(period)})`;
  return Prisma.sql`${kind} AND ${concludedInYear(period)} AND ap.result = ${column.result}::appeal_result`;
}

/** An appeal some column of the year can count. */
export function appealYearPredicate(period: ReportPeriod): Prisma.Sql {
  return openInYear(period);
}
