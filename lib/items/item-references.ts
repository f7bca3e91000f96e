// Checks a draft's references against the database: its catalogue category belongs to its agency, the
// policy document an interpretation explains is a published item of the same agency, and dates make sense.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { chinaToday, toDbDate } from "@/lib/calendar/calendar-date";
import type { TItemDraft } from "./schemas";

export async function checkDraftReferences(draft: TItemDraft, itemId?: string) {
  const fieldErrors: Record<string, string[]> = {};
  if (draft.writtenOn > chinaToday()) fieldErrors.writtenOn = ["futureDate"];
  if (draft.catalogueCategoryId) {
    const category = await db.catalogueCategory.findFirst({
      where: { id: draft.catalogueCategoryId, agencyId: draft.agencyId, active: true },
      select: { id: true },
    });
    if (!category) fieldErrors.catalogueCategoryId = ["categoryUnknown"];
  }
  if (draft.interpretsItemId) {
    const policy = await db.item.findFirst({
      where: {
        id: draft.interpretsItemId,
        agencyId: draft.agencyId,
        state: "PUBLISHED",
        ...(itemId ? { NOT: { id: itemId } } : {}),
      },
      select: { id: true },
    });
    if (!policy) fieldErrors.interpretsItemId = ["interpretsUnknown"];
  }
  if (Object.keys(fieldErrors).length) throw new AppError("VALIDATION", { fieldErrors });
}

/** The revision columns a draft fills (everything but the agency, which belongs to the item). */
export function revisionData(draft: TItemDraft, bodyHtml: string) {
  return {
    title: draft.title,
    documentNumber: draft.documentNumber,
    writtenOn: toDbDate(draft.writtenOn),
    subjectCategory: draft.subjectCategory,
    catalogueCategoryId: draft.catalogueCategoryId,
    genre: draft.genre,
    documentKind: draft.documentKind,
    channels: draft.channels,
    keywords: draft.keywords,
    summary: draft.summary,
    bodyMarkdown: draft.bodyMarkdown,
    bodyHtml,
    disclosure: draft.disclosure,
    withholdGround: draft.disclosure === "PROACTIVE" ? null : draft.withholdGround,
    withholdReason: draft.disclosure === "PROACTIVE" ? null : draft.withholdReason,
  };
}
