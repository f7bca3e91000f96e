// Issue 18, "the clock": deadlines that cannot be bent, on a real database, through the same use cases the
// console and the staff API call. Every date was counted by hand on the 2026 official calendar (国庆 1–7 Oct,
// Sat 10 Oct a 调休 working day; nothing else off from October to December):
//   received Mon 2 Nov 2026  → 3–6 (4), 9–13 (9), 16–20 (14), 23–27 (19), Mon 30 Nov (20)
//   received Mon 12 Oct 2026 → 13–16 (4), 19–23 (9), 26–30 (14), 2–6 Nov (19), Mon 9 Nov (20)
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { createToken } from "@/lib/api/tokens";
import type { CalendarDate } from "@/lib/calendar/calendar-date";
import { loadWorkingCalendar } from "@/lib/calendar/load-working-calendar";
import type { AppError } from "@/lib/errors/app-error";
import type { RequestOutcome } from "@/lib/generated/prisma/enums";
import { computeWriterFigures } from "@/lib/reports/compute/compute-writer-figures";
import { reportPeriod } from "@/lib/reports/compute/period";
import { appendClockEvent } from "@/lib/requests/clock-store";
import { listRequestView } from "@/lib/requests/console-views";
import { sendFeeNotice } from "@/lib/requests/fees/record-fee-notice";
import { recordFeeLapsed } from "@/lib/requests/fees/record-fee-lapsed";
import { recordFeePaid } from "@/lib/requests/fees/record-fee-paid";
import { recordClockEvent } from "@/lib/requests/record-clock-event";
import { sendDueReminders } from "@/lib/requests/reminders";
import { registerRequest } from "@/lib/requests/register-request";
import { GET as getRoute } from "@/app/api/v1/console/requests/[id]/route";
import { POST as eventsRoute } from "@/app/api/v1/console/requests/[id]/events/route";
import { GET as listRoute } from "@/app/api/v1/console/requests/route";
import { DEMO, principalFor, seedDemo, type DemoAgencyIds } from "../support/principals";
import { onlineRequestInput } from "../support/requests";

let agencies: DemoAgencyIds;
let staff: CurrentUser, leader: CurrentUser;

beforeEach(async () => {
  agencies = await seedDemo();
  [staff, leader] = await Promise.all([DEMO.commerceStaff, DEMO.commerceLeader].map(principalFor));
});

const fail = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: AppError) => e,
  );
const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;
/** Noon in China on `date`. */
const chinaNoon = (date: CalendarDate) => new Date(`${date}T04:00:00Z`);

const register = (receivedOn: CalendarDate) =>
  registerRequest({
    actor: staff,
    input: { ...onlineRequestInput(agencies.commerce), channel: "IN_PERSON", receiptBasis: "HANDED_IN", receivedOn },
  });
const stored = (id: string) => db.infoRequest.findUniqueOrThrow({ where: { id } });
const step = (actor: CurrentUser, requestId: string, input: Record<string, unknown>, now?: Date) =>
  recordClockEvent({ actor, requestId, input, now });
const refusals = (requestId: string) =>
  db.auditEvent.findMany({
    where: { type: "request.event_refused", entityId: requestId },
    orderBy: { id: "asc" },
  });

/** The reply as send-reply appends it (the replies use case is another helper's; the clock step is the same). */
async function reply(requestId: string, on: CalendarDate, outcome: RequestOutcome = "GRANTED") {
  const calendar = await loadWorkingCalendar();
  return db.$transaction((tx) =>
    appendClockEvent(
      tx,
      calendar,
      { requestId, kind: "REPLIED", on, data: { outcome }, actorId: null },
      { outcome, concludedOn: on },
    ),
  );
}

