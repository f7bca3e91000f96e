// The applicant's view of their request: where it stands, the public steps in words, and the reply.
// Only public events are loaded (lib/requests/queries.ts); of their data only what the applicant was told
// is shown — never the name of a consulted third party (data.with) or anything internal.
import { getTranslations } from "next-intl/server";
import type { FormState } from "@/lib/actions/form-state";
import { attachmentMaxMb } from "@/lib/attachments/config";
import { fromDbDate } from "@/lib/calendar/calendar-date";
import { REQUEST_FILE_LIMITS } from "@/lib/requests/request-files";
import { correctionPending } from "@/lib/requests/submit-online-correction";
import type { TrackedRequest } from "@/lib/requests/tracking-session";
import { CorrectionForm } from "./correction-form";

type EventData = Record<string, unknown>;
const str = (data: EventData, key: string) => (typeof data[key] === "string" ? (data[key] as string) : "");

async function EventSentence({ event }: { event: TrackedRequest["events"][number] }) {
  const t = await getTranslations("requestPortal.events");
  const data = (
    event.data && typeof event.data === "object" && !Array.isArray(event.data) ? event.data : {}
  ) as EventData;
  const date = fromDbDate(event.on);
  switch (event.kind) {
    case "CORRECTION_NOTICE": {
      const deadline = str(data, "applicantDeadline");
      const corrections = str(data, "corrections");
      return (
        <>
          <p>{deadline ? t("CORRECTION_NOTICE", { date, deadline }) : t("CORRECTION_NOTICE_NO_DEADLINE", { date })}</p>
          {corrections ? (
            <p className="mt-1 whitespace-pre-line rounded border-l-4 border-amber-600 bg-amber-50 px-3 py-2">
              {corrections}
            </p>
          ) : null}
        </>
      );
    }
    case "CONSULTATION_STARTED":
      return <p>{t("CONSULTATION_STARTED", { date, party: str(data, "party") || "THIRD_PARTY" })}</p>;
    case "FEE_NOTICE":
      return <p>{t("FEE_NOTICE", { date, deadline: str(data, "paymentDeadline") })}</p>;
    case "EXTENSION_APPROVED": {
      const reason = str(data, "reason");
      return (
        <>
          <p>{t("EXTENSION_APPROVED", { date, days: Number(data.workingDays) || 0 })}</p>
          {reason ? <p className="mt-1 text-stone-700">{t("extensionReason", { reason })}</p> : null}
        </>
      );
    }
    default:
      return <p>{t(event.kind, { date })}</p>;
  }
}

