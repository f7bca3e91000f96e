// 表三 computed in one pass over the subject's requests: COUNT(*) FILTER by the rows' rules (request-rules.ts),
// grouped by applicant type and outcome (a few dozen groups, whatever the number of requests). 三（七）总计 is the sum of the outcome rows; 总计 the sum of the applicant columns.
import type { Db, Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { REQUEST_COLUMNS, requestRowsFor } from "@/lib/reports/formats/request-table";
import type { FigureTable } from "@/lib/reports/types";
import type { ReportPeriod } from "./period";
import { concludedInYear, requestRowPredicate, requestYearPredicate } from "./request-rules";
import type { ApplicantType, RequestOutcome } from "@/lib/generated/prisma/enums";
import { inSubject } from "./sources";

const FLAG_ROWS = ["new", "carried_in", "carried_out"] as const;

export async function computeRequestTable(
  db: Db | Tx,
  agencyIds: readonly string[],
  period: ReportPeriod,
  format: "TRIAL_2019" | "GOV_2021" = "GOV_2021",
): Promise<FigureTable> {
  const rows = requestRowsFor(format);
  const outcomeRowKeys = rows
    .filter((row) => row.rule.kind === "outcome" || row.rule.kind === "outcomes")
    .map((row) => row.key);
  // Grouped by applicant type and outcome: an outcome row's cell is the group's count of requests concluded in
  // the year (requestRowPredicate's `outcome` rule is exactly concludedInYear AND that outcome).
  const groups = await db.$queryRaw<
    {
      applicant_type: ApplicantType;
      outcome: RequestOutcome | null;
      new: number;
      carried_in: number;
      carried_out: number;
      concluded: number;
    }[]
  >`
    SELECT q.applicant_type::text AS applicant_type, q.outcome::text AS outcome,
      ${Prisma.join(FLAG_ROWS.map((kind) => Prisma.sql`count(*) FILTER (WHERE ${requestRowPredicate({ kind }, period)})::int AS ${Prisma.raw(kind)}`))},
      count(*) FILTER (WHERE ${concludedInYear(period)})::int AS concluded
    FROM info_request q
    WHERE ${inSubject("requests", agencyIds)} AND ${requestYearPredicate(period)}
    GROUP BY q.applicant_type, q.outcome`;

  const applicantColumns = REQUEST_COLUMNS.filter((c) => c.applicantType !== null);
  const cells = (count: (g: (typeof groups)[number]) => number) =>
    applicantColumns.map((c) =>
      groups.filter((g) => g.applicant_type === c.applicantType).reduce((sum, g) => sum + count(g), 0),
    );
  const byKey = new Map<string, number[]>(); // row key → applicant columns (without 总计)
  for (const row of rows) {
    const rule = row.rule;
    if (rule.kind === "outcome")
      byKey.set(
        row.key,
        cells((g) => (g.outcome === rule.outcome ? g.concluded : 0)),
      );
    else if (rule.kind === "outcomes")
      byKey.set(
        row.key,
        cells((g) => (g.outcome !== null && rule.outcomes.includes(g.outcome) ? g.concluded : 0)),
      );
    else if (rule.kind !== "concluded")
      byKey.set(
        row.key,
        cells((g) => g[rule.kind]),
      );
  }
  // 三（七）总计 is the sum of the outcome rows, never "concluded whatever the outcome".
  byKey.set(
    "result.total",
    applicantColumns.map((_, col) => outcomeRowKeys.reduce((sum, key) => sum + byKey.get(key)![col], 0)),
  );

  return {
    columns: REQUEST_COLUMNS.map(({ key, label }) => ({ key, label })),
    rows: rows.map((row) => {
      const values = byKey.get(row.key)!;
      return {
        key: row.key,
        label: row.label,
        ...(row.group ? { group: row.group } : {}),
        values: [...values, values.reduce((a, b) => a + b, 0)],
      };
    }),
  };
}
