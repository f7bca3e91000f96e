import { attachmentResponse } from "@/lib/attachments/download-response";
import { getCurrentUser } from "@/lib/auth/current-user";
import { findReplyForUser } from "@/lib/requests/replies/queries";

/** Staff download of a reply's released document, within the user's agency scope (404 otherwise). */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string; replyId: string; fileId: string }> },
) {
  const { id, replyId, fileId } = await params;
  const user = await getCurrentUser();
  if (!user) return new Response("Unauthorized", { status: 401 });
  const found = await findReplyForUser(user, id, replyId);
  const file = found?.reply.files.find((f) => f.id === fileId);
  if (!file) return new Response("Not found", { status: 404 });
  return attachmentResponse(file);
}