export async function RequestStatus({
  request,
  endAction,
  correctionAction,
  corrected = false,
}: {
  request: TrackedRequest;
  endAction: () => Promise<void>;
  /** 在线补正, offered while a 补正 notice waits for its answer. */
  correctionAction: (state: FormState, formData: FormData) => Promise<FormState>;
  /** The applicant has just sent a 补正 (the page they were sent to after it). */
  corrected?: boolean;
}) {
  const [t, tr, tc] = await Promise.all([
    getTranslations("requestPortal.status"),
    getTranslations("requests"),
    getTranslations("requestPortal.correction"),
  ]);
  const due = request.dueOn ? fromDbDate(request.dueOn) : null;
  const provisional = (await getTranslations("requestPortal.receipt"))("provisional");
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded border border-stone-300 bg-white p-4">
        <dt className="text-stone-600">{t("trackingCode")}</dt>
        <dd className="font-mono break-all">{request.trackingCode}</dd>
        <dt className="text-stone-600">{t("agency")}</dt>
        <dd>{request.agency.name}</dd>
        <dt className="text-stone-600">{t("receivedOn")}</dt>
        <dd>{fromDbDate(request.receivedOn)}</dd>
        <dt className="text-stone-600">{t("state")}</dt>
        <dd data-testid="request-state">{tr(`states.${request.state}`)}</dd>
        {request.state !== "CLOSED" ? (
          <>
            <dt className="text-stone-600">{t("dueOn")}</dt>
            <dd data-testid="request-due">
              {due ? `${due}${request.dueProvisional ? `（${provisional}）` : ""}` : t("noDue")}
            </dd>
          </>
        ) : null}
        {request.outcome ? (
          <>
            <dt className="text-stone-600">{t("outcome")}</dt>
            <dd>{tr(`outcomes.${request.outcome}`)}</dd>
          </>
        ) : null}
        {request.concludedOn ? (
          <>
            <dt className="text-stone-600">{t("concludedOn")}</dt>
            <dd>{fromDbDate(request.concludedOn)}</dd>
          </>
        ) : null}
      </dl>

      {corrected ? (
        <p role="status" className="rounded border border-green-700 bg-green-50 px-3 py-2 text-green-900">
          {tc("received")}
        </p>
      ) : null}

      <section aria-labelledby="timeline-title" className="space-y-2">
        <h2 id="timeline-title" className="text-lg font-semibold">
          {t("timeline")}
        </h2>
        <ol className="space-y-3 border-l-2 border-stone-300 pl-4">
          {request.events.map((event, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the public timeline in date order, rendered on the server and never reordered; the public projection (findRequestForTracking) selects no event id on purpose
            <li key={i}>
              <EventSentence event={event} />
            </li>
          ))}
        </ol>
      </section>

      {request.state !== "CLOSED" && correctionPending(request.events) ? (
        <section
          aria-labelledby="correction-title"
          className="space-y-3 rounded border border-amber-600 bg-amber-50 p-4"
          id="correction"
        >
          <h2 id="correction-title" className="text-lg font-semibold">
            {tc("title")}
          </h2>
          <p className="text-stone-800">{tc("intro")}</p>
          <CorrectionForm action={correctionAction} maxFiles={REQUEST_FILE_LIMITS.maxFiles} maxMb={attachmentMaxMb()} />
        </section>
      ) : null}

      {request.fees.length ? (
        <section aria-labelledby="fees-title" className="space-y-2">
          <h2 id="fees-title" className="text-lg font-semibold">
            {t("fees")}
          </h2>
          <ul className="list-disc pl-6">
            {request.fees.map((fee, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a static list rendered on the server; the public projection (findRequestForTracking) selects no fee id on purpose
              <li key={i}>
                {t("fee", { amount: String(fee.amountYuan), deadline: fromDbDate(fee.paymentDeadline) })}
                {fee.paidOn ? `（${t("feePaid", { date: fromDbDate(fee.paidOn) })}）` : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {request.replies.map((reply) => (
        <section
          key={reply.id}
          aria-labelledby={`reply-${reply.id}`}
          className="space-y-3 rounded border border-stone-300 bg-white p-4"
        >
          <h2 id={`reply-${reply.id}`} className="text-lg font-semibold">
            {t("reply")}：{tr(`outcomes.${reply.outcome}`)}
          </h2>
          {reply.sentOn ? (
            <p className="text-stone-700">
              {t("replySentOn", { date: fromDbDate(reply.sentOn) })}
              {reply.letterNumber ? `　${reply.letterNumber}` : null}
            </p>
          ) : null}
          <div
            className="space-y-2 [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6"
            // biome-ignore lint/security/noDangerouslySetInnerHtml: letterHtml is sanitised when the reply is drafted (lib/requests/replies/draft-reply.ts replyContent → renderBody, lib/items/render-body.ts)
            dangerouslySetInnerHTML={{ __html: reply.letterHtml }}
          />
          {reply.files.length ? (
            <div>
              <h3 className="font-semibold">{t("downloads")}</h3>
              <ul className="list-disc pl-6">
                {reply.files.map((file) => (
                  <li key={file.id}>
                    <a href={`/requests/track/files/${file.id}`} className="text-gov-red underline underline-offset-2">
                      {file.kind === "REPLY_LETTER" ? t("replyLetterFile") : t("releasedFile")}：{file.fileName}
                    </a>{" "}
                    <span className="text-sm text-stone-600">({Math.max(1, Math.round(file.size / 1024))} KB)</span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <p className="text-sm text-stone-700">{t("remedies")}</p>
        </section>
      ))}

      {request.agency.phone ? (
        <p className="text-stone-700">
          {t("agencyContact", { agency: request.agency.name, phone: request.agency.phone })}
        </p>
      ) : null}
      <p className="text-sm text-stone-600">{t("sessionNote")}</p>
      <form action={endAction}>
        <button
          type="submit"
          className="rounded border border-stone-400 bg-white px-4 py-2 font-medium hover:bg-stone-100"
        >
          {t("end")}
        </button>
      </form>
    </div>
  );
}
