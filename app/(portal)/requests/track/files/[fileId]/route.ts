// A released document or the reply letter, for the applicant whose tracking session is open: the file must
// belong to that request and to a reply that was sent. Anything else answers 404.
import { cookies } from "next/headers";
import { attachmentResponse } from "@/lib/attachments/download-response";
import { findTrackedFile, TRACKING_COOKIE, verifyTrackingSession } from "@/lib/requests/tracking-session";

export async function GET(_request: Request, { params }: { params: Promise<{ fileId: string }> }) {
  const [{ fileId }, jar] = await Promise.all([params, cookies()]);
  const requestId = verifyTrackingSession(jar.get(TRACKING_COOKIE)?.value);
  const file = requestId ? await findTrackedFile(requestId, fileId) : null;
  if (!file)
    return new Response("Not found", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
    });
  return attachmentResponse(file);
}
