// The JSON API, through its route handlers (exported GET/POST called with Request objects): public
// submission and tracking, token-authenticated console endpoints with the user's agency scope, and the
// one error format (401, 404, 422 with fields, 400 for invalid JSON — never a 500 for bad input).
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { ApiErrorBody } from "@/lib/api/respond";
import { createToken, revokeToken } from "@/lib/api/tokens";
import { registerRequest } from "@/lib/requests/register-request";
import { setUserActive } from "@/lib/users/set-user-active";
import { POST as submitRoute, OPTIONS as submitOptions } from "@/app/api/v1/requests/route";
import { GET as trackRoute } from "@/app/api/v1/requests/[trackingCode]/route";
import { GET as listRoute, POST as registerRoute } from "@/app/api/v1/console/requests/route";
import { GET as getRoute } from "@/app/api/v1/console/requests/[id]/route";
import { POST as eventsRoute } from "@/app/api/v1/console/requests/[id]/events/route";
import { POST as draftRoute } from "@/app/api/v1/console/requests/[id]/replies/route";
import { POST as submitReplyRoute } from "@/app/api/v1/console/requests/[id]/replies/[replyId]/submit/route";
import { POST as approveReplyRoute } from "@/app/api/v1/console/requests/[id]/replies/[replyId]/approve/route";
import { PUT as updateReplyRoute } from "@/app/api/v1/console/requests/[id]/replies/[replyId]/route";
import { POST as sendReplyRoute } from "@/app/api/v1/console/requests/[id]/replies/[replyId]/send/route";
import { POST as replyFileRoute } from "@/app/api/v1/console/requests/[id]/replies/[replyId]/files/route";
import { chinesePdf } from "../fixtures/attachments/build-fixtures";
import { GET as openApiRoute } from "@/app/api/v1/openapi.json/route";
import { DEMO, principalFor, seedDemo, type DemoAgencyIds } from "../support/principals";
import { onlineRequestInput } from "../support/requests";

let agencies: DemoAgencyIds;
let staff: CurrentUser, leader: CurrentUser, financeStaff: CurrentUser, commerceAdmin: CurrentUser;

beforeEach(async () => {
  agencies = await seedDemo();
  [staff, leader, financeStaff, commerceAdmin] = await Promise.all(
    [DEMO.commerceStaff, DEMO.commerceLeader, DEMO.financeStaff, DEMO.commerceAdmin].map(principalFor),
  );
});

const BASE = "http://localhost:3000";
type Init = { method?: string; body?: unknown; rawBody?: string; token?: string; headers?: Record<string, string> };
function req(path: string, init: Init = {}) {
  const headers: Record<string, string> = { ...init.headers };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.body !== undefined || init.rawBody !== undefined) headers["content-type"] = "application/json";
  return new Request(`${BASE}${path}`, {
    method: init.method ?? (init.body !== undefined || init.rawBody !== undefined ? "POST" : "GET"),
    headers,
    body: init.rawBody ?? (init.body !== undefined ? JSON.stringify(init.body) : undefined),
  });
}
const params = <T extends Record<string, string>>(p: T) => ({ params: Promise.resolve(p) });
// Route responses are JSON; a test names the shape it reads (the API's own type for errors).
const body = async <T = unknown>(response: Response): Promise<T> => (await response.json()) as T;
type Receipt = { trackingCode: string; receivedOn: string; dueOn: string };
type Page = { items: { id: string; agency: { id: string } }[]; nextCursor: string | null };
type OpenApiDoc = {
  openapi: string;
  paths: Record<string, unknown>;
  components: Record<string, Record<string, { required?: string[]; oneOf?: unknown[] }>>;
};

const registration = (agencyId: string, overrides: Record<string, unknown> = {}) => ({
  ...onlineRequestInput(agencyId),
  channel: "IN_PERSON",
  receiptBasis: "HANDED_IN",
  receivedOn: "2026-11-02",
  ...overrides,
});

