// Attachments of an item's open revision: the drafter adds and removes them while the revision is editable.
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/permissions";
import { ingestAttachment } from "@/lib/attachments/ingest-attachment";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors/app-error";
import { findItemForUser, openRevisionOf, type ItemForUser } from "./queries";
import { EDITABLE_STATUSES } from "./workflow";

async function editableRevision(actor: CurrentUser, itemId: string) {
  const item = await findItemForUser(actor, itemId);
  if (!item) throw notFound();
  requirePermission(actor, "attachment.upload", item.agencyId);
  const revision = openRevisionOf(item);
  if (!revision || !EDITABLE_STATUSES.includes(revision.status))
    throw new AppError("CONFLICT", { message: "itemNotEditable" });
  if (revision.drafterId !== actor.id) throw new AppError("FORBIDDEN", { message: "notYourDraft" });
  return { item, revision };
}

export async function addItemAttachment(options: {
  actor: CurrentUser;
  itemId: string;
  file: { bytes: Buffer; fileName: string };
}) {
  const { actor } = options;
  const { item, revision } = await editableRevision(actor, options.itemId);
  // Checked by content and stored before the transaction; an unreferenced stored file is harmless.
  const stored = await ingestAttachment(options.file);
  return db.$transaction(async (tx) => {
    const { count } = await tx.itemRevision.updateMany({
      where: { id: revision.id, status: { in: [...EDITABLE_STATUSES] } },
      data: { updatedAt: new Date() },
    });
    if (count === 0) throw new AppError("CONFLICT", { message: "itemNotEditable" });
    const sortOrder = await tx.attachment.count({ where: { revisionId: revision.id } });
    const attachment = await tx.attachment.create({
      data: {
        revisionId: revision.id,
        fileName: stored.fileName,
        contentType: stored.contentType,
        size: stored.size,
        sha256: stored.sha256,
        storageKey: stored.storageKey,
        text: stored.text,
        textStatus: stored.textStatus,
        sortOrder,
      },
    });
    await recordAudit(tx, {
      type: "item.attachment_added",
      actor: { id: actor.id, label: actor.name },
      agencyId: item.agencyId,
      entity: { type: "item", id: item.id },
      payload: { revision: revision.number, fileName: stored.fileName, sha256: stored.sha256 },
    });
    return attachment;
  });
}

export async function removeItemAttachment(options: { actor: CurrentUser; itemId: string; attachmentId: string }) {
  const { actor } = options;
  const { item, revision } = await editableRevision(actor, options.itemId);
  const attachment = revision.attachments.find((a) => a.id === options.attachmentId);
  if (!attachment) throw notFound();
  await db.$transaction(async (tx) => {
    // The stored file stays: other revisions (and other items) may share the same content.
    await tx.attachment.delete({ where: { id: attachment.id } });
    await recordAudit(tx, {
      type: "item.attachment_removed",
      actor: { id: actor.id, label: actor.name },
      agencyId: item.agencyId,
      entity: { type: "item", id: item.id },
      payload: { revision: revision.number, fileName: attachment.fileName },
    });
  });
}

/** An attachment of any revision of an item the user may read (console download). */
export function findItemAttachment(item: ItemForUser, attachmentId: string) {
  for (const revision of item.revisions) {
    const found = revision.attachments.find((a) => a.id === attachmentId);
    if (found) return found;
  }
  return null;
}
