// 信息处理费 on a real database: the suggestion counts the applicant's requests of the month (按件) or the pages
// (按量), a notice uses one method only, payment restarts the clock and an unpaid fee ends the request.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { AppError } from "@/lib/errors/app-error";
import { feeSuggestions, nthRequestInMonth, sendFeeNotice } from "@/lib/requests/fees/record-fee-notice";
import { recordFeeLapsed } from "@/lib/requests/fees/record-fee-lapsed";
import { recordFeePaid } from "@/lib/requests/fees/record-fee-paid";
import { registerRequest } from "@/lib/requests/register-request";
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

const fail = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: AppError) => e,
  );
const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

const register = (
  receivedOn: string,
  overrides: Record<string, unknown> = {},
  actor = staff,
  agencyId = agencies.commerce,
) =>
  registerRequest({
    actor,
    input: {
      ...onlineRequestInput(agencyId),
      channel: "IN_PERSON",
      receiptBasis: "HANDED_IN",
      receivedOn,
      ...overrides,
    },
  });

describe("the suggestion", () => {
  it("按件: the 11th request of the same applicant to this agency in one calendar month costs 100元", async () => {
    // October and other applicants and other agencies do not count.
    await register("2026-10-30");
    await register("2026-11-03", { applicantName: "李四", idNumber: "110105198001010016" });
    await register("2026-11-03", {}, financeStaff, agencies.finance);
    const ours = [];
    for (let i = 1; i <= 11; i++) ours.push(await register(`2026-11-${String(i + 1).padStart(2, "0")}`));
    const tenth = await db.infoRequest.findUniqueOrThrow({ where: { id: ours[9].id } });
    const eleventh = await db.infoRequest.findUniqueOrThrow({ where: { id: ours[10].id } });
    expect(await nthRequestInMonth(tenth)).toBe(10);
    expect(await nthRequestInMonth(eleventh)).toBe(11);
    expect((await feeSuggestions(tenth)).perRequest.amountYuan).toBe(0);
    const suggestion = await feeSuggestions(eleventh, 250);
    expect(suggestion.perRequest).toMatchObject({ method: "PER_REQUEST", amountYuan: 100, nthInMonth: 11 });
    // 按量: 250 pages → 1–30 free, 31–100 × 10, 101–200 × 20, 201–250 × 40 = 700 + 2000 + 2000 = 4,700元.
    expect(suggestion.perPage?.amountYuan).toBe(4700);
    expect(suggestion.perPage?.breakdown.map((b) => [b.from, b.to, b.subtotalYuan])).toEqual([
      [1, 30, 0],
      [31, 100, 700],
      [101, 200, 2000],
      [201, 250, 2000],
    ]);
  });
});

