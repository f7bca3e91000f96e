// 提交 / 领导审批 / 退回 of a reply. The drafter submits; a leader of the agency who is not the drafter approves or
// returns it with a comment. Status-conditional updates: of two leaders approving at once, one wins.
import { db, type Tx } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import { chinaToday } from "@/lib/calendar/calendar-date";
import { checkLetter, missingAgencySetting } from "./check-letter";
import { formatLetterNumber, takeLetterSerial } from "./letter-number";
import { requireReply } from "./queries";
import { ZReplyReturn } from "./schemas";
import { REPLY_TRANSITIONS, type ReplyTransition } from "./workflow";

async function transition(
  actor: CurrentUser,
  requestId: string,
  replyId: string,
  name: Exclude<ReplyTransition, "send">,
  input: unknown,
) {
  const rule = REPLY_TRANSITIONS[name];
  const { request, reply } = await requireReply(actor, requestId, replyId);
  requirePermission(actor, rule.action, request.agencyId);
  if (rule.actor === "drafter" && reply.drafterId !== actor.id)
    throw new AppError("FORBIDDEN", { message: "replies.notYourReply" });
  if (rule.actor === "not-drafter" && reply.drafterId === actor.id)
    throw new AppError("FORBIDDEN", { message: "replies.selfApproval" });
  const comment = name === "return" ? parseInput(ZReplyReturn, input).comment : undefined;
  const agency = await db.agency.findUniqueOrThrow({
    where: { id: request.agencyId },
    select: { reviewBody: true, court: true, letterNumberPrefix: true },
  });
  // Checked before it goes to the leader: settings, files, unfilled parts, punctuation, the bodies named.
  if (name === "submit") checkLetter(reply, agency);
  if (name === "approve") {
    const missing = missingAgencySetting(agency);
    if (missing) throw new AppError("VALIDATION", { message: missing });
  }
  const now = new Date();

  return db.$transaction(async (tx) => {
    const data =
      name === "submit"
        ? { status: rule.to, submittedAt: now, returnComment: null }
        : name === "approve"
          ? {
              status: rule.to,
              approvedById: actor.id,
              approvedAt: now,
              letterNumber: await nextLetterNumber(tx, request.agencyId, agency.letterNumberPrefix, now),
            }
          : { status: rule.to, returnComment: comment };
    const { count } = await tx.requestReply.updateMany({
      where: { id: reply.id, status: { in: [...rule.from] } },
      data,
    });
    if (count === 0) throw new AppError("CONFLICT", { message: "replies.replyStateChanged" });
    const audit = {
      actor: { id: actor.id, label: actor.name },
      agencyId: request.agencyId,
      entity: { type: "request" as const, id: request.id },
    };
    if (name === "return")
      await recordAudit(tx, { ...audit, type: "request.reply_returned", payload: { comment: comment ?? "" } });
    else
      await recordAudit(tx, {
        ...audit,
        type: name === "submit" ? "request.reply_submitted" : "request.reply_approved",
        payload: { outcome: reply.outcome },
      });
    return tx.requestReply.findUniqueOrThrow({ where: { id: reply.id } });
  });
}

/** The 文号 of a letter approved now: the agency's prefix, the year in China, the next serial. */
async function nextLetterNumber(tx: Tx, agencyId: string, prefix: string, now: Date) {
  const year = Number(chinaToday(now).slice(0, 4));
  return formatLetterNumber(prefix, year, await takeLetterSerial(tx, agencyId, year));
}

export function submitReply(options: { actor: CurrentUser; requestId: string; replyId: string }) {
  return transition(options.actor, options.requestId, options.replyId, "submit", {});
}

export function approveReply(options: { actor: CurrentUser; requestId: string; replyId: string }) {
  return transition(options.actor, options.requestId, options.replyId, "approve", {});
}

export function returnReply(options: { actor: CurrentUser; requestId: string; replyId: string; input: unknown }) {
  return transition(options.actor, options.requestId, options.replyId, "return", options.input);
}
