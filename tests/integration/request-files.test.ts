// Files of information requests: the applicant's attachments are stored with their request in one
// transaction (or neither is), judged by content (a renamed web page is refused), at most 5 and within the
// size limit; the tracking page serves only released files and reply letters of a sent reply, of that request.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { rm } from "node:fs/promises";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { readAttachmentBytes } from "@/lib/attachments/ingest-attachment";
import type { AttachmentStorage } from "@/lib/attachments/storage";
import type { CurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors/app-error";
import { addRequestFiles, ingestRequestFiles, submitOnlineRequestWithFiles } from "@/lib/requests/request-files";
import { findTrackedFile, findTrackedRequest, lookUpTrackedRequest } from "@/lib/requests/tracking-session";
import { chinesePdf, exe, html, jpeg, png } from "../fixtures/attachments/build-fixtures";
import { DEMO, principalFor, seedDemo, type DemoAgencyIds } from "../support/principals";
import { onlineRequestInput } from "../support/requests";

const storageDir = path.join(process.cwd(), ".data", "test-attachments", `requests-${randomBytes(4).toString("hex")}`);
vi.stubEnv("GONGKAI_STORAGE_DIR", storageDir);

let agencies: DemoAgencyIds;
let staff: CurrentUser;

beforeEach(async () => {
  agencies = await seedDemo();
  staff = await principalFor(DEMO.commerceStaff);
  vi.unstubAllEnvs();
  vi.stubEnv("GONGKAI_STORAGE_DIR", storageDir);
});

afterAll(async () => {
  await rm(storageDir, { recursive: true, force: true });
});

const fail = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: AppError) => e,
  );
const idScan = () => ({ bytes: jpeg(), fileName: "身份证正面.jpg" });