describe("1. no event in the future", () => {
  it("refuses a step dated after today in China, next to the date, with the reason in the audit", async () => {
    const request = await register("2026-11-02");
    // 18:00 on 9 Nov in China (10:00 UTC): the 10th is tomorrow.
    const refused = await fail(
      step(
        staff,
        request.id,
        { kind: "CONSULTATION_STARTED", on: "2026-11-10", party: "AGENCY", with: "区财政局" },
        new Date("2026-11-09T10:00:00Z"),
      ),
    );
    expect(refused).toMatchObject({
      code: "VALIDATION",
      message: "clock.IN_FUTURE",
      fieldErrors: { on: ["clockError.IN_FUTURE"] },
      params: { today: "2026-11-09" },
    });
    expect(await db.requestEvent.count({ where: { requestId: request.id } })).toBe(1);
    const [audit] = await refusals(request.id);
    expect(audit.payload).toEqual({ kind: "CONSULTATION_STARTED", on: "2026-11-10", reason: "IN_FUTURE", field: "on" });
    expect(audit.actorId).toBe(staff.id);

    // The same step dated that day is accepted.
    await step(
      staff,
      request.id,
      { kind: "CONSULTATION_STARTED", on: "2026-11-09", party: "AGENCY", with: "区财政局" },
      new Date("2026-11-09T10:00:00Z"),
    );
    expect((await stored(request.id)).state).toBe("PAUSED");
  });

  it("a receipt date after today is refused at registration, on the receipt date field", async () => {
    const refused = await fail(
      registerRequest({
        actor: staff,
        input: {
          ...onlineRequestInput(agencies.commerce),
          channel: "IN_PERSON",
          receiptBasis: "HANDED_IN",
          receivedOn: "2026-11-02",
        },
        now: chinaNoon("2026-11-01"),
      }),
    );
    expect(refused).toMatchObject({
      message: "clock.IN_FUTURE",
      fieldErrors: { receivedOn: ["clockError.IN_FUTURE"] },
      params: { today: "2026-11-01" },
    });
    expect(await db.infoRequest.count()).toBe(0);
  });

  it("a fee payment dated after today is refused on its own field", async () => {
    const request = await register("2026-11-02");
    // Notice Thu 5 Nov; 20 working days to pay: 6 (1), 9–13 (6), 16–20 (11), 23–27 (16), 30 (17), 1–3 Dec (20)
    await sendFeeNotice({
      actor: staff,
      requestId: request.id,
      input: { method: "PER_PAGE", pages: "250", noticedOn: "2026-11-05", paymentDeadline: "2026-12-03" },
    });
    const refused = await fail(
      recordFeePaid({
        actor: staff,
        requestId: request.id,
        input: { paidOn: "2026-11-12" },
        now: chinaNoon("2026-11-11"),
      }),
    );
    expect(refused?.fieldErrors).toEqual({ paidOn: ["clockError.IN_FUTURE"] });
    expect((await refusals(request.id)).map((a) => a.payload)).toEqual([
      { kind: "FEE_PAID", on: "2026-11-12", reason: "IN_FUTURE", field: "paidOn" },
    ]);
  });

  it("the staff API answers with the same sentence, in the field too", async () => {
    const request = await register("2026-11-02");
    const token = (await createToken({ actor: staff, name: "对接" })).secret;
    const response = await eventsRoute(
      new Request(`http://localhost:3000/api/v1/console/requests/${request.id}/events`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ kind: "WITHDRAWN", on: "2099-01-05" }),
      }),
      { params: Promise.resolve({ id: request.id }) },
    );
    expect(response.status).toBe(422);
    const { error } = await response.json();
    expect(error.message).toMatch(/^日期不能晚于今天（\d{4}-\d{2}-\d{2}）：只能记录已经发生的事。$/);
    expect(error.fields.on[0]).toMatchObject({ code: "clockError.IN_FUTURE" });
    expect(error.fields.on[0].message).toMatch(/^日期不能晚于今天（\d{4}-\d{2}-\d{2}）。$/);
    expect((await stored(request.id)).state).toBe("OPEN");
    expect(await refusals(request.id)).toHaveLength(1);
  });
});

