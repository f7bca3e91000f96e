// The drafter changes the reply while it is a draft or was returned: outcome, ground, letter — or has the
// letter generated again from the template ("按模板重新生成").
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import { replyContent } from "./draft-reply";
import { requireReply } from "./queries";
import { ZReplyDraft } from "./schemas";
import { EDITABLE_REPLY_STATUSES } from "./workflow";

export async function updateReply(options: {
  actor: CurrentUser;
  requestId: string;
  replyId: string;
  input: unknown;
  now?: Date;
}) {
  const { actor } = options;
  const { request, reply } = await requireReply(actor, options.requestId, options.replyId);
  requirePermission(actor, "request.handle", request.agencyId);
  if (reply.drafterId !== actor.id) throw new AppError("FORBIDDEN", { message: "replies.notYourReply" });
  const content = await replyContent(request, parseInput(ZReplyDraft, options.input), options.now);
  return db.$transaction(async (tx) => {
    const { count } = await tx.requestReply.updateMany({
      where: { id: reply.id, drafterId: actor.id, status: { in: [...EDITABLE_REPLY_STATUSES] } },
      data: content,
    });
    if (count === 0) throw new AppError("CONFLICT", { message: "replies.replyNotEditable" });
    await recordAudit(tx, {
      type: "request.reply_updated",
      actor: { id: actor.id, label: actor.name },
      agencyId: request.agencyId,
      entity: { type: "request", id: request.id },
      payload: { outcome: content.outcome },
    });
    return tx.requestReply.findUniqueOrThrow({ where: { id: reply.id } });
  });
}
