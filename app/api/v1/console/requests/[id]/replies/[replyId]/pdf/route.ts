// Console API: the reply letter as PDF (答复书 / 告知书, for archiving; a draft is marked 草稿 in its name),
// the same file and audit event as the console's link.
import { requireApiUser } from "@/lib/api/authenticate";
import { apiRoute } from "@/lib/api/respond";
import { clientIpFromHeaders } from "@/lib/auth/client-ip";
import { notFound } from "@/lib/errors/app-error";
import { replyPdfDownload } from "@/lib/requests/replies/reply-pdf-download";

type Context = { params: Promise<{ id: string; replyId: string }> };

export const GET = apiRoute(async (request: Request, context: Context) => {
  const user = await requireApiUser(request);
  const { id, replyId } = await context.params;
  const pdf = await replyPdfDownload({ user, requestId: id, replyId, clientIp: clientIpFromHeaders(request.headers) });
  if (!pdf) throw notFound();
  return pdf;
});
