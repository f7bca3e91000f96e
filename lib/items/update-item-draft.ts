import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import { fromDbDate } from "@/lib/calendar/calendar-date";
import { checkDraftReferences, revisionData } from "./item-references";
import { findItemForUser, openRevisionOf } from "./queries";
import { renderBody } from "./render-body";
import { ZItemDraft } from "./schemas";
import { EDITABLE_STATUSES } from "./workflow";

const SUMMARISED = new Set(["bodyMarkdown", "bodyHtml", "summary"]);

/** The drafter edits their draft (or a returned revision). Long texts are audited as "changed", not copied. */
export async function updateItemDraft(options: { actor: CurrentUser; itemId: string; input: unknown }) {
  const { actor, itemId } = options;
  const item = await findItemForUser(actor, itemId);
  if (!item) throw notFound();
  // The agency belongs to the item; the form's value cannot move it.
  const draft = parseInput(ZItemDraft, { ...(options.input as object), agencyId: item.agencyId });
  requirePermission(actor, "item.draft", item.agencyId);
  const revision = openRevisionOf(item);
  if (!revision || !EDITABLE_STATUSES.includes(revision.status))
    throw new AppError("CONFLICT", { message: "itemNotEditable" });
  if (revision.drafterId !== actor.id) throw new AppError("FORBIDDEN", { message: "notYourDraft" });
  await checkDraftReferences(draft, item.id);

  const data = revisionData(draft, renderBody(draft.bodyMarkdown));
  const before: Record<string, unknown> = { ...revision, writtenOn: fromDbDate(revision.writtenOn) };
  const after: Record<string, unknown> = { ...data, writtenOn: draft.writtenOn };
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, value] of Object.entries(after)) {
    if (JSON.stringify(before[key]) === JSON.stringify(value)) continue;
    changes[key] = SUMMARISED.has(key) ? { from: "…", to: "…" } : { from: before[key], to: value };
  }
  if (item.interpretsItemId !== draft.interpretsItemId)
    changes.interpretsItemId = { from: item.interpretsItemId, to: draft.interpretsItemId };

  await db.$transaction(async (tx) => {
    const { count } = await tx.itemRevision.updateMany({
      where: { id: revision.id, status: { in: [...EDITABLE_STATUSES] } },
      data,
    });
    if (count === 0) throw new AppError("CONFLICT", { message: "itemNotEditable" });
    await tx.item.update({ where: { id: item.id }, data: { interpretsItemId: draft.interpretsItemId } });
    await recordAudit(tx, {
      type: "item.draft_updated",
      actor: { id: actor.id, label: actor.name },
      agencyId: item.agencyId,
      entity: { type: "item", id: item.id },
      payload: { revision: revision.number, changes },
    });
  });
}
