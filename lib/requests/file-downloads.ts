// Staff downloads of a request's files (the applicant's papers, the released documents), for the staff API:
// looked up among the files of the request (or reply) the user may read, never by the file's id alone, and
// audited like the console's downloads — they are citizens' personal data.
import type { CurrentUser } from "@/lib/auth/current-user";
import { attachmentResponse } from "@/lib/attachments/download-response";
import { recordDownload } from "@/lib/audit/record-download";
import { findRequestForUser } from "./queries";
import { findReplyForUser } from "./replies/queries";

/** A file of the request (any kind), audited as request.file_downloaded; null when not there for this user. */
export async function requestFileDownload(options: {
  user: CurrentUser;
  requestId: string;
  fileId: string;
  clientIp: string;
}): Promise<Response | null> {
  const request = await findRequestForUser(options.user, options.requestId);
  const file = request?.files.find((f) => f.id === options.fileId);
  if (!request || !file) return null;
  await recordDownload({
    type: "request.file_downloaded",
    user: options.user,
    clientIp: options.clientIp,
    request,
    payload: { kind: file.kind, fileName: file.fileName },
  });
  return attachmentResponse(file);
}

/** A released document of the reply, audited as request.reply_file_downloaded; null when not there. */
export async function replyFileDownload(options: {
  user: CurrentUser;
  requestId: string;
  replyId: string;
  fileId: string;
  clientIp: string;
}): Promise<Response | null> {
  const found = await findReplyForUser(options.user, options.requestId, options.replyId);
  const file = found?.reply.files.find((f) => f.id === options.fileId);
  if (!found || !file) return null;
  await recordDownload({
    type: "request.reply_file_downloaded",
    user: options.user,
    clientIp: options.clientIp,
    request: found.request,
    payload: { fileName: file.fileName },
  });
  return attachmentResponse(file);
}
