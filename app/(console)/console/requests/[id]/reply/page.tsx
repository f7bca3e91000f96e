import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/console/action-form";
import { FileUploadForm } from "@/components/console/file-upload-form";
import { RequestReplyForm } from "@/components/console/request-reply-form";
import { DateTime } from "@/components/ui/date-time";
import { PageHeader } from "@/components/ui/page-header";
import { attachmentMaxMb } from "@/lib/attachments/config";
import { requirePageUser } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { chinaToday, fromDbDate } from "@/lib/calendar/calendar-date";
import { findRequestForUser } from "@/lib/requests/queries";
import { defaultLegalGround } from "@/lib/requests/replies/legal-grounds";
import { openReplyOf } from "@/lib/requests/replies/queries";
import { REPLY_TRANSITIONS, replyTransitionsFrom } from "@/lib/requests/replies/workflow";
import {
  NOT_HELD_VARIANTS,
  RELEASING_OUTCOMES,
  REPLY_DELIVERIES,
  REPLY_OUTCOMES,
  REQUEST_OUTCOMES,
} from "@/lib/requests/vocabulary";
import {
  addReleasedFileAction,
  approveReplyAction,
  draftReplyAction,
  proposeForCatalogueAction,
  removeReleasedFileAction,
  returnReplyAction,
  sendReplyAction,
  submitReplyAction,
  updateReplyAction,
} from "./actions";

