// Open data: an attachment of a public item's live revision, the same file as the portal's download.
import { attachmentResponse } from "@/lib/attachments/download-response";
import { notFound } from "@/lib/errors/app-error";
import { findPublicAttachment } from "@/lib/items/public-queries";
import { readPreflight, readRoute } from "@/lib/open-data/respond";

type Context = { params: Promise<{ id: string; attachmentId: string }> };

export const GET = readRoute(async (_request: Request, context: Context) => {
  const { id, attachmentId } = await context.params;
  const attachment = await findPublicAttachment(id, attachmentId);
  if (!attachment) throw notFound();
  return attachmentResponse(attachment, { cacheSeconds: 300 });
});

export const OPTIONS = async () => readPreflight();
