import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors/app-error";
import { findItemForUser } from "./queries";
import { OPEN_STATUSES } from "./workflow";

/**
 * Starts a new revision of an approved item (published, withheld or withdrawn), copying the current
 * content and attachments. The public keeps seeing the live revision until the new one is approved.
 * A withheld item re-reviewed for publication is turned into a draft this way (`disclosure` set to 主动公开).
 */
export async function startRevision(options: { actor: CurrentUser; itemId: string; forPublication?: boolean }) {
  const { actor, itemId } = options;
  const item = await findItemForUser(actor, itemId);
  if (!item) throw notFound();
  requirePermission(actor, "item.draft", item.agencyId);
  if (item.state === "DRAFT") throw new AppError("CONFLICT", { message: "itemStateChanged" });

  return db.$transaction(async (tx) => {
    // Lock the item: two clicks at once must not open two revisions.
    await tx.$queryRaw`SELECT id FROM item WHERE id = ${item.id}::uuid FOR UPDATE`;
    const open = await tx.itemRevision.count({ where: { itemId: item.id, status: { in: [...OPEN_STATUSES] } } });
    if (open > 0) throw new AppError("CONFLICT", { message: "revisionAlreadyOpen" });
    const base = await tx.itemRevision.findFirstOrThrow({
      where: { itemId: item.id, status: { in: ["APPROVED", "SUPERSEDED"] } },
      orderBy: { number: "desc" },
      include: { attachments: true },
    });
    const last = await tx.itemRevision.aggregate({ where: { itemId: item.id }, _max: { number: true } });
    const number = (last._max.number ?? 0) + 1;
    const forPublication = options.forPublication ?? false;
    const created = await tx.itemRevision.create({
      data: {
        itemId: item.id,
        number,
        drafterId: actor.id,
        title: base.title,
        documentNumber: base.documentNumber,
        writtenOn: base.writtenOn,
        subjectCategory: base.subjectCategory,
        catalogueCategoryId: base.catalogueCategoryId,
        genre: base.genre,
        documentKind: base.documentKind,
        channels: base.channels,
        keywords: base.keywords,
        summary: base.summary,
        bodyMarkdown: base.bodyMarkdown,
        bodyHtml: base.bodyHtml,
        disclosure: forPublication ? "PROACTIVE" : base.disclosure,
        withholdGround: forPublication ? null : base.withholdGround,
        withholdReason: forPublication ? null : base.withholdReason,
        attachments: {
          create: base.attachments.map((a) => ({
            fileName: a.fileName,
            contentType: a.contentType,
            size: a.size,
            sha256: a.sha256,
            storageKey: a.storageKey,
            text: a.text,
            sortOrder: a.sortOrder,
          })),
        },
      },
    });
    await recordAudit(tx, {
      type: "item.revision_started",
      actor: { id: actor.id, label: actor.name },
      agencyId: item.agencyId,
      entity: { type: "item", id: item.id },
      payload: { revision: number, from: base.number },
    });
    return created;
  });
}