describe("public API: submit and track", () => {
  it("submits a request and follows it with the tracking code and the last four phone digits", async () => {
    const submitted = await submitRoute(req("/api/v1/requests", { body: onlineRequestInput(agencies.commerce) }));
    expect(submitted.status).toBe(201);
    expect(submitted.headers.get("access-control-allow-origin")).toBe("*");
    const receipt = await body<Receipt>(submitted);
    expect(receipt).toEqual({
      trackingCode: expect.stringMatching(/^[2-9A-Z]{4}(-[2-9A-Z]{4}){3}$/),
      receivedOn: expect.any(String),
      dueOn: expect.any(String),
      dueProvisional: expect.any(Boolean),
    });
    expect(await db.outboxEmail.count({ where: { toAddress: "zhangsan@example.com" } })).toBe(1);

    const tracked = await trackRoute(
      req(`/api/v1/requests/${receipt.trackingCode}?phoneLastFour=8000`),
      params({ trackingCode: receipt.trackingCode }),
    );
    expect(tracked.status).toBe(200);
    expect(tracked.headers.get("access-control-allow-origin")).toBe("*");
    const view = await body(tracked);
    expect(view).toMatchObject({
      trackingCode: receipt.trackingCode,
      state: "OPEN",
      receivedOn: receipt.receivedOn,
      dueOn: receipt.dueOn,
      events: [{ kind: "RECEIVED", on: receipt.receivedOn }],
    });
    expect(JSON.stringify(view)).not.toContain("11010519491231002X");
    expect(JSON.stringify(view)).not.toContain("13800138000");

    const wrongDigits = await trackRoute(
      req(`/api/v1/requests/${receipt.trackingCode}?phoneLastFour=0000`),
      params({ trackingCode: receipt.trackingCode }),
    );
    const wrongCode = await trackRoute(
      req("/api/v1/requests/AAAA-BBBB-CCCC-DDDD?phoneLastFour=8000"),
      params({ trackingCode: "AAAA-BBBB-CCCC-DDDD" }),
    );
    expect([wrongDigits.status, wrongCode.status]).toEqual([404, 404]);
    expect(await body(wrongDigits)).toEqual(await body(wrongCode));
    const noDigits = await trackRoute(
      req(`/api/v1/requests/${receipt.trackingCode}`),
      params({ trackingCode: receipt.trackingCode }),
    );
    expect(noDigits.status).toBe(422);
    expect((await body<ApiErrorBody>(noDigits)).error.fields!.phoneLastFour).toBeDefined();
  });

  it("answers a CORS preflight", async () => {
    const response = await submitOptions();
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-methods")).toContain("POST");
    expect(response.headers.get("access-control-allow-headers")).toContain("Content-Type");
  });

  it("refuses invalid input with 422 and the fields concerned, in Chinese unless English is asked for", async () => {
    const response = await submitRoute(
      req("/api/v1/requests", {
        body: onlineRequestInput(agencies.commerce, { idNumber: "110105194912310021", phone: "12345" }),
      }),
    );
    expect(response.status).toBe(422);
    const { error } = await body<ApiErrorBody>(response);
    expect(error.code).toBe("VALIDATION");
    expect(error.message).toBe("提交的内容有误，请按提示修改。");
    expect(error.fields!.idNumber).toEqual([{ code: "residentIdCheckDigit", message: expect.any(String) }]);
    expect(error.fields!.phone[0].code).toBe("phone");
    expect(error.fields!.phone[0].message).toMatch(/[\u4e00-\u9fff]/);

    const english = await submitRoute(
      req("/api/v1/requests", { body: { agencyId: "nope" }, headers: { "accept-language": "en-US,en;q=0.9" } }),
    );
    const englishError = (await body<ApiErrorBody>(english)).error;
    expect(english.status).toBe(422);
    expect(englishError.message).not.toMatch(/[\u4e00-\u9fff]/);
    expect(Object.keys(englishError.fields!)).toEqual(
      expect.arrayContaining(["agencyId", "applicantName", "description"]),
    );
    // Not an object at all: still a 422, not a 500.
    expect((await submitRoute(req("/api/v1/requests", { body: [1, 2] }))).status).toBe(422);
    expect(await db.infoRequest.count()).toBe(0);
  });

  it("answers invalid JSON with 400", async () => {
    const response = await submitRoute(req("/api/v1/requests", { rawBody: "{ agencyId: " }));
    expect(response.status).toBe(400);
    expect(await body(response)).toEqual({ error: { code: "INVALID_JSON", message: "请求内容不是有效的 JSON。" } });
    expect((await submitRoute(req("/api/v1/requests", { rawBody: "" }))).status).toBe(400);
  });
});

