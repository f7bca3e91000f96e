// The console's request lists (work queues). Each view is a filter on the requests the user may read;
// the dashboard counts the same views, so the numbers and the lists always agree. The database narrows
// by the stored state and due date; where a rule needs the working calendar or the clock itself, the
// candidates are checked with lib/requests/clock (the one place the clock's rules live).
//
// The views, precisely ("today" is the date in China at `now`):
// - new 新收: received within the last 5 working days (today is at most day 5 of the clock, day 0 being
//   the receipt date, DOMAIN §5) and not yet handled by anyone: no step recorded after RECEIVED, no
//   internal note, no reply drafted, no fee notice. (Being assigned is not handling: a registration
//   assigns the request to whoever registered it.)
// - dueSoon 5个工作日内到期: the clock runs (OPEN) and the due date is today or within 5 working days
//   (dueOn ≤ addWorkingDays(today, 5)). Paused requests are left out: their days do not run.
// - overdue 已逾期: isOverdue(clock, today): an OPEN request past its due date, or a PAUSED one whose pause
//   began after the due date had already passed.
// - approval 待领导审批: a reply waits for a leader's approval (PENDING_APPROVAL), in the leader's agencies.
// - waiting 等待申请人: WAITING_FOR_APPLICANT (a 补正 notice is out).
// - paused 征求意见中: PAUSED (a consultation, or a fee notice, is open; the days are not counted).
// - mine 分派给我的: not concluded and assigned to the user.
// - all 全部, closed 已办结 (CLOSED).
import { db } from "@/lib/db";
import { agencyScope, canAnywhere, type Action, type Principal } from "@/lib/auth/permissions";
import { addDays, chinaToday, fromDbDate, toDbDate, type CalendarDate } from "@/lib/calendar/calendar-date";
import { loadWorkingCalendar } from "@/lib/calendar/load-working-calendar";
import type { WorkingCalendar } from "@/lib/calendar/working-calendar";
import type { Prisma } from "@/lib/generated/prisma/client";
import { clockOf } from "./clock-store";
import { isOverdue, workingDaysLeft, type ClockResult } from "./clock/compute-clock";
import { requestScopeWhere } from "./queries";

export const REQUEST_VIEWS = [
  "new",
  "dueSoon",
  "overdue",
  "approval",
  "waiting",
  "paused",
  "mine",
  "all",
  "closed",
] as const;
export type RequestView = (typeof REQUEST_VIEWS)[number];

/** How many working days count as "new" and as "due soon". */
export const NEW_WORKING_DAYS = 5;
export const DUE_SOON_WORKING_DAYS = 5;

/** Which permission a view is a dashboard queue for. */
const QUEUE_ACTION: Partial<Record<RequestView, Action>> = {
  new: "request.read",
  dueSoon: "request.read",
  overdue: "request.read",
  approval: "request.approve",
  waiting: "request.read",
};

export function isRequestView(value: unknown): value is RequestView {
  return typeof value === "string" && (REQUEST_VIEWS as readonly string[]).includes(value);
}

/**
 * The earliest receipt date for which `today` is still at most day `days` of the clock: walking back
 * from today, every working day passed over counts one (the receipt date itself is day 0).
 */
export function earliestReceiptWithin(today: CalendarDate, days: number, calendar: WorkingCalendar): CalendarDate {
  let date = today;
  let counted = 0;
  for (let guard = 0; guard < 3_660; guard++) {
    const step = calendar.isWorkingDay(date) ? 1 : 0;
    if (counted + step > days) return date;
    counted += step;
    date = addDays(date, -1);
  }
  return date;
}

function inScope(user: Principal, action: Action): Prisma.InfoRequestWhereInput {
  const scope = agencyScope(user, action);
  return scope === "all" ? {} : { agencyId: { in: scope } };
}

