import { clientIpFromHeaders } from "@/lib/auth/client-ip";
import { requireRouteUser } from "@/lib/auth/route-guards";
import { replyPdfDownload } from "@/lib/requests/replies/reply-pdf-download";

/** The reply letter as a PDF (a draft too, for review), within the user's agency scope (404 otherwise). */
export async function GET(httpRequest: Request, { params }: { params: Promise<{ id: string; replyId: string }> }) {
  const { id, replyId } = await params;
  const user = await requireRouteUser();
  if (user instanceof Response) return user;
  const pdf = await replyPdfDownload({
    user,
    requestId: id,
    replyId,
    clientIp: clientIpFromHeaders(httpRequest.headers),
  });
  return pdf ?? new Response("Not found", { status: 404 });
}
