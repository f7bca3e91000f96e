// Console API: download one file of a request (Content-Type as detected at upload, the file name in UTF-8),
// audited like the console's download: the applicant's papers are personal data.
import { requireApiUser } from "@/lib/api/authenticate";
import { apiRoute } from "@/lib/api/respond";
import { clientIpFromHeaders } from "@/lib/auth/client-ip";
import { notFound } from "@/lib/errors/app-error";
import { requestFileDownload } from "@/lib/requests/file-downloads";

type Context = { params: Promise<{ id: string; fileId: string }> };

export const GET = apiRoute(async (request: Request, context: Context) => {
  const user = await requireApiUser(request);
  const { id, fileId } = await context.params;
  const download = await requestFileDownload({
    user,
    requestId: id,
    fileId,
    clientIp: clientIpFromHeaders(request.headers),
  });
  if (!download) throw notFound();
  return download;
});
