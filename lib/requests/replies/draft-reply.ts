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
import { defaultLegalGround } from "./legal-grounds";
import { generateLetter, withRemedies } from "./letter";
import { ZReplyDraft, type TReplyDraft } from "./schemas";
import { OPEN_REPLY_STATUSES } from "./workflow";

/** The stored fields of a draft: the ground (default when left empty) and the letter (template when left empty). */
export async function replyContent(request: RequestForUser, draft: TReplyDraft, now: Date = new Date()) {
  const legalGround = draft.legalGround || defaultLegalGround(draft.outcome);
  if (!legalGround) throw new AppError("VALIDATION", { fieldErrors: { legalGround: ["required"] } });
  const letterMarkdown =
    draft.regenerate || !draft.letterMarkdown?.trim()
      ? await generateLetter(request, draft.outcome, legalGround, chinaToday(now))
      : withRemedies(draft.letterMarkdown);
  return { outcome: draft.outcome, legalGround, letterMarkdown, letterHtml: renderBody(letterMarkdown) };
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
