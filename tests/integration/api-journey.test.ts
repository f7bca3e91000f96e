// Issue 13's journey for requests, through the API alone (route handlers called with Request objects, tokens
// of the demo users): a citizen's app submits by agency code; staff register a paper request by code with the
// applicant's documents, ask for 补正 and record it, reply 予以公开 with a released file uploaded through the
// API, submit; a leader who did not draft it approves; staff send and download the letter as PDF for the
// archive. The same steps are refused for the wrong roles and agencies (another agency's ids are 404).
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { ApiErrorBody } from "@/lib/api/respond";
import { createToken } from "@/lib/api/tokens";
import { addDays, chinaToday } from "@/lib/calendar/calendar-date";
import { DEMO_COMMERCE_CODE, DEMO_FINANCE_CODE } from "@/lib/demo/seed-demo-data";
import { GET as agenciesRoute } from "@/app/api/v1/agencies/route";
import { POST as submitRoute } from "@/app/api/v1/requests/route";
import { GET as listRoute, POST as registerRoute } from "@/app/api/v1/console/requests/route";
import { GET as getRoute } from "@/app/api/v1/console/requests/[id]/route";
import { POST as eventsRoute } from "@/app/api/v1/console/requests/[id]/events/route";
import { GET as filesRoute, POST as uploadFilesRoute } from "@/app/api/v1/console/requests/[id]/files/route";
import { GET as fileRoute } from "@/app/api/v1/console/requests/[id]/files/[fileId]/route";
import { POST as draftRoute } from "@/app/api/v1/console/requests/[id]/replies/route";
import { POST as submitReplyRoute } from "@/app/api/v1/console/requests/[id]/replies/[replyId]/submit/route";
import { POST as approveReplyRoute } from "@/app/api/v1/console/requests/[id]/replies/[replyId]/approve/route";
import { POST as sendReplyRoute } from "@/app/api/v1/console/requests/[id]/replies/[replyId]/send/route";
import {
  GET as replyFilesRoute,
  POST as replyFileRoute,
} from "@/app/api/v1/console/requests/[id]/replies/[replyId]/files/route";
import {
  DELETE as removeReplyFileRoute,
  GET as replyFileDownloadRoute,
} from "@/app/api/v1/console/requests/[id]/replies/[replyId]/files/[fileId]/route";
import { GET as pdfRoute } from "@/app/api/v1/console/requests/[id]/replies/[replyId]/pdf/route";
import { GET as appealsRoute } from "@/app/api/v1/console/appeals/route";
import { chinesePdf, latinPdf } from "../fixtures/attachments/build-fixtures";
import { DEMO, principalFor, seedDemo, type DemoAgencyIds } from "../support/principals";
import { onlineRequestInput } from "../support/requests";

let agencies: DemoAgencyIds;
let staff: CurrentUser, leader: CurrentUser, financeStaff: CurrentUser;
let staffToken: string, leaderToken: string, financeToken: string;

beforeEach(async () => {
  agencies = await seedDemo();
  [staff, leader, financeStaff] = await Promise.all(
    [DEMO.commerceStaff, DEMO.commerceLeader, DEMO.financeStaff].map(principalFor),
  );
  [staffToken, leaderToken, financeToken] = await Promise.all(
    [staff, leader, financeStaff].map(async (actor) => (await createToken({ actor, name: "对接" })).secret),
  );
});

const BASE = "http://localhost:3000";
type Init = { method?: string; body?: unknown; token?: string; headers?: Record<string, string>; form?: FormData };
function req(path: string, init: Init = {}) {
  const headers: Record<string, string> = { ...init.headers };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.body !== undefined) headers["content-type"] = "application/json";
  return new Request(`${BASE}${path}`, {
    method: init.method ?? (init.body !== undefined || init.form ? "POST" : "GET"),
    headers,
    body: init.form ?? (init.body !== undefined ? JSON.stringify(init.body) : undefined),
  });
}
const params = <T extends Record<string, string>>(p: T) => ({ params: Promise.resolve(p) });
const body = async <T = Record<string, unknown>>(response: Response): Promise<T> => (await response.json()) as T;
const errorOf = async (response: Response) => (await body<ApiErrorBody>(response)).error;
const formWith = (...files: File[]) => {
  const form = new FormData();
  for (const file of files) form.append("file", file);
  return form;
};
const pdfFile = (name: string, lines = ["检查记录"]) =>
  new File([new Uint8Array(chinesePdf(lines))], name, { type: "application/pdf" });