describe("2. extension only while the period runs", () => {
  it("refuses an extension after the due date; on the due date itself it is granted", async () => {
    const request = await register("2026-11-02"); // due Mon 30 Nov
    const late = await fail(
      step(leader, request.id, { kind: "EXTENSION_APPROVED", on: "2026-12-01", workingDays: "10", reason: "材料较多" }),
    );
    expect(late).toMatchObject({
      message: "clock.EXTENSION_AFTER_DUE",
      fieldErrors: { on: ["clockError.EXTENSION_AFTER_DUE"] },
      params: { due: "2026-11-30" },
    });
    expect(day((await stored(request.id)).dueOn)).toBe("2026-11-30");
    expect((await refusals(request.id))[0].payload).toMatchObject({ reason: "EXTENSION_AFTER_DUE" });

    // 30 Nov + 5: 1–4 Dec (4), Mon 7 Dec (5)
    await step(leader, request.id, {
      kind: "EXTENSION_APPROVED",
      on: "2026-11-30",
      workingDays: "5",
      reason: "材料较多",
    });
    expect(day((await stored(request.id)).dueOn)).toBe("2026-12-07");
  });
});

describe("3. 补正 within 7 working days", () => {
  it("a late notice is recorded, flagged 补正告知超期, and never restarts the period", async () => {
    const request = await register("2026-11-02"); // due Mon 30 Nov
    // Thu 12 Nov is working day 8 (3–6, 9–12). The applicant needs 10 working days: 13 (1), 16–20 (6), 23–26 (10)
    const tooShort = await fail(
      step(staff, request.id, {
        kind: "CORRECTION_NOTICE",
        on: "2026-11-12",
        applicantDeadline: "2026-11-25",
        corrections: "请写明年份。",
      }),
    );
    expect(tooShort).toMatchObject({
      message: "clock.APPLICANT_DEADLINE_TOO_SHORT",
      fieldErrors: { applicantDeadline: ["clockError.APPLICANT_DEADLINE_TOO_SHORT"] },
      params: { min: 10, earliest: "2026-11-26" },
    });
    await step(staff, request.id, {
      kind: "CORRECTION_NOTICE",
      on: "2026-11-12",
      applicantDeadline: "2026-11-26",
      corrections: "请写明年份。",
    });
    expect(await stored(request.id)).toMatchObject({ state: "OPEN", correctionNoticeLate: true });
    expect(day((await stored(request.id)).dueOn)).toBe("2026-11-30");
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { subject: { contains: "补正通知" } } });
    expect(mail.textBody).toContain("无正当理由逾期不补正的，视为放弃申请");
    expect(mail.textBody).not.toContain("重新计算");

    // The correction arrives: the original deadline stands.
    await step(staff, request.id, { kind: "CORRECTION_RECEIVED", on: "2026-11-20" });
    expect(day((await stored(request.id)).dueOn)).toBe("2026-11-30");

    // The flag is in the console lists and in the API's request JSON (list and detail).
    const rows = await listRequestView(staff, "all");
    expect(rows.find((r) => r.id === request.id)?.correctionNoticeLate).toBe(true);
    const token = (await createToken({ actor: staff, name: "对接" })).secret;
    const auth = { headers: { authorization: `Bearer ${token}` } };
    const detail = await (
      await getRoute(new Request(`http://localhost:3000/api/v1/console/requests/${request.id}`, auth), {
        params: Promise.resolve({ id: request.id }),
      })
    ).json();
    expect(detail).toMatchObject({
      correctionNoticeLate: true,
      clock: { correctionNoticeLate: true, dueOn: "2026-11-30" },
    });
    const list = await (await listRoute(new Request("http://localhost:3000/api/v1/console/requests", auth))).json();
    expect(list.items[0]).toMatchObject({ id: request.id, correctionNoticeLate: true });
  });

  it("a timely notice restarts the period; a notice after the due date is refused", async () => {
    const timely = await register("2026-11-02");
    // Wed 4 Nov (working day 2); applicant: 5, 6 (2), 9–13 (7), 16–18 (10) → 18 Nov
    await step(staff, timely.id, {
      kind: "CORRECTION_NOTICE",
      on: "2026-11-04",
      applicantDeadline: "2026-11-18",
      corrections: "请写明年份。",
    });
    expect(await stored(timely.id)).toMatchObject({ state: "WAITING_FOR_APPLICANT", correctionNoticeLate: false });
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { subject: { contains: "补正通知" } } });
    expect(mail.textBody).toContain(
      "答复期限自我机关收到补正后的申请之日起重新计算。无正当理由逾期不补正的，视为放弃申请",
    );

    const old = await register("2026-10-12"); // due Mon 9 Nov
    const refused = await fail(
      step(staff, old.id, {
        kind: "CORRECTION_NOTICE",
        on: "2026-11-10",
        applicantDeadline: "2026-11-30",
        corrections: "请写明年份。",
      }),
    );
    expect(refused).toMatchObject({ message: "clock.CORRECTION_NOTICE_AFTER_DUE", params: { due: "2026-11-09" } });
  });
});

