// A request arrives (online or registered by staff), gets its deadline on the official calendar, and its
// clock moves with 补正, consultation, extension and withdrawal — on a real database.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors/app-error";
import { recordClockEvent } from "@/lib/requests/record-clock-event";
import { findRequestForTracking } from "@/lib/requests/queries";
import { registerRequest } from "@/lib/requests/register-request";
import { submitOnlineRequest } from "@/lib/requests/submit-online-request";
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

const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;
const fail = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: AppError) => e,
  );

describe("online requests (网络申请)", () => {
  it("receives a request on a Saturday: counting starts Monday, 20 working days later", async () => {
    // Sat 2026-11-28 is day 0; Nov 30–Dec 4 (5), Dec 7–11 (10), 14–18 (15), 21–25 (20) → 2026-12-25.
    const request = await submitOnlineRequest({
      input: onlineRequestInput(agencies.commerce),
      now: new Date("2026-11-28T02:00:00Z"),
    });
    expect(request.trackingCode).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    const stored = await db.infoRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(stored).toMatchObject({
      channel: "ONLINE",
      receiptBasis: "CONFIRMED",
      state: "OPEN",
      idNumber: "11010519491231002X",
    });
    expect(day(stored.receivedOn)).toBe("2026-11-28");
    expect(day(stored.dueOn)).toBe("2026-12-25");
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: "zhangsan@example.com" } });
    expect(mail.textBody).toContain(request.trackingCode);
    expect(mail.textBody).toContain("2026-12-25");
    expect(
      await db.auditEvent.count({ where: { type: "request.submitted", entityId: request.id, actorId: null } }),
    ).toBe(1);
  });

  it.each([
    ["a resident ID with a wrong check digit", { idNumber: "110105194912310021" }, "idNumber", "residentIdCheckDigit"],
    [
      "a resident ID with an impossible birth date",
      { idNumber: "110105194902300027" },
      "idNumber",
      "residentIdBirthDate",
    ],
    [
      "an organisation with a personal ID",
      { applicantType: "COMMERCIAL", contactPerson: "李四" },
      "idType",
      "idTypeMismatch",
    ],
    [
      "a credit code with a wrong check character",
      { applicantType: "COMMERCIAL", contactPerson: "李四", idType: "CREDIT_CODE", idNumber: "91110000100017643A" },
      "idNumber",
      "creditCodeCheckDigit",
    ],
    ["e-mail delivery without an address", { email: "" }, "email", "emailRequiredForDelivery"],
    ["a phone that is not one", { phone: "12345" }, "phone", "phone"],
  ])("refuses %s, next to the field", async (_what, overrides, field, key) => {
    const error = await fail(submitOnlineRequest({ input: onlineRequestInput(agencies.commerce, overrides) }));
    expect(error).toBeInstanceOf(AppError);
    expect(error?.fieldErrors?.[field]).toContain(key);
    expect(await db.infoRequest.count()).toBe(0);
  });

  it("accepts a company with a valid 统一社会信用代码", async () => {
    const request = await submitOnlineRequest({
      input: onlineRequestInput(agencies.commerce, {
        applicantType: "COMMERCIAL",
        applicantName: "某某商贸有限公司",
        contactPerson: "李四",
        idType: "CREDIT_CODE",
        idNumber: "91110000100017643k",
      }),
    });
    expect((await db.infoRequest.findUniqueOrThrow({ where: { id: request.id } })).idNumber).toBe("91110000100017643K");
  });

  it("shows the request on the tracking page only with the right last four phone digits", async () => {
    const request = await submitOnlineRequest({ input: onlineRequestInput(agencies.commerce) });
    expect(await findRequestForTracking(request.trackingCode, "8000")).toMatchObject({
      trackingCode: request.trackingCode,
      state: "OPEN",
    });
    expect(await findRequestForTracking(request.trackingCode.toLowerCase().replace(/-/g, " "), "8000")).not.toBeNull();
    expect(await findRequestForTracking(request.trackingCode, "0000")).toBeNull();
    const visible = await findRequestForTracking(request.trackingCode, "8000");
    expect(JSON.stringify(visible)).not.toContain("11010519491231002X");
    expect(JSON.stringify(visible)).not.toContain("13800138000");
  });

  it("points out a similar earlier request of the same applicant", async () => {
    const first = await submitOnlineRequest({ input: onlineRequestInput(agencies.commerce) });
    const second = await submitOnlineRequest({
      input: onlineRequestInput(agencies.commerce, {
        description: "申请公开三元区商务局2017年安全生产检查的检查记录及处理结果。",
      }),
    });
    const other = await submitOnlineRequest({
      input: onlineRequestInput(agencies.commerce, { description: "请提供2025年度商贸流通领域专项资金的分配结果。" }),
    });
    expect((await db.infoRequest.findUniqueOrThrow({ where: { id: second.id } })).similarToId).toBe(first.id);
    expect((await db.infoRequest.findUniqueOrThrow({ where: { id: other.id } })).similarToId).toBeNull();
  });
});