/** A paper request registered by staff through the API, by agency code; its id and tracking code. */
async function registerByCode(token: string, overrides: Record<string, unknown> = {}) {
  const { agencyId: _id, ...input } = onlineRequestInput("");
  return registerRoute(
    req("/api/v1/console/requests", {
      token,
      body: {
        ...input,
        agencyCode: DEMO_COMMERCE_CODE,
        channel: "IN_PERSON",
        receiptBasis: "HANDED_IN",
        receivedOn: chinaToday(),
        ...overrides,
      },
    }),
  );
}

describe("agency references by code", () => {
  it("lists each agency with its id and code, and takes either in a submission", async () => {
    const listed = await body<{ agencies: { id: string; code: string }[] }>(
      await agenciesRoute(req("/api/v1/agencies"), undefined as never),
    );
    const commerce = listed.agencies.find((a) => a.code === DEMO_COMMERCE_CODE);
    expect(commerce?.id).toBe(agencies.commerce);

    const { agencyId: _id, ...input } = onlineRequestInput("");
    const byCode = await submitRoute(req("/api/v1/requests", { body: { ...input, agencyCode: DEMO_COMMERCE_CODE } }));
    expect(byCode.status).toBe(201);
    const both = await submitRoute(
      req("/api/v1/requests", { body: { ...input, agencyCode: DEMO_COMMERCE_CODE, agencyId: agencies.commerce } }),
    );
    expect(both.status).toBe(201);
    expect(await db.infoRequest.count({ where: { agencyId: agencies.commerce } })).toBe(2);

    // Disagreeing, unknown or malformed: a field error on agencyCode, in the language asked for; nothing stored.
    const mismatch = await submitRoute(
      req("/api/v1/requests", { body: { ...input, agencyCode: DEMO_COMMERCE_CODE, agencyId: agencies.finance } }),
    );
    expect(mismatch.status).toBe(422);
    expect((await errorOf(mismatch)).fields?.agencyCode[0]).toEqual({
      code: "agencyReferenceMismatch",
      message: expect.stringContaining("机关代码与机关 ID 指向不同的机关"),
    });
    for (const agencyCode of ["999999999", "../x", 42]) {
      const unknown = await submitRoute(req("/api/v1/requests?lang=en", { body: { ...input, agencyCode } }));
      expect(unknown.status).toBe(422);
      const field = (await errorOf(unknown)).fields?.agencyCode[0];
      expect(field?.code).toBe("unknownAgencyCode");
      expect(field?.message).toMatch(/^No agency has this code/);
    }
    // An inactive agency takes no requests from the public.
    await db.agency.update({ where: { code: DEMO_FINANCE_CODE }, data: { active: false } });
    const inactive = await submitRoute(req("/api/v1/requests", { body: { ...input, agencyCode: DEMO_FINANCE_CODE } }));
    expect(inactive.status).toBe(422);
    expect(await db.infoRequest.count()).toBe(2);
  });

  it("filters the staff lists by code, within the user's agencies", async () => {
    expect((await registerByCode(staffToken)).status).toBe(201);
    const own = await body<{ items: unknown[] }>(
      await listRoute(req(`/api/v1/console/requests?agencyCode=${DEMO_COMMERCE_CODE}`, { token: staffToken })),
    );
    expect(own.items).toHaveLength(1);
    const foreign = await body<{ items: unknown[] }>(
      await listRoute(req(`/api/v1/console/requests?agencyCode=${DEMO_COMMERCE_CODE}`, { token: financeToken })),
    );
    expect(foreign.items).toEqual([]);
    const unknown = await listRoute(req("/api/v1/console/requests?agencyCode=nope", { token: staffToken }));
    expect(unknown.status).toBe(422);
    const appeals = await appealsRoute(
      req(`/api/v1/console/appeals?agencyCode=${DEMO_COMMERCE_CODE}`, { token: staffToken }),
    );
    expect(appeals.status).toBe(200);
    // Registering for another agency by its code: 404, as by its id.
    expect((await registerByCode(financeToken)).status).toBe(404);
  });
});

