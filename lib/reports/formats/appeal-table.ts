// 表四 政府信息公开行政复议、行政诉讼情况: one row of 15 cells.
import type { AppealKind, AppealResult } from "@/lib/generated/prisma/enums";

export type AppealColumn = { key: string; label: string; group: string; kind: AppealKind; result: AppealResult | null };

const RESULTS: readonly { suffix: string; label: string; result: AppealResult | null }[] = [
  { suffix: "upheld", label: "结果维持", result: "UPHELD" },
  { suffix: "corrected", label: "结果纠正", result: "CORRECTED" },
  { suffix: "other", label: "其他结果", result: "OTHER" },
  { suffix: "pending", label: "尚未审结", result: "PENDING" },
  { suffix: "total", label: "总计", result: null },
];

const KINDS: readonly { prefix: string; group: string; kind: AppealKind }[] = [
  { prefix: "review", group: "行政复议", kind: "ADMINISTRATIVE_REVIEW" },
  { prefix: "suit_direct", group: "行政诉讼·未经复议直接起诉", kind: "LAWSUIT_DIRECT" },
  { prefix: "suit_after_review", group: "行政诉讼·复议后起诉", kind: "LAWSUIT_AFTER_REVIEW" },
];

/** `review.upheld … review.total, suit_direct.*, suit_after_review.*` — `result` null = the group's 总计. */
export const APPEAL_COLUMNS: readonly AppealColumn[] = KINDS.flatMap(({ prefix, group, kind }) =>
  RESULTS.map(({ suffix, label, result }) => ({ key: `${prefix}.${suffix}`, label, group, kind, result })),
);

/**
 * Counting rule: a case counts in every year it was open — filed by the year's end and not concluded before the
 * year began. Its cell is its result when it was concluded within the year, else 尚未审结.
 */
export const APPEAL_ROW = { key: "appeals", label: "政府信息公开行政复议、行政诉讼情况" } as const;