export default async function ReplyPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser();
  // Scope lives in the query: another agency's request is simply not found.
  const request = await findRequestForUser(user, id);
  if (!request) notFound();
  const t = await getTranslations("replies");
  const tr = await getTranslations("requests");
  const open = openReplyOf(request);
  const sent = request.replies.filter((r) => r.status === "SENT");
  const canHandle = can(user, "request.handle", request.agencyId);
  const isDrafter = open?.drafterId === user.id;
  const editable = Boolean(open && isDrafter && canHandle && ["DRAFT", "RETURNED"].includes(open.status));

  const groups = [...new Set(REQUEST_OUTCOMES.map((o) => o.group))]
    .map((group) => ({
      group,
      label: t(`groups.${group}`),
      options: REQUEST_OUTCOMES.filter(
        (o) => o.group === group && (REPLY_OUTCOMES as readonly string[]).includes(o.outcome),
      ).map((o) => ({ value: o.outcome, label: tr(`outcomes.${o.outcome}`) })),
    }))
    .filter((g) => g.options.length > 0);
  // The default ground of each outcome, and where the letter differs: already public (36 (一)), 36 (五).
  const grounds: Record<string, string> = {
    ...Object.fromEntries(REPLY_OUTCOMES.map((o) => [o, defaultLegalGround(o)])),
    "GRANTED:PUBLISHED": defaultLegalGround("GRANTED", { delivery: "PUBLISHED" }),
    "UNABLE_NOT_HELD:OTHER_AGENCY": defaultLegalGround("UNABLE_NOT_HELD", { notHeldVariant: "OTHER_AGENCY" }),
  };
  // 自取 / 邮寄 as the applicant asked; electronic forms are provided as files.
  const suggested = {
    delivery: request.delivery === "PICKUP" ? "PICKUP" : request.delivery === "POST" ? "POST" : "FILES",
    postAddress: request.address
      ? [request.address, request.postcode, request.applicantName].filter(Boolean).join(" ")
      : "",
  };
  const formProps = {
    suggested,
    groups,
    grounds,
    releasing: RELEASING_OUTCOMES,
    deliveries: REPLY_DELIVERIES,
    notHeldVariants: NOT_HELD_VARIANTS,
  };

  // Who sees which button: the drafter submits (never approves), another leader approves or returns, staff send.
  const transitions = open
    ? replyTransitionsFrom(open.status).filter((name) => {
        const rule = REPLY_TRANSITIONS[name];
        if (!can(user, rule.action, request.agencyId)) return false;
        if (rule.actor === "drafter") return isDrafter;
        if (rule.actor === "not-drafter") return !isDrafter;
        return true;
      })
    : [];
  // Files are uploaded only for a release by files (paper copies and "already public" are told in the letter).
  const releasing = open ? RELEASING_OUTCOMES.includes(open.outcome) && open.delivery === "FILES" : false;
  const released = open?.files.filter((f) => f.kind === "RELEASED") ?? [];

  return (
    <div className="space-y-8">
      <PageHeader title={t("reply.title")}>
        <Link href={`/console/requests/${request.id}`} className="underline">
          {t("backToRequest")}
        </Link>
      </PageHeader>
      <p className="text-stone-700">
        {t("reply.requestLine", {
          trackingCode: request.trackingCode,
          applicant: request.applicantName,
          receivedOn: fromDbDate(request.receivedOn),
        })}
        {"　"}
        {tr(`states.${request.state}`)}
      </p>

      {open ? (
        <section aria-labelledby="open-reply" className="space-y-4 rounded border border-stone-300 bg-white p-4">
          <h2 id="open-reply" className="text-lg font-semibold">
            {tr(`outcomes.${open.outcome}`)}
            {"　"}
            <span className="rounded bg-stone-200 px-2 py-1 text-sm font-normal" data-testid="reply-status">
              {t(`status.${open.status}`)}
            </span>
          </h2>
          <p className="text-sm text-stone-700" data-testid="reply-letter-number">
            {t("reply.letterNumber")}：{open.letterNumber ?? t("reply.letterNumberPending")}
            {open.delivery ? (
              <>
                {"　"}
                {t("reply.delivery")}：{t(`reply.deliveries.${open.delivery}`)}
                {open.deliveryDetail ? `（${open.deliveryDetail}）` : null}
              </>
            ) : null}
          </p>
          <p className="text-sm text-stone-700">
            {t("reply.drafter")}：{open.drafter.name}
            {open.submittedAt ? (
              <>
                {"　"}
                {t("reply.submittedAt")}：<DateTime value={open.submittedAt} />
              </>
            ) : null}
          </p>
          {open.status === "RETURNED" && open.returnComment ? (
            <p className="rounded border border-amber-700 bg-amber-50 px-3 py-2" data-testid="return-comment">
              {t("reply.returnedWith", { comment: open.returnComment })}
            </p>
          ) : null}

          {editable ? (
            <RequestReplyForm
              action={updateReplyAction.bind(null, request.id, open.id)}
              {...formProps}
              isNew={false}
              version={open.updatedAt.toISOString()}
              initial={{
                outcome: open.outcome,
                legalGround: open.legalGround,
                delivery: open.delivery ?? "",
                deliveryDetail: open.deliveryDetail,
                notHeldVariant: open.notHeldVariant ?? "",
                otherAgencyName: open.otherAgencyName,
                otherAgencyContact: open.otherAgencyContact,
                letterMarkdown: open.letterMarkdown,
              }}
            />
          ) : (
            <>
              <p>
                <strong>{t("reply.legalGround")}</strong>：{open.legalGround}
              </p>
              <div
                className="prose max-w-none rounded border border-stone-200 p-4"
                // biome-ignore lint/security/noDangerouslySetInnerHtml: letterHtml is sanitised when the reply is drafted (lib/requests/replies/draft-reply.ts replyContent → renderBody, lib/items/render-body.ts)
                dangerouslySetInnerHTML={{ __html: open.letterHtml }}
              />
            </>
          )}
          <p className="flex flex-wrap gap-4">
            <Link href={`/console/requests/${request.id}/reply/${open.id}/print`} className="underline">
              {t("reply.print")}
            </Link>
            <a href={`/console/requests/${request.id}/reply/${open.id}/pdf`} className="underline">
              {t("reply.pdf")}
            </a>
          </p>

          {releasing || released.length ? (
            <div className="space-y-3">
              <h3 className="font-semibold">{t("reply.releasedFiles")}</h3>
              {released.length === 0 ? (
                <p className="text-red-800" data-testid="no-released-files">
                  {t("reply.noReleasedFiles")}
                </p>
              ) : (
                <ul className="space-y-2">
                  {released.map((f) => (
                    <li key={f.id} className="flex flex-wrap items-center gap-3">
                      <a
                        href={`/console/requests/${request.id}/reply/${open.id}/files/${f.id}`}
                        className="text-blue-800 underline"
                      >
                        {f.fileName}
                      </a>
                      <span className="text-sm text-stone-600">{Math.max(1, Math.round(f.size / 1024))} KB</span>
                      {editable ? (
                        <ActionForm
                          action={removeReleasedFileAction.bind(null, request.id, open.id, f.id)}
                          label={t("reply.remove")}
                          variant="secondary"
                        />
                      ) : null}
                    </li>
                  ))}
                </ul>
              )}
              {editable && releasing ? (
                <FileUploadForm
                  action={addReleasedFileAction.bind(null, request.id, open.id)}
                  maxMb={attachmentMaxMb()}
                  id="released-file"
                  label={t("reply.releasedFile")}
                  hint={t("reply.releasedFileHint", { maxMb: attachmentMaxMb() })}
                  submitLabel={t("reply.upload")}
                  testId="released-file-form"
                />
              ) : null}
            </div>
          ) : null}

          <div className="grid gap-4 md:grid-cols-2">
            {transitions.map((name) => (
              <ActionForm
                key={name}
                testId={`reply-${name}`}
                label={t(`reply.actions.${name}`)}
                variant={name === "return" ? "secondary" : "primary"}
                action={
                  name === "submit"
                    ? submitReplyAction.bind(null, request.id, open.id)
                    : name === "approve"
                      ? approveReplyAction.bind(null, request.id, open.id)
                      : name === "return"
                        ? returnReplyAction.bind(null, request.id, open.id)
                        : sendReplyAction.bind(null, request.id, open.id)
                }
                fields={
                  name === "return"
                    ? [{ name: "comment", label: t("reply.comment"), required: true, multiline: true }]
                    : name === "send"
                      ? [{ name: "sentOn", label: t("reply.sentOn"), required: true, type: "date" }]
                      : []
                }
              />
            ))}
          </div>
          {transitions.includes("send") ? (
            <p className="text-sm text-stone-600">{t("reply.sendHint", { today: chinaToday() })}</p>
          ) : null}
          {isDrafter && open.status === "PENDING_APPROVAL" ? (
            <p className="text-sm text-stone-600">{t("reply.waitingForLeader")}</p>
          ) : null}
        </section>
      ) : request.state !== "CLOSED" && canHandle ? (
        <section aria-labelledby="new-reply" className="space-y-4 rounded border border-stone-300 bg-white p-4">
          <h2 id="new-reply" className="text-lg font-semibold">
            {t("reply.new")}
          </h2>
          <RequestReplyForm
            action={draftReplyAction.bind(null, request.id)}
            {...formProps}
            isNew
            version="new"
            initial={{
              outcome: "",
              legalGround: "",
              delivery: "",
              deliveryDetail: "",
              notHeldVariant: "",
              otherAgencyName: "",
              otherAgencyContact: "",
              letterMarkdown: "",
            }}
          />
        </section>
      ) : !sent.length ? (
        <p>{t("reply.none")}</p>
      ) : null}

      {sent.map((reply) => (
        <section
          key={reply.id}
          aria-labelledby={`sent-${reply.id}`}
          className="space-y-3 rounded border border-stone-300 bg-white p-4"
        >
          <h2 id={`sent-${reply.id}`} className="text-lg font-semibold">
            {tr(`outcomes.${reply.outcome}`)}
            {"　"}
            <span className="text-sm font-normal">
              {t("status.SENT")} {reply.sentOn ? fromDbDate(reply.sentOn) : ""}
              {reply.letterNumber ? `　${reply.letterNumber}` : ""}
            </span>
          </h2>
          <p>
            <strong>{t("reply.legalGround")}</strong>：{reply.legalGround}
          </p>
          <div
            className="prose max-w-none rounded border border-stone-200 p-4"
            // biome-ignore lint/security/noDangerouslySetInnerHtml: letterHtml is sanitised when the reply is drafted (lib/requests/replies/draft-reply.ts replyContent → renderBody, lib/items/render-body.ts)
            dangerouslySetInnerHTML={{ __html: reply.letterHtml }}
          />
          <p className="flex flex-wrap gap-4">
            <Link href={`/console/requests/${request.id}/reply/${reply.id}/print`} className="underline">
              {t("reply.print")}
            </Link>
            <a href={`/console/requests/${request.id}/reply/${reply.id}/pdf`} className="underline">
              {t("reply.pdf")}
            </a>
          </p>
          {reply.files.filter((f) => f.kind === "RELEASED").length ? (
            <ul className="space-y-2">
              {reply.files
                .filter((f) => f.kind === "RELEASED")
                .map((f) => (
                  <li key={f.id} className="flex flex-wrap items-center gap-3">
                    <a
                      href={`/console/requests/${request.id}/reply/${reply.id}/files/${f.id}`}
                      className="text-blue-800 underline"
                    >
                      {f.fileName}
                    </a>
                    {canHandle && can(user, "item.draft", request.agencyId) ? (
                      <ActionForm
                        action={proposeForCatalogueAction.bind(null, request.id, f.id)}
                        label={t("reply.propose")}
                        variant="secondary"
                        testId={`propose-${f.id}`}
                      />
                    ) : null}
                  </li>
                ))}
            </ul>
          ) : null}
        </section>
      ))}
    </div>
  );
}
