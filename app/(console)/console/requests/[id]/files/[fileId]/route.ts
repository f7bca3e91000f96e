import { attachmentResponse } from "@/lib/attachments/download-response";
import { getCurrentUser } from "@/lib/auth/current-user";
import { findRequestForUser } from "@/lib/requests/queries";

/** Staff download of a request's file, within the user's agency scope (404 otherwise, never 403). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; fileId: string }> }) {
  const { id, fileId } = await params;
  const user = await getCurrentUser();
  if (!user) return new Response("Unauthorized", { status: 401 });
  // The file is looked up among the files of the request the user may read, never by its id alone.
  const request = await findRequestForUser(user, id);
  const file = request?.files.find((f) => f.id === fileId) ?? null;
  if (!file) return new Response("Not found", { status: 404 });
  return attachmentResponse(file);
}
