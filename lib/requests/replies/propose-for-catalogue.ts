// "建议纳入主动公开": a document released on request is proposed for the proactive catalogue (条例 art. 44:
// information several applicants ask for may be made public for everyone). It becomes a draft item of the
// same agency, origin REQUEST, with the released file attached, and goes through the item review chain.
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { chinaToday, compareDates, fromDbDate } from "@/lib/calendar/calendar-date";
import { AppError, notFound } from "@/lib/errors/app-error";
import { isUuid } from "@/lib/forms/validation";
import { fitCharacters } from "@/lib/text/characters";
import { createItemDraft } from "@/lib/items/create-item-draft";
import { findRequestForUser } from "../queries";

/** The title of the proposed item: the file's name without its extension. */
export function titleFromFileName(fileName: string): string {
  // At most the title's 300 characters (code points), cut between whole characters.
  return fitCharacters(fileName.replace(/\.[A-Za-z0-9]{1,5}$/, "").trim() || fileName, 300);
}

export async function proposeForCatalogue(options: { actor: CurrentUser; requestId: string; fileId: string }) {
  const { actor } = options;
  const request = await findRequestForUser(actor, options.requestId);
  const file = isUuid(options.fileId)
    ? request?.files.find((f) => f.id === options.fileId && f.kind === "RELEASED")
    : undefined;
  if (!request || !file) throw notFound();
  requirePermission(actor, "request.handle", request.agencyId);
  requirePermission(actor, "item.draft", request.agencyId);
  const reply = request.replies.find((r) => r.id === file.replyId);
  // Only what was actually released to the applicant.
  if (reply?.status !== "SENT" || !reply.sentOn) throw new AppError("CONFLICT", { message: "replies.notReleasedYet" });

  // Written on the day the reply was sent, or today if that day is still ahead (China dates).
  const sentOn = fromDbDate(reply.sentOn);
  const today = chinaToday();
  const item = await createItemDraft({
    actor,
    input: {
      agencyId: request.agencyId,
      title: titleFromFileName(file.fileName),
      documentNumber: "",
      writtenOn: compareDates(sentOn, today) <= 0 ? sentOn : today,
      subjectCategory: "02", // 综合政务, for the drafter to refine
      genre: "OTHER",
      channels: ["WEBSITE"],
      keywords: "",
      summary: "",
      bodyMarkdown: "",
      disclosure: "PROACTIVE",
    },
  });
  await db.$transaction(async (tx) => {
    await tx.item.update({ where: { id: item.id }, data: { origin: "REQUEST" } });
    const revision = await tx.itemRevision.findFirstOrThrow({
      where: { itemId: item.id, number: 1 },
      select: { id: true },
    });
    // The stored content is shared (content-addressed): the attachment points at the same bytes.
    await tx.attachment.create({
      data: {
        revisionId: revision.id,
        fileName: file.fileName,
        contentType: file.contentType,
        size: file.size,
        sha256: file.sha256,
        storageKey: file.storageKey,
        text: file.text,
        sortOrder: 0,
      },
    });
    await recordAudit(tx, {
      type: "item.attachment_added",
      actor: { id: actor.id, label: actor.name },
      agencyId: request.agencyId,
      entity: { type: "item", id: item.id },
      payload: { revision: 1, fileName: file.fileName, sha256: file.sha256 },
    });
    await recordAudit(tx, {
      type: "request.proposed_for_catalogue",
      actor: { id: actor.id, label: actor.name },
      agencyId: request.agencyId,
      entity: { type: "request", id: request.id },
      payload: { itemId: item.id, fileName: file.fileName },
    });
  });
  return item;
}
