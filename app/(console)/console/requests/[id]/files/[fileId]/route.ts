import { attachmentResponse } from "@/lib/attachments/download-response";
import { recordDownload } from "@/lib/audit/record-download";
import { clientIpFromHeaders } from "@/lib/auth/client-ip";
import { requireRouteUser } from "@/lib/auth/route-guards";
import { findRequestForUser } from "@/lib/requests/queries";

/** Staff download of a request's file, within the user's agency scope (404 otherwise, never 403). */
export async function GET(httpRequest: Request, { params }: { params: Promise<{ id: string; fileId: string }> }) {
  const { id, fileId } = await params;
  const user = await requireRouteUser();
  if (user instanceof Response) return user;
  // The file is looked up among the files of the request the user may read, never by its id alone.
  const request = await findRequestForUser(user, id);
  const file = request?.files.find((f) => f.id === fileId) ?? null;
  if (!request || !file) return new Response("Not found", { status: 404 });
  // The applicant's papers (ID scans, the application) are personal data: every download is audited.
  await recordDownload({
    type: "request.file_downloaded",
    user,
    clientIp: clientIpFromHeaders(httpRequest.headers),
    request,
    payload: { kind: file.kind, fileName: file.fileName },
  });
  return attachmentResponse(file);
}
