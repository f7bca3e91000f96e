// The console's item lists (work queues). Each view is a filter on the user's items; the dashboard
// counts the same views, so the numbers and the lists always agree.
import { db } from "@/lib/db";
import { agencyScope, canAnywhere, type Action, type Principal } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { chinaToday, toDbDate } from "@/lib/calendar/calendar-date";
import { loadWorkingCalendar } from "@/lib/calendar/load-working-calendar";
import { listLateItems } from "./late-items";
import { itemScopeWhere } from "./queries";

export const ITEM_VIEWS = [
  "mine",
  "returned",
  "review",
  "approval",
  "late",
  "withheldDue",
  "published",
  "withheld",
  "withdrawn",
  "all",
] as const;
export type ItemView = (typeof ITEM_VIEWS)[number];

/** Which role a view is a work queue for (shown on the dashboard when the user holds it). */
const QUEUE_ACTION: Partial<Record<ItemView, Action>> = {
  mine: "item.draft",
  returned: "item.draft",
  review: "item.review",
  approval: "item.approve",
  late: "item.read",
  withheldDue: "item.approve",
};

function inScope(user: Principal, action: Action): Prisma.ItemWhereInput {
  const scope = agencyScope(user, action);
  return scope === "all" ? {} : { agencyId: { in: scope } };
}

export function itemViewWhere(user: Principal, view: ItemView, now = new Date()): Prisma.ItemWhereInput {
  switch (view) {
    case "mine":
      return { revisions: { some: { drafterId: user.id, status: "DRAFT" } } };
    case "returned":
      return { revisions: { some: { drafterId: user.id, status: "RETURNED" } } };
    case "review":
      // A reviewer's queue leaves out their own drafts: they may not review them.
      return {
        ...inScope(user, "item.review"),
        revisions: { some: { status: "PENDING_REVIEW", drafterId: { not: user.id } } },
      };
    case "approval":
      // …and a leader's queue the revisions they drafted or reviewed themselves: another leader approves those.
      return {
        ...inScope(user, "item.approve"),
        revisions: {
          some: {
            status: "PENDING_APPROVAL",
            drafterId: { not: user.id },
            OR: [{ reviewedById: null }, { reviewedById: { not: user.id } }],
          },
        },
      };
    case "late":
      // Candidates only (never published); late-items.ts applies the working-day rules.
      return { state: "DRAFT" };
    case "withheldDue":
      return { ...inScope(user, "item.approve"), state: "WITHHELD", reviewDueOn: { lte: toDbDate(chinaToday(now)) } };
    case "published":
      return { state: "PUBLISHED" };
    case "withheld":
      return { state: "WITHHELD" };
    case "withdrawn":
      return { state: "WITHDRAWN" };
    case "all":
      return {};
  }
}

export async function listItemView(user: Principal, view: ItemView, take = 200) {
  const late =
    view === "late" ? new Set((await listLateItems(user, await loadWorkingCalendar())).map((i) => i.id)) : null;
  return db.item.findMany({
    where: { AND: [itemScopeWhere(user), itemViewWhere(user, view), ...(late ? [{ id: { in: [...late] } }] : [])] },
    orderBy: [{ updatedAt: "desc" }],
    take,
    include: {
      agency: { select: { shortName: true } },
      revisions: { orderBy: { number: "desc" }, take: 1, include: { drafter: { select: { name: true } } } },
    },
  });
}

/** The item work queues of the dashboard, for the roles the user holds. */
export async function countItemQueues(user: Principal, now = new Date()) {
  const views = (Object.keys(QUEUE_ACTION) as ItemView[]).filter((v) => canAnywhere(user, QUEUE_ACTION[v]!));
  const calendar = views.includes("late") ? await loadWorkingCalendar() : null;
  return Promise.all(
    views.map(async (view) => ({
      view,
      count:
        view === "late" && calendar
          ? (await listLateItems(user, calendar, now)).length
          : await db.item.count({ where: { AND: [itemScopeWhere(user), itemViewWhere(user, view, now)] } }),
    })),
  );
}
