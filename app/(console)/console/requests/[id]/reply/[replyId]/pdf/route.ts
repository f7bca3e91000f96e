import { requireRouteUser } from "@/lib/auth/route-guards";
import { recordDownload } from "@/lib/audit/record-download";
import { clientIpFromHeaders } from "@/lib/auth/client-ip";
import { findReplyForUser } from "@/lib/requests/replies/queries";
import { replyLetterPdf } from "@/lib/requests/replies/reply-pdf";
import { templateFor } from "@/lib/requests/replies/letter";
import { isReplyOutcome, replyTitle } from "@/lib/requests/replies/legal-grounds";

/** The reply letter as a PDF (a draft too, for review), within the user's agency scope (404 otherwise). */
export async function GET(httpRequest: Request, { params }: { params: Promise<{ id: string; replyId: string }> }) {
  const { id, replyId } = await params;
  const user = await requireRouteUser();
  if (user instanceof Response) return user;
  const found = await findReplyForUser(user, id, replyId);
  if (!found) return new Response("Not found", { status: 404 });
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
  // The letter names the applicant and answers their request: opening it is audited like a file download.
  await recordDownload({
    type: "request.reply_pdf_downloaded",
    user,
    clientIp: clientIpFromHeaders(httpRequest.headers),
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
