// The documents released with a 予以公开 / 部分公开 reply: the drafter attaches them while the reply is editable.
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/permissions";
import { ingestAttachment } from "@/lib/attachments/ingest-attachment";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors/app-error";
import { RELEASING_OUTCOMES } from "../vocabulary";
import { requireReply } from "./queries";
import { EDITABLE_REPLY_STATUSES } from "./workflow";

async function editableReply(actor: CurrentUser, requestId: string, replyId: string) {
  const found = await requireReply(actor, requestId, replyId);
  requirePermission(actor, "request.handle", found.request.agencyId);
  if (found.reply.drafterId !== actor.id) throw new AppError("FORBIDDEN", { message: "replies.notYourReply" });
  if (!EDITABLE_REPLY_STATUSES.includes(found.reply.status))
    throw new AppError("CONFLICT", { message: "replies.replyNotEditable" });
  return found;
}

export async function addReleasedFile(options: {
  actor: CurrentUser;
  requestId: string;
  replyId: string;
  file: { bytes: Buffer; fileName: string };
}) {
  const { actor } = options;
  const { request, reply } = await editableReply(actor, options.requestId, options.replyId);
  if (!RELEASING_OUTCOMES.includes(reply.outcome))
    throw new AppError("CONFLICT", { message: "replies.releasedFilesNotReleasing" });
  if (reply.delivery !== "FILES") throw new AppError("CONFLICT", { message: "replies.releasedFilesNotFilesDelivery" });
  // Checked by content and stored before the transaction; an unreferenced stored file is harmless.
  const stored = await ingestAttachment(options.file);
  return db.$transaction(async (tx) => {
    const { count } = await tx.requestReply.updateMany({
      where: { id: reply.id, status: { in: [...EDITABLE_REPLY_STATUSES] } },
      data: { updatedAt: new Date() },
    });
    if (count === 0) throw new AppError("CONFLICT", { message: "replies.replyNotEditable" });
    const file = await tx.requestFile.create({
      data: {
        requestId: request.id,
        replyId: reply.id,
        kind: "RELEASED",
        fileName: stored.fileName,
        contentType: stored.contentType,
        size: stored.size,
        sha256: stored.sha256,
        storageKey: stored.storageKey,
        text: stored.text,
      },
    });
    await recordAudit(tx, {
      type: "request.file_added",
      actor: { id: actor.id, label: actor.name },
      agencyId: request.agencyId,
      entity: { type: "request", id: request.id },
      payload: { kind: "RELEASED", fileName: stored.fileName },
    });
    return file;
  });
}

export async function removeReleasedFile(options: {
  actor: CurrentUser;
  requestId: string;
  replyId: string;
  fileId: string;
}) {
  const { actor } = options;
  const { request, reply } = await editableReply(actor, options.requestId, options.replyId);
  const file = reply.files.find((f) => f.id === options.fileId && f.kind === "RELEASED");
  if (!file) throw notFound();
  await db.$transaction(async (tx) => {
    const { count } = await tx.requestReply.updateMany({
      where: { id: reply.id, status: { in: [...EDITABLE_REPLY_STATUSES] } },
      data: { updatedAt: new Date() },
    });
    if (count === 0) throw new AppError("CONFLICT", { message: "replies.replyNotEditable" });
    // The stored content stays: other records may share it (content-addressed).
    await tx.requestFile.delete({ where: { id: file.id } });
    await recordAudit(tx, {
      type: "request.file_removed",
      actor: { id: actor.id, label: actor.name },
      agencyId: request.agencyId,
      entity: { type: "request", id: options.requestId },
      payload: { kind: file.kind, fileName: file.fileName },
    });
  });
}