describe("4. consultation", () => {
  it("an unanswered third party: at most its 15 working days from delivery, then the clock runs and the list says overdue", async () => {
    const request = await register("2026-10-12"); // due Mon 9 Nov
    const before = await fail(
      step(staff, request.id, {
        kind: "CONSULTATION_STARTED",
        on: "2026-10-14",
        party: "THIRD_PARTY",
        with: "某某商贸有限公司",
        deliveredOn: "2026-10-13",
      }),
    );
    expect(before?.fieldErrors).toEqual({ deliveredOn: ["clockError.DELIVERED_BEFORE_SENT"] });
    // Sent Wed 14 Oct, received Fri 16 Oct: its 15 days 19–23 (5), 26–30 (10), 2–6 Nov (15) → Fri 6 Nov
    await step(staff, request.id, {
      kind: "CONSULTATION_STARTED",
      on: "2026-10-14",
      party: "THIRD_PARTY",
      with: "某某商贸有限公司",
      deliveredOn: "2026-10-16",
    });
    // Never closed. Excluded: 15, 16 Oct (2), 19–23 (7), 26–30 (12), 2–6 Nov (17). 9 Nov + 17: 10–13 (4), 16–20 (9),
    // 23–27 (14), 30 (15), 1, 2 Dec (17) → Wed 2 Dec. On Thu 3 Dec it is overdue, paused or not.
    const rows = await listRequestView(staff, "overdue", { now: chinaNoon("2026-12-03") });
    expect(rows.map((r) => r.id)).toEqual([request.id]);
    expect(rows[0].daysLeft).toBe(-1);
    const token = (await createToken({ actor: staff, name: "对接" })).secret;
    const detail = await (
      await getRoute(
        new Request(`http://localhost:3000/api/v1/console/requests/${request.id}`, {
          headers: { authorization: `Bearer ${token}` },
        }),
        { params: Promise.resolve({ id: request.id }) },
      )
    ).json();
    expect(detail.clock).toMatchObject({
      state: "OPEN",
      dueOn: "2026-12-02",
      thirdPartyDue: "2026-11-06",
      thirdPartyMayDecide: true,
    });
  });
});

describe("4. the reminder e-mails follow a silent third party's cap", () => {
  it("reminds the assignee before the corrected deadline although the request is stored as paused", async () => {
    const request = await register("2026-10-12"); // third party as in 4.: due Wed 2 Dec once its 15 days pass
    await step(staff, request.id, {
      kind: "CONSULTATION_STARTED",
      on: "2026-10-14",
      party: "THIRD_PARTY",
      with: "某某商贸有限公司",
      deliveredOn: "2026-10-16",
    });
    expect((await stored(request.id)).state).toBe("PAUSED");
    // Mon 30 Nov: 2 Dec is 2 working days away, within the 3-day horizon.
    expect(await sendDueReminders({ now: chinaNoon("2026-11-30"), workingDays: 3 })).toEqual({ queued: 1 });
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { topic: { startsWith: "reminder" } } });
    expect(mail.textBody).toContain("2026-12-02");
  });
});

