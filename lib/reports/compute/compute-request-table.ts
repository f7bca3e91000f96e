// 表三 computed in one pass over the subject's requests: one COUNT(*) FILTER per row (request-rules.ts),
// grouped by applicant type. 三（七）总计 is the sum of the outcome rows; 总计 the sum of the applicant columns.
import type { Db, Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { REQUEST_COLUMNS, REQUEST_ROWS } from "@/lib/reports/formats/request-table";
import type { FigureTable } from "@/lib/reports/types";
import type { ReportPeriod } from "./period";
import { requestRowPredicate, requestYearPredicate } from "./request-rules";
import { inSubject } from "./sources";

const COUNTED_ROWS = REQUEST_ROWS.filter((row) => row.rule.kind !== "concluded");
const OUTCOME_ROW_KEYS = REQUEST_ROWS.filter((row) => row.rule.kind === "outcome").map((row) => row.key);

export async function computeRequestTable(db: Db | Tx, agencyIds: readonly string[], period: ReportPeriod): Promise<FigureTable> {
  const counts = COUNTED_ROWS.map((row, n) => Prisma.sql`count(*) FILTER (WHERE ${requestRowPredicate(row.rule, period)})::int AS ${Prisma.raw(`r${n}`)}`);
  const groups = await db.$queryRaw<Record<string, number | string>[]>`
    SELECT q.applicant_type::text AS applicant_type, ${Prisma.join(counts)}
    FROM info_request q
    WHERE ${inSubject("requests", agencyIds)} AND ${requestYearPredicate(period)}
    GROUP BY q.applicant_type`;

  const byKey = new Map<string, number[]>(); // row key → applicant columns (without 总计)
  const applicantColumns = REQUEST_COLUMNS.filter((c) => c.applicantType !== null);
  for (const [n, row] of COUNTED_ROWS.entries()) {
    byKey.set(row.key, applicantColumns.map((c) => Number(groups.find((g) => g.applicant_type === c.applicantType)?.[`r${n}`] ?? 0)));
  }
  byKey.set("result.total", applicantColumns.map((_, col) => OUTCOME_ROW_KEYS.reduce((sum, key) => sum + byKey.get(key)![col], 0)));

  return {
    columns: REQUEST_COLUMNS.map(({ key, label }) => ({ key, label })),
    rows: REQUEST_ROWS.map((row) => {
      const values = byKey.get(row.key)!;
      return { key: row.key, label: row.label, ...(row.group ? { group: row.group } : {}), values: [...values, values.reduce((a, b) => a + b, 0)] };
    }),
  };
}
