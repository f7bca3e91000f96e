// A 主动公开 item as the console API returns it: the item's state and dates, each revision with its full
// metadata, 公开属性 (+ the legal ground and reason when not 主动公开), attachments and its review history
// (submitted, 保密审查 passed or returned, 领导审定), and the steps the token's user may take now.
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { fromDbDate } from "@/lib/calendar/calendar-date";
import { openRevisionOf, type ItemForUser } from "@/lib/items/queries";
import { actorRefusal, EDITABLE_STATUSES, REVISION_TRANSITIONS, transitionsFrom } from "@/lib/items/workflow";

const instant = (d: Date | null | undefined) => (d ? d.toISOString() : null);
const day = (d: Date | null | undefined) => (d ? fromDbDate(d) : null);

type Revision = ItemForUser["revisions"][number];
type Names = Map<string, string>;
const person = (names: Names, id: string | null) => (id ? { id, name: names.get(id) ?? "" } : null);

export function attachmentJson(a: Revision["attachments"][number]) {
  return {
    id: a.id,
    fileName: a.fileName,
    /** Detected from the content, never from the name. */
    contentType: a.contentType,
    size: a.size,
    sha256: a.sha256,
    createdAt: a.createdAt.toISOString(),
  };
}

function revisionJson(r: Revision, names: Names) {
  return {
    id: r.id,
    number: r.number,
    status: r.status,
    title: r.title,
    documentNumber: r.documentNumber,
    writtenOn: fromDbDate(r.writtenOn),
    subjectCategory: r.subjectCategory,
    catalogueCategoryId: r.catalogueCategoryId,
    genre: r.genre,
    documentKind: r.documentKind,
    channels: r.channels,
    keywords: r.keywords,
    summary: r.summary,
    bodyMarkdown: r.bodyMarkdown,
    /** 公开属性, and for 依申请公开 / 不予公开 the legal ground and the written reason. */
    disclosure: r.disclosure,
    withholdGround: r.withholdGround,
    withholdReason: r.withholdReason,
    drafter: { id: r.drafter.id, name: r.drafter.name },
    attachments: r.attachments.map(attachmentJson),
    review: {
      submittedAt: instant(r.submittedAt),
      /** 保密审查: who passed it, when, and their opinion (保密审查意见). */
      reviewedBy: person(names, r.reviewedById),
      reviewedAt: instant(r.reviewedAt),
      reviewComment: r.reviewComment,
      /** 领导审定 */
      approvedBy: person(names, r.approvedById),
      approvedAt: instant(r.approvedAt),
      /** The last 退回: by whom, when and why. */
      returnedBy: person(names, r.returnedById),
      returnedAt: instant(r.returnedAt),
      returnComment: r.returnComment,
    },
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** The people an item's JSON names by id (reviewers, leaders, the proposer of a validity change). */
export function itemPeopleIds(item: ItemForUser): string[] {
  const ids = item.revisions.flatMap((r) => [r.reviewedById, r.approvedById, r.returnedById]);
  return [...new Set([...ids, item.pendingValidityById].filter((id): id is string => Boolean(id)))];
}

/** What `user` may do with the item now: the same checks the console uses to show its buttons. */
function allowedSteps(item: ItemForUser, user: CurrentUser) {
  const open = openRevisionOf(item);
  const steps: string[] = [];
  if (open) {
    for (const transition of transitionsFrom(open.status)) {
      const rule = REVISION_TRANSITIONS[transition];
      if (can(user, rule.action, item.agencyId) && actorRefusal(rule, open, user.id) === null) steps.push(transition);
    }
    if (EDITABLE_STATUSES.includes(open.status) && open.drafterId === user.id && can(user, "item.draft", item.agencyId))
      steps.push("edit");
  } else if (item.state !== "DRAFT" && can(user, "item.draft", item.agencyId)) steps.push("startRevision");
  if (item.state === "PUBLISHED" && can(user, "item.withdraw", item.agencyId)) steps.push("withdraw");
  if (
    item.state === "PUBLISHED" &&
    item.validity === "VALID" &&
    !item.pendingValidity &&
    can(user, "item.draft", item.agencyId)
  )
    steps.push("proposeValidity");
  if (item.pendingValidity && item.pendingValidityById !== user.id && can(user, "item.approve", item.agencyId))
    steps.push("decideValidity");
  if (item.state === "WITHHELD" && can(user, "item.approve", item.agencyId)) steps.push("keepWithheld");
  return steps;
}

export function itemJson(item: ItemForUser, user: CurrentUser, names: Names) {
  const open = openRevisionOf(item);
  return {
    id: item.id,
    agency: { id: item.agency.id, code: item.agency.code, name: item.agency.name, shortName: item.agency.shortName },
    /** DRAFT (never approved) | PUBLISHED | WITHHELD (approved as not 主动公开) | WITHDRAWN */
    state: item.state,
    origin: item.origin,
    /** 索引号, assigned at first publication. */
    indexNumber: item.indexNumber,
    publishedOn: day(item.publishedOn),
    publishedAt: instant(item.publishedAt),
    validity: item.validity,
    validityChangedOn: day(item.validityChangedOn),
    pendingValidity: item.pendingValidity
      ? {
          validity: item.pendingValidity,
          effectiveOn: day(item.pendingValidityOn),
          reason: item.pendingValidityReason ?? "",
          proposedBy: person(names, item.pendingValidityById),
        }
      : null,
    withdrawnAt: instant(item.withdrawnAt),
    withdrawnReason: item.withdrawnReason,
    reviewDueOn: day(item.reviewDueOn),
    interpretsItemId: item.interpretsItemId,
    /** The revision the public sees (or the approved withholding decision), and the one in the review chain. */
    liveRevisionId: item.liveRevisionId,
    openRevisionId: open?.id ?? null,
    revisions: item.revisions.map((r) => revisionJson(r, names)),
    allowedSteps: allowedSteps(item, user),
    createdAt: item.createdAt.toISOString(),
    updatedAt: item.updatedAt.toISOString(),
  };
}