describe("5. fees", () => {
  it("a notice only within the period, 20 working days to pay from the day after receipt, no early lapse", async () => {
    const request = await register("2026-10-12"); // due Mon 9 Nov
    const afterDue = await fail(
      sendFeeNotice({
        actor: staff,
        requestId: request.id,
        // 10 Nov + 20: 11–13 (3), 16–20 (8), 23–27 (13), 30 (14), 1–4 Dec (18), 7, 8 (20) → 8 Dec
        input: { method: "PER_PAGE", pages: "250", noticedOn: "2026-11-10", paymentDeadline: "2026-12-08" },
      }),
    );
    expect(afterDue).toMatchObject({
      message: "clock.FEE_NOTICE_AFTER_DUE",
      fieldErrors: { noticedOn: ["clockError.FEE_NOTICE_AFTER_DUE"] },
    });
    // Noticed Thu 5 Nov, received Mon 9 Nov: 10–13 (4), 16–20 (9), 23–27 (14), 30 (15), 1–4 Dec (19), Mon 7 Dec (20)
    const short = await fail(
      sendFeeNotice({
        actor: staff,
        requestId: request.id,
        input: {
          method: "PER_PAGE",
          pages: "250",
          noticedOn: "2026-11-05",
          receivedOn: "2026-11-09",
          paymentDeadline: "2026-12-04",
        },
      }),
    );
    expect(short).toMatchObject({
      message: "clock.PAYMENT_DEADLINE_TOO_SHORT",
      fieldErrors: { paymentDeadline: ["clockError.PAYMENT_DEADLINE_TOO_SHORT"] },
      params: { min: 20, earliest: "2026-12-07" },
    });
    await sendFeeNotice({
      actor: staff,
      requestId: request.id,
      input: {
        method: "PER_PAGE",
        pages: "250",
        noticedOn: "2026-11-05",
        receivedOn: "2026-11-09",
        paymentDeadline: "2026-12-07",
      },
    });
    const early = await fail(
      recordFeeLapsed({
        actor: staff,
        requestId: request.id,
        input: { on: "2026-12-07" },
        now: chinaNoon("2026-12-08"),
      }),
    );
    expect(early).toMatchObject({
      message: "clock.FEE_LAPSED_EARLY",
      fieldErrors: { on: ["clockError.FEE_LAPSED_EARLY"] },
    });
    await recordFeeLapsed({
      actor: staff,
      requestId: request.id,
      input: { on: "2026-12-08" },
      now: chinaNoon("2026-12-08"),
    });
    expect(await stored(request.id)).toMatchObject({ state: "CLOSED", outcome: "OTHER_UNPAID_FEE" });
    expect((await refusals(request.id)).map((a) => (a.payload as { reason: string }).reason)).toEqual([
      "FEE_NOTICE_AFTER_DUE",
      "PAYMENT_DEADLINE_TOO_SHORT",
      "FEE_LAPSED_EARLY",
    ]);
  });
});