describe("applicant attachments (网络申请)", () => {
  it("stores the files with their request, typed by content", async () => {
    const request = await submitOnlineRequestWithFiles({
      input: onlineRequestInput(agencies.commerce),
      files: [idScan(), { bytes: chinesePdf(["授权委托书"]), fileName: "委托书" }],
    });
    const files = await db.requestFile.findMany({ where: { requestId: request.id }, orderBy: { fileName: "asc" } });
    expect(files.map((f) => [f.kind, f.contentType])).toEqual(
      expect.arrayContaining([
        ["APPLICANT_UPLOAD", "image/jpeg"],
        ["APPLICANT_UPLOAD", "application/pdf"],
      ]),
    );
    expect(files.find((f) => f.contentType === "application/pdf")?.fileName).toBe("委托书");
    expect(
      (await readAttachmentBytes(files.find((f) => f.contentType === "image/jpeg")!.storageKey)).equals(jpeg()),
    ).toBe(true);
    expect(request.trackingCode).toMatch(/^[2-9A-Z]{4}(-[2-9A-Z]{4}){3}$/);
    expect(await db.outboxEmail.count({ where: { toAddress: "zhangsan@example.com" } })).toBe(1);
  });

  it("accepts a request without files", async () => {
    const request = await submitOnlineRequestWithFiles({ input: onlineRequestInput(agencies.commerce), files: [] });
    expect(await db.requestFile.count({ where: { requestId: request.id } })).toBe(0);
  });

  it.each([
    ["an HTML page named .jpg", html(), "身份证.jpg"],
    ["a program named .pdf", exe(), "申请书.pdf"],
  ])("refuses %s, and stores no request", async (_what, bytes, fileName) => {
    const error = await fail(
      submitOnlineRequestWithFiles({
        input: onlineRequestInput(agencies.commerce),
        files: [idScan(), { bytes, fileName }],
      }),
    );
    expect(error).toBeInstanceOf(AppError);
    expect(error?.fieldErrors?.files).toEqual(["attachmentTypeRefused"]);
    expect(error?.params).toMatchObject({ fileName });
    expect(await db.infoRequest.count()).toBe(0);
    expect(await db.requestFile.count()).toBe(0);
  });

  it("refuses more than 5 files", async () => {
    const files = Array.from({ length: 6 }, (_, i) => ({ bytes: png(), fileName: `第${i + 1}页.png` }));
    const error = await fail(submitOnlineRequestWithFiles({ input: onlineRequestInput(agencies.commerce), files }));
    expect(error?.fieldErrors?.files).toEqual(["attachmentsTooMany"]);
    expect(error?.params).toMatchObject({ max: 5 });
    expect(await db.infoRequest.count()).toBe(0);
    // Five is fine.
    await submitOnlineRequestWithFiles({ input: onlineRequestInput(agencies.commerce), files: files.slice(0, 5) });
    expect(await db.requestFile.count()).toBe(5);
  });

  it("refuses a file, or files together, larger than the limit", async () => {
    vi.stubEnv("GONGKAI_ATTACHMENT_MAX_MB", "0.001"); // 1048 bytes
    const big = { bytes: Buffer.concat([chinesePdf(["政府信息"]), Buffer.alloc(2000, 0x20)]), fileName: "大.pdf" };
    const one = await fail(
      submitOnlineRequestWithFiles({ input: onlineRequestInput(agencies.commerce), files: [big] }),
    );
    expect(one?.fieldErrors?.files).toEqual(["attachmentsTooLargeTogether"]);
    const small = { bytes: Buffer.concat([png(), Buffer.alloc(400)]), fileName: "小.png" };
    const together = await fail(
      submitOnlineRequestWithFiles({ input: onlineRequestInput(agencies.commerce), files: [small, small, small] }),
    );
    expect(together?.fieldErrors?.files).toEqual(["attachmentsTooLargeTogether"]);
    expect(together?.params).toMatchObject({ maxMb: 0.001 });
    expect(await db.infoRequest.count()).toBe(0);
  });

  it("reports the form's and the files' errors together, keeping nothing", async () => {
    const error = await fail(
      submitOnlineRequestWithFiles({
        input: onlineRequestInput(agencies.commerce, { idNumber: "110105194912310021" }),
        files: [{ bytes: html(), fileName: "a.png" }],
      }),
    );
    expect(error?.fieldErrors).toMatchObject({ idNumber: ["residentIdCheckDigit"], files: ["attachmentTypeRefused"] });
    expect(await db.infoRequest.count()).toBe(0);
  });

  it("stores no request when storing a file fails (all or nothing)", async () => {
    let puts = 0;
    const failing: AttachmentStorage = {
      put: async () => {
        if (++puts === 2) throw new Error("disk full");
      },
      get: async () => Buffer.alloc(0),
      delete: async () => {},
      exists: async () => false,
    };
    await expect(
      submitOnlineRequestWithFiles({
        input: onlineRequestInput(agencies.commerce),
        files: [idScan(), { bytes: png(), fileName: "b.png" }],
        storage: failing,
      }),
    ).rejects.toThrow("disk full");
    expect(await db.infoRequest.count()).toBe(0);
    expect(await db.requestFile.count()).toBe(0);
  });

  it("writes no file rows when the request's transaction fails, and no request when the files' rows fail", async () => {
    const stored = await ingestRequestFiles([idScan()]);
    const request = await submitOnlineRequestWithFiles({ input: onlineRequestInput(agencies.commerce), files: [] });
    await expect(
      db.$transaction(async (tx) => {
        await addRequestFiles(tx, request.id, "SCAN", stored);
        throw new Error("later step failed");
      }),
    ).rejects.toThrow("later step failed");
    expect(await db.requestFile.count()).toBe(0);
    // A file row pointing at no request fails the transaction as a whole.
    await expect(
      db.$transaction(async (tx) => {
        await tx.infoRequest.update({ where: { id: request.id }, data: { purpose: "changed" } });
        await addRequestFiles(tx, "01966b1e-7c1a-7b3e-9d2f-0a1b2c3d4e5f", "SCAN", stored);
      }),
    ).rejects.toThrow();
    expect((await db.infoRequest.findUniqueOrThrow({ where: { id: request.id } })).purpose).toBe("");
  });

  it("refuses an unknown or inactive agency", async () => {
    await db.agency.update({ where: { id: agencies.finance }, data: { active: false } });
    const error = await fail(
      submitOnlineRequestWithFiles({ input: onlineRequestInput(agencies.finance), files: [idScan()] }),
    );
    expect(error?.code).toBe("NOT_FOUND");
    expect(await db.requestFile.count()).toBe(0);
  });
});

