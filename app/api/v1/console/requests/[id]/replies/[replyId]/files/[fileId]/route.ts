// Console API: download a released document of a reply (audited like the console's download), or remove it
// from a reply that is still editable (the drafter, as in the console).
import { requireApiUser } from "@/lib/api/authenticate";
import { apiRoute } from "@/lib/api/respond";
import { clientIpFromHeaders } from "@/lib/auth/client-ip";
import { notFound } from "@/lib/errors/app-error";
import { replyFileDownload } from "@/lib/requests/file-downloads";
import { removeReleasedFile } from "@/lib/requests/replies/released-files";

type Context = { params: Promise<{ id: string; replyId: string; fileId: string }> };

export const GET = apiRoute(async (request: Request, context: Context) => {
  const user = await requireApiUser(request);
  const { id, replyId, fileId } = await context.params;
  const download = await replyFileDownload({
    user,
    requestId: id,
    replyId,
    fileId,
    clientIp: clientIpFromHeaders(request.headers),
  });
  if (!download) throw notFound();
  return download;
});

export const DELETE = apiRoute(async (request: Request, context: Context) => {
  const user = await requireApiUser(request);
  const { id, replyId, fileId } = await context.params;
  await removeReleasedFile({ actor: user, requestId: id, replyId, fileId });
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
});
