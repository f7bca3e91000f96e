// 补正 online (issue 14): the applicant answers a 补正 notice from the tracking page. The answer is the clock's
// CORRECTION_RECEIVED step dated the day it arrives, so the 20 working days restart from it exactly as when staff
// record a 补正 handed in at the counter; files are checked like every upload; nothing is stored on a refusal.
import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { CalendarDate } from "@/lib/calendar/calendar-date";
import { db } from "@/lib/db";
import { recordClockEvent } from "@/lib/requests/record-clock-event";
import { registerRequest } from "@/lib/requests/register-request";
import { correctionPending, submitOnlineCorrection } from "@/lib/requests/submit-online-correction";
import { chinesePdf, exe } from "../fixtures/attachments/build-fixtures";
import { appError } from "../support/app-error";
import { DEMO, type DemoAgencyIds, principalFor, seedDemo } from "../support/principals";
import { onlineRequestInput } from "../support/requests";

const storageDir = path.join(
  process.cwd(),
  ".data",
  "test-attachments",
  `correction-${randomBytes(4).toString("hex")}`,
);

let agencies: DemoAgencyIds;
let staff: CurrentUser;

beforeEach(async () => {
  agencies = await seedDemo();
  staff = await principalFor(DEMO.commerceStaff);
  vi.stubEnv("GONGKAI_STORAGE_DIR", storageDir);
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(storageDir, { recursive: true, force: true });
});

/** Noon in China on `date`. */
const chinaNoon = (date: CalendarDate) => new Date(`${date}T04:00:00Z`);

/** A request handed in on Mon 2 Nov 2026 (due Mon 30 Nov), with a 补正 notice on Wed 4 Nov. */
async function waitingForCorrection() {
  const request = await registerRequest({
    actor: staff,
    input: {
      ...onlineRequestInput(agencies.commerce, { email: "wang.min@example.cn" }),
      channel: "IN_PERSON",
      receiptBasis: "HANDED_IN",
      receivedOn: "2026-11-02",
    },
    now: chinaNoon("2026-11-02"),
  });
  await recordClockEvent({
    actor: staff,
    requestId: request.id,
    input: {
      kind: "CORRECTION_NOTICE",
      on: "2026-11-04",
      applicantDeadline: "2026-11-25",
      corrections: "请写明所需信息的年份和文号。",
    },
    now: chinaNoon("2026-11-04"),
  });
  return request;
}

const stored = (id: string) => db.infoRequest.findUniqueOrThrow({ where: { id } });
const pdf = () => ({ bytes: chinesePdf(["补正说明：2025年 元商务〔2025〕3号"]), fileName: "补正说明.pdf" });

