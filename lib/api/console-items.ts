// The console API's reads of 主动公开 items: the list (the user's agency scope in the query, filters, keyset
// pages by id — ids are time-ordered UUIDv7, newest first) and one item with everything the console shows.
import { z } from "zod";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { canAnywhere } from "@/lib/auth/permissions";
import { fromDbDate } from "@/lib/calendar/calendar-date";
import { AppError, notFound } from "@/lib/errors/app-error";
import { parseInput, zText } from "@/lib/forms/validation";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ItemState, RevisionStatus } from "@/lib/generated/prisma/enums";
import { findItemForUser, itemScopeWhere } from "@/lib/items/queries";
import { SUBJECT_CATEGORY_CODES } from "@/lib/items/vocabulary";
import { OPEN_STATUSES } from "@/lib/items/workflow";
import { itemJson, itemPeopleIds } from "./item-json";

export const ZItemListQuery = z.object({
  agencyId: z.uuid("uuid").optional(),
  /** The item's state: DRAFT | PUBLISHED | WITHHELD | WITHDRAWN. */
  state: z.enum(Object.values(ItemState), "invalid").optional(),
  /** The status of the revision in the review chain (DRAFT … PENDING_APPROVAL). */
  status: z.enum(Object.values(RevisionStatus), "invalid").optional(),
  /** 目录 category (catalogue category id) or 主题分类 code of the item's current revision. */
  category: z.uuid("uuid").optional(),
  subject: z.enum(SUBJECT_CATEGORY_CODES, "invalid").optional(),
  /** Year of first publication (发布日期). */
  year: z.coerce.number("invalid").int("invalid").min(1990, "invalid").max(2100, "invalid").optional(),
  q: zText(100).optional(),
  cursor: z.uuid("uuid").optional(),
  limit: z.coerce.number("invalid").int("invalid").min(1, "invalid").max(100, "invalid").default(50),
});

/** Body of "start a revision": forPublication turns a withheld item into a 主动公开 draft. */
export const ZStartRevision = z.object({ forPublication: z.boolean("invalid").default(false) });

/**
 * Items whose current revision matches: the one in the review chain, or — when none is — the live one (what the
 * public sees, or the approved withholding decision). Every item has exactly one of the two.
 */
function currentRevisionWhere(where: Prisma.ItemRevisionWhereInput): Prisma.ItemWhereInput {
  return {
    OR: [
      { revisions: { some: { ...where, status: { in: [...OPEN_STATUSES] } } } },
      { revisions: { none: { status: { in: [...OPEN_STATUSES] } } }, liveRevision: { is: where } },
    ],
  };
}

export async function listItemsForApi(user: CurrentUser, query: unknown) {
  if (!canAnywhere(user, "item.read")) throw new AppError("FORBIDDEN");
  const q = parseInput(ZItemListQuery, query);
  const and: Prisma.ItemWhereInput[] = [itemScopeWhere(user)];
  if (q.agencyId) and.push({ agencyId: q.agencyId });
  if (q.state) and.push({ state: q.state });
  if (q.status) and.push({ revisions: { some: { status: q.status } } });
  if (q.category) and.push(currentRevisionWhere({ catalogueCategoryId: q.category }));
  if (q.subject) and.push(currentRevisionWhere({ subjectCategory: q.subject }));
  if (q.year)
    and.push({ publishedOn: { gte: new Date(Date.UTC(q.year, 0, 1)), lt: new Date(Date.UTC(q.year + 1, 0, 1)) } });
  if (q.q)
    and.push({
      OR: [
        { indexNumber: { contains: q.q } },
        currentRevisionWhere({ OR: [{ title: { contains: q.q } }, { documentNumber: { contains: q.q } }] }),
      ],
    });
  if (q.cursor) and.push({ id: { lt: q.cursor } });

  const rows = await db.item.findMany({
    where: { AND: and },
    orderBy: { id: "desc" },
    take: q.limit + 1,
    include: {
      agency: { select: { id: true, code: true, shortName: true } },
      revisions: { orderBy: { number: "desc" }, take: 1, include: { drafter: { select: { id: true, name: true } } } },
    },
  });
  const page = rows.slice(0, q.limit);
  return {
    items: page.map((item) => {
      const latest = item.revisions[0];
      return {
        id: item.id,
        agency: item.agency,
        state: item.state,
        indexNumber: item.indexNumber,
        publishedOn: item.publishedOn ? fromDbDate(item.publishedOn) : null,
        validity: item.validity,
        latestRevision: latest
          ? {
              number: latest.number,
              status: latest.status,
              title: latest.title,
              documentNumber: latest.documentNumber,
              writtenOn: fromDbDate(latest.writtenOn),
              subjectCategory: latest.subjectCategory,
              catalogueCategoryId: latest.catalogueCategoryId,
              disclosure: latest.disclosure,
              drafter: latest.drafter,
            }
          : null,
        updatedAt: item.updatedAt.toISOString(),
      };
    }),
    nextCursor: rows.length > q.limit ? page[page.length - 1].id : null,
  };
}

/** The steps of the item's review chain and life the history lists (not edits or file changes). */
const HISTORY_EVENTS = [
  "item.created",
  "item.submitted",
  "item.review_passed",
  "item.returned",
  "item.published",
  "item.withheld",
  "item.withdrawn",
  "item.revision_started",
  "item.validity_proposed",
  "item.validity_approved",
  "item.validity_rejected",
  "item.withheld_kept",
];

/**
 * Every step of the chain in order, from the audit log: the revision fields keep only the latest 保密审查 and
 * 退回, this keeps each round (who returned it at which step, and why).
 */
async function reviewHistory(itemId: string) {
  const events = await db.auditEvent.findMany({
    where: { entityType: "item", entityId: itemId, type: { in: HISTORY_EVENTS } },
    orderBy: { id: "asc" },
    select: { type: true, at: true, actorId: true, actorLabel: true, payload: true },
  });
  return events.map((e) => {
    const payload = (e.payload ?? {}) as Record<string, unknown>;
    const text = (key: string) => (typeof payload[key] === "string" ? (payload[key] as string) : null);
    return {
      event: e.type.slice("item.".length),
      at: e.at.toISOString(),
      actor: { id: e.actorId, name: e.actorLabel },
      revision: typeof payload.revision === "number" ? payload.revision : null,
      /** 退回: at 保密审查 (review) or 领导审定 (approval). */
      step: text("step"),
      comment: text("comment") ?? text("reason"),
    };
  });
}

/** One item as JSON for the token's user, or NOT_FOUND (another agency's item, or none). */
export async function itemForApi(user: CurrentUser, itemId: string) {
  const item = await findItemForUser(user, itemId);
  if (!item) throw notFound();
  const ids = itemPeopleIds(item);
  const [people, history] = await Promise.all([
    ids.length ? db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }) : [],
    reviewHistory(item.id),
  ]);
  return { ...itemJson(item, user, new Map(people.map((p) => [p.id, p.name]))), history };
}