describe("the tracking page's files", () => {
  async function repliedRequest() {
    const request = await submitOnlineRequestWithFiles({
      input: onlineRequestInput(agencies.commerce),
      files: [idScan()],
    });
    const [released, letter, draftFile] = await ingestRequestFiles([
      { bytes: chinesePdf(["检查记录"]), fileName: "检查记录.pdf" },
      { bytes: chinesePdf(["答复书"]), fileName: "答复书.pdf" },
      { bytes: png(), fileName: "草稿附件.png" },
    ]);
    const reply = (status: "SENT" | "DRAFT") =>
      db.requestReply.create({
        data: {
          requestId: request.id,
          status,
          outcome: "GRANTED",
          legalGround: "条例第三十六条第一项",
          letterMarkdown: "予以公开",
          letterHtml: "<p>予以公开</p>",
          drafterId: staff.id,
          sentOn: status === "SENT" ? new Date("2026-03-02") : null,
        },
      });
    const [sent, draft] = [await reply("SENT"), await reply("DRAFT")];
    const files = await db.$transaction(async (tx) => ({
      released: (await addRequestFiles(tx, request.id, "RELEASED", [released], { replyId: sent.id }))[0],
      letter: (await addRequestFiles(tx, request.id, "REPLY_LETTER", [letter], { replyId: sent.id }))[0],
      draft: (await addRequestFiles(tx, request.id, "RELEASED", [draftFile], { replyId: draft.id }))[0],
    }));
    const upload = await db.requestFile.findFirstOrThrow({
      where: { requestId: request.id, kind: "APPLICANT_UPLOAD" },
    });
    return { request, files, upload };
  }

  it("serves released documents and the letter of a sent reply, only within their own request", async () => {
    const { request, files, upload } = await repliedRequest();
    expect(await findTrackedFile(request.id, files.released.id)).toMatchObject({ fileName: "检查记录.pdf" });
    expect(await findTrackedFile(request.id, files.letter.id)).toMatchObject({ fileName: "答复书.pdf" });
    expect(await findTrackedFile(request.id, files.draft.id), "a draft reply's file").toBeNull();
    expect(await findTrackedFile(request.id, upload.id), "the applicant's own upload").toBeNull();
    const other = await submitOnlineRequestWithFiles({
      input: onlineRequestInput(agencies.commerce, { phone: "13900139000" }),
      files: [],
    });
    expect(await findTrackedFile(other.id, files.released.id), "another request's session").toBeNull();
    expect(await findTrackedFile(request.id, "not-an-id")).toBeNull();
  });

  it("looks a request up by code and last four phone digits, with one answer for either mistake, and throttles", async () => {
    const { request } = await repliedRequest();
    expect(
      await lookUpTrackedRequest({
        input: { trackingCode: request.trackingCode.toLowerCase(), phoneLastFour: "8000" },
        clientIp: "198.51.100.7",
      }),
    ).toMatchObject({ requestId: request.id });
    const wrongDigits = await fail(
      lookUpTrackedRequest({
        input: { trackingCode: request.trackingCode, phoneLastFour: "0000" },
        clientIp: "198.51.100.7",
      }),
    );
    const wrongCode = await fail(
      lookUpTrackedRequest({
        input: { trackingCode: "2222-3333-4444-5555", phoneLastFour: "8000" },
        clientIp: "198.51.100.7",
      }),
    );
    expect([wrongDigits?.code, wrongDigits?.message]).toEqual(["NOT_FOUND", "trackingNotFound"]);
    expect([wrongCode?.code, wrongCode?.message]).toEqual(["NOT_FOUND", "trackingNotFound"]);
    for (let i = 0; i < 8; i++)
      await fail(
        lookUpTrackedRequest({
          input: { trackingCode: request.trackingCode, phoneLastFour: "0000" },
          clientIp: "198.51.100.7",
        }),
      );
    const throttled = await fail(
      lookUpTrackedRequest({
        input: { trackingCode: request.trackingCode, phoneLastFour: "8000" },
        clientIp: "198.51.100.7",
      }),
    );
    expect(throttled?.code).toBe("THROTTLED");
    expect(throttled?.params?.minutes).toBeGreaterThan(0);
    // Another address is not held back.
    expect(
      await lookUpTrackedRequest({
        input: { trackingCode: request.trackingCode, phoneLastFour: "8000" },
        clientIp: "198.51.100.8",
      }),
    ).toMatchObject({ requestId: request.id });
  });

  it("shows the applicant's view without personal data or internal events", async () => {
    const { request } = await repliedRequest();
    await db.requestEvent.create({
      data: {
        requestId: request.id,
        kind: "CONSULTATION_STARTED",
        on: new Date("2026-03-03"),
        data: { party: "THIRD_PARTY", with: "某某公司" },
        public: false,
      },
    });
    const view = await findTrackedRequest(request.id);
    expect(view?.trackingCode).toBe(request.trackingCode);
    expect(view?.replies).toHaveLength(1);
    const json = JSON.stringify(view);
    for (const secret of ["13800138000", "11010519491231002X", "张三", "某某公司", "草稿附件"])
      expect(json).not.toContain(secret);
    expect(await findTrackedRequest("01966b1e-7c1a-7b3e-9d2f-0a1b2c3d4e5f")).toBeNull();
  });
});
