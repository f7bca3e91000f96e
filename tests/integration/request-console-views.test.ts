// The console's request lists (lib/requests/console-views.ts) on fixed dates: each view holds exactly the
// right requests, another agency's requests never appear, and the dashboard counts agree with the lists.
// Requests are built through the real use cases (registration, clock steps, notes, replies).
import { beforeEach, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { loadWorkingCalendar } from "@/lib/calendar/load-working-calendar";
import { loadDashboardQueues } from "@/lib/dashboard/queues";
import { addRequestNote } from "@/lib/requests/add-note";
import { assignRequest } from "@/lib/requests/assign-request";
import {
  countRequestView,
  earliestReceiptWithin,
  listRequestView,
  REQUEST_VIEWS,
  type RequestView,
} from "@/lib/requests/console-views";
import { recordClockEvent } from "@/lib/requests/record-clock-event";
import { registerRequest } from "@/lib/requests/register-request";
import { draftReply } from "@/lib/requests/replies/draft-reply";
import { submitReply } from "@/lib/requests/replies/transition-reply";
import { DEMO, principalFor, seedDemo, type DemoAgencyIds } from "../support/principals";
import { onlineRequestInput } from "../support/requests";

let agencies: DemoAgencyIds;
let staff: CurrentUser, leader: CurrentUser, financeStaff: CurrentUser;

beforeEach(async () => {
  agencies = await seedDemo();
  [staff, leader, financeStaff] = await Promise.all(
    [DEMO.commerceStaff, DEMO.commerceLeader, DEMO.financeStaff].map(principalFor),
  );
});

// Fri 2026-11-20, noon in China.
const NOW = new Date("2026-11-20T04:00:00Z");

/** A letter registered by `actor` with receipt date `receivedOn`, described by `label` (to tell rows apart). */
async function letter(actor: CurrentUser, agencyId: string, receivedOn: string, label: string) {
  const input = {
    ...onlineRequestInput(agencyId, { description: `申请公开${label}的有关信息，包括文件和记录。` }),
    channel: "LETTER",
    receiptBasis: "SIGNED_FOR",
    receivedOn,
  };
  return (await registerRequest({ actor, input })).id;
}

const step = (actor: CurrentUser, requestId: string, input: Record<string, unknown>) =>
  recordClockEvent({ actor, requestId, input });

/** The requests of the fixture, by name. */
type Fixture = Record<string, string>;

async function buildFixture(): Promise<Fixture> {
  const c = agencies.commerce;
  const f: Fixture = {};
  // New: Mon 11-16 (day 4 on Fri 11-20) and Fri 11-13 (day 5: the edge); Thu 11-12 is day 6, no longer new.
  f.fresh = await letter(staff, c, "2026-11-16", "fresh");
  f.edgeNew = await letter(staff, c, "2026-11-13", "edgeNew");
  f.tooOld = await letter(staff, c, "2026-11-12", "tooOld");
  // Received 11-17 but someone wrote a note: handled, so not new.
  f.noted = await letter(staff, c, "2026-11-17", "noted");
  await addRequestNote({ actor: staff, requestId: f.noted, input: { body: "已电话联系申请人核实。" } });
  // Due Tue 11-24 (Oct 28 … Nov 24 = 20 working days): due soon, 2 working days left.
  f.dueSoon = await letter(staff, c, "2026-10-27", "dueSoon");
  // Due Fri 11-27 = addWorkingDays(11-20, 5): still due soon (the edge).
  f.dueEdge = await letter(staff, c, "2026-10-30", "dueEdge");
  // Due Mon 11-30: 6 working days away, not due soon.
  f.dueLater = await letter(staff, c, "2026-11-02", "dueLater");
  // Due Thu 11-19: overdue by one working day.
  f.overdue = await letter(staff, c, "2026-10-22", "overdue");
  // Due Thu 11-12; a third party was consulted only on 11-18, after the deadline: paused and overdue.
  f.pausedOverdue = await letter(staff, c, "2026-10-15", "pausedOverdue");
  await step(staff, f.pausedOverdue, {
    kind: "CONSULTATION_STARTED",
    on: "2026-11-18",
    party: "THIRD_PARTY",
    with: "某某公司",
  });
  // Paused in time: consultation from 11-10, due date moves with it.
  f.paused = await letter(staff, c, "2026-10-26", "paused");
  await step(staff, f.paused, {
    kind: "CONSULTATION_STARTED",
    on: "2026-11-10",
    party: "AGENCY",
    with: "三元区财政局",
  });
  // 补正 notice out: waiting for the applicant.
  f.waiting = await letter(staff, c, "2026-11-09", "waiting");
  await step(staff, f.waiting, {
    kind: "CORRECTION_NOTICE",
    on: "2026-11-11",
    applicantDeadline: "2026-11-25",
    corrections: "请说明所需信息的年份。",
  });
  // Withdrawn: concluded.
  f.withdrawn = await letter(staff, c, "2026-11-02", "withdrawn");
  await step(staff, f.withdrawn, { kind: "WITHDRAWN", on: "2026-11-05" });
  // A reply submitted for the leader's approval (received 11-18: not new, it is handled).
  f.approval = await letter(staff, c, "2026-11-18", "approval");
  // Already public (issue 18: a release by files would need its file before submission).
  const reply = await draftReply({
    actor: staff,
    requestId: f.approval,
    input: { outcome: "GRANTED", delivery: "PUBLISHED", deliveryDetail: "三元区人民政府门户网站" },
    now: NOW,
  });
  await submitReply({ actor: staff, requestId: f.approval, replyId: reply.id });
  // Unassigned (taken back to nobody): not in 分派给我的.
  f.unassigned = await letter(staff, c, "2026-11-03", "unassigned");
  await assignRequest({ actor: staff, requestId: f.unassigned, input: { assigneeId: "" } });
  // Another agency: a new one and an overdue one — never in 商务局's lists.
  f.financeNew = await letter(financeStaff, agencies.finance, "2026-11-16", "financeNew");
  f.financeOverdue = await letter(financeStaff, agencies.finance, "2026-10-22", "financeOverdue");
  return f;
}

async function idsOf(user: CurrentUser, view: RequestView) {
  return (await listRequestView(user, view, { now: NOW })).map((r) => r.id).sort();
}
const pick = (f: Fixture, ...names: string[]) => names.map((n) => f[n]).sort();

describe("request views on Fri 2026-11-20", () => {
  it("the new-request window is the last 5 working days (receipt = day 0)", async () => {
    const calendar = await loadWorkingCalendar();
    expect(earliestReceiptWithin("2026-11-20", 5, calendar)).toBe("2026-11-13");
    // Mon 11-16: received Mon 11-09, days 1–5 are 11-10, 11, 12, 13 and 16 (the weekend does not count).
    expect(earliestReceiptWithin("2026-11-16", 5, calendar)).toBe("2026-11-09");
    // After National Day 2026 (Oct 1–7 off, Sat Oct 10 a 调休 working day): Tue 10-13 → 10-08, 09, 10, 12, 13 = 5.
    expect(earliestReceiptWithin("2026-10-13", 5, calendar)).toBe("2026-09-30");
  });

  it("each view holds exactly the right requests of the user's agency", async () => {
    const f = await buildFixture();
    const expected: Record<RequestView, string[]> = {
      new: pick(f, "fresh", "edgeNew"),
      dueSoon: pick(f, "dueSoon", "dueEdge"),
      overdue: pick(f, "overdue", "pausedOverdue"),
      approval: [], // staff do not approve
      waiting: pick(f, "waiting"),
      paused: pick(f, "paused", "pausedOverdue"),
      mine: pick(
        f,
        "fresh",
        "edgeNew",
        "tooOld",
        "noted",
        "dueSoon",
        "dueEdge",
        "dueLater",
        "overdue",
        "pausedOverdue",
        "paused",
        "waiting",
        "approval",
      ),
      all: pick(
        f,
        "fresh",
        "edgeNew",
        "tooOld",
        "noted",
        "dueSoon",
        "dueEdge",
        "dueLater",
        "overdue",
        "pausedOverdue",
        "paused",
        "waiting",
        "withdrawn",
        "approval",
        "unassigned",
      ),
      closed: pick(f, "withdrawn"),
    };
    for (const view of REQUEST_VIEWS) expect(await idsOf(staff, view), view).toEqual(expected[view]);
    expect(await idsOf(leader, "approval")).toEqual(pick(f, "approval"));
  });

  it("rows show the working days left (negative when overdue) and never personal data", async () => {
    const f = await buildFixture();
    const rows = await listRequestView(staff, "all", { now: NOW });
    const row = (name: string) => rows.find((r) => r.id === f[name])!;
    expect(row("dueSoon")).toMatchObject({ dueOn: "2026-11-24", daysLeft: 2, overdue: false, dueProvisional: false });
    expect(row("dueEdge")).toMatchObject({ dueOn: "2026-11-27", daysLeft: 5 });
    expect(row("overdue")).toMatchObject({ dueOn: "2026-11-19", daysLeft: -1, overdue: true });
    expect(row("waiting")).toMatchObject({ dueOn: null, daysLeft: null, state: "WAITING_FOR_APPLICANT" });
    expect(row("withdrawn")).toMatchObject({ state: "CLOSED", outcome: "OTHER_OTHER", daysLeft: null });
    expect(row("fresh")).toMatchObject({ applicantType: "NATURAL_PERSON", assignee: { id: staff.id } });
    const text = JSON.stringify(rows);
    expect(text).not.toContain("11010519491231002X");
    expect(text).not.toContain("13800138000");
    expect(text).not.toContain("张三");
  });

  it("views move with the date: on Tue 11-24 the due-soon request is due today, the new ones are older", async () => {
    const f = await buildFixture();
    const tuesday = new Date("2026-11-24T04:00:00Z");
    const ids = async (view: RequestView) =>
      (await listRequestView(staff, view, { now: tuesday })).map((r) => r.id).sort();
    // 11-16 is day 6 on 11-24 (17, 18, 19, 20, 23, 24); 11-18 was handled anyway.
    expect(await ids("new")).toEqual([]);
    // Due 11-24 … 12-01 (addWorkingDays(11-24, 5)): "unassigned" (received 11-03) is due 12-01.
    expect(await ids("dueSoon")).toEqual(pick(f, "dueSoon", "dueEdge", "dueLater", "unassigned"));
    expect((await listRequestView(staff, "dueSoon", { now: tuesday })).find((r) => r.id === f.dueSoon)?.daysLeft).toBe(
      0,
    );
  });

  it("another agency's requests never appear, and its staff see only their own", async () => {
    const f = await buildFixture();
    const commerce = new Set(await idsOf(staff, "all"));
    expect(commerce.has(f.financeNew) || commerce.has(f.financeOverdue)).toBe(false);
    for (const view of REQUEST_VIEWS) {
      const ids = await idsOf(leader, view);
      expect(ids.includes(f.financeNew) || ids.includes(f.financeOverdue), view).toBe(false);
    }
    expect(await idsOf(financeStaff, "new")).toEqual(pick(f, "financeNew"));
    expect(await idsOf(financeStaff, "overdue")).toEqual(pick(f, "financeOverdue"));
    expect(await idsOf(financeStaff, "all")).toEqual(pick(f, "financeNew", "financeOverdue"));
  });

  it("the dashboard counts agree with the lists, per role", async () => {
    await buildFixture();
    const staffQueues = await loadDashboardQueues(staff, NOW);
    const leaderQueues = await loadDashboardQueues(leader, NOW);
    const requestQueues = (queues: typeof staffQueues) => queues.filter((q) => q.key.startsWith("requests-"));
    expect(
      requestQueues(staffQueues)
        .map((q) => q.key)
        .sort(),
    ).toEqual(["requests-dueSoon", "requests-new", "requests-overdue", "requests-waiting"]);
    expect(
      requestQueues(leaderQueues)
        .map((q) => q.key)
        .sort(),
    ).toEqual(["requests-approval", "requests-dueSoon", "requests-new", "requests-overdue", "requests-waiting"]);
    for (const [user, queues] of [
      [staff, staffQueues],
      [leader, leaderQueues],
    ] as const) {
      for (const queue of requestQueues(queues)) {
        const view = queue.key.replace("requests-", "") as RequestView;
        expect(queue.count, queue.key).toBe((await listRequestView(user, view, { now: NOW })).length);
        expect(queue.count, queue.key).toBe(await countRequestView(user, view, { now: NOW }));
        expect(queue.href).toBe(`/console/requests?view=${view}`);
      }
    }
    expect(staffQueues.find((q) => q.key === "requests-overdue")?.count).toBe(2);
    expect(leaderQueues.find((q) => q.key === "requests-approval")?.count).toBe(1);
  });
});