describe("console API with personal access tokens", () => {
  it("acts as the token's user: 商务局 staff read and handle 商务局's requests; 财政局 staff get 404", async () => {
    const commerceToken = (await createToken({ actor: staff, name: "商务局对接" })).secret;
    const financeToken = (await createToken({ actor: financeStaff, name: "财政局对接" })).secret;
    const request = await registerRequest({ actor: staff, input: registration(agencies.commerce) });

    const own = await getRoute(
      req(`/api/v1/console/requests/${request.id}`, { token: commerceToken }),
      params({ id: request.id }),
    );
    expect(own.status).toBe(200);
    const detail = await body<{ clock: unknown }>(own);
    expect(detail).toMatchObject({
      id: request.id,
      trackingCode: request.trackingCode,
      receivedOn: "2026-11-02",
      dueOn: "2026-11-30",
      applicant: { name: "张三" },
    });
    expect(detail.clock).toMatchObject({
      state: "OPEN",
      dueOn: "2026-11-30",
      steps: [{ event: "RECEIVED", on: "2026-11-02" }],
    });

    const foreign = await getRoute(
      req(`/api/v1/console/requests/${request.id}`, { token: financeToken }),
      params({ id: request.id }),
    );
    expect(foreign.status).toBe(404);
    expect((await body<ApiErrorBody>(foreign)).error.code).toBe("NOT_FOUND");
    const foreignEvent = await eventsRoute(
      req(`/api/v1/console/requests/${request.id}/events`, {
        token: financeToken,
        body: { kind: "WITHDRAWN", on: "2026-11-10" },
      }),
      params({ id: request.id }),
    );
    expect(foreignEvent.status).toBe(404);
    expect((await body<Page>(await listRoute(req("/api/v1/console/requests", { token: financeToken })))).items).toEqual(
      [],
    );
    const foreignRegistration = await registerRoute(
      req("/api/v1/console/requests", { token: financeToken, body: registration(agencies.commerce) }),
    );
    expect(foreignRegistration.status).toBe(404);
    expect(await db.infoRequest.count()).toBe(1);

    // The same use case and rules as the console: a consultation pauses the clock.
    const event = await eventsRoute(
      req(`/api/v1/console/requests/${request.id}/events`, {
        token: commerceToken,
        body: { kind: "CONSULTATION_STARTED", on: "2026-11-09", party: "THIRD_PARTY", with: "某某商贸有限公司" },
      }),
      params({ id: request.id }),
    );
    expect(event.status).toBe(201);
    expect(await body(event)).toMatchObject({ state: "PAUSED" });
    // An extension needs a leader: 403 for staff.
    const extension = await eventsRoute(
      req(`/api/v1/console/requests/${request.id}/events`, {
        token: commerceToken,
        body: { kind: "EXTENSION_APPROVED", on: "2026-11-10", workingDays: 5, reason: "需调取档案" },
      }),
      params({ id: request.id }),
    );
    expect(extension.status).toBe(403);
    const badStep = await eventsRoute(
      req(`/api/v1/console/requests/${request.id}/events`, {
        token: commerceToken,
        body: { kind: "CORRECTION_NOTICE", on: "2026-13-01" },
      }),
      params({ id: request.id }),
    );
    expect(badStep.status).toBe(422);
    expect(Object.keys((await body<ApiErrorBody>(badStep)).error.fields!)).toEqual(
      expect.arrayContaining(["on", "applicantDeadline", "corrections"]),
    );
    const brokenJson = await eventsRoute(
      req(`/api/v1/console/requests/${request.id}/events`, { token: commerceToken, rawBody: "nope" }),
      params({ id: request.id }),
    );
    expect(brokenJson.status).toBe(400);
    // Not a uuid: 404, not a 500.
    expect(
      (await getRoute(req("/api/v1/console/requests/123", { token: commerceToken }), params({ id: "123" }))).status,
    ).toBe(404);
  });

  it("registers a request and lists requests with filters and a cursor", async () => {
    const token = (await createToken({ actor: staff, name: "登记" })).secret;
    const created = await registerRoute(
      req("/api/v1/console/requests", {
        token,
        body: registration(agencies.commerce, {
          channel: "LETTER",
          receiptBasis: "SIGNED_FOR",
          receivedOn: "2026-09-30",
        }),
      }),
    );
    expect(created.status).toBe(201);
    expect(await body(created)).toMatchObject({
      id: expect.any(String),
      receivedOn: "2026-09-30",
      dueOn: "2026-11-03",
    });
    for (let i = 0; i < 2; i++)
      await registerRequest({
        actor: staff,
        input: registration(agencies.commerce, {
          description: `申请公开三元区商务局2017年第${i}批检查记录和处理结果。`,
        }),
      });
    await registerRequest({ actor: financeStaff, input: registration(agencies.finance) });

    const first = await body<Page>(await listRoute(req("/api/v1/console/requests?limit=2", { token })));
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toEqual(first.items[1].id);
    const second = await body<Page>(
      await listRoute(req(`/api/v1/console/requests?limit=2&cursor=${first.nextCursor}`, { token })),
    );
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    expect([...first.items, ...second.items].every((r) => r.agency.id === agencies.commerce)).toBe(true);
    expect((await body<Page>(await listRoute(req(`/api/v1/console/requests?state=CLOSED`, { token })))).items).toEqual(
      [],
    );
    expect(
      (await body<Page>(await listRoute(req(`/api/v1/console/requests?agencyId=${agencies.finance}`, { token }))))
        .items,
    ).toEqual([]);
    const bad = await listRoute(req("/api/v1/console/requests?state=SOMETHING&limit=1000", { token }));
    expect(bad.status).toBe(422);
    expect(Object.keys((await body<ApiErrorBody>(bad)).error.fields!).sort()).toEqual(["limit", "state"]);
    const invalid = await registerRoute(
      req("/api/v1/console/requests", { token, body: registration(agencies.commerce, { receiptBasis: "SIGNED_FOR" }) }),
    );
    expect(invalid.status).toBe(422);
    expect((await body<ApiErrorBody>(invalid)).error.fields!.receiptBasis[0].code).toBe("receiptBasisMismatch");
  });

  it("answers 401 without a token, with an unknown or revoked one, and for a deactivated user", async () => {
    const none = await listRoute(req("/api/v1/console/requests"));
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toContain("Bearer");
    expect((await body<ApiErrorBody>(none)).error).toMatchObject({ code: "UNAUTHENTICATED", message: "请先登录。" });
    expect((await listRoute(req("/api/v1/console/requests", { token: `gk_${"x".repeat(43)}` }))).status).toBe(401);
    expect((await listRoute(req("/api/v1/console/requests", { headers: { authorization: "Basic abc" } }))).status).toBe(
      401,
    );

    const revoked = await createToken({ actor: staff, name: "撤销" });
    expect((await listRoute(req("/api/v1/console/requests", { token: revoked.secret }))).status).toBe(200);
    await revokeToken({ actor: staff, tokenId: revoked.id });
    expect((await listRoute(req("/api/v1/console/requests", { token: revoked.secret }))).status).toBe(401);

    const token = (await createToken({ actor: staff, name: "停用" })).secret;
    await setUserActive({ actor: commerceAdmin, userId: staff.id, active: false });
    expect((await listRoute(req("/api/v1/console/requests", { token }))).status).toBe(401);
  });

  it("drafts, submits and approves a reply with the console's rules", async () => {
    const staffToken = (await createToken({ actor: staff, name: "经办" })).secret;
    const leaderToken = (await createToken({ actor: leader, name: "领导" })).secret;
    const financeToken = (await createToken({ actor: financeStaff, name: "财政" })).secret;
    const request = await registerRequest({ actor: staff, input: registration(agencies.commerce) });
    const path = `/api/v1/console/requests/${request.id}/replies`;

    expect(
      (await draftRoute(req(path, { token: financeToken, body: { outcome: "GRANTED" } }), params({ id: request.id })))
        .status,
    ).toBe(404);
    expect(
      (await draftRoute(req(path, { token: staffToken, body: { outcome: "MAYBE" } }), params({ id: request.id })))
        .status,
    ).toBe(422);
    const drafted = await draftRoute(
      req(path, { token: staffToken, body: { outcome: "GRANTED" } }),
      params({ id: request.id }),
    );
    expect(drafted.status).toBe(201);
    const reply = await body<{ id: string }>(drafted);
    expect(reply).toMatchObject({ status: "DRAFT", outcome: "GRANTED", requestId: request.id });
    const ids = params({ id: request.id, replyId: reply.id });

    expect(
      (await approveReplyRoute(req(`${path}/${reply.id}/approve`, { token: leaderToken, method: "POST" }), ids)).status,
    ).toBe(409);
    // Changed by issue 18: 予以公开 by files needs its files before submission, and the API says so in words
    // (it used to answer the vague 内容与已有记录冲突 at sending).
    const noFile = await submitReplyRoute(
      req(`${path}/${reply.id}/submit`, { token: staffToken, method: "POST" }),
      ids,
    );
    expect(noFile.status).toBe(422);
    expect((await body<ApiErrorBody>(noFile)).error.message).toContain("必须先附上向申请人提供的政府信息文件");
    // The same fields as the console: already public, with where.
    const missingWhere = await updateReplyRoute(
      req(`${path}/${reply.id}`, {
        token: staffToken,
        method: "PUT",
        body: { outcome: "GRANTED", delivery: "PUBLISHED" },
      }),
      ids,
    );
    expect(missingWhere.status).toBe(422);
    expect((await body<ApiErrorBody>(missingWhere)).error.fields!.deliveryDetail[0]).toMatchObject({
      code: "deliveryDetailRequiredPUBLISHED",
      message: "请填写已公开的位置：门户网站网址，或出版物名称和期号。",
    });
    const published = await updateReplyRoute(
      req(`${path}/${reply.id}`, {
        token: staffToken,
        method: "PUT",
        body: {
          outcome: "GRANTED",
          delivery: "PUBLISHED",
          deliveryDetail: "三元区人民政府门户网站 https://www.smsy.gov.cn/zwgk/",
        },
      }),
      ids,
    );
    expect(published.status).toBe(200);
    expect(await body(published)).toMatchObject({ delivery: "PUBLISHED", letterNumber: null });
    expect(
      (await submitReplyRoute(req(`${path}/${reply.id}/submit`, { token: staffToken, method: "POST" }), ids)).status,
    ).toBe(200);
    expect(
      (await approveReplyRoute(req(`${path}/${reply.id}/approve`, { token: staffToken, method: "POST" }), ids)).status,
    ).toBe(403);
    expect(
      (await approveReplyRoute(req(`${path}/${reply.id}/approve`, { token: financeToken, method: "POST" }), ids))
        .status,
    ).toBe(404);
    const approved = await approveReplyRoute(
      req(`${path}/${reply.id}/approve`, { token: leaderToken, method: "POST" }),
      ids,
    );
    expect(approved.status).toBe(200);
    const year = new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" }).slice(0, 4);
    expect(await body(approved)).toMatchObject({
      status: "APPROVED",
      approvedById: leader.id,
      letterNumber: `元商务依申〔${year}〕1号`,
    });
    const sent = await sendReplyRoute(
      req(`${path}/${reply.id}/send`, { token: staffToken, body: { sentOn: "2026-11-20" } }),
      ids,
    );
    expect(sent.status).toBe(200);
  });
});

