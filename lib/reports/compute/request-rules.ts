// 表三 收到和处理政府信息公开申请情况: the counting rules as SQL predicates over info_request q.
// With S = 1 January and E = 31 December of the report year:
//   一 new          received (条例第三十一条 receipt date) in [S, E];
//   二 carried_in   received before S and not concluded before S (concluded_on null or ≥ S);
//   三 outcome row  concluded in [S, E] with that outcome (办理结果); the trial format's single （六）其他处理
//                   row: concluded in [S, E] with any 其他处理 outcome;
//   三（七）total   the sum of the outcome rows — so a request concluded without an outcome, or concluded
//                   before it was received, leaves 一 + 二 ≠ 三（七）+ 四 and the 勾稽关系 check shows it;
//   四 carried_out  received by E and not concluded by E (concluded_on null or > E).
// Columns: the applicant type (自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他); 总计 = their sum.
import { Prisma } from "@/lib/generated/prisma/client";
import { REQUEST_COLUMNS, REQUEST_ROWS, type RequestRowRule } from "@/lib/reports/formats/request-table";
import { REQUEST_OUTCOMES } from "@/lib/requests/vocabulary";
import type { ReportPeriod } from "./period";
import { anyOf } from "./sources";

/** Concluded within the year: an outcome row is this and its outcome (the aggregate groups it by outcome). */
export function concludedInYear({ start: S, end: E }: ReportPeriod): Prisma.Sql {
  return Prisma.sql`q.concluded_on BETWEEN ${S} AND ${E}`;
}

export function requestRowPredicate(rule: RequestRowRule, period: ReportPeriod): Prisma.Sql {
  const { start: S, end: E } = period;
  switch (rule.kind) {
    case "new":
      return Prisma.sql`q.received_on BETWEEN ${S} AND ${E}`;
    case "carried_in":
      return Prisma.sql`q.received_on < ${S} AND (q.concluded_on IS NULL OR q.concluded_on >= ${S})`;
    case "outcome":
      return Prisma.sql`${concludedInYear(period)} AND q.outcome = ${rule.outcome}::request_outcome`;
    case "outcomes":
      return Prisma.sql`${concludedInYear(period)} AND q.outcome = ANY(${[...rule.outcomes]}::request_outcome[])`;
    case "concluded":
      // Exactly the union of the outcome rows (every outcome is one row), never "concluded, whatever the outcome".
      return Prisma.sql`${concludedInYear(period)} AND q.outcome = ANY(${REQUEST_OUTCOMES.map((o) => o.outcome)}::request_outcome[])`;
    case "carried_out":
      return Prisma.sql`q.received_on <= ${E} AND (q.concluded_on IS NULL OR q.concluded_on > ${E})`;
  }
}

/** The applicant column's predicate; the 总计 column takes every applicant. */
export function requestColumnPredicate(columnKey: string): Prisma.Sql | null {
  const column = REQUEST_COLUMNS.find((c) => c.key === columnKey);
  if (!column) return null;
  return column.applicantType === null
    ? Prisma.sql`TRUE`
    : Prisma.sql`q.applicant_type = ${column.applicantType}::applicant_type`;
}

/** Requests concluded in the year after their statutory deadline (逾期答复), for the writer's figures. */
export function repliedLatePredicate({ start: S, end: E }: ReportPeriod): Prisma.Sql {
  return Prisma.sql`q.concluded_on BETWEEN ${S} AND ${E} AND q.due_on IS NOT NULL AND q.concluded_on > q.due_on`;
}

/** A request some row of the year can count (the OR of the rows' predicates): the aggregate reads only those. */
export function requestYearPredicate(period: ReportPeriod): Prisma.Sql {
  return anyOf([
    requestRowPredicate({ kind: "new" }, period),
    requestRowPredicate({ kind: "carried_in" }, period),
    concludedInYear(period), // every outcome row and 三（七）
    requestRowPredicate({ kind: "carried_out" }, period),
  ]);
}

export { REQUEST_ROWS };
