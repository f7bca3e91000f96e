// Read models of items for the console. Scope lives in the query: an item of an agency the user may not
// read is not found. The public side never uses these; it goes through visibility.ts.
import { db } from "@/lib/db";
import { agencyScope, type Principal } from "@/lib/auth/permissions";
import { isUuid } from "@/lib/forms/validation";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ItemState, RevisionStatus } from "@/lib/generated/prisma/enums";

export const revisionWithAttachments = {
  attachments: { orderBy: { sortOrder: "asc" } },
  drafter: { select: { id: true, name: true } },
} satisfies Prisma.ItemRevisionInclude;

export function itemScopeWhere(user: Principal): Prisma.ItemWhereInput {
  const scope = agencyScope(user, "item.read");
  return scope === "all" ? {} : { agencyId: { in: scope } };
}

/** An item with all its revisions (newest first), or null when it does not exist or is out of scope. */
export async function findItemForUser(user: Principal, itemId: string) {
  if (!isUuid(itemId)) return null;
  return db.item.findFirst({
    where: { id: itemId, ...itemScopeWhere(user) },
    include: {
      agency: { select: { id: true, name: true, shortName: true, code: true } },
      revisions: { orderBy: { number: "desc" }, include: revisionWithAttachments },
      interprets: {
        select: { id: true, indexNumber: true, publishedOn: true, liveRevision: { select: { title: true } } },
      },
      interpretations: {
        select: { id: true, indexNumber: true, state: true, liveRevision: { select: { title: true } } },
      },
    },
  });
}
export type ItemForUser = NonNullable<Awaited<ReturnType<typeof findItemForUser>>>;

/** The 保密审查 of a revision that passed it: who, when and their opinion (保密审查意见), or null. */
export async function reviewOpinionOf(revision: {
  reviewedById: string | null;
  reviewedAt: Date | null;
  reviewComment: string | null;
}) {
  if (!revision.reviewedById || !revision.reviewedAt) return null;
  const reviewer = await db.user.findUnique({ where: { id: revision.reviewedById }, select: { name: true } });
  return { reviewer: reviewer?.name ?? "", at: revision.reviewedAt, comment: revision.reviewComment ?? "" };
}

/** The revision still moving through the chain (at most one), or null. */
export function openRevisionOf(item: ItemForUser) {
  return (
    item.revisions.find((r) => ["DRAFT", "RETURNED", "PENDING_REVIEW", "PENDING_APPROVAL"].includes(r.status)) ?? null
  );
}

export type ItemListFilter = {
  agencyId?: string;
  state?: ItemState;
  revisionStatus?: RevisionStatus;
  drafterId?: string;
  q?: string;
};

/** Items with their newest revision, for console lists and queues. */
export async function listItemsForUser(user: Principal, filter: ItemListFilter = {}, take = 100) {
  const and: Prisma.ItemWhereInput[] = [itemScopeWhere(user)];
  if (filter.agencyId && isUuid(filter.agencyId)) and.push({ agencyId: filter.agencyId });
  if (filter.state) and.push({ state: filter.state });
  if (filter.revisionStatus || filter.drafterId) {
    and.push({
      revisions: {
        some: {
          ...(filter.revisionStatus ? { status: filter.revisionStatus } : {}),
          ...(filter.drafterId ? { drafterId: filter.drafterId } : {}),
        },
      },
    });
  }
  if (filter.q) {
    and.push({
      OR: [
        { indexNumber: { contains: filter.q } },
        {
          revisions: { some: { OR: [{ title: { contains: filter.q } }, { documentNumber: { contains: filter.q } }] } },
        },
      ],
    });
  }
  return db.item.findMany({
    where: { AND: and },
    orderBy: [{ updatedAt: "desc" }],
    take,
    include: {
      agency: { select: { shortName: true } },
      revisions: { orderBy: { number: "desc" }, take: 1, include: { drafter: { select: { name: true } } } },
    },
  });
}