describe("a release by files through the API", () => {
  it("attaches the released document (multipart), then the reply goes to the leader", async () => {
    const staffToken = (await createToken({ actor: staff, name: "经办" })).secret;
    const request = await registerRequest({ actor: staff, input: registration(agencies.commerce) });
    const path = `/api/v1/console/requests/${request.id}/replies`;
    const reply = await body<{ id: string }>(
      await draftRoute(req(path, { token: staffToken, body: { outcome: "GRANTED" } }), params({ id: request.id })),
    );
    const ids = params({ id: request.id, replyId: reply.id });
    const upload = (form: FormData) =>
      replyFileRoute(
        new Request(`${BASE}${path}/${reply.id}/files`, {
          method: "POST",
          headers: { authorization: `Bearer ${staffToken}` },
          body: form,
        }),
        ids,
      );
    const empty = await upload(new FormData());
    expect(empty.status).toBe(422);
    expect((await body<ApiErrorBody>(empty)).error.fields!.file[0].code).toBe("attachmentEmpty");
    const form = new FormData();
    form.set("file", new File([new Uint8Array(chinesePdf(["检查记录"]))], "检查记录.pdf", { type: "application/pdf" }));
    const attached = await upload(form);
    expect(attached.status).toBe(201);
    expect(await body(attached)).toMatchObject({ fileName: "检查记录.pdf", contentType: "application/pdf" });
    expect(
      (await submitReplyRoute(req(`${path}/${reply.id}/submit`, { token: staffToken, method: "POST" }), ids)).status,
    ).toBe(200);
  });
});

