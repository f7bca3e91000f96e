import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can, requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import { checkDraftReferences, revisionData } from "./item-references";
import { renderBody } from "./render-body";
import { ZItemDraft } from "./schemas";

/** 经办人 drafts a new item: the item and its first revision (草稿), audited together. */
export async function createItemDraft(options: { actor: CurrentUser; input: unknown }) {
  const { actor } = options;
  const draft = parseInput(ZItemDraft, options.input);
  if (!can(actor, "item.read", draft.agencyId)) throw notFound();
  requirePermission(actor, "item.draft", draft.agencyId);
  await checkDraftReferences(draft);
  const bodyHtml = renderBody(draft.bodyMarkdown);
  return db.$transaction(async (tx) => {
    const item = await tx.item.create({
      data: {
        agencyId: draft.agencyId,
        createdById: actor.id,
        interpretsItemId: draft.interpretsItemId,
        revisions: { create: { number: 1, drafterId: actor.id, ...revisionData(draft, bodyHtml) } },
      },
    });
    await recordAudit(tx, {
      type: "item.created",
      actor: { id: actor.id, label: actor.name },
      agencyId: item.agencyId,
      entity: { type: "item", id: item.id },
      payload: { revision: 1, title: draft.title },
    });
    return item;
  });
}