/** The database filter of a view (for overdue, the candidates the clock then decides on). */
export function requestViewWhere(
  user: Principal,
  view: RequestView,
  today: CalendarDate,
  calendar: WorkingCalendar,
): Prisma.InfoRequestWhereInput {
  switch (view) {
    case "new":
      return {
        state: "OPEN",
        receivedOn: { gte: toDbDate(earliestReceiptWithin(today, NEW_WORKING_DAYS, calendar)), lte: toDbDate(today) },
        events: { none: { kind: { not: "RECEIVED" } } },
        notes: { none: {} },
        replies: { none: {} },
        fees: { none: {} },
      };
    case "dueSoon":
      return {
        state: "OPEN",
        dueOn: { gte: toDbDate(today), lte: toDbDate(calendar.addWorkingDays(today, DUE_SOON_WORKING_DAYS).date) },
      };
    case "overdue":
      return { state: { in: ["OPEN", "PAUSED"] }, dueOn: { lt: toDbDate(today) } };
    case "approval":
      return { ...inScope(user, "request.approve"), replies: { some: { status: "PENDING_APPROVAL" } } };
    case "waiting":
      return { state: "WAITING_FOR_APPLICANT" };
    case "paused":
      return { state: "PAUSED" };
    case "mine":
      return { assigneeId: user.id, state: { not: "CLOSED" } };
    case "closed":
      return { state: "CLOSED" };
    case "all":
      return {};
  }
}

const ORDER: Record<RequestView, Prisma.InfoRequestOrderByWithRelationInput[]> = {
  new: [{ receivedOn: "asc" }, { createdAt: "asc" }],
  dueSoon: [{ dueOn: "asc" }, { receivedOn: "asc" }],
  overdue: [{ dueOn: "asc" }, { receivedOn: "asc" }],
  approval: [{ dueOn: { sort: "asc", nulls: "last" } }, { receivedOn: "asc" }],
  waiting: [{ receivedOn: "asc" }],
  paused: [{ receivedOn: "asc" }],
  mine: [{ dueOn: { sort: "asc", nulls: "last" } }, { receivedOn: "asc" }],
  all: [{ receivedOn: "desc" }, { createdAt: "desc" }],
  closed: [{ concludedOn: { sort: "desc", nulls: "last" } }, { receivedOn: "desc" }],
};

/** What a list row shows: never the ID number or other personal data beyond the applicant type. */
const ROW_SELECT = {
  id: true,
  agencyId: true,
  trackingCode: true,
  applicantType: true,
  description: true,
  channel: true,
  receivedOn: true,
  dueOn: true,
  dueProvisional: true,
  correctionNoticeLate: true,
  state: true,
  outcome: true,
  concludedOn: true,
  agency: { select: { shortName: true } },
  assignee: { select: { id: true, name: true } },
  events: { orderBy: [{ on: "asc" }, { createdAt: "asc" }], select: { kind: true, on: true, data: true } },
} satisfies Prisma.InfoRequestSelect;

export type RequestRow = {
  id: string;
  agencyShortName: string;
  trackingCode: string;
  applicantType: string;
  description: string;
  channel: string;
  receivedOn: CalendarDate;
  dueOn: CalendarDate | null;
  dueProvisional: boolean;
  /** 补正告知超期: the 补正 notice was later than working day 7 (it did not restart the period). */
  correctionNoticeLate: boolean;
  /** Working days left on `today` (negative when overdue); null without a running deadline. */
  daysLeft: number | null;
  overdue: boolean;
  state: string;
  outcome: string | null;
  assignee: { id: string; name: string } | null;
};

/** The clock of a stored request; null if its events cannot be read as a clock (shown as "—", never a crash). */
function safeClock(
  events: {
    kind: Prisma.InfoRequestGetPayload<{ select: typeof ROW_SELECT }>["events"][number]["kind"];
    on: Date;
    data: unknown;
  }[],
  calendar: WorkingCalendar,
  today: CalendarDate,
): ClockResult | null {
  try {
    // Counted up to today: an unanswered third party stops pausing the clock after its 15 working days.
    return clockOf(events, calendar, { asOf: today });
  } catch {
    return null;
  }
}

