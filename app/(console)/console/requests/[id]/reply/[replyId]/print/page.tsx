// The reply letter as an official letter, for printing: 抬头 (agency name in red above a red rule), the
// reference, the title, the applicant, the body, and the agency and date as 落款. The console's navigation
// is hidden when printing; a draft says so in a watermark-like line.
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/page-guards";
import { chinaToday, fromDbDate, toChinaDate } from "@/lib/calendar/calendar-date";
import { chineseDate, templateFor } from "@/lib/requests/replies/letter";
import { isReplyOutcome, replyTitle } from "@/lib/requests/replies/legal-grounds";
import { findReplyForUser } from "@/lib/requests/replies/queries";
import { LETTER_NUMBER_PENDING } from "@/lib/requests/replies/reply-pdf";
import "./print.css";

export default async function PrintReplyPage({ params }: { params: Promise<{ id: string; replyId: string }> }) {
  const { id, replyId } = await params;
  const user = await requirePageUser();
  const found = await findReplyForUser(user, id, replyId);
  if (!found) notFound();
  const { request, reply } = found;
  const t = await getTranslations("replies.print");
  const title = isReplyOutcome(reply.outcome)
    ? (await templateFor(request.agencyId, reply.outcome, reply)).title
    : replyTitle(reply.outcome);
  const date = reply.sentOn
    ? fromDbDate(reply.sentOn)
    : reply.approvedAt
      ? toChinaDate(reply.approvedAt)
      : chinaToday();
  return (
    <>
      <p className="no-print mb-4 flex gap-4">
        <a href={`/console/requests/${request.id}/reply`} className="underline">
          {t("back")}
        </a>
        <a href={`/console/requests/${request.id}/reply/${reply.id}/pdf`} className="underline">
          {t("pdf")}
        </a>
        <span className="text-stone-600">{t("hint")}</span>
      </p>
      <article className="letter" data-testid="reply-letter">
        {reply.status !== "SENT" ? <p className="draft">{t("draft")}</p> : null}
        <div className="masthead">{request.agency.name}</div>
        <hr className="rule" />
        {/* 文号: the agency's own series, assigned when a leader approves the letter (never the tracking code). */}
        <p className="reference" data-testid="letter-number">
          {reply.letterNumber ?? LETTER_NUMBER_PENDING}
        </p>
        <h1>{title}</h1>
        {/* The letter starts with the applicant's name. */}
        <div
          className="body"
          // biome-ignore lint/security/noDangerouslySetInnerHtml: letterHtml is sanitised when the reply is drafted (lib/requests/replies/draft-reply.ts replyContent → renderBody, lib/items/render-body.ts)
          dangerouslySetInnerHTML={{ __html: reply.letterHtml }}
        />
        <div className="signature">
          <p>{request.agency.name}</p>
          <p>{chineseDate(date)}</p>
        </div>
      </article>
    </>
  );
}
