// The working copy's approval chain as a transition table: 起草中 → 待领导审定 → 已发布, with 退回 back to
// staff, and 更正 reopening a published report as a draft for a new version. Each transition is applied with a
// status-conditional update, so of two people acting at once exactly one wins.
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import type { Action } from "@/lib/auth/permissions";

export type ReportTransition = "submit" | "return" | "approve" | "correct";

type Rule = { from: readonly ReportStatus[]; to: ReportStatus; action: Action; actor: "anyone" | "not-submitter" };

export const REPORT_TRANSITIONS: Record<ReportTransition, Rule> = {
  submit: { from: ["DRAFT", "RETURNED"], to: "PENDING_APPROVAL", action: "report.edit", actor: "anyone" },
  // 领导审定: a leader of the agency who did not submit the report (nobody approves their own work).
  return: { from: ["PENDING_APPROVAL"], to: "RETURNED", action: "report.approve", actor: "not-submitter" },
  approve: { from: ["PENDING_APPROVAL"], to: "PUBLISHED", action: "report.approve", actor: "not-submitter" },
  correct: { from: ["PUBLISHED"], to: "DRAFT", action: "report.edit", actor: "anyone" },
};

/** Staff change the narrative and the entered figures only while these hold. */
export const EDITABLE_REPORT_STATUSES: readonly ReportStatus[] = ["DRAFT", "RETURNED"];

export function isEditable(status: ReportStatus): boolean {
  return EDITABLE_REPORT_STATUSES.includes(status);
}

export function reportTransitionsFrom(status: ReportStatus): ReportTransition[] {
  return (Object.keys(REPORT_TRANSITIONS) as ReportTransition[]).filter((t) =>
    REPORT_TRANSITIONS[t].from.includes(status),
  );
}

/** Whether `user` is allowed to see the button for `name` (the use case checks again). */
export function mayTransition(
  name: ReportTransition,
  report: { submittedById: string | null },
  userId: string,
  allowed: (action: Action) => boolean,
): boolean {
  const rule = REPORT_TRANSITIONS[name];
  if (!allowed(rule.action)) return false;
  return rule.actor === "anyone" || report.submittedById !== userId;
}
