import { attachmentResponse } from "@/lib/attachments/download-response";
import { findPublicAttachment } from "@/lib/items/public-queries";

/** Public download: only attachments of a public item's live revision exist here (404 otherwise). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; attachmentId: string }> }) {
  const { id, attachmentId } = await params;
  const attachment = await findPublicAttachment(id, attachmentId);
  if (!attachment) return new Response("Not found", { status: 404 });
  return attachmentResponse(attachment);
}
