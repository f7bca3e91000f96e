import { attachmentResponse } from "@/lib/attachments/download-response";
import { recordDownload } from "@/lib/audit/record-download";
import { clientIpFromHeaders } from "@/lib/auth/client-ip";
import { requireRouteUser } from "@/lib/auth/route-guards";
import { findReplyForUser } from "@/lib/requests/replies/queries";

/** Staff download of a reply's released document, within the user's agency scope (404 otherwise). */
export async function GET(
  httpRequest: Request,
  { params }: { params: Promise<{ id: string; replyId: string; fileId: string }> },
) {
  const { id, replyId, fileId } = await params;
  const user = await requireRouteUser();
  if (user instanceof Response) return user;
  const found = await findReplyForUser(user, id, replyId);
  const file = found?.reply.files.find((f) => f.id === fileId);
  if (!found || !file) return new Response("Not found", { status: 404 });
  await recordDownload({
    type: "request.reply_file_downloaded",
    user,
    clientIp: clientIpFromHeaders(httpRequest.headers),
    request: found.request,
    payload: { fileName: file.fileName },
  });
  return attachmentResponse(file);
}
