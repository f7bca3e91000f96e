import { z } from "zod";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors/app-error";
import { parseInput, zRequiredText } from "@/lib/forms/validation";
import { plainText } from "@/lib/items/render-body";
import { findRequestForUser } from "./queries";

const ZNote = z.object({ body: zRequiredText(5000).transform(plainText) });

/** An internal note on a request: for the staff only, never shown to the applicant. */
export async function addRequestNote(options: { actor: CurrentUser; requestId: string; input: unknown }) {
  const { actor, requestId } = options;
  const request = await findRequestForUser(actor, requestId);
  if (!request) throw notFound();
  requirePermission(actor, "request.read", request.agencyId);
  const { body } = parseInput(ZNote, options.input);
  return db.$transaction(async (tx) => {
    const note = await tx.requestNote.create({ data: { requestId: request.id, authorId: actor.id, body } });
    // The audit row records that a note was written, not its text (notes may hold sensitive detail).
    await recordAudit(tx, {
      type: "request.note_added",
      actor: { id: actor.id, label: actor.name },
      agencyId: request.agencyId,
      entity: { type: "request", id: request.id },
      payload: {},
    });
    return note;
  });
}