describe("staff registration and the clock", () => {
  const registration = (overrides: Record<string, unknown> = {}) => ({
    ...onlineRequestInput(agencies.commerce),
    channel: "LETTER",
    receiptBasis: "SIGNED_FOR",
    receivedOn: "2026-09-30",
    ...overrides,
  });

  it("registers a letter signed for before National Day: the holiday is not counted", async () => {
    // Wed 2026-09-30 is day 0; Oct 1–7 off (国庆/中秋 2026); Oct 8, 9, 10 (调休 Sat) = 3; Oct 12–16 (8), 19–23 (13),
    // 26–30 (18), Nov 2, 3 (20) → 2026-11-03.
    const request = await registerRequest({ actor: staff, input: registration() });
    const stored = await db.infoRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(day(stored.dueOn)).toBe("2026-11-03");
    expect(stored.assigneeId).toBe(staff.id);
    expect(await db.auditEvent.count({ where: { type: "request.registered", entityId: request.id } })).toBe(1);
  });

  it("refuses a receipt basis that does not fit the channel, and another agency", async () => {
    expect(
      (
        await fail(
          registerRequest({ actor: staff, input: registration({ channel: "IN_PERSON", receiptBasis: "SIGNED_FOR" }) }),
        )
      )?.fieldErrors?.receiptBasis,
    ).toEqual(["receiptBasisMismatch"]);
    expect((await fail(registerRequest({ actor: financeStaff, input: registration() })))?.code).toBe("NOT_FOUND");
    expect((await fail(registerRequest({ actor: leader, input: registration() })))?.code).toBe("FORBIDDEN");
  });

  it("补正 stops the clock and the corrected request restarts the 20 days; a leader extends it", async () => {
    const request = await registerRequest({
      actor: staff,
      input: registration({ channel: "IN_PERSON", receiptBasis: "HANDED_IN", receivedOn: "2026-11-02" }),
    });
    await recordClockEvent({
      actor: staff,
      requestId: request.id,
      input: {
        kind: "CORRECTION_NOTICE",
        on: "2026-11-04",
        applicantDeadline: "2026-11-18",
        corrections: "请说明所需检查记录的具体企业名称。",
      },
    });
    let stored = await db.infoRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(stored).toMatchObject({ state: "WAITING_FOR_APPLICANT", dueOn: null });
    expect(
      (await db.outboxEmail.findFirstOrThrow({ where: { subject: { contains: "补正通知" } } })).textBody,
    ).toContain("2026-11-18");

    // Corrected on Mon 2026-11-09 → Nov 10–13 (4), 16–20 (9), 23–27 (14), Nov 30–Dec 4 (19), Dec 7 (20).
    await recordClockEvent({
      actor: staff,
      requestId: request.id,
      input: { kind: "CORRECTION_RECEIVED", on: "2026-11-09" },
    });
    stored = await db.infoRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(day(stored.dueOn)).toBe("2026-12-07");

    expect(
      (
        await fail(
          recordClockEvent({
            actor: staff,
            requestId: request.id,
            input: { kind: "EXTENSION_APPROVED", on: "2026-12-01", workingDays: 10, reason: "需调取档案" },
          }),
        )
      )?.code,
    ).toBe("FORBIDDEN");
    // +10 working days from Dec 7: Dec 8–11 (4), 14–18 (9), 21 (10) → 2026-12-21.
    await recordClockEvent({
      actor: leader,
      requestId: request.id,
      input: { kind: "EXTENSION_APPROVED", on: "2026-12-01", workingDays: 10, reason: "需调取档案" },
    });
    expect(day((await db.infoRequest.findUniqueOrThrow({ where: { id: request.id } })).dueOn)).toBe("2026-12-21");
    const beyond = await fail(
      recordClockEvent({
        actor: leader,
        requestId: request.id,
        input: { kind: "EXTENSION_APPROVED", on: "2026-12-02", workingDays: 11, reason: "再延" },
      }),
    );
    expect(beyond?.message).toBe("clock.EXTENSION_LIMIT_EXCEEDED");
  });

  it("a second 补正 notice is refused; a withdrawal ends the request under 其他处理", async () => {
    const request = await registerRequest({ actor: staff, input: registration({ receivedOn: "2026-11-02" }) });
    await recordClockEvent({
      actor: staff,
      requestId: request.id,
      input: { kind: "CORRECTION_NOTICE", on: "2026-11-03", applicantDeadline: "2026-11-17", corrections: "请补充。" },
    });
    await recordClockEvent({
      actor: staff,
      requestId: request.id,
      input: { kind: "CORRECTION_RECEIVED", on: "2026-11-05" },
    });
    const again = await fail(
      recordClockEvent({
        actor: staff,
        requestId: request.id,
        input: {
          kind: "CORRECTION_NOTICE",
          on: "2026-11-06",
          applicantDeadline: "2026-11-20",
          corrections: "再补充。",
        },
      }),
    );
    expect(again?.message).toBe("clock.CORRECTION_NOTICE_REPEATED");
    await recordClockEvent({ actor: staff, requestId: request.id, input: { kind: "WITHDRAWN", on: "2026-11-10" } });
    const stored = await db.infoRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(stored).toMatchObject({ state: "CLOSED", outcome: "OTHER_OTHER" });
    expect(day(stored.concludedOn)).toBe("2026-11-10");
  });

  it("a consultation with a third party is not counted", async () => {
    // Received Mon 2026-11-02 → due 2026-11-30 (Nov 3–6 (4), 9–13 (9), 16–20 (14), 23–27 (19), 30 (20)).
    const request = await registerRequest({
      actor: staff,
      input: registration({ channel: "IN_PERSON", receiptBasis: "HANDED_IN", receivedOn: "2026-11-02" }),
    });
    expect(day((await db.infoRequest.findUniqueOrThrow({ where: { id: request.id } })).dueOn)).toBe("2026-11-30");
    await recordClockEvent({
      actor: staff,
      requestId: request.id,
      input: { kind: "CONSULTATION_STARTED", on: "2026-11-09", party: "THIRD_PARTY", with: "某某商贸有限公司" },
    });
    expect((await db.infoRequest.findUniqueOrThrow({ where: { id: request.id } })).state).toBe("PAUSED");
    // Ended Mon 2026-11-16: Nov 10–13, 16 = 5 working days not counted → Nov 30 + 5 = Dec 7.
    await recordClockEvent({
      actor: staff,
      requestId: request.id,
      input: { kind: "CONSULTATION_ENDED", on: "2026-11-16" },
    });
    const stored = await db.infoRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(stored.state).toBe("OPEN");
    expect(day(stored.dueOn)).toBe("2026-12-07");
  });
});
