// Console API: download an attachment of any revision of an item the user may read (404 otherwise); remove one
// from the open draft (its drafter, while 草稿 or 已退回) — the console's use case and audit.
import { requireApiUser } from "@/lib/api/authenticate";
import { apiRoute } from "@/lib/api/respond";
import { attachmentResponse } from "@/lib/attachments/download-response";
import { notFound } from "@/lib/errors/app-error";
import { findItemAttachment, removeItemAttachment } from "@/lib/items/attachments";
import { findItemForUser } from "@/lib/items/queries";

type Context = { params: Promise<{ id: string; attachmentId: string }> };

export const GET = apiRoute(async (request: Request, context: Context) => {
  const user = await requireApiUser(request);
  const { id, attachmentId } = await context.params;
  const item = await findItemForUser(user, id);
  const attachment = item ? findItemAttachment(item, attachmentId) : null;
  if (!attachment) throw notFound();
  return attachmentResponse(attachment);
});

export const DELETE = apiRoute(async (request: Request, context: Context) => {
  const actor = await requireApiUser(request);
  const { id: itemId, attachmentId } = await context.params;
  await removeItemAttachment({ actor, itemId, attachmentId });
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
});
