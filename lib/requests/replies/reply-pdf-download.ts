// The reply letter as a PDF download, for the console's link and the staff API alike: the same letter, the
// same file name, the same audit event (request.reply_pdf_downloaded — the letter names the applicant).
import type { CurrentUser } from "@/lib/auth/current-user";
import { recordDownload } from "@/lib/audit/record-download";
import { templateFor } from "./letter";
import { isReplyOutcome, replyTitle } from "./legal-grounds";
import { findReplyForUser } from "./queries";
import { replyLetterPdf } from "./reply-pdf";

/**
 * The letter (a draft too, for review) within the user's agency scope, audited; null when the request or
 * the reply does not exist for this user (the caller answers 404).
 */
export async function replyPdfDownload(options: {
  user: CurrentUser;
  requestId: string;
  replyId: string;
  clientIp: string;
}): Promise<Response | null> {
  const { user } = options;
  const found = await findReplyForUser(user, options.requestId, options.replyId);
  if (!found) return null;
  const { request, reply } = found;
  const title = isReplyOutcome(reply.outcome)
    ? (await templateFor(request.agencyId, reply.outcome, reply)).title
    : replyTitle(reply.outcome);
  const pdf = await replyLetterPdf({
    agencyName: request.agency.name,
    applicantName: request.applicantName,
    trackingCode: request.trackingCode,
    letterNumber: reply.letterNumber,
    letterMarkdown: reply.letterMarkdown,
    sentOn: reply.sentOn,
    approvedOn: reply.approvedAt,
    title,
    outcome: reply.outcome,
  });
  await recordDownload({
    type: "request.reply_pdf_downloaded",
    user,
    clientIp: options.clientIp,
    request,
    payload: { ...(reply.outcome ? { outcome: reply.outcome } : {}), draft: reply.status !== "SENT" },
  });
  const name = `${title}-${reply.letterNumber ?? request.trackingCode}${reply.status === "SENT" ? "" : "-草稿"}.pdf`;
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(pdf.length),
      "Content-Disposition": `inline; filename*=UTF-8''${encodeURIComponent(name)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
