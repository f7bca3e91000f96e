// The staff API records the 信息处理费 steps with the console's use cases and the clock's rules: a payment
// deadline too short, a lapse before the deadline and another agency's request are refused with the sentence
// the console shows; a valid notice and a payment are recorded. Dates relative to today (the API uses the clock).
import { beforeEach, describe, expect, it } from "vitest";
import { POST as feeRoute } from "@/app/api/v1/console/requests/[id]/fees/[step]/route";
import { createToken } from "@/lib/api/tokens";
import type { CurrentUser } from "@/lib/auth/current-user";
import { addDays, chinaToday } from "@/lib/calendar/calendar-date";
import { db } from "@/lib/db";
import { registerRequest } from "@/lib/requests/register-request";
import { DEMO, principalFor, seedDemo, type DemoAgencyIds } from "../support/principals";
import { onlineRequestInput } from "../support/requests";

let agencies: DemoAgencyIds;
let staff: CurrentUser, financeStaff: CurrentUser;
beforeEach(async () => {
  agencies = await seedDemo();
  [staff, financeStaff] = await Promise.all([DEMO.commerceStaff, DEMO.financeStaff].map(principalFor));
});

const post = (token: string, id: string, step: string, input: unknown) =>
  feeRoute(
    new Request(`http://localhost:3000/api/v1/console/requests/${id}/fees/${step}`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(input),
    }),
    { params: Promise.resolve({ id, step }) },
  );

describe("staff API: fees", () => {
  it("applies the clock's fee rules, and answers with the console's sentences", async () => {
    const today = chinaToday();
    const { secret } = await createToken({ actor: staff, name: "收费对接" });
    const request = await registerRequest({
      actor: staff,
      input: {
        ...onlineRequestInput(agencies.commerce),
        channel: "IN_PERSON",
        receiptBasis: "HANDED_IN",
        receivedOn: today,
      },
    });
    const notice = { method: "PER_PAGE", pages: "120", noticedOn: today };

    const tooShort = await post(secret, request.id, "notice", { ...notice, paymentDeadline: addDays(today, 3) });
    expect(tooShort.status).toBe(422);
    const refusal = (await tooShort.json()) as { error: { fields: Record<string, { message: string }[]> } };
    expect(refusal.error.fields.paymentDeadline[0].message).toMatch(/不少于20个工作日/);

    const sent = await post(secret, request.id, "notice", { ...notice, paymentDeadline: addDays(today, 60) });
    expect(sent.status).toBe(201);
    expect(await sent.json()).toMatchObject({ method: "PER_PAGE", paymentDeadline: addDays(today, 60) });

    const early = await post(secret, request.id, "lapsed", { on: today });
    expect(early.status).toBe(422);
    expect(await db.auditEvent.count({ where: { type: "request.event_refused", entityId: request.id } })).toBe(2);

    const paid = await post(secret, request.id, "paid", { paidOn: today });
    expect(paid.status).toBe(201);
    expect(await db.feeNotice.findFirstOrThrow({ where: { requestId: request.id } })).toMatchObject({
      paidOn: expect.any(Date),
    });

    const other = await createToken({ actor: financeStaff, name: "别的机关" });
    expect((await post(other.secret, request.id, "paid", { paidOn: today })).status).toBe(404);
    expect((await post(secret, request.id, "refund", {})).status).toBe(404);
  });
});