describe("the notice, payment and lapse", () => {
  it("sends a per-page notice (paused clock, e-mail), then payment restarts the clock", async () => {
    const request = await register("2026-11-02");
    expect(
      (
        await fail(
          sendFeeNotice({
            actor: staff,
            requestId: request.id,
            input: { method: "PER_PAGE", pages: "20", noticedOn: "2026-11-05", paymentDeadline: "2026-12-03" },
          }),
        )
      )?.message,
    ).toBe("replies.feeNotChargeable");
    expect(
      (
        await fail(
          sendFeeNotice({
            actor: staff,
            requestId: request.id,
            input: {
              method: "PER_PAGE",
              pages: "250",
              amountYuan: "5000",
              noticedOn: "2026-11-05",
              paymentDeadline: "2026-11-20",
            },
          }),
        )
      )?.fieldErrors?.amountYuan,
    ).toEqual(["invalid"]);
    expect(
      (
        await fail(
          sendFeeNotice({
            actor: leader,
            requestId: request.id,
            input: { method: "PER_PAGE", pages: "250", noticedOn: "2026-11-05", paymentDeadline: "2026-12-03" },
          }),
        )
      )?.code,
    ).toBe("FORBIDDEN");
    // 20 working days from the day after the notice (Thu 5 Nov 2026): 6 (1), 9–13 (6), 16–20 (11), 23–27 (16), 30 (17),
    // 1–3 Dec (20) → Thu 3 Dec at the earliest
    const notice = await sendFeeNotice({
      actor: staff,
      requestId: request.id,
      input: { method: "PER_PAGE", pages: "250", noticedOn: "2026-11-05", paymentDeadline: "2026-12-03" },
    });
    expect(notice).toMatchObject({ method: "PER_PAGE", amountYuan: 4700, pages: 250, nthInMonth: null });
    expect(await db.infoRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ state: "PAUSED" });
    const event = await db.requestEvent.findFirstOrThrow({ where: { requestId: request.id, kind: "FEE_NOTICE" } });
    expect(event.data).toMatchObject({ paymentDeadline: "2026-12-03", method: "PER_PAGE", amountYuan: 4700 });
    expect(
      (await db.outboxEmail.findFirstOrThrow({ where: { subject: { contains: "收费通知" } } })).textBody,
    ).toContain("4700元");
    expect(await db.auditEvent.count({ where: { type: "request.fee_noticed", entityId: request.id } })).toBe(1);

    // A second notice is refused by the clock (one per request).
    expect(
      (
        await fail(
          sendFeeNotice({
            actor: staff,
            requestId: request.id,
            input: { method: "PER_PAGE", pages: "300", noticedOn: "2026-11-06", paymentDeadline: "2026-12-04" },
          }),
        )
      )?.message,
    ).toBe("clock.FEE_NOTICE_REPEATED");

    await recordFeePaid({ actor: staff, requestId: request.id, input: { paidOn: "2026-11-10" } });
    const paid = await db.infoRequest.findUniqueOrThrow({ where: { id: request.id }, include: { fees: true } });
    expect(paid.state).toBe("OPEN");
    expect(day(paid.fees[0].paidOn)).toBe("2026-11-10");
    // Nov 6, 9, 10 were not counted: 2026-11-30 + 3 working days.
    expect(day(paid.dueOn)).toBe("2026-12-03");
    expect(
      (await fail(recordFeePaid({ actor: staff, requestId: request.id, input: { paidOn: "2026-11-11" } })))?.code,
    ).toBe("VALIDATION");
  });

  it("never both: a per-request notice with pages is refused, and stores the month's count, not pages", async () => {
    for (let i = 1; i <= 10; i++) await register(`2026-11-${String(i + 1).padStart(2, "0")}`);
    const request = await register("2026-11-13");
    const both = await fail(
      sendFeeNotice({
        actor: staff,
        requestId: request.id,
        input: { method: "PER_REQUEST", pages: "250", noticedOn: "2026-11-16", paymentDeadline: "2026-12-14" },
      }),
    );
    expect(both?.fieldErrors?.pages).toEqual(["invalid"]);
    const notice = await sendFeeNotice({
      actor: staff,
      requestId: request.id,
      input: { method: "PER_REQUEST", pages: "", noticedOn: "2026-11-16", paymentDeadline: "2026-12-14" },
    });
    expect(notice).toMatchObject({ method: "PER_REQUEST", amountYuan: 100, nthInMonth: 11, pages: null });
  });

  it("an unpaid fee after the deadline closes the request as OTHER_UNPAID_FEE", async () => {
    const request = await register("2026-11-02");
    await sendFeeNotice({
      actor: staff,
      requestId: request.id,
      input: { method: "PER_PAGE", pages: "120", noticedOn: "2026-11-05", paymentDeadline: "2026-12-03" },
    });
    expect(
      (await fail(recordFeeLapsed({ actor: staff, requestId: request.id, input: { on: "2026-12-03" } })))?.message,
    ).toBe("clock.FEE_LAPSED_EARLY");
    await recordFeeLapsed({ actor: staff, requestId: request.id, input: { on: "2026-12-04" } });
    const stored = await db.infoRequest.findUniqueOrThrow({ where: { id: request.id }, include: { fees: true } });
    expect(stored).toMatchObject({ state: "CLOSED", outcome: "OTHER_UNPAID_FEE" });
    expect(day(stored.concludedOn)).toBe("2026-12-04");
    expect(day(stored.fees[0].lapsedOn)).toBe("2026-12-04");
    expect(
      (await db.outboxEmail.findFirstOrThrow({ where: { subject: { contains: "申请终止" } } })).textBody,
    ).toContain("不再处理");
  });
});
