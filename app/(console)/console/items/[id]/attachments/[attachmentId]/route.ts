import { attachmentResponse } from "@/lib/attachments/download-response";
import { requireRouteUser } from "@/lib/auth/route-guards";
import { findItemAttachment } from "@/lib/items/attachments";
import { findItemForUser } from "@/lib/items/queries";

/** Staff download of any revision's attachment, within the user's agency scope (404 otherwise). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; attachmentId: string }> }) {
  const { id, attachmentId } = await params;
  const user = await requireRouteUser();
  if (user instanceof Response) return user;
  const item = await findItemForUser(user, id);
  const attachment = item ? findItemAttachment(item, attachmentId) : null;
  if (!attachment) return new Response("Not found", { status: 404 });
  return attachmentResponse(attachment);
}
