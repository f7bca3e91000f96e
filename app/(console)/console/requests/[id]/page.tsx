import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { onlineCorrections } from "@/lib/requests/submit-online-correction";
import { ActionForm } from "@/components/console/action-form";
import { RequestClock } from "@/components/console/request-clock";
import { RequestDaysLeft } from "@/components/console/request-days-left";
import { RequestStepForm } from "@/components/console/request-step-form";
import { DateTime } from "@/components/ui/date-time";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { chinaToday, fromDbDate } from "@/lib/calendar/calendar-date";
import { loadWorkingCalendar } from "@/lib/calendar/load-working-calendar";
import { availableClockSteps, openConsultations } from "@/lib/requests/clock-explanation";
import { clockOf } from "@/lib/requests/clock-store";
import { CLOCK_RULES } from "@/lib/requests/clock/clock-rules";
import { workingDaysLeft, type ClockResult } from "@/lib/requests/clock/compute-clock";
import { findRequestReference, listAssignableStaff } from "@/lib/requests/console-views";
import { findRequestForUser } from "@/lib/requests/queries";
import { addNoteAction, assignRequestAction, recordClockStepAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const t = await getTranslations("requestConsole");
  return { title: `${t("title")} ${(await params).id.slice(0, 8)}` };
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1 border-b border-stone-200 py-2 sm:grid-cols-[12rem_1fr]">
      <dt className="font-medium text-stone-700">{label}</dt>
      <dd className="whitespace-pre-wrap break-words">{children}</dd>
    </div>
  );
}