describe("补正 online", () => {
  it("restarts the 20 working days from the day it arrives, stores the files, audits and e-mails", async () => {
    const request = await waitingForCorrection();
    expect((await stored(request.id)).state).toBe("WAITING_FOR_APPLICANT");

    // Tue 10 Nov: 20 working days from Wed 11 Nov are Tue 8 Dec.
    const answer = await submitOnlineCorrection({
      requestId: request.id,
      input: { text: "  需要2025年元商务〔2025〕3号文件。 " },
      files: [pdf()],
      clientIp: "203.0.113.9",
      now: chinaNoon("2026-11-10"),
    });
    expect(answer).toMatchObject({ on: "2026-11-10", dueOn: "2026-12-08" });
    const after = await stored(request.id);
    expect(after.state).toBe("OPEN");
    expect(after.dueOn?.toISOString().slice(0, 10)).toBe("2026-12-08");

    const event = await db.requestEvent.findFirstOrThrow({
      where: { requestId: request.id, kind: "CORRECTION_RECEIVED" },
    });
    expect(event.actorId).toBeNull();
    expect(event.data).toMatchObject({ channel: "ONLINE", text: "需要2025年元商务〔2025〕3号文件。" });
    const files = await db.requestFile.findMany({ where: { requestId: request.id, kind: "CORRECTION_MATERIAL" } });
    expect(files.map((f) => f.fileName)).toEqual(["补正说明.pdf"]);
    expect(files[0].text).toContain("元商务");

    const audit = await db.auditEvent.findFirstOrThrow({ where: { type: "request.correction_submitted" } });
    expect(audit).toMatchObject({ actorId: null, actorLabel: "申请人", clientIp: "203.0.113.9", entityId: request.id });
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { subject: { contains: "已收到补正材料" } } });
    expect(mail.textBody).toContain("2026-11-10 收到您在网上提交的补正材料，将在 2026-12-08 前答复");
  });

  it("is refused when no 补正 is pending: never asked, already answered or lapsed", async () => {
    const notAsked = await registerRequest({
      actor: staff,
      input: {
        ...onlineRequestInput(agencies.commerce),
        channel: "IN_PERSON",
        receiptBasis: "HANDED_IN",
        receivedOn: "2026-11-02",
      },
      now: chinaNoon("2026-11-02"),
    });
    const refused = await appError(
      submitOnlineCorrection({
        requestId: notAsked.id,
        input: { text: "补充" },
        files: [],
        now: chinaNoon("2026-11-10"),
      }),
    );
    expect(refused).toMatchObject({ code: "CONFLICT", message: "correctionNotPending" });

    const request = await waitingForCorrection();
    await submitOnlineCorrection({
      requestId: request.id,
      input: { text: "补充" },
      files: [],
      now: chinaNoon("2026-11-10"),
    });
    // A second answer (a double click, a replayed form) changes nothing.
    const again = await appError(
      submitOnlineCorrection({
        requestId: request.id,
        input: { text: "再补充" },
        files: [],
        now: chinaNoon("2026-11-11"),
      }),
    );
    expect(again).toMatchObject({ code: "CONFLICT", message: "correctionNotPending" });
    expect(await db.requestEvent.count({ where: { requestId: request.id, kind: "CORRECTION_RECEIVED" } })).toBe(1);

    const lapsed = await waitingForCorrection();
    await recordClockEvent({
      actor: staff,
      requestId: lapsed.id,
      input: { kind: "CORRECTION_LAPSED", on: "2026-11-26" },
      now: chinaNoon("2026-11-26"),
    });
    const afterLapse = await appError(
      submitOnlineCorrection({
        requestId: lapsed.id,
        input: { text: "迟到的补正" },
        files: [],
        now: chinaNoon("2026-11-27"),
      }),
    );
    expect(afterLapse.message).toBe("correctionNotPending");
  });

  it("refuses an empty answer, a disguised program and control characters next to their fields, storing nothing", async () => {
    const request = await waitingForCorrection();
    const empty = await appError(
      submitOnlineCorrection({
        requestId: request.id,
        input: { text: "   " },
        files: [],
        now: chinaNoon("2026-11-10"),
      }),
    );
    expect(empty).toMatchObject({ code: "VALIDATION", fieldErrors: { text: ["correctionEmpty"] } });

    const program = await appError(
      submitOnlineCorrection({
        requestId: request.id,
        input: { text: "见附件" },
        files: [{ bytes: exe(), fileName: "补正.pdf" }],
        now: chinaNoon("2026-11-10"),
      }),
    );
    expect(program.fieldErrors?.files).toEqual(["attachmentTypeRefused"]);

    const nul = await appError(
      submitOnlineCorrection({
        requestId: request.id,
        input: { text: "年份\u0000" },
        files: [],
        now: chinaNoon("2026-11-10"),
      }),
    );
    expect(nul.fieldErrors?.text).toEqual(["controlCharacters"]);

    expect(await db.requestEvent.count({ where: { requestId: request.id, kind: "CORRECTION_RECEIVED" } })).toBe(0);
    expect(await db.requestFile.count({ where: { requestId: request.id } })).toBe(0);
    expect((await stored(request.id)).state).toBe("WAITING_FOR_APPLICANT");
  });

  it("a refused date is audited like any refused clock step (an answer before the notice)", async () => {
    const request = await waitingForCorrection();
    // The clock refuses a step dated before the notice it answers; the attempt stays on record.
    const early = await appError(
      submitOnlineCorrection({
        requestId: request.id,
        input: { text: "补充" },
        files: [],
        now: chinaNoon("2026-11-03"),
      }),
    );
    expect(early.code).toBe("VALIDATION");
    expect(await db.auditEvent.count({ where: { type: "request.event_refused", entityId: request.id } })).toBe(1);
  });
});

describe("correctionPending", () => {
  it.each([
    [[], false],
    [["RECEIVED"], false],
    [["RECEIVED", "CORRECTION_NOTICE"], true],
    [["RECEIVED", "CORRECTION_NOTICE", "CORRECTION_RECEIVED"], false],
    [["RECEIVED", "CORRECTION_NOTICE", "CORRECTION_LAPSED"], false],
    [["RECEIVED", "CORRECTION_NOTICE", "CORRECTION_RECEIVED", "CORRECTION_NOTICE"], true],
  ])("%j → %s", (kinds, pending) => {
    expect(correctionPending(kinds.map((kind) => ({ kind })))).toBe(pending);
  });
});