describe("OpenAPI description", () => {
  it("describes every endpoint, with request bodies from the zod schemas", async () => {
    const response = await openApiRoute(req("/api/v1/openapi.json"));
    expect(response.status).toBe(200);
    const doc = await body<OpenApiDoc>(response);
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/requests",
        "/api/v1/requests/{trackingCode}",
        "/api/v1/console/requests",
        "/api/v1/console/requests/{id}",
        "/api/v1/console/requests/{id}/events",
        "/api/v1/console/requests/{id}/replies",
        "/api/v1/console/requests/{id}/replies/{replyId}/approve",
        "/api/v1/console/requests/{id}/replies/{replyId}/send",
        "/api/v1/console/requests/{id}/replies/{replyId}",
        "/api/v1/console/requests/{id}/replies/{replyId}/files",
      ]),
    );
    expect(doc.components.schemas.OnlineRequest.required).toEqual(
      expect.arrayContaining(["agencyId", "applicantName", "phone", "description"]),
    );
    expect(doc.components.schemas.ClockStep.oneOf!.length).toBeGreaterThan(3);
    // Every $ref points at something that exists.
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/(schemas|responses)\/(\w+)"/g)];
    for (const [, kind, name] of refs) expect(doc.components[kind][name], `${kind}/${name}`).toBeDefined();
  });
});
