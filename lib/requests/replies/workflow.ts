// The reply's review chain as a transition table: 草稿 → 待领导审批 → 已批准 → 已送达, with 退回 back to the drafter.
// Each transition is applied with a status-conditional update, so two people acting at once cannot both win.
import type { ReplyStatus } from "@/lib/generated/prisma/enums";
import type { Action } from "@/lib/auth/permissions";

export type ReplyTransition = "submit" | "approve" | "return" | "send";

type Rule = {
  from: readonly ReplyStatus[];
  to: ReplyStatus;
  action: Action;
  actor: "drafter" | "not-drafter" | "anyone";
};

export const REPLY_TRANSITIONS: Record<ReplyTransition, Rule> = {
  submit: { from: ["DRAFT", "RETURNED"], to: "PENDING_APPROVAL", action: "request.handle", actor: "drafter" },
  // 领导审批: a leader of the agency who did not draft the reply.
  approve: { from: ["PENDING_APPROVAL"], to: "APPROVED", action: "request.approve", actor: "not-drafter" },
  return: { from: ["PENDING_APPROVAL"], to: "RETURNED", action: "request.approve", actor: "not-drafter" },
  send: { from: ["APPROVED"], to: "SENT", action: "request.handle", actor: "anyone" },
};

/** The drafter edits the letter and its released files only while these hold. */
export const EDITABLE_REPLY_STATUSES: readonly ReplyStatus[] = ["DRAFT", "RETURNED"];
/** A request has at most one reply in these (a sent reply ends it). */
export const OPEN_REPLY_STATUSES: readonly ReplyStatus[] = ["DRAFT", "PENDING_APPROVAL", "RETURNED", "APPROVED"];

export function replyTransitionsFrom(status: ReplyStatus): ReplyTransition[] {
  return (Object.keys(REPLY_TRANSITIONS) as ReplyTransition[]).filter((t) =>
    REPLY_TRANSITIONS[t].from.includes(status),
  );
}