async function findRows(
  user: Principal,
  view: RequestView,
  options: { now?: Date; calendar?: WorkingCalendar; take?: number },
) {
  const calendar = options.calendar ?? (await loadWorkingCalendar());
  const today = chinaToday(options.now ?? new Date());
  const rows = await db.infoRequest.findMany({
    where: { AND: [requestScopeWhere(user), requestViewWhere(user, view, today, calendar)] },
    orderBy: ORDER[view],
    // Overdue candidates are all read: the clock decides which of them are overdue before the list is cut.
    ...(view === "overdue" ? {} : { take: options.take ?? 200 }),
    select: ROW_SELECT,
  });
  const withClock = rows.map((row) => ({ row, clock: safeClock(row.events, calendar, today) }));
  const kept =
    view === "overdue" ? withClock.filter(({ clock }) => clock !== null && isOverdue(clock, today)) : withClock;
  return { today, calendar, rows: view === "overdue" ? kept.slice(0, options.take ?? 200) : kept, total: kept.length };
}

/** The rows of a view, as the list shows them, on the date of `now`. */
export async function listRequestView(
  user: Principal,
  view: RequestView,
  options: { now?: Date; calendar?: WorkingCalendar; take?: number } = {},
): Promise<RequestRow[]> {
  const { today, calendar, rows } = await findRows(user, view, options);
  return rows.map(({ row, clock }) => ({
    id: row.id,
    agencyShortName: row.agency.shortName,
    trackingCode: row.trackingCode,
    applicantType: row.applicantType,
    description: row.description,
    channel: row.channel,
    receivedOn: fromDbDate(row.receivedOn),
    // As counted today (an open consultation moves it); the stored date when the events cannot be read.
    dueOn: clock ? clock.dueDate : row.dueOn ? fromDbDate(row.dueOn) : null,
    dueProvisional: clock ? clock.provisional : row.dueProvisional,
    correctionNoticeLate: row.correctionNoticeLate,
    daysLeft: clock ? workingDaysLeft(clock, today, calendar) : null,
    overdue: clock ? isOverdue(clock, today) : false,
    state: row.state,
    outcome: row.outcome,
    assignee: row.assignee,
  }));
}

/** How many requests a view holds on the date of `now` (the same rule as the list). */
export async function countRequestView(
  user: Principal,
  view: RequestView,
  options: { now?: Date; calendar?: WorkingCalendar } = {},
): Promise<number> {
  const calendar = options.calendar ?? (await loadWorkingCalendar());
  const today = chinaToday(options.now ?? new Date());
  if (view === "overdue") return (await findRows(user, view, { ...options, calendar })).total;
  return db.infoRequest.count({
    where: { AND: [requestScopeWhere(user), requestViewWhere(user, view, today, calendar)] },
  });
}

/** The request work queues of the dashboard, for the permissions the user holds. */
export async function countRequestQueues(
  user: Principal,
  now = new Date(),
): Promise<{ view: RequestView; count: number }[]> {
  const views = (Object.keys(QUEUE_ACTION) as RequestView[]).filter((v) => canAnywhere(user, QUEUE_ACTION[v]!));
  if (views.length === 0) return [];
  const calendar = await loadWorkingCalendar();
  return Promise.all(
    views.map(async (view) => ({ view, count: await countRequestView(user, view, { now, calendar }) })),
  );
}

/** The 经办人 a request of `agencyId` can be assigned to: active staff of that agency. */
export async function listAssignableStaff(agencyId: string) {
  return db.user.findMany({
    where: { active: true, memberships: { some: { agencyId, role: "STAFF" } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/** The agencies in which `user` may register requests (the registration form's choice). */
export async function listRegistrationAgencies(user: Principal) {
  const scope = agencyScope(user, "request.register");
  return db.agency.findMany({
    where: { active: true, ...(scope === "all" ? {} : { id: { in: scope } }) },
    orderBy: { sortOrder: "asc" },
    select: { id: true, name: true },
  });
}

/** The tracking code of a request the user may read (for the 相似申请 hint), or null. */
export async function findRequestReference(user: Principal, requestId: string) {
  return db.infoRequest.findFirst({
    where: { id: requestId, ...requestScopeWhere(user) },
    select: { id: true, trackingCode: true },
  });
}