describe("8. the annual report's 逾期答复 and the dashboard follow the corrected due dates", () => {
  it("counts as late the replies the old rules would have made look timely", async () => {
    // A. Extension refused after the due date (Mon 30 Nov); reply Tue 1 Dec: late.
    const a = await register("2026-11-02");
    await fail(step(leader, a.id, { kind: "EXTENSION_APPROVED", on: "2026-12-01", workingDays: "10", reason: "多" }));
    await reply(a.id, "2026-12-01");
    // B. Late 补正 notice (working day 8), correction 20 Nov: the deadline stays Mon 30 Nov (a restart would have
    // given 20 Nov + 20 = 18 Dec); reply Tue 1 Dec: late.
    const b = await register("2026-11-02");
    await step(staff, b.id, {
      kind: "CORRECTION_NOTICE",
      on: "2026-11-12",
      applicantDeadline: "2026-11-26",
      corrections: "请写明年份。",
    });
    await step(staff, b.id, { kind: "CORRECTION_RECEIVED", on: "2026-11-20" });
    await reply(b.id, "2026-12-01");
    // C. Third party silent, never closed: due Wed 2 Dec (see 4.); reply Thu 3 Dec: late (before, the open pause
    // counted up to the reply day and made any reply look timely).
    const c = await register("2026-10-12");
    await step(staff, c.id, {
      kind: "CONSULTATION_STARTED",
      on: "2026-10-14",
      party: "THIRD_PARTY",
      with: "某某商贸有限公司",
      deliveredOn: "2026-10-16",
    });
    await reply(c.id, "2026-12-03");
    // D. Fee paid: noticed 5 Nov, paid Fri 20 Nov: 6 (1), 9–13 (6), 16–20 (11) not counted. 9 Nov + 11: 10–13 (4),
    // 16–20 (9), 23, 24 (11) → Tue 24 Nov; reply that day: on time.
    const d = await register("2026-10-12");
    await sendFeeNotice({
      actor: staff,
      requestId: d.id,
      input: {
        method: "PER_PAGE",
        pages: "250",
        noticedOn: "2026-11-05",
        receivedOn: "2026-11-09",
        paymentDeadline: "2026-12-07",
      },
    });
    await recordFeePaid({ actor: staff, requestId: d.id, input: { paidOn: "2026-11-20" } });
    await reply(d.id, "2026-11-24");
    // E. Extension on the due date (30 Nov + 5 → Mon 7 Dec); reply Fri 4 Dec: on time.
    const e = await register("2026-11-02");
    await step(leader, e.id, { kind: "EXTENSION_APPROVED", on: "2026-11-30", workingDays: "5", reason: "材料较多" });
    await reply(e.id, "2026-12-04");

    const dues = await Promise.all([a, b, c, d, e].map(async (r) => day((await stored(r.id)).dueOn)));
    expect(dues).toEqual(["2026-11-30", "2026-11-30", "2026-12-02", "2026-11-24", "2026-12-07"]);
    const figures = await computeWriterFigures(db, [agencies.commerce], reportPeriod(2026));
    expect(figures.repliedLate).toBe(3);
  });
});

describe("stored requests keep their dueOn until recomputed (npm run cli -- recompute-clocks)", () => {
  it("recomputes a request stored under the old rules, open ones only unless asked, and audits it", async () => {
    // As the old code stored it: a late 补正 notice (working day 8) put the request in WAITING_FOR_APPLICANT.
    const request = await register("2026-11-02");
    await db.requestEvent.create({
      data: {
        requestId: request.id,
        kind: "CORRECTION_NOTICE",
        on: new Date("2026-11-12T00:00:00Z"),
        data: { applicantDeadline: "2026-11-26" },
      },
    });
    await db.infoRequest.update({ where: { id: request.id }, data: { state: "WAITING_FOR_APPLICANT", dueOn: null } });
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: () => {} };
    const { runCli } = await import("@/scripts/cli");
    expect(await runCli(["recompute-clocks", "--dry-run"], io)).toBe(0);
    expect(lines).toEqual([
      `${request.trackingCode}\tdue — → 2026-11-30\tstate WAITING_FOR_APPLICANT → OPEN\t补正告知超期`,
    ]);
    expect((await stored(request.id)).state).toBe("WAITING_FOR_APPLICANT");
    expect(await runCli(["recompute-clocks"], io)).toBe(0);
    expect(await stored(request.id)).toMatchObject({ state: "OPEN", correctionNoticeLate: true });
    expect(day((await stored(request.id)).dueOn)).toBe("2026-11-30");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { type: "request.clock_recomputed" } });
    expect(audit.payload).toEqual({ dueOnBefore: null, dueOnAfter: "2026-11-30", state: "OPEN" });
    // A second run finds nothing to change.
    lines.length = 0;
    expect(await runCli(["recompute-clocks", "--include-closed"], io)).toBe(0);
    expect(lines).toEqual([]);
  });
});