describe("a request from submission to the archived letter, through the API alone", () => {
  it("submit by code, register with documents, 补正, 予以公开 with a released file, approve, send, PDF", async () => {
    const today = chinaToday();
    // 1. A citizen's app submits by agency code; staff find it in their list.
    const { agencyId: _id, ...input } = onlineRequestInput("");
    const receipt = await body<{ trackingCode: string }>(
      await submitRoute(req("/api/v1/requests", { body: { ...input, agencyCode: DEMO_COMMERCE_CODE } })),
    );
    const page = await body<{ items: { trackingCode: string }[] }>(
      await listRoute(req(`/api/v1/console/requests?agencyCode=${DEMO_COMMERCE_CODE}`, { token: staffToken })),
    );
    expect(page.items.map((i) => i.trackingCode)).toContain(receipt.trackingCode);

    // 2. A paper request registered by code, then the applicant's documents uploaded (checked like the console's).
    const registered = await registerByCode(staffToken);
    expect(registered.status).toBe(201);
    const { id } = await body<{ id: string }>(registered);
    const requestParams = params({ id });
    const filesPath = `/api/v1/console/requests/${id}/files`;
    const renamedPage = new File(["<html><script>alert(1)</script></html>"], "身份证.pdf", { type: "application/pdf" });
    const refused = await uploadFilesRoute(
      req(filesPath, { token: staffToken, form: formWith(renamedPage) }),
      requestParams,
    );
    expect(refused.status).toBe(422);
    expect((await errorOf(refused)).fields?.files[0].code).toBe("attachmentTypeRefused");
    const tooMany = await uploadFilesRoute(
      req(filesPath, {
        token: staffToken,
        form: formWith(...Array.from({ length: 6 }, (_, i) => pdfFile(`${i}.pdf`))),
      }),
      requestParams,
    );
    expect((await errorOf(tooMany)).fields?.files[0].code).toBe("attachmentsTooMany");
    const notAForm = await uploadFilesRoute(req(filesPath, { token: staffToken, body: { file: "x" } }), requestParams);
    expect((await errorOf(notAForm)).fields?.file[0].code).toBe("multipartFileRequired");
    expect(
      (await uploadFilesRoute(req(filesPath, { token: financeToken, form: formWith(pdfFile("a.pdf")) }), requestParams))
        .status,
    ).toBe(404);
    expect(
      (await uploadFilesRoute(req(filesPath, { token: leaderToken, form: formWith(pdfFile("a.pdf")) }), requestParams))
        .status,
    ).toBe(403);
    const uploaded = await uploadFilesRoute(
      req(filesPath, {
        token: staffToken,
        form: formWith(pdfFile("身份证复印件.pdf", ["身份证"]), new File([new Uint8Array(latinPdf())], "letter.pdf")),
      }),
      requestParams,
    );
    expect(uploaded.status).toBe(201);
    const { files } = await body<{ files: { id: string; kind: string; fileName: string; download: string }[] }>(
      uploaded,
    );
    expect(files.map((f) => [f.kind, f.fileName])).toEqual([
      ["SCAN", "身份证复印件.pdf"],
      ["SCAN", "letter.pdf"],
    ]);
    const listed = await body<{ files: { id: string }[] }>(
      await filesRoute(req(filesPath, { token: staffToken }), requestParams),
    );
    expect(listed.files.map((f) => f.id)).toEqual(files.map((f) => f.id));
    expect((await filesRoute(req(filesPath, { token: financeToken }), requestParams)).status).toBe(404);
    const download = await fileRoute(
      req(files[0].download, { token: leaderToken }),
      params({ id, fileId: files[0].id }),
    );
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect(download.headers.get("content-disposition")).toContain(encodeURIComponent("身份证复印件.pdf"));
    expect(
      Buffer.from(await download.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    expect(
      await db.auditEvent.count({ where: { type: "request.file_downloaded", actorId: leader.id, entityId: id } }),
    ).toBe(1);
    expect(
      (await fileRoute(req(files[0].download, { token: financeToken }), params({ id, fileId: files[0].id }))).status,
    ).toBe(404);

    // 3. 补正: the notice, then the corrected request received.
    const notice = await eventsRoute(
      req(`/api/v1/console/requests/${id}/events`, {
        token: staffToken,
        body: {
          kind: "CORRECTION_NOTICE",
          on: today,
          applicantDeadline: addDays(today, 30),
          corrections: "请写明所需信息的年份和文件名称。",
        },
      }),
      requestParams,
    );
    expect(notice.status).toBe(201);
    expect(await body(notice)).toMatchObject({ state: "WAITING_FOR_APPLICANT" });
    const corrected = await eventsRoute(
      req(`/api/v1/console/requests/${id}/events`, {
        token: staffToken,
        body: { kind: "CORRECTION_RECEIVED", on: today },
      }),
      requestParams,
    );
    expect(await body(corrected)).toMatchObject({ state: "OPEN" });

    // 4. 予以公开 by files: without its file, the refusal says why (reason + sentence, not the generic conflict).
    const repliesPath = `/api/v1/console/requests/${id}/replies`;
    const drafted = await draftRoute(
      req(repliesPath, { token: staffToken, body: { outcome: "GRANTED" } }),
      requestParams,
    );
    expect(drafted.status).toBe(201);
    const reply = await body<{ id: string }>(drafted);
    const ids = params({ id, replyId: reply.id });
    const replyPath = `${repliesPath}/${reply.id}`;
    const withoutFile = await submitReplyRoute(req(`${replyPath}/submit`, { token: staffToken, method: "POST" }), ids);
    const withoutFileError = await errorOf(withoutFile);
    expect(withoutFileError.reason).toBe("replies.releasedFileRequired");
    expect(withoutFileError.message).not.toContain("内容与已有记录冲突");
    const englishError = await errorOf(
      await submitReplyRoute(req(`${replyPath}/submit?lang=en`, { token: staffToken, method: "POST" }), ids),
    );
    expect(englishError).toMatchObject({ reason: "replies.releasedFileRequired" });
    expect(englishError.message).not.toMatch(/[\u4e00-\u9fff]/);

    const filesOfReply = `${replyPath}/files`;
    expect(
      (await replyFileRoute(req(filesOfReply, { token: financeToken, form: formWith(pdfFile("x.pdf")) }), ids)).status,
    ).toBe(404);
    expect(
      (await replyFileRoute(req(filesOfReply, { token: leaderToken, form: formWith(pdfFile("x.pdf")) }), ids)).status,
    ).toBe(403);
    expect(
      (
        await replyFileRoute(
          req(filesOfReply, { token: staffToken, form: formWith(pdfFile("a.pdf"), pdfFile("b.pdf")) }),
          ids,
        )
      ).status,
    ).toBe(422);
    const extra = await body<{ id: string }>(
      await replyFileRoute(req(filesOfReply, { token: staffToken, form: formWith(pdfFile("多余.pdf")) }), ids),
    );
    expect(
      (
        await removeReplyFileRoute(
          req(`${filesOfReply}/${extra.id}`, { token: staffToken, method: "DELETE" }),
          params({ id, replyId: reply.id, fileId: extra.id }),
        )
      ).status,
    ).toBe(204);
    const attached = await replyFileRoute(
      req(filesOfReply, { token: staffToken, form: formWith(pdfFile("2017年安全生产检查记录.pdf")) }),
      ids,
    );
    expect(attached.status).toBe(201);
    const released = await body<{ id: string; kind: string; replyId: string }>(attached);
    expect(released).toMatchObject({ kind: "RELEASED", replyId: reply.id });
    const replyFiles = await body<{ files: { id: string }[] }>(
      await replyFilesRoute(req(filesOfReply, { token: leaderToken }), ids),
    );
    expect(replyFiles.files.map((f) => f.id)).toEqual([released.id]);

    // 5. Submit; the drafter cannot approve their own reply, another agency cannot see it, the leader approves.
    expect(
      (await submitReplyRoute(req(`${replyPath}/submit`, { token: staffToken, method: "POST" }), ids)).status,
    ).toBe(200);
    const selfApproval = await approveReplyRoute(
      req(`${replyPath}/approve`, { token: staffToken, method: "POST" }),
      ids,
    );
    expect(selfApproval.status).toBe(403);
    expect(
      (await approveReplyRoute(req(`${replyPath}/approve`, { token: financeToken, method: "POST" }), ids)).status,
    ).toBe(404);
    const approved = await approveReplyRoute(req(`${replyPath}/approve`, { token: leaderToken, method: "POST" }), ids);
    expect(approved.status).toBe(200);
    const { letterNumber } = await body<{ letterNumber: string }>(approved);
    expect(letterNumber).toMatch(/^元商务依申〔\d{4}〕\d+号$/);

    // 6. Send (not by the leader's token: sending is the 经办人's step), then the request is concluded.
    expect(
      (await sendReplyRoute(req(`${replyPath}/send`, { token: financeToken, body: { sentOn: today } }), ids)).status,
    ).toBe(404);
    const sent = await sendReplyRoute(req(`${replyPath}/send`, { token: staffToken, body: { sentOn: today } }), ids);
    expect(sent.status).toBe(200);
    expect(await body(sent)).toMatchObject({ sentOn: today, state: "CLOSED" });
    expect(
      await body(await getRoute(req(`/api/v1/console/requests/${id}`, { token: staffToken }), requestParams)),
    ).toMatchObject({ state: "CLOSED", outcome: "GRANTED" });

    // 7. The letter as PDF for the archive, and the released file, both audited downloads.
    const pdf = await pdfRoute(req(`${replyPath}/pdf`, { token: leaderToken }), ids);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const disposition = pdf.headers.get("content-disposition") ?? "";
    expect(disposition).toMatch(/^inline; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("''")[1])).toContain(letterNumber);
    expect(decodeURIComponent(disposition)).not.toContain("草稿");
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    expect(
      await db.auditEvent.count({ where: { type: "request.reply_pdf_downloaded", actorId: leader.id, entityId: id } }),
    ).toBe(1);
    const foreignPdf = await pdfRoute(req(`${replyPath}/pdf`, { token: financeToken }), ids);
    expect(foreignPdf.status).toBe(404);
    expect((await errorOf(foreignPdf)).code).toBe("NOT_FOUND");
    expect((await pdfRoute(req(`${replyPath}/pdf`), ids)).status).toBe(401);

    const releasedDownload = await replyFileDownloadRoute(
      req(`${filesOfReply}/${released.id}`, { token: staffToken }),
      params({ id, replyId: reply.id, fileId: released.id }),
    );
    expect(releasedDownload.status).toBe(200);
    expect(releasedDownload.headers.get("content-disposition")).toContain(
      encodeURIComponent("2017年安全生产检查记录.pdf"),
    );
    expect(await db.auditEvent.count({ where: { type: "request.reply_file_downloaded", entityId: id } })).toBe(1);
    // The removed file is gone; a file of the request is not a file of the reply.
    for (const fileId of [extra.id, files[0].id])
      expect(
        (
          await replyFileDownloadRoute(
            req(`${filesOfReply}/${fileId}`, { token: staffToken }),
            params({ id, replyId: reply.id, fileId }),
          )
        ).status,
      ).toBe(404);
    // Sent: no more files on the reply.
    const late = await replyFileRoute(
      req(filesOfReply, { token: staffToken, form: formWith(pdfFile("晚了.pdf")) }),
      ids,
    );
    expect(late.status).toBe(409);
    expect((await errorOf(late)).reason).toBe("replies.replyNotEditable");
  });
});

describe("uploads beyond the limits", () => {
  it("refuses a body larger than the attachment limit before reading it (413), and a draft's PDF says 草稿", async () => {
    const { id } = await body<{ id: string }>(await registerByCode(staffToken));
    const big = new Request(`${BASE}/api/v1/console/requests/${id}/files`, {
      method: "POST",
      headers: { authorization: `Bearer ${staffToken}`, "content-length": String(10 * 1024 ** 3) },
      body: formWith(pdfFile("a.pdf")),
    });
    const refused = await uploadFilesRoute(big, params({ id }));
    expect(refused.status).toBe(413);
    expect((await errorOf(refused)).code).toBe("PAYLOAD_TOO_LARGE");
    expect(await db.requestFile.count()).toBe(0);

    const reply = await body<{ id: string }>(
      await draftRoute(
        req(`/api/v1/console/requests/${id}/replies`, { token: staffToken, body: { outcome: "GRANTED" } }),
        params({ id }),
      ),
    );
    const pdf = await pdfRoute(
      req(`/api/v1/console/requests/${id}/replies/${reply.id}/pdf`, { token: staffToken }),
      params({ id, replyId: reply.id }),
    );
    expect(pdf.status).toBe(200);
    expect(decodeURIComponent(pdf.headers.get("content-disposition") ?? "")).toContain("草稿");
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { type: "request.reply_pdf_downloaded", entityId: id },
    });
    expect(audit.payload).toMatchObject({ draft: true });
  });
});
