// 网络申请: a citizen or organisation submits a request on the portal or through the public API.
// Public: no user. Receipt (条例 art. 31, online: the day both sides confirm) is confirmed at once by the
// receipt the system issues, so the receipt date is the day of submission in China. The steps, with or
// without attachments, live in one place: submitOnlineRequestWithFiles.
import { submitOnlineRequestWithFiles, type UploadedFile } from "./request-files";

export async function submitOnlineRequest(options: {
  input: unknown;
  files?: readonly UploadedFile[];
  clientIp?: string;
  now?: Date;
  /** The portal form's proof-of-work solution; the public API sends none (lib/requests/submission-challenge.ts). */
  challenge?: { payload: unknown };
}) {
  return submitOnlineRequestWithFiles({ ...options, files: options.files ?? [] });
}
