// Deadline reminders (办理提醒) to the assignee, on fixed dates: within 3 working days of the deadline or
// overdue, once per working day, never twice on one day, and delivered through the outbox.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { sendOutbox } from "@/lib/email/send-outbox";
import { recordClockEvent } from "@/lib/requests/record-clock-event";
import { registerRequest } from "@/lib/requests/register-request";
import { reminderTopic, sendDueReminders } from "@/lib/requests/reminders";
import { submitOnlineRequest } from "@/lib/requests/submit-online-request";
import { DEMO, principalFor, seedDemo, type DemoAgencyIds } from "../support/principals";
import { onlineRequestInput } from "../support/requests";
import { startSmtpSink } from "../support/smtp-sink";

let agencies: DemoAgencyIds;
let staff: CurrentUser;

beforeEach(async () => {
  agencies = await seedDemo();
  staff = await principalFor(DEMO.commerceStaff);
});

/** 09:00 in China on `day`. */
const chinaMorning = (day: string) => new Date(`${day}T01:00:00Z`);
const reminders = () =>
  db.outboxEmail.findMany({ where: { topic: { startsWith: "reminder:" } }, orderBy: { createdAt: "asc" } });

async function registered(receivedOn = "2026-11-02") {
  // Received Mon 2026-11-02 in person → due Mon 2026-11-30 (see request-intake.test.ts).
  return registerRequest({
    actor: staff,
    input: { ...onlineRequestInput(agencies.commerce), channel: "IN_PERSON", receiptBasis: "HANDED_IN", receivedOn },
  });
}

describe("deadline reminders", () => {
  it("reminds the assignee from 3 working days before the deadline, once a day, and when overdue", async () => {
    const request = await registered();
    // Tue 11-24: 4 working days left (25, 26, 27, 30) → nothing yet.
    expect(await sendDueReminders({ now: chinaMorning("2026-11-24"), workingDays: 3 })).toEqual({ queued: 0 });
    // Wed 11-25: 3 working days left.
    expect(await sendDueReminders({ now: chinaMorning("2026-11-25"), workingDays: 3 })).toEqual({ queued: 1 });
    let mails = await reminders();
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      toAddress: DEMO.commerceStaff,
      topic: reminderTopic(request.id, "2026-11-25"),
      agencyId: agencies.commerce,
      status: "PENDING",
    });
    expect(mails[0].subject).toContain("即将到期");
    expect(mails[0].textBody).toContain(request.trackingCode);
    expect(mails[0].textBody).toContain("还剩 3 个工作日");
    // The same day again, later: nothing new.
    expect(await sendDueReminders({ now: new Date("2026-11-25T09:00:00Z"), workingDays: 3 })).toEqual({ queued: 0 });
    // Thursday: the next one.
    expect(await sendDueReminders({ now: chinaMorning("2026-11-26"), workingDays: 3 })).toEqual({ queued: 1 });
    // Saturday: no reminders on days off.
    expect(await sendDueReminders({ now: chinaMorning("2026-11-28"), workingDays: 3 })).toEqual({ queued: 0 });
    // The deadline itself, then overdue.
    expect(await sendDueReminders({ now: chinaMorning("2026-11-30"), workingDays: 3 })).toEqual({ queued: 1 });
    expect(await sendDueReminders({ now: chinaMorning("2026-12-02"), workingDays: 3 })).toEqual({ queued: 1 });
    mails = await reminders();
    expect(mails.map((m) => m.topic.slice(-10))).toEqual(["2026-11-25", "2026-11-26", "2026-11-30", "2026-12-02"]);
    expect(mails[2].textBody).toContain("最后一天");
    expect(mails[3].subject).toContain("已逾期");
  });

  it("runs once per day even when two loops race", async () => {
    await registered();
    const results = await Promise.all(
      [1, 2, 3].map(() => sendDueReminders({ now: chinaMorning("2026-11-27"), workingDays: 3 })),
    );
    expect(results.reduce((n, r) => n + r.queued, 0)).toBe(1);
    expect(await reminders()).toHaveLength(1);
  });

  it("leaves out requests without an assignee, closed, waiting for a correction, or not yet near their deadline", async () => {
    const withdrawn = await registered();
    await recordClockEvent({ actor: staff, requestId: withdrawn.id, input: { kind: "WITHDRAWN", on: "2026-11-10" } });
    const waiting = await registered();
    await recordClockEvent({
      actor: staff,
      requestId: waiting.id,
      input: {
        kind: "CORRECTION_NOTICE",
        on: "2026-11-04",
        applicantDeadline: "2026-11-18",
        corrections: "请说明所需信息的具体名称。",
      },
    });
    await submitOnlineRequest({ input: onlineRequestInput(agencies.commerce), now: chinaMorning("2026-11-02") });
    await registered("2026-11-20");
    expect(await sendDueReminders({ now: chinaMorning("2026-11-27"), workingDays: 3 })).toEqual({ queued: 0 });
  });

  it("goes out through the outbox to the mail server", async () => {
    const request = await registered();
    const sink = await startSmtpSink();
    try {
      await sendDueReminders({ now: chinaMorning("2026-11-27"), workingDays: 3 });
      // The applicant's receipt was sent on registration as well.
      await sendOutbox({ config: sink.config });
      const reminder = sink.messages.find((m) => m.to.includes(DEMO.commerceStaff));
      expect(reminder?.subject).toBe(`【办理提醒】政府信息公开申请 ${request.trackingCode} 即将到期`);
      expect(reminder?.text).toContain("2026-11-30");
    } finally {
      await sink.stop();
    }
  });
});
