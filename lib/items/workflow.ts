// The review chain of 主动公开 items as one transition table (分级审核、先审后发):
// 草稿 → 待保密审查 → 待领导审定 → 已审定, with 退回 from either review step back to the drafter.
// Applied by transition-revision.ts with a status-conditional update and its audit event in one transaction.
import type { Action } from "@/lib/auth/permissions";
import type { RevisionStatus } from "@/lib/generated/prisma/enums";

export type RevisionTransition = "submit" | "pass" | "returnFromReview" | "approve" | "returnFromApproval";

export type RevisionActor = "drafter" | "notDrafter" | "notDrafterNorReviewer";

type Rule = {
  from: readonly RevisionStatus[];
  to: RevisionStatus;
  /** The permission the actor needs in the item's agency. */
  action: Action;
  /**
   * Who may act: only the drafter (submitting their own work); anyone but the drafter (保密审查); or
   * anyone but the drafter and the 保密审查 reviewer of this revision (领导审定): three different people.
   */
  actor: RevisionActor;
  /** A comment is required (退回 must say why). */
  comment: "required" | "optional" | "none";
};

export const REVISION_TRANSITIONS: Record<RevisionTransition, Rule> = {
  submit: {
    from: ["DRAFT", "RETURNED"],
    to: "PENDING_REVIEW",
    action: "item.draft",
    actor: "drafter",
    comment: "none",
  },
  pass: {
    from: ["PENDING_REVIEW"],
    to: "PENDING_APPROVAL",
    action: "item.review",
    actor: "notDrafter",
    comment: "optional",
  },
  returnFromReview: {
    from: ["PENDING_REVIEW"],
    to: "RETURNED",
    action: "item.review",
    actor: "notDrafter",
    comment: "required",
  },
  approve: {
    from: ["PENDING_APPROVAL"],
    to: "APPROVED",
    action: "item.approve",
    actor: "notDrafterNorReviewer",
    comment: "optional",
  },
  returnFromApproval: {
    from: ["PENDING_APPROVAL"],
    to: "RETURNED",
    action: "item.approve",
    actor: "notDrafterNorReviewer",
    comment: "required",
  },
};

/** Revisions the drafter may still edit. */
export const EDITABLE_STATUSES: readonly RevisionStatus[] = ["DRAFT", "RETURNED"];

/** Revisions still moving through the chain: an item has at most one at a time. */
export const OPEN_STATUSES: readonly RevisionStatus[] = ["DRAFT", "RETURNED", "PENDING_REVIEW", "PENDING_APPROVAL"];

/**
 * Why `userId` may not take this step of `revision` as a person (the permission is checked apart), or null:
 * the message key shown to them.
 */
export function actorRefusal(
  rule: Pick<Rule, "actor">,
  revision: { drafterId: string; reviewedById: string | null },
  userId: string,
): "notYourDraft" | "selfApproval" | "reviewerCannotApprove" | null {
  if (rule.actor === "drafter") return revision.drafterId === userId ? null : "notYourDraft";
  if (revision.drafterId === userId) return "selfApproval";
  if (rule.actor === "notDrafterNorReviewer" && revision.reviewedById === userId) return "reviewerCannotApprove";
  return null;
}

/** The transitions `status` allows, in the order the console offers them. */
export function transitionsFrom(status: RevisionStatus): RevisionTransition[] {
  return (Object.keys(REVISION_TRANSITIONS) as RevisionTransition[]).filter((t) =>
    REVISION_TRANSITIONS[t].from.includes(status),
  );
}