export default async function RequestPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ registered?: string }>;
}) {
  const [{ id }, { registered }] = await Promise.all([params, searchParams]);
  const user = await requirePageUser();
  // Scope lives in the query: another agency's request is simply not found.
  const request = await findRequestForUser(user, id);
  if (!request) notFound();
  const [t, tr, calendar] = await Promise.all([
    getTranslations("requestConsole"),
    getTranslations("requests"),
    loadWorkingCalendar(),
  ]);
  const today = chinaToday();
  let clock: ClockResult | null = null;
  try {
    // Counted up to today: an open consultation so far, an unanswered third party for its 15 working days at most.
    clock = clockOf(request.events, calendar, { asOf: today });
  } catch {
    clock = null; // shown as unreadable; the stored due date still stands
  }
  const steps = clock ? availableClockSteps(user, request.agencyId, request.events, clock) : null;
  const openParties = openConsultations(request.events);
  const daysLeft = clock ? workingDaysLeft(clock, today, calendar) : null;
  // The clock counted to today (an open consultation moves it; a silent third party only for 15 working days);
  // the stored date (as of the last step) when the events cannot be read.
  const dueOn = clock ? clock.dueDate : request.dueOn ? fromDbDate(request.dueOn) : null;
  const canAssign = can(user, "request.handle", request.agencyId) || can(user, "request.approve", request.agencyId);
  const [similar, staff] = await Promise.all([
    request.similarToId ? findRequestReference(user, request.similarToId) : null,
    canAssign ? listAssignableStaff(request.agencyId) : [],
  ]);
  const base = `/console/requests/${request.id}`;

  return (
    <div className="space-y-8">
      <PageHeader title={`${t("trackingCode")} ${request.trackingCode}`}>
        <span className="rounded bg-stone-200 px-2 py-1 text-sm" data-testid="request-state">
          {tr(`states.${request.state}`)}
        </span>
      </PageHeader>
      {registered ? (
        <p role="status" className="rounded border border-green-700 bg-green-50 px-3 py-2 text-green-900">
          {t("registered")}
        </p>
      ) : null}
      {request.similarToId ? (
        <p className="rounded border border-amber-700 bg-amber-50 px-3 py-2" data-testid="similar-hint">
          {t.rich("similar", {
            code: similar?.trackingCode ?? "—",
            link: (chunks) =>
              similar ? (
                <Link href={`/console/requests/${similar.id}`} className="font-mono underline">
                  {chunks}
                </Link>
              ) : (
                chunks
              ),
          })}
        </p>
      ) : null}

      <section aria-labelledby="due-title" className="space-y-2 rounded border border-stone-300 bg-white p-4">
        <h2 id="due-title" className="sr-only">
          {t("columns.dueOn")}
        </h2>
        {request.state === "CLOSED" ? (
          <p data-testid="request-concluded">
            {t("concluded", {
              date: request.concludedOn ? fromDbDate(request.concludedOn) : "—",
              outcome: request.outcome ? tr(`outcomes.${request.outcome}`) : "—",
            })}
          </p>
        ) : dueOn ? (
          <p className="text-lg" data-testid="request-due">
            {t("dueSummary", { due: dueOn })}
            {request.dueProvisional ? (
              <abbr
                title={t("provisionalHint")}
                className="ml-2 rounded bg-amber-100 px-1 text-sm text-amber-900 no-underline"
              >
                {t("provisional")}
              </abbr>
            ) : null}
            <span className="ml-3">
              <RequestDaysLeft days={daysLeft} />
            </span>
          </p>
        ) : (
          <p data-testid="request-due">{t("noDue")}</p>
        )}
        {request.dueProvisional && request.state !== "CLOSED" ? (
          <p className="text-sm text-stone-600">{t("provisionalHint")}</p>
        ) : null}
      </section>

      <section aria-labelledby="clock-title" className="space-y-3">
        <h2 id="clock-title" className="text-lg font-semibold">
          {t("sections.clock")}
        </h2>
        <RequestClock clock={clock} openParties={openParties} />
      </section>

      {steps && request.state !== "CLOSED" ? (
        <section aria-labelledby="steps-title" className="space-y-3">
          <h2 id="steps-title" className="text-lg font-semibold">
            {t("sections.steps")}
          </h2>
          {steps.kinds.length === 0 ? (
            <p>{t("noSteps")}</p>
          ) : (
            <div className="grid gap-4 lg:grid-cols-2">
              {steps.kinds.map((kind) => (
                <RequestStepForm
                  key={kind}
                  kind={kind}
                  action={recordClockStepAction.bind(null, request.id, kind)}
                  today={today}
                  consultationParties={steps.consultationParties}
                  extensionDaysLeft={steps.extensionDaysLeft}
                  correctionMinWorkingDays={CLOCK_RULES.correctionMinWorkingDays}
                />
              ))}
            </div>
          )}
        </section>
      ) : null}

      <section aria-labelledby="applicant-title" className="space-y-2">
        <h2 id="applicant-title" className="text-lg font-semibold">
          {t("sections.applicant")}
        </h2>
        <dl className="rounded border border-stone-300 bg-white px-4" data-testid="request-applicant">
          <Row label={t("fields.applicantType")}>{tr(`applicantTypes.${request.applicantType}`)}</Row>
          <Row label={t("fields.applicantName")}>{request.applicantName}</Row>
          {request.contactPerson ? <Row label={t("fields.contactPerson")}>{request.contactPerson}</Row> : null}
          <Row label={t("fields.idType")}>{tr(`idTypes.${request.idType}`)}</Row>
          <Row label={t("fields.idNumber")}>
            <span className="font-mono">{request.idNumber}</span>
          </Row>
          <Row label={t("fields.phone")}>{request.phone}</Row>
          <Row label={t("fields.email")}>{request.email || "—"}</Row>
          <Row label={t("fields.address")}>{request.address || "—"}</Row>
          <Row label={t("fields.postcode")}>{request.postcode || "—"}</Row>
        </dl>
      </section>

      <section aria-labelledby="request-title" className="space-y-2">
        <h2 id="request-title" className="text-lg font-semibold">
          {t("sections.request")}
        </h2>
        <dl className="rounded border border-stone-300 bg-white px-4">
          <Row label={t("agency")}>{request.agency.name}</Row>
          <Row label={t("fields.description")}>{request.description}</Row>
          {request.documentHint ? <Row label={t("fields.documentHint")}>{request.documentHint}</Row> : null}
          {request.purpose ? <Row label={t("fields.purpose")}>{request.purpose}</Row> : null}
          {onlineCorrections(request.events).map((c) => (
            <Row key={c.id} label={t("onlineCorrection", { date: fromDbDate(c.on) })}>
              {c.text || t("onlineCorrectionFilesOnly")}
            </Row>
          ))}
          <Row label={t("fields.form")}>{tr(`forms.${request.form}`)}</Row>
          <Row label={t("fields.delivery")}>{tr(`deliveries.${request.delivery}`)}</Row>
          <Row label={t("fields.channel")}>{tr(`channels.${request.channel}`)}</Row>
          <Row label={t("fields.receiptBasis")}>{tr(`receiptBases.${request.receiptBasis}`)}</Row>
          <Row label={t("fields.receivedOn")}>{fromDbDate(request.receivedOn)}</Row>
          <Row label={t("registeredOn")}>
            <DateTime value={request.submittedAt} />
          </Row>
        </dl>
      </section>

      <section aria-labelledby="assign-title" className="space-y-3">
        <h2 id="assign-title" className="text-lg font-semibold">
          {t("sections.assignment")}
        </h2>
        <p data-testid="request-assignee">
          {request.assignee ? t("currentAssignee", { name: request.assignee.name }) : t("unassigned")}
        </p>
        {canAssign ? (
          <div className="max-w-md">
            <ActionForm
              action={assignRequestAction.bind(null, request.id)}
              label={t("assign")}
              variant="secondary"
              testId="assign-form"
              fields={[
                {
                  name: "assigneeId",
                  label: t("assignTo"),
                  options: [
                    // The current handler first, so submitting without a change keeps them.
                    ...staff.filter((s) => s.id === request.assigneeId).map((s) => ({ value: s.id, label: s.name })),
                    ...staff.filter((s) => s.id !== request.assigneeId).map((s) => ({ value: s.id, label: s.name })),
                    { value: "", label: t("nobody") },
                  ],
                },
              ]}
            />
          </div>
        ) : null}
      </section>

      <section aria-labelledby="notes-title" className="space-y-3">
        <h2 id="notes-title" className="text-lg font-semibold">
          {t("sections.notes")}
        </h2>
        <p className="rounded border border-stone-400 bg-stone-100 px-3 py-2 font-medium" data-testid="notes-warning">
          {t("notesWarning")}
        </p>
        {request.notes.length === 0 ? (
          <p>{t("noNotes")}</p>
        ) : (
          <ul className="space-y-2">
            {request.notes.map((note) => (
              <li key={note.id} className="rounded border border-stone-200 bg-white p-3">
                <p className="text-sm text-stone-600">
                  {t("noteBy", { name: note.author.name })} · <DateTime value={note.createdAt} />
                </p>
                <p className="whitespace-pre-wrap">{note.body}</p>
              </li>
            ))}
          </ul>
        )}
        <div className="max-w-xl">
          <ActionForm
            action={addNoteAction.bind(null, request.id)}
            label={t("addNote")}
            variant="secondary"
            testId="note-form"
            fields={[{ name: "body", label: t("noteBody"), required: true, multiline: true }]}
          />
        </div>
      </section>

      <section aria-labelledby="files-title" className="space-y-3">
        <h2 id="files-title" className="text-lg font-semibold">
          {t("sections.files")}
        </h2>
        {request.files.length === 0 ? (
          <p>{t("noFiles")}</p>
        ) : (
          <ul className="space-y-1">
            {request.files.map((file) => (
              <li key={file.id} className="flex flex-wrap gap-3">
                <a href={`${base}/files/${file.id}`} className="text-blue-800 underline">
                  {file.fileName}
                </a>
                <span className="text-sm text-stone-600">
                  {t(`fileKinds.${file.kind}`)} · {Math.max(1, Math.round(file.size / 1024))} KB
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="outcomes-title" className="space-y-4">
        <h2 id="outcomes-title" className="text-lg font-semibold">
          {t("sections.outcomes")}
        </h2>
        <div className="space-y-2">
          <h3 className="font-semibold">
            {t("replies")}{" "}
            <Link href={`${base}/reply`} className="ml-2 text-sm font-normal text-blue-800 underline">
              {t("replyLink")}
            </Link>
          </h3>
          {request.replies.length === 0 ? (
            <p>{t("noReplies")}</p>
          ) : (
            <ul className="space-y-1" data-testid="request-replies">
              {request.replies.map((reply) => (
                <li key={reply.id}>
                  {t("replyRow", {
                    outcome: tr(`outcomes.${reply.outcome}`),
                    status: t(`replyStatus.${reply.status}`),
                    drafter: reply.drafter.name,
                  })}
                  {reply.sentOn ? ` · ${t("replySentOn", { date: fromDbDate(reply.sentOn) })}` : ""}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="space-y-2">
          <h3 className="font-semibold">
            {t("fees")}{" "}
            <Link href={`${base}/fee`} className="ml-2 text-sm font-normal text-blue-800 underline">
              {t("feeLink")}
            </Link>
          </h3>
          {request.fees.length === 0 ? (
            <p>{t("noFees")}</p>
          ) : (
            <ul className="space-y-1">
              {request.fees.map((fee) => (
                <li key={fee.id}>
                  {t("feeRow", {
                    method: t(`feeMethods.${fee.method}`),
                    amount: fee.amountYuan,
                    noticed: fromDbDate(fee.noticedOn),
                    deadline: fromDbDate(fee.paymentDeadline),
                  })}
                  {" · "}
                  {fee.paidOn
                    ? t("feePaid", { date: fromDbDate(fee.paidOn) })
                    : fee.lapsedOn
                      ? t("feeLapsed", { date: fromDbDate(fee.lapsedOn) })
                      : t("feeOpen")}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="space-y-2">
          <h3 className="font-semibold">
            {t("appeals")}{" "}
            <Link href={`${base}/appeals`} className="ml-2 text-sm font-normal text-blue-800 underline">
              {t("appealLink")}
            </Link>
          </h3>
          {request.appeals.length === 0 ? (
            <p>{t("noAppeals")}</p>
          ) : (
            <ul className="space-y-1">
              {request.appeals.map((appeal) => (
                <li key={appeal.id}>
                  {t("appealRow", {
                    kind: t(`appealKinds.${appeal.kind}`),
                    date: fromDbDate(appeal.filedOn),
                    result: t(`appealResults.${appeal.result}`),
                  })}
                </li>
              ))}
            </ul>
          )}
        </div>
        {can(user, "audit.read", request.agencyId) ? (
          <p>
            <Link href={`/console/audit?entityType=request&entityId=${request.id}`} className="underline">
              {t("auditTrail")}
            </Link>
          </p>
        ) : null}
      </section>
    </div>
  );
}
