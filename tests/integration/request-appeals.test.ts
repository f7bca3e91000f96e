// 行政复议 / 行政诉讼 about a request (table 四), recorded and concluded by staff, read by leaders.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { AppError } from "@/lib/errors/app-error";
import { recordAppeal } from "@/lib/requests/appeals/record-appeal";
import { updateAppealResult } from "@/lib/requests/appeals/update-appeal-result";
import { findRequestForUser } from "@/lib/requests/queries";
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
const newRequest = () =>
  registerRequest({
    actor: staff,
    input: {
      ...onlineRequestInput(agencies.commerce),
      channel: "IN_PERSON",
      receiptBasis: "HANDED_IN",
      receivedOn: "2026-11-02",
    },
  });

describe("appeals", () => {
  it("records a 行政复议, then its result with the day it concluded", async () => {
    const request = await newRequest();
    const appeal = await recordAppeal({
      actor: staff,
      requestId: request.id,
      input: { kind: "ADMINISTRATIVE_REVIEW", filedOn: "2026-11-20", body: "三明市三元区人民政府" },
    });
    expect(appeal).toMatchObject({
      kind: "ADMINISTRATIVE_REVIEW",
      body: "三明市三元区人民政府",
      result: "PENDING",
      concludedOn: null,
    });
    expect(await db.auditEvent.count({ where: { type: "request.appeal_recorded", entityId: request.id } })).toBe(1);

    expect(
      (
        await fail(
          updateAppealResult({
            actor: staff,
            requestId: request.id,
            appealId: appeal.id,
            input: { result: "UPHELD", concludedOn: "" },
          }),
        )
      )?.fieldErrors?.concludedOn,
    ).toEqual(["required"]);
    expect(
      (
        await fail(
          updateAppealResult({
            actor: staff,
            requestId: request.id,
            appealId: appeal.id,
            input: { result: "UPHELD", concludedOn: "2026-11-19" },
          }),
        )
      )?.fieldErrors?.concludedOn,
    ).toEqual(["concludedBeforeFiled"]);
    const upheld = await updateAppealResult({
      actor: staff,
      requestId: request.id,
      appealId: appeal.id,
      input: { result: "UPHELD", concludedOn: "2026-11-27" },
    });
    expect(upheld.result).toBe("UPHELD");
    expect(day(upheld.concludedOn)).toBe("2026-11-27");
    // Back to 尚未审结 (e.g. recorded by mistake): the date goes with it.
    const pending = await updateAppealResult({
      actor: staff,
      requestId: request.id,
      appealId: appeal.id,
      input: { result: "PENDING", concludedOn: "2026-11-27" },
    });
    expect(pending).toMatchObject({ result: "PENDING", concludedOn: null });
    expect(await db.auditEvent.count({ where: { type: "request.appeal_updated", entityId: request.id } })).toBe(2);
  });

  it("records both kinds of 行政诉讼; leaders read but do not record; other agencies see nothing", async () => {
    const request = await newRequest();
    await recordAppeal({
      actor: staff,
      requestId: request.id,
      input: { kind: "LAWSUIT_DIRECT", filedOn: "2026-11-21", body: "三明市三元区人民法院" },
    });
    await recordAppeal({
      actor: staff,
      requestId: request.id,
      input: { kind: "LAWSUIT_AFTER_REVIEW", filedOn: "2026-11-22", body: "三明市中级人民法院" },
    });
    expect(
      (
        await fail(
          recordAppeal({
            actor: staff,
            requestId: request.id,
            input: { kind: "APPEAL", filedOn: "2026-11-22", body: "" },
          }),
        )
      )?.fieldErrors?.kind,
    ).toEqual(["required"]);
    expect(
      (
        await fail(
          recordAppeal({
            actor: leader,
            requestId: request.id,
            input: { kind: "LAWSUIT_DIRECT", filedOn: "2026-11-22", body: "" },
          }),
        )
      )?.code,
    ).toBe("FORBIDDEN");
    expect(
      (
        await fail(
          recordAppeal({
            actor: financeStaff,
            requestId: request.id,
            input: { kind: "LAWSUIT_DIRECT", filedOn: "2026-11-22", body: "" },
          }),
        )
      )?.code,
    ).toBe("NOT_FOUND");
    expect((await findRequestForUser(leader, request.id))?.appeals.map((a) => a.kind)).toEqual([
      "LAWSUIT_AFTER_REVIEW",
      "LAWSUIT_DIRECT",
    ]);
    expect(await findRequestForUser(financeStaff, request.id)).toBeNull();
  });
});
