// 经办人 drafts the reply of a request: the outcome, its legal ground (prefilled per outcome) and the letter
// generated from the agency's template. One open reply per request; a closed request takes none.
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { chinaToday } from "@/lib/calendar/calendar-date";
import { AppError, notFound } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import { renderBody } from "@/lib/items/render-body";
import { findRequestForUser, type RequestForUser } from "../queries";
import { RELEASING_OUTCOMES } from "../vocabulary";
import { defaultLegalGround } from "./legal-grounds";
import { generateLetter, remedyBodiesOf, withRemedies } from "./letter";
import { ZReplyDraft, type TReplyDraft } from "./schemas";
import { OPEN_REPLY_STATUSES } from "./workflow";

/**
 * The stored fields of a draft: the ground (default when left empty), how a release is provided, which
 * 本机关不掌握 letter, and the letter (template when left empty). Every refused field is reported at once.
 */
export async function replyContent(request: RequestForUser, draft: TReplyDraft, now: Date = new Date()) {
  const { outcome } = draft;
  const fieldErrors: Record<string, string[]> = {};
  const releasing = RELEASING_OUTCOMES.includes(outcome);
  // 予以公开 / 部分公开: files attached unless said otherwise; paper copies and "already public" say where.
  const delivery = releasing ? (draft.delivery ?? "FILES") : null;
  const deliveryDetail = releasing && delivery !== "FILES" ? (draft.deliveryDetail ?? "") : "";
  if (!releasing && (draft.delivery || draft.deliveryDetail)) fieldErrors.delivery = ["deliveryNotReleasing"];
  if (delivery && delivery !== "FILES" && !deliveryDetail)
    fieldErrors.deliveryDetail = [`deliveryDetailRequired${delivery}`];
  // 本机关不掌握: 36 (四) unless another agency is named (36 (五)), with its contact.
  const notHeld = outcome === "UNABLE_NOT_HELD";
  const notHeldVariant = notHeld ? (draft.notHeldVariant ?? "NOT_EXIST") : null;
  const otherAgency = notHeldVariant === "OTHER_AGENCY";
  const otherAgencyName = otherAgency ? (draft.otherAgencyName ?? "") : "";
  const otherAgencyContact = otherAgency ? (draft.otherAgencyContact ?? "") : "";
  if (!notHeld && (draft.notHeldVariant || draft.otherAgencyName || draft.otherAgencyContact))
    fieldErrors.notHeldVariant = ["notHeldOnly"];
  if (otherAgency && !otherAgencyName) fieldErrors.otherAgencyName = ["otherAgencyNameRequired"];
  if (otherAgency && !otherAgencyContact) fieldErrors.otherAgencyContact = ["otherAgencyContactRequired"];

  const variant = { delivery, notHeldVariant };
  const legalGround = draft.legalGround || defaultLegalGround(outcome, variant);
  if (!legalGround) fieldErrors.legalGround = ["required"];
  if (Object.keys(fieldErrors).length) throw new AppError("VALIDATION", { fieldErrors });

  const reply = { delivery, deliveryDetail, notHeldVariant, otherAgencyName, otherAgencyContact };
  const letterMarkdown =
    draft.regenerate || !draft.letterMarkdown?.trim()
      ? await generateLetter(request, outcome, legalGround, chinaToday(now), reply)
      : withRemedies(draft.letterMarkdown, await remedyBodiesOf(request.agencyId));
  return { outcome, legalGround, ...reply, letterMarkdown, letterHtml: renderBody(letterMarkdown) };
}

export async function draftReply(options: { actor: CurrentUser; requestId: string; input: unknown; now?: Date }) {
  const { actor } = options;
  const request = await findRequestForUser(actor, options.requestId);
  if (!request) throw notFound();
  requirePermission(actor, "request.handle", request.agencyId);
  const draft = parseInput(ZReplyDraft, options.input);
  const content = await replyContent(request, draft, options.now);
  return db.$transaction(async (tx) => {
    // Locked so that two drafts started at once do not both pass the "no open reply" check.
    const [locked] = await tx.$queryRaw<
      { state: string }[]
    >`SELECT state FROM info_request WHERE id = ${request.id}::uuid FOR UPDATE`;
    if (locked?.state === "CLOSED") throw new AppError("CONFLICT", { message: "replies.requestClosed" });
    if (await tx.requestReply.count({ where: { requestId: request.id, status: { in: [...OPEN_REPLY_STATUSES] } } })) {
      throw new AppError("CONFLICT", { message: "replies.replyAlreadyOpen" });
    }
    const reply = await tx.requestReply.create({ data: { requestId: request.id, drafterId: actor.id, ...content } });
    await recordAudit(tx, {
      type: "request.reply_drafted",
      actor: { id: actor.id, label: actor.name },
      agencyId: request.agencyId,
      entity: { type: "request", id: request.id },
      payload: { outcome: reply.outcome },
    });
    return reply;
  });
}
