import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import type { Prisma } from "@/lib/generated/prisma/client";
import { publishApprovedRevision } from "./publish-approved-revision";
import { findItemForUser, openRevisionOf } from "./queries";
import { ZComment, ZOptionalComment } from "./schemas";
import { actorRefusal, REVISION_TRANSITIONS, type RevisionTransition } from "./workflow";

/**
 * Moves an item's open revision one step along the review chain. Checks: the permission in the item's
 * agency, who may act (the drafter never reviews or approves their own work), and the status — with a
 * status-conditional update, so of two leaders approving at once exactly one succeeds.
 */
export async function transitionRevision(options: {
  actor: CurrentUser;
  itemId: string;
  transition: RevisionTransition;
  input?: unknown;
  now?: Date;
}) {
  const { actor, itemId, transition } = options;
  const rule = REVISION_TRANSITIONS[transition];
  if (!rule) throw new AppError("VALIDATION");
  const item = await findItemForUser(actor, itemId);
  if (!item) throw notFound();
  requirePermission(actor, rule.action, item.agencyId);
  const revision = openRevisionOf(item);
  if (!revision || !rule.from.includes(revision.status))
    throw new AppError("CONFLICT", { message: "itemStateChanged" });
  // The drafter, the 保密审查 reviewer and the approving leader are three different people.
  const refusal = actorRefusal(rule, revision, actor.id);
  if (refusal) throw new AppError("FORBIDDEN", { message: refusal });
  const comment =
    rule.comment === "required"
      ? parseInput(ZComment, options.input ?? {}).comment
      : rule.comment === "optional"
        ? parseInput(ZOptionalComment, options.input ?? {}).comment || undefined
        : undefined;
  if (
    transition === "submit" &&
    revision.disclosure !== "PROACTIVE" &&
    !(revision.withholdGround && revision.withholdReason)
  ) {
    throw new AppError("VALIDATION", { fieldErrors: { withholdReason: ["withholdReasonRequired"] } });
  }

  const now = options.now ?? new Date();
  const data: Prisma.ItemRevisionUpdateManyMutationInput = { status: rule.to };
  if (transition === "submit")
    // A resubmitted revision is reviewed afresh: the previous 保密审查 no longer stands.
    Object.assign(data, {
      submittedAt: now,
      returnComment: null,
      returnedAt: null,
      returnedById: null,
      reviewedById: null,
      reviewedAt: null,
      reviewComment: null,
    });
  if (transition === "pass")
    Object.assign(data, { reviewedById: actor.id, reviewedAt: now, reviewComment: comment ?? null });
  if (transition === "approve") Object.assign(data, { approvedById: actor.id, approvedAt: now });
  if (rule.to === "RETURNED") Object.assign(data, { returnedById: actor.id, returnedAt: now, returnComment: comment });

  return db.$transaction(async (tx) => {
    const { count } = await tx.itemRevision.updateMany({
      where: {
        id: revision.id,
        status: { in: [...rule.from] },
        // …and the reviewer read above is still the reviewer (no return, resubmission and new review meanwhile).
        ...(rule.actor === "notDrafterNorReviewer"
          ? { OR: [{ reviewedById: null }, { reviewedById: { not: actor.id } }] }
          : {}),
      },
      data,
    });
    if (count === 0) throw new AppError("CONFLICT", { message: "itemStateChanged" });
    const audit = {
      actor: { id: actor.id, label: actor.name },
      agencyId: item.agencyId,
      entity: { type: "item" as const, id: item.id },
    };
    if (transition === "submit")
      await recordAudit(tx, { ...audit, type: "item.submitted", payload: { revision: revision.number } });
    if (transition === "pass")
      await recordAudit(tx, { ...audit, type: "item.review_passed", payload: { revision: revision.number, comment } });
    if (rule.to === "RETURNED") {
      const step = transition === "returnFromReview" ? "review" : "approval";
      await recordAudit(tx, {
        ...audit,
        type: "item.returned",
        payload: { revision: revision.number, step, comment: comment ?? "" },
      });
    }
    if (transition === "approve") return publishApprovedRevision(tx, item.id, revision, audit.actor, now);
    // Touch the item so console lists sort by last activity.
    await tx.item.update({ where: { id: item.id }, data: { updatedAt: now } });
    return { state: item.state, indexNumber: item.indexNumber };
  });
}
