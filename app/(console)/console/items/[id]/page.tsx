import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/console/action-form";
import { DataTable } from "@/components/ui/data-table";
import { FileUploadForm } from "@/components/console/file-upload-form";
import { attachmentMaxMb } from "@/lib/attachments/config";
import { textStatusNote } from "@/lib/attachments/text-status-note";
import { ItemMetadata } from "@/components/console/item-metadata";
import { categoryPath } from "@/lib/items/category-path";
import { DateTime } from "@/components/ui/date-time";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { chinaToday, fromDbDate } from "@/lib/calendar/calendar-date";
import { loadWorkingCalendar } from "@/lib/calendar/load-working-calendar";
import { itemTimeChecks } from "@/lib/items/late-items";
import { findItemForUser, openRevisionOf, reviewOpinionOf } from "@/lib/items/queries";
import { actorRefusal, REVISION_TRANSITIONS, transitionsFrom } from "@/lib/items/workflow";
import {
  decideValidityAction,
  keepWithheldAction,
  proposeValidityAction,
  removeAttachmentAction,
  startRevisionAction,
  transitionAction,
  uploadAttachmentAction,
  withdrawAction,
} from "../actions";

export default async function ItemPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const [{ id }, { saved }] = await Promise.all([params, searchParams]);
  const user = await requirePageUser();
  // Scope lives in the query: another agency's item is simply not found.
  const item = await findItemForUser(user, id);
  if (!item) notFound();
  const [t, te] = await Promise.all([getTranslations("items"), getTranslations("errors")]);
  const open = openRevisionOf(item);
  const live = item.revisions.find((r) => r.id === item.liveRevisionId) ?? null;
  const shown = open ?? live ?? item.revisions[0];
  const isDrafter = open?.drafterId === user.id;
  const transitions = open
    ? transitionsFrom(open.status).filter((tr) => {
        const rule = REVISION_TRANSITIONS[tr];
        return can(user, rule.action, item.agencyId) && actorRefusal(rule, open, user.id) === null;
      })
    : [];
  // A step the user holds the role for but may not take on this revision (their own draft, their own review).
  const personalRefusal = open
    ? transitionsFrom(open.status)
        .filter((tr) => can(user, REVISION_TRANSITIONS[tr].action, item.agencyId))
        .map((tr) => actorRefusal(REVISION_TRANSITIONS[tr], open, user.id))
        .find((r) => r !== null && r !== "notYourDraft")
    : undefined;
  const review = open?.status === "PENDING_APPROVAL" ? await reviewOpinionOf(open) : null;
  const calendar = await loadWorkingCalendar();
  const timeChecks =
    // Historical imports (published before the platform, never submitted) are not held to the time rules.
    shown.disclosure === "PROACTIVE" && !(item.origin === "IMPORT" && !item.revisions.at(-1)?.submittedAt)
      ? itemTimeChecks(calendar, chinaToday(), {
          writtenOn: shown.writtenOn,
          publishedOn: item.publishedOn,
          policyPublishedOn: item.interprets?.publishedOn ?? null,
        })
      : [];
  const canDraft = can(user, "item.draft", item.agencyId);
  const canEditOpen = Boolean(
    open && isDrafter && ["DRAFT", "RETURNED"].includes(open.status) && can(user, "attachment.upload", item.agencyId),
  );
  const canLead = can(user, "item.approve", item.agencyId);
  const variant = (tr: string) => (tr.startsWith("return") ? "secondary" : "primary") as "primary" | "secondary";

  return (
    <div className="space-y-8">
      <PageHeader title={shown.title}>
        <span className="rounded bg-stone-200 px-2 py-1 text-sm" data-testid="item-state">
          {t(`states.${item.state}`)}
        </span>
        {item.state === "PUBLISHED" ? (
          <Link href={`/items/${item.id}`} className="underline">
            {t("console.viewPublic")}
          </Link>
        ) : null}
      </PageHeader>
      {saved ? (
        <p role="status" className="rounded border border-green-700 bg-green-50 px-3 py-2 text-green-900">
          {t("console.saved")}
        </p>
      ) : null}

      <section aria-labelledby="workflow-title" className="space-y-4 rounded border border-stone-300 bg-white p-4">
        <h2 id="workflow-title" className="text-lg font-semibold">
          {t("console.workflow")}
        </h2>
        {open ? (
          <>
            <p>
              {t("console.openRevision", { number: open.number })}：
              <strong data-testid="revision-status">{t(`revisionStatus.${open.status}`)}</strong>
              {"　"}
              {t("fields.drafter")}：{open.drafter.name}
            </p>
            {open.status === "RETURNED" && open.returnComment ? (
              <p className="rounded border border-amber-700 bg-amber-50 px-3 py-2" data-testid="return-comment">
                {t("console.returnedWith", { comment: open.returnComment })}
              </p>
            ) : null}
            {isDrafter && ["DRAFT", "RETURNED"].includes(open.status) ? (
              <p>
                <Link href={`/console/items/${item.id}/edit`} className="underline">
                  {t("console.actions.edit")}
                </Link>
              </p>
            ) : null}
            {review ? (
              // 保密审查意见 beside the approve button: the leader decides knowing what the reviewer found.
              <div className="rounded border border-stone-300 bg-stone-50 px-3 py-2" data-testid="review-opinion">
                <p className="font-medium">
                  {t("console.reviewOpinion")}：{review.comment || t("console.reviewOpinionNone")}
                </p>
                <p className="text-sm text-stone-700">
                  {t("console.reviewedBy", { name: review.reviewer })} <DateTime value={review.at} />
                </p>
              </div>
            ) : null}
            {personalRefusal ? (
              <p className="text-sm text-stone-700" data-testid="personal-refusal">
                {te(personalRefusal)}
              </p>
            ) : null}
            <div className="grid gap-4 md:grid-cols-2">
              {transitions.map((tr) => (
                <ActionForm
                  key={tr}
                  testId={`transition-${tr}`}
                  action={transitionAction.bind(null, item.id, tr)}
                  label={t(`console.actions.${tr}`)}
                  variant={variant(tr)}
                  fields={
                    REVISION_TRANSITIONS[tr].comment === "none"
                      ? []
                      : [
                          {
                            name: "comment",
                            // The reviewer's and the leader's boxes say whose opinion they record (保密审查 / 领导审批).
                            label: t(
                              `console.commentLabels.${tr as "pass" | "returnFromReview" | "approve" | "returnFromApproval"}`,
                            ),
                            required: REVISION_TRANSITIONS[tr].comment === "required",
                            multiline: true,
                          },
                        ]
                  }
                />
              ))}
            </div>
            {open.drafterId === user.id && ["PENDING_REVIEW", "PENDING_APPROVAL"].includes(open.status) ? (
              <p className="text-sm text-stone-600">{t("console.waitingForOthers")}</p>
            ) : null}
          </>
        ) : (
          <p>{t("console.noOpenRevision")}</p>
        )}

        {!open && canDraft && item.state !== "DRAFT" ? (
          <ActionForm
            action={startRevisionAction.bind(null, item.id, false)}
            label={t("console.actions.startRevision")}
            variant="secondary"
          />
        ) : null}
        {!open && canDraft && item.state === "WITHHELD" ? (
          <ActionForm
            action={startRevisionAction.bind(null, item.id, true)}
            label={t("console.actions.publishWithheld")}
            variant="secondary"
          />
        ) : null}
        {item.state === "WITHHELD" && item.reviewDueOn ? (
          <p>
            {t("fields.reviewDueOn")}：{fromDbDate(item.reviewDueOn)}
            {fromDbDate(item.reviewDueOn) <= chinaToday() ? (
              <strong className="ml-2 text-red-800">{t("console.reviewDue")}</strong>
            ) : null}
          </p>
        ) : null}
        {item.state === "WITHHELD" && canLead ? (
          <ActionForm
            action={keepWithheldAction.bind(null, item.id)}
            label={t("console.actions.keepWithheld")}
            variant="secondary"
            fields={[{ name: "comment", label: t("console.comment"), multiline: true }]}
          />
        ) : null}
        {item.state === "PUBLISHED" && canLead ? (
          <ActionForm
            action={withdrawAction.bind(null, item.id)}
            label={t("console.actions.withdraw")}
            variant="danger"
            fields={[{ name: "reason", label: t("console.reason"), required: true, multiline: true }]}
          />
        ) : null}
        {item.state === "WITHDRAWN" && item.withdrawnReason ? (
          <p>{t("console.withdrawnWith", { reason: item.withdrawnReason })}</p>
        ) : null}

        {item.state === "PUBLISHED" && item.validity === "VALID" && !item.pendingValidity && canDraft ? (
          <ActionForm
            action={proposeValidityAction.bind(null, item.id)}
            label={t("console.actions.proposeValidity")}
            variant="secondary"
            fields={[
              {
                name: "validity",
                label: t("console.newValidity"),
                required: true,
                options: [
                  { value: "REPEALED", label: t("validity.REPEALED") },
                  { value: "EXPIRED", label: t("validity.EXPIRED") },
                ],
              },
              { name: "effectiveOn", label: t("console.effectiveOn"), required: true, type: "date" },
              { name: "reason", label: t("console.reason"), required: true, multiline: true },
            ]}
          />
        ) : null}
        {item.pendingValidity && item.pendingValidityOn ? (
          <div className="space-y-3 rounded border border-amber-700 bg-amber-50 p-3">
            <p>
              {t("console.pendingValidity", {
                validity: t(`validity.${item.pendingValidity}`),
                date: fromDbDate(item.pendingValidityOn),
                reason: item.pendingValidityReason ?? "",
              })}
            </p>
            {canLead && item.pendingValidityById !== user.id ? (
              <div className="grid gap-4 md:grid-cols-2">
                <ActionForm
                  action={decideValidityAction.bind(null, item.id, true)}
                  label={t("console.actions.approveValidity")}
                />
                <ActionForm
                  action={decideValidityAction.bind(null, item.id, false)}
                  label={t("console.actions.rejectValidity")}
                  variant="secondary"
                  fields={[{ name: "comment", label: t("console.comment"), required: true, multiline: true }]}
                />
              </div>
            ) : null}
          </div>
        ) : null}
      </section>

      {timeChecks.length ? (
        <section aria-labelledby="time-title" className="space-y-2">
          <h2 id="time-title" className="text-lg font-semibold">
            {t("console.timeRules")}
          </h2>
          <ul className="space-y-1">
            {timeChecks.map((check) => (
              <li
                key={check.rule}
                data-testid={`time-rule-${check.rule}`}
                className={check.late ? "font-semibold text-red-800" : ""}
              >
                {t(`console.timeRule.${check.rule}`, { due: check.due })}
                {check.late ? `　${t("console.timeRule.late")}` : ""}
                {check.provisional ? `　${t("console.timeRule.provisional")}` : ""}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="metadata-title" className="space-y-3">
        <h2 id="metadata-title" className="text-lg font-semibold">
          {t("console.metadata", { number: shown.number })}
        </h2>
        <ItemMetadata
          revision={shown}
          agencyName={item.agency.name}
          indexNumber={item.indexNumber}
          publishedOn={item.publishedOn}
          validity={item.validity}
          categoryPath={await categoryPath(item.agencyId, shown.catalogueCategoryId)}
        />
        {item.interprets ? (
          <p>
            {t("fields.interpretsItemId")}：
            <Link href={`/console/items/${item.interprets.id}`} className="underline">
              {item.interprets.liveRevision?.title}
            </Link>
          </p>
        ) : null}
        {shown.bodyHtml ? (
          <div
            className="item-body prose max-w-none rounded border border-stone-300 bg-white p-4"
            // biome-ignore lint/security/noDangerouslySetInnerHtml: bodyHtml is sanitised to a safe subset whenever a revision is saved (renderBody in lib/items/render-body.ts, called by create-item-draft, update-item-draft and import-items)
            dangerouslySetInnerHTML={{ __html: shown.bodyHtml }}
          />
        ) : null}
      </section>

      <section aria-labelledby="attachments-title" className="space-y-3">
        <h2 id="attachments-title" className="text-lg font-semibold">
          {t("fields.attachments")}
        </h2>
        {shown.attachments.length === 0 ? (
          <p>{t("console.noAttachments")}</p>
        ) : (
          <ul className="space-y-2">
            {shown.attachments.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center gap-3">
                <a href={`/console/items/${item.id}/attachments/${a.id}`} className="text-blue-800 underline">
                  {a.fileName}
                </a>
                <span className="text-sm text-stone-600">{Math.max(1, Math.round(a.size / 1024))} KB</span>
                {textStatusNote(a) ? (
                  <span className="text-sm text-amber-800">{t(`console.${textStatusNote(a)}`)}</span>
                ) : null}
                {canEditOpen ? (
                  <ActionForm
                    action={removeAttachmentAction.bind(null, item.id, a.id)}
                    label={t("console.remove")}
                    variant="secondary"
                  />
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {canEditOpen ? (
          <FileUploadForm
            action={uploadAttachmentAction.bind(null, item.id)}
            maxMb={attachmentMaxMb()}
            id="item-attachment"
            label={t("console.attachmentFile")}
            hint={t("console.attachmentHint", { maxMb: attachmentMaxMb() })}
            submitLabel={t("console.upload")}
          />
        ) : null}
      </section>

      <section aria-labelledby="history-title" className="space-y-3">
        <h2 id="history-title" className="text-lg font-semibold">
          {t("console.history")}
        </h2>
        <DataTable
          dense
          headers={[
            t("fields.revision"),
            t("fields.status"),
            t("fields.title"),
            t("fields.drafter"),
            t("console.approvedAt"),
          ]}
        >
          {item.revisions.map((r) => (
            <tr key={r.id} className="border-b border-stone-200">
              <td className="px-3 py-2">
                {r.number}
                {r.id === item.liveRevisionId ? `（${t("console.live")}）` : ""}
              </td>
              <td className="px-3 py-2">{t(`revisionStatus.${r.status}`)}</td>
              <td className="px-3 py-2">{r.title}</td>
              <td className="px-3 py-2">{r.drafter.name}</td>
              <td className="px-3 py-2">{r.approvedAt ? <DateTime value={r.approvedAt} /> : "—"}</td>
            </tr>
          ))}
        </DataTable>
        {can(user, "audit.read", item.agencyId) ? (
          <p>
            <Link href={`/console/audit?entityType=item&entityId=${item.id}`} className="underline">
              {t("console.auditTrail")}
            </Link>
          </p>
        ) : null}
      </section>
    </div>
  );
}
