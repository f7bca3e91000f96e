// The staff API of 主动公开 items through its route handlers, with personal access tokens: a draft made, given a
// file, submitted, passed by 保密审查, approved and published by a leader, then withdrawn — and gone from the public
// API; the same steps refused for the wrong people (the drafter approving their own item, the reviewer approving
// what they reviewed), for a token without the permission (403), for another agency's token (404, not 403), and
// with bad bodies (422 with the fields concerned, never a 500).
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { rm } from "node:fs/promises";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { ApiErrorBody } from "@/lib/api/respond";
import { createToken } from "@/lib/api/tokens";
import { chinaToday, yearOf } from "@/lib/calendar/calendar-date";
import { createUser } from "@/lib/users/create-user";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/console/items/route";
import { GET as getRoute, PUT as updateRoute } from "@/app/api/v1/console/items/[id]/route";
import { POST as submitRoute } from "@/app/api/v1/console/items/[id]/submit/route";
import { POST as passRoute } from "@/app/api/v1/console/items/[id]/review/pass/route";
import { POST as returnReviewRoute } from "@/app/api/v1/console/items/[id]/review/return/route";
import { POST as approveRoute } from "@/app/api/v1/console/items/[id]/approval/approve/route";
import { POST as returnApprovalRoute } from "@/app/api/v1/console/items/[id]/approval/return/route";
import { POST as withdrawRoute } from "@/app/api/v1/console/items/[id]/withdraw/route";
import { POST as revisionRoute } from "@/app/api/v1/console/items/[id]/revisions/route";
import { POST as proposeValidityRoute } from "@/app/api/v1/console/items/[id]/validity/route";
import { POST as approveValidityRoute } from "@/app/api/v1/console/items/[id]/validity/approve/route";
import { POST as rejectValidityRoute } from "@/app/api/v1/console/items/[id]/validity/reject/route";
import { POST as keepWithheldRoute } from "@/app/api/v1/console/items/[id]/keep-withheld/route";
import { GET as attachmentsRoute, POST as uploadRoute } from "@/app/api/v1/console/items/[id]/attachments/route";
import {
  DELETE as deleteAttachmentRoute,
  GET as downloadRoute,
} from "@/app/api/v1/console/items/[id]/attachments/[attachmentId]/route";
import { GET as publicItemRoute } from "@/app/api/v1/items/[id]/route";
import { chinesePdf, html } from "../fixtures/attachments/build-fixtures";
import { DEMO, principalFor, seedDemo, type DemoAgencyIds } from "../support/principals";
import { draftInput } from "../support/items";

const storageDir = path.join(process.cwd(), ".data", "test-attachments", `api-items-${randomBytes(4).toString("hex")}`);
vi.stubEnv("GONGKAI_STORAGE_DIR", storageDir);
afterAll(async () => {
  await rm(storageDir, { recursive: true, force: true });
});

let agencies: DemoAgencyIds;
const tokens: Record<"staff" | "reviewer" | "leader" | "admin" | "financeStaff" | "allRounder", string> = {
  staff: "",
  reviewer: "",
  leader: "",
  admin: "",
  financeStaff: "",
  allRounder: "",
};

/** A 商务局 colleague holding every item role: the chain must still need three different people. */
async function allRounder(): Promise<CurrentUser> {
  const admin = await principalFor(DEMO.commerceAdmin);
  const email = "swj.all@gongkai.demo";
  const input = { email, name: "赵全能", password: "demo-pass-2026", agencyId: agencies.commerce };
  const user = await createUser({ actor: admin, input: { ...input, roles: ["STAFF", "REVIEWER", "LEADER"] } });
  await db.user.update({ where: { id: user.id }, data: { mustChangePassword: false } });
  return principalFor(email);
}

beforeEach(async () => {
  agencies = await seedDemo();
  const people = await Promise.all(
    [DEMO.commerceStaff, DEMO.commerceReviewer, DEMO.commerceLeader, DEMO.commerceAdmin, DEMO.financeStaff].map(
      principalFor,
    ),
  );
  const names = ["staff", "reviewer", "leader", "admin", "financeStaff"] as const;
  for (const [i, name] of names.entries())
    tokens[name] = (await createToken({ actor: people[i]!, name: `${name} 对接` })).secret;
  tokens.allRounder = (await createToken({ actor: await allRounder(), name: "全能" })).secret;
});

const BASE = "http://localhost:3000";
type Init = { method?: string; body?: unknown; rawBody?: string; token?: string; form?: FormData; lang?: string };
function req(urlPath: string, init: Init = {}) {
  const headers: Record<string, string> = {};
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.lang) headers["accept-language"] = init.lang;
  let body: BodyInit | undefined;
  if (init.form) body = init.form;
  else if (init.rawBody !== undefined || init.body !== undefined) {
    headers["content-type"] = "application/json";
    body = init.rawBody ?? JSON.stringify(init.body);
  }
  return new Request(`${BASE}${urlPath}`, { method: init.method ?? (body ? "POST" : "GET"), headers, body });
}
const params = <T extends Record<string, string>>(p: T) => ({ params: Promise.resolve(p) });
const body = async <T = unknown>(response: Response): Promise<T> => (await response.json()) as T;

type Revision = {
  id: string;
  number: number;
  status: string;
  title: string;
  disclosure: string;
  withholdGround: string | null;
  withholdReason: string | null;
  attachments: { id: string; fileName: string; contentType: string; sha256: string }[];
  review: {
    submittedAt: string | null;
    reviewedBy: { name: string } | null;
    reviewComment: string | null;
    approvedBy: { name: string } | null;
    returnedBy: { name: string } | null;
    returnComment: string | null;
  };
};
type Item = {
  id: string;
  state: string;
  indexNumber: string | null;
  validity: string;
  pendingValidity: { validity: string; reason: string } | null;
  openRevisionId: string | null;
  liveRevisionId: string | null;
  revisions: Revision[];
  allowedSteps: string[];
};
type Page = { items: { id: string; state: string; latestRevision: { title: string } }[]; nextCursor: string | null };

type Step = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;
/** POSTs a step of item `id` as `token`, with an optional JSON body. */
const step = (route: Step, id: string, token: string, payload?: unknown) =>
  route(req(`/api/v1/console/items/${id}/step`, { method: "POST", token, body: payload }), params({ id }));
const read = async (id: string, token = tokens.staff) =>
  getRoute(req(`/api/v1/console/items/${id}`, { token }), params({ id }));
const create = (token: string, input: unknown) => createRoute(req("/api/v1/console/items", { token, body: input }));
async function created(input = draftInput(agencies.commerce), token = tokens.staff) {
  const response = await create(token, input);
  expect(response.status).toBe(201);
  return body<Item>(response);
}
function upload(id: string, token: string, bytes: Buffer, fileName: string) {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(bytes)]), fileName);
  return uploadRoute(req(`/api/v1/console/items/${id}/attachments`, { token, form }), params({ id }));
}
const errorOf = async (response: Response) => (await body<ApiErrorBody>(response)).error;

describe("console API: an item from draft to publication and withdrawal", () => {
  it("drafts, attaches a file, submits, passes 保密审查, approves (published), then withdraws it from the public", async () => {
    const draft = await created();
    expect(draft).toMatchObject({ state: "DRAFT", indexNumber: null, allowedSteps: ["submit", "edit"] });
    expect(draft.revisions[0]).toMatchObject({ number: 1, status: "DRAFT", disclosure: "PROACTIVE" });
    // 文号 brackets normalised by the same schema as the console's form.
    expect(draft.revisions[0]).toMatchObject({ documentNumber: "元商务〔2017〕12号" });

    const edited = await updateRoute(
      req(`/api/v1/console/items/${draft.id}`, {
        method: "PUT",
        token: tokens.staff,
        body: draftInput(agencies.commerce, { title: "三元区商务局关于开展2017年安全生产月活动的通知（修改）" }),
      }),
      params({ id: draft.id }),
    );
    expect(edited.status).toBe(200);
    expect((await body<Item>(edited)).revisions[0].title).toContain("（修改）");

    const pdf = chinesePdf(["关于2017年安全生产月活动的通知"]);
    const uploaded = await upload(draft.id, tokens.staff, pdf, "通知.pdf");
    expect(uploaded.status).toBe(201);
    const attachment = await body<{ id: string; contentType: string; fileName: string }>(uploaded);
    expect(attachment).toMatchObject({ fileName: "通知.pdf", contentType: "application/pdf" });
    const listed = await body<{ revisions: { attachments: { id: string }[] }[] }>(
      await attachmentsRoute(req(`/api/v1/console/items/${draft.id}/attachments`, { token: tokens.reviewer }), {
        params: Promise.resolve({ id: draft.id }),
      }),
    );
    expect(listed.revisions[0].attachments.map((a) => a.id)).toEqual([attachment.id]);
    const downloaded = await downloadRoute(
      req(`/api/v1/console/items/${draft.id}/attachments/${attachment.id}`, { token: tokens.reviewer }),
      params({ id: draft.id, attachmentId: attachment.id }),
    );
    expect(downloaded.status).toBe(200);
    expect(downloaded.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await downloaded.arrayBuffer()).equals(pdf)).toBe(true);

    expect((await step(submitRoute, draft.id, tokens.staff)).status).toBe(200);
    const passed = await step(passRoute, draft.id, tokens.reviewer, { comment: "不涉及国家秘密，同意公开。" });
    expect(passed.status).toBe(200);
    expect((await body<Item>(passed)).revisions[0]).toMatchObject({
      status: "PENDING_APPROVAL",
      review: { reviewedBy: { name: "陈审查" }, reviewComment: "不涉及国家秘密，同意公开。" },
    });
    expect((await body<Item>(await read(draft.id, tokens.leader))).allowedSteps).toEqual([
      "approve",
      "returnFromApproval",
    ]);

    // An approval with an empty body: the leader has nothing to add.
    const approved = await approveRoute(
      req(`/api/v1/console/items/${draft.id}/approval/approve`, { method: "POST", token: tokens.leader }),
      params({ id: draft.id }),
    );
    expect(approved.status).toBe(200);
    const published = await body<Item>(approved);
    expect(published).toMatchObject({ state: "PUBLISHED", indexNumber: expect.any(String) });
    expect(published.revisions[0].review.approvedBy).toEqual({ id: expect.any(String), name: "王局长" });
    expect(published.liveRevisionId).toBe(published.revisions[0].id);
    const audit = await db.auditEvent.findMany({ where: { entityId: draft.id }, orderBy: { id: "asc" } });
    expect(audit.map((e) => e.type)).toEqual([
      "item.created",
      "item.draft_updated",
      "item.attachment_added",
      "item.submitted",
      "item.review_passed",
      "item.published",
    ]);

    const publicRead = () => publicItemRoute(req(`/api/v1/items/${draft.id}`), params({ id: draft.id }));
    expect((await publicRead()).status).toBe(200);

    // A published revision's file can no longer be removed, even by its drafter.
    const removeLive = await deleteAttachmentRoute(
      req(`/api/v1/console/items/${draft.id}/attachments/${attachment.id}`, { method: "DELETE", token: tokens.staff }),
      params({ id: draft.id, attachmentId: attachment.id }),
    );
    expect(removeLive.status).toBe(409);

    const noReason = await step(withdrawRoute, draft.id, tokens.leader, {});
    expect(noReason.status).toBe(422);
    expect((await errorOf(noReason)).fields!.reason).toBeDefined();
    const withdrawn = await step(withdrawRoute, draft.id, tokens.leader, { reason: "文件已被新文件替代。" });
    expect(withdrawn.status).toBe(200);
    expect(await body<Item>(withdrawn)).toMatchObject({ state: "WITHDRAWN", indexNumber: published.indexNumber });
    expect((await publicRead()).status).toBe(404);
  });

  it("lists items in scope with filters and keyset pages", async () => {
    const first = await created(draftInput(agencies.commerce, { title: "第一份通知" }));
    const second = await created(draftInput(agencies.commerce, { title: "第二份通知", subjectCategory: "01" }));
    const third = await created(draftInput(agencies.commerce, { title: "第三份公告" }));
    const list = (query: string, token = tokens.staff) =>
      listRoute(req(`/api/v1/console/items${query}`, { token })).then((r) => body<Page>(r));

    const page1 = await list("?limit=2");
    expect(page1.items.map((i) => i.id)).toEqual([third.id, second.id]);
    const page2 = await list(`?limit=2&cursor=${page1.nextCursor}`);
    expect(page2).toEqual({ items: [expect.objectContaining({ id: first.id })], nextCursor: null });
    expect((await list(`?q=${encodeURIComponent("通知")}`)).items.map((i) => i.id)).toEqual([second.id, first.id]);
    expect((await list("?subject=01")).items.map((i) => i.id)).toEqual([second.id]);
    expect((await list("?state=PUBLISHED")).items).toEqual([]);
    expect((await list("?status=DRAFT")).items).toHaveLength(3);
    expect((await list("?year=2017")).items).toEqual([]);
    // Another agency's staff see none of them; the scope is in the query.
    expect((await list("", tokens.financeStaff)).items).toEqual([]);

    // 目录分类 of the current revision, and the year of publication.
    const category = await db.catalogueCategory.findFirstOrThrow({
      where: { agencyId: agencies.commerce, active: true },
    });
    const filed = await created(draftInput(agencies.commerce, { title: "归档通知", catalogueCategoryId: category.id }));
    expect((await list(`?category=${category.id}`)).items.map((i) => i.id)).toEqual([filed.id]);
    for (const [route, token] of [
      [submitRoute, tokens.staff],
      [passRoute, tokens.reviewer],
      [approveRoute, tokens.leader],
    ] as const)
      await step(route, filed.id, token);
    const thisYear = yearOf(chinaToday());
    expect((await list(`?year=${thisYear}`)).items.map((i) => i.id)).toEqual([filed.id]);
    expect((await list(`?year=${thisYear}&state=PUBLISHED&q=${encodeURIComponent("归档")}`)).items).toHaveLength(1);
    expect((await list(`?year=${thisYear - 1}`)).items).toEqual([]);

    const bad = await listRoute(req("/api/v1/console/items?state=NOPE&limit=1000&cursor=x", { token: tokens.staff }));
    expect(bad.status).toBe(422);
    expect(Object.keys((await errorOf(bad)).fields!).sort()).toEqual(["cursor", "limit", "state"]);
  });

  it("keeps a withheld item's 公开属性 and grounds, and lets a leader confirm it at re-review", async () => {
    const noGround = await create(tokens.staff, draftInput(agencies.commerce, { disclosure: "WITHHELD" }));
    expect(noGround.status).toBe(422);
    expect(Object.keys((await errorOf(noGround)).fields!).sort()).toEqual(["withholdGround", "withholdReason"]);

    const draft = await created(
      draftInput(agencies.commerce, {
        disclosure: "WITHHELD",
        withholdGround: "STATE_SECRET",
        withholdReason: "涉及国家秘密，依法不予公开。",
      }),
    );
    expect(draft.revisions[0]).toMatchObject({
      disclosure: "WITHHELD",
      withholdGround: "STATE_SECRET",
      withholdReason: "涉及国家秘密，依法不予公开。",
    });
    await step(submitRoute, draft.id, tokens.staff);
    await step(passRoute, draft.id, tokens.reviewer);
    const approved = await body<Item>(await step(approveRoute, draft.id, tokens.leader));
    expect(approved.state).toBe("WITHHELD");
    expect((await publicItemRoute(req(`/api/v1/items/${draft.id}`), params({ id: draft.id }))).status).toBe(404);
    const kept = await step(keepWithheldRoute, draft.id, tokens.leader, { comment: "仍涉密。" });
    expect(kept.status).toBe(200);
    expect((await step(keepWithheldRoute, draft.id, tokens.staff)).status).toBe(403);

    // Re-reviewed for publication: a new revision as 主动公开, the grounds cleared.
    const reopened = await step(revisionRoute, draft.id, tokens.staff, { forPublication: true });
    expect(reopened.status).toBe(201);
    const revision = (await body<Item>(reopened)).revisions[0];
    expect(revision).toMatchObject({ number: 2, status: "DRAFT", disclosure: "PROACTIVE", withholdGround: null });
    const again = await step(revisionRoute, draft.id, tokens.staff);
    expect(again.status).toBe(409);
    expect((await errorOf(again)).message).toBe("这条信息已有一个正在办理的修订版本。");
  });

  it("changes a published item's validity: proposed by staff, decided by a leader", async () => {
    const item = await publishedItem();
    const bad = await step(proposeValidityRoute, item.id, tokens.staff, {
      validity: "VALID",
      effectiveOn: "2026-13-01",
    });
    expect(bad.status).toBe(422);
    expect(Object.keys((await errorOf(bad)).fields!).sort()).toEqual(["effectiveOn", "reason", "validity"]);
    const proposal = { validity: "REPEALED", effectiveOn: "2026-12-01", reason: "已被新文件废止。" };
    const proposed = await step(proposeValidityRoute, item.id, tokens.staff, proposal);
    expect(proposed.status).toBe(200);
    expect((await body<Item>(proposed)).pendingValidity).toMatchObject({ validity: "REPEALED" });
    const noComment = await step(rejectValidityRoute, item.id, tokens.leader, {});
    expect(noComment.status).toBe(422);
    expect((await step(approveValidityRoute, item.id, tokens.reviewer)).status).toBe(403);
    const approved = await step(approveValidityRoute, item.id, tokens.leader);
    expect(await body<Item>(approved)).toMatchObject({ validity: "REPEALED", pendingValidity: null });
  });
});

async function publishedItem() {
  const item = await created();
  for (const [route, token] of [
    [submitRoute, tokens.staff],
    [passRoute, tokens.reviewer],
    [approveRoute, tokens.leader],
  ] as const)
    expect((await step(route, item.id, token)).status).toBe(200);
  return item;
}

describe("console API: items refused for the wrong people, agencies and bodies", () => {
  it("never lets the drafter review or approve their own item, nor the reviewer approve what they reviewed", async () => {
    // The all-rounder holds STAFF, REVIEWER and LEADER: roles are not enough.
    const own = await created(draftInput(agencies.commerce), tokens.allRounder);
    await step(submitRoute, own.id, tokens.allRounder);
    const selfReview = await step(passRoute, own.id, tokens.allRounder);
    expect(selfReview.status).toBe(403);
    expect(await errorOf(selfReview)).toEqual({
      code: "FORBIDDEN",
      reason: "selfApproval",
      message: "不能审核或审定自己起草的信息。",
    });
    await step(passRoute, own.id, tokens.reviewer);
    const selfApproval = await step(approveRoute, own.id, tokens.allRounder, {}); // same refusal at 领导审定
    expect(selfApproval.status).toBe(403);
    expect((await errorOf(selfApproval)).message).toBe("不能审核或审定自己起草的信息。");

    const other = await created();
    await step(submitRoute, other.id, tokens.staff);
    await step(passRoute, other.id, tokens.allRounder);
    const reviewerApproves = await step(approveRoute, other.id, tokens.allRounder);
    expect(reviewerApproves.status).toBe(403);
    expect((await errorOf(reviewerApproves)).message).toBe("您已对本版本进行保密审查，须由其他领导审定。");
    const english = await approveRoute(
      req(`/api/v1/console/items/${other.id}/approval/approve`, {
        method: "POST",
        token: tokens.allRounder,
        lang: "en",
      }),
      params({ id: other.id }),
    );
    expect((await errorOf(english)).message).toContain("another leader must approve it");
    // Nothing moved: still waiting for another leader.
    expect((await body<Item>(await read(other.id))).revisions[0].status).toBe("PENDING_APPROVAL");
    expect(await db.auditEvent.count({ where: { entityId: other.id, type: "item.published" } })).toBe(0);
  });

  it("refuses a token without the permission (403) and another agency's token (404, not 403)", async () => {
    const item = await created();
    // An agency administrator reads items but does not draft them; a reviewer does not approve.
    expect((await create(tokens.admin, draftInput(agencies.commerce))).status).toBe(403);
    expect((await read(item.id, tokens.admin)).status).toBe(200);
    await step(submitRoute, item.id, tokens.staff);
    expect((await step(approveRoute, item.id, tokens.reviewer)).status).toBe(403);
    expect((await step(submitRoute, item.id, tokens.leader)).status).toBe(403);

    // 财政局 staff: the item does not exist for them, whatever they try.
    const finance = tokens.financeStaff;
    for (const response of [
      await read(item.id, finance),
      await step(passRoute, item.id, finance),
      await step(withdrawRoute, item.id, finance, { reason: "试试" }),
      await upload(item.id, finance, chinesePdf(["x"]), "x.pdf"),
      await attachmentsRoute(req(`/api/v1/console/items/${item.id}/attachments`, { token: finance }), {
        params: Promise.resolve({ id: item.id }),
      }),
    ])
      expect(response.status).toBe(404);
    // …nor may they create one in 商务局's name.
    expect((await create(finance, draftInput(agencies.commerce))).status).toBe(404);
    expect((await read("not-a-uuid")).status).toBe(404);
    expect((await listRoute(req("/api/v1/console/items"))).status).toBe(401);
    expect((await step(submitRoute, item.id, "gk_nope")).status).toBe(401);
  });

  it("refuses bad bodies with the fields concerned, never a 500", async () => {
    const invalidJson = await createRoute(req("/api/v1/console/items", { token: tokens.staff, rawBody: "{oops" }));
    expect(invalidJson.status).toBe(400);
    expect((await errorOf(invalidJson)).code).toBe("INVALID_JSON");
    const empty = await create(tokens.staff, {});
    expect(empty.status).toBe(422);
    expect(Object.keys((await errorOf(empty)).fields!)).toEqual(
      expect.arrayContaining(["agencyId", "title", "writtenOn", "genre", "channels", "disclosure"]),
    );
    for (const payload of [[], "text", 42, null]) expect((await create(tokens.staff, payload)).status).toBe(422);
    // Only what the law and the catalogue need: 文号, 摘要, 关键词 and the body may be left out.
    const minimal = await create(tokens.staff, {
      agencyId: agencies.commerce,
      title: "关于做好节假日安全生产工作的通知",
      writtenOn: "2026-11-30",
      subjectCategory: "09",
      genre: "NOTICE",
      channels: ["WEBSITE"],
      disclosure: "PROACTIVE",
    });
    expect(minimal.status).toBe(201);
    expect((await body<Item>(minimal)).revisions[0]).toMatchObject({ documentNumber: "", summary: "", keywords: [] });

    const item = await created();
    const returnWithoutWhy = await step(returnReviewRoute, item.id, tokens.reviewer, { comment: "" });
    // Not yet submitted: the step does not fit the state.
    expect(returnWithoutWhy.status).toBe(409);
    await step(submitRoute, item.id, tokens.staff);
    const noComment = await step(returnReviewRoute, item.id, tokens.reviewer, { comment: "   " });
    expect(noComment.status).toBe(422);
    expect((await errorOf(noComment)).fields!.comment).toBeDefined();
    const returned = await step(returnReviewRoute, item.id, tokens.reviewer, { comment: "请补充附件。" });
    expect((await body<Item>(returned)).revisions[0]).toMatchObject({
      status: "RETURNED",
      review: { returnedBy: { name: "陈审查" }, returnComment: "请补充附件。" },
    });

    // Files: none, or one that is not what its name says (an HTML page named .pdf).
    const noFile = await uploadRoute(
      req(`/api/v1/console/items/${item.id}/attachments`, { token: tokens.staff, form: new FormData() }),
      params({ id: item.id }),
    );
    expect(noFile.status).toBe(422);
    expect((await errorOf(noFile)).fields!.file).toBeDefined();
    const disguised = await upload(item.id, tokens.staff, html(), "通知.pdf");
    expect(disguised.status).toBe(422);
    expect((await errorOf(disguised)).fields!.file).toEqual([
      { code: "attachmentTypeRefused", message: expect.stringContaining("以文件内容判断") },
    ]);
    // Larger than GONGKAI_ATTACHMENT_MAX_MB: refused with the limit in the sentence.
    vi.stubEnv("GONGKAI_ATTACHMENT_MAX_MB", "0.01");
    const large = await upload(
      item.id,
      tokens.staff,
      Buffer.concat([chinesePdf(["大"]), Buffer.alloc(20_000)]),
      "大.pdf",
    );
    vi.stubEnv("GONGKAI_ATTACHMENT_MAX_MB", "");
    expect(large.status).toBe(422);
    expect((await errorOf(large)).fields!.file).toEqual([
      { code: "attachmentTooLarge", message: "文件太大，不能超过 0.01 MB。" },
    ]);
    expect(await db.attachment.count()).toBe(0);
    const notMultipart = await uploadRoute(
      req(`/api/v1/console/items/${item.id}/attachments`, { token: tokens.staff, body: { file: "x" } }),
      params({ id: item.id }),
    );
    expect(notMultipart.status).toBe(422);
    // Only the drafter changes the draft's files.
    expect((await upload(item.id, tokens.allRounder, chinesePdf(["x"]), "x.pdf")).status).toBe(403);

    // A file added, then removed again from the returned draft by its drafter.
    const added = await body<{ id: string }>(await upload(item.id, tokens.staff, chinesePdf(["附件"]), "附件.pdf"));
    const removed = await deleteAttachmentRoute(
      req(`/api/v1/console/items/${item.id}/attachments/${added.id}`, { method: "DELETE", token: tokens.staff }),
      params({ id: item.id, attachmentId: added.id }),
    );
    expect(removed.status).toBe(204);
    expect((await body<Item>(await read(item.id))).revisions[0].attachments).toEqual([]);

    // Approval returned: resubmitted, reviewed afresh, then returned by the leader with a reason.
    await step(submitRoute, item.id, tokens.staff);
    // A step whose body is optional: whitespace is no body, anything else must be JSON.
    const passWith = (rawBody: string) =>
      passRoute(
        req(`/api/v1/console/items/${item.id}/review/pass`, { token: tokens.reviewer, rawBody }),
        params({ id: item.id }),
      );
    expect((await passWith("nope")).status).toBe(400);
    expect((await passWith(" \n")).status).toBe(200);
    const leaderReturn = await step(returnApprovalRoute, item.id, tokens.leader, { comment: "标题需规范。" });
    expect((await body<Item>(leaderReturn)).revisions[0]).toMatchObject({
      status: "RETURNED",
      review: { returnComment: "标题需规范。", reviewedBy: { name: "陈审查" } },
    });
    const badRevision = await step(revisionRoute, item.id, tokens.staff, { forPublication: "yes" });
    expect(badRevision.status).toBe(422);

    // The history keeps every round: both 退回, at which step and why (the revision keeps only the last).
    const { history } = await body<{ history: { event: string; step: string | null; comment: string | null }[] }>(
      await read(item.id),
    );
    expect(history.map((h) => h.event)).toEqual([
      "created",
      "submitted",
      "returned",
      "submitted",
      "review_passed",
      "returned",
    ]);
    expect(history.filter((h) => h.event === "returned")).toEqual([
      expect.objectContaining({ step: "review", comment: "请补充附件。" }),
      expect.objectContaining({ step: "approval", comment: "标题需规范。" }),
    ]);
  });

  it("keeps a draft its drafter's until submitted, and a file reachable only through its own item", async () => {
    const item = await created();
    const edit = (token: string) =>
      updateRoute(
        req(`/api/v1/console/items/${item.id}`, { method: "PUT", token, body: draftInput(agencies.commerce) }),
        params({ id: item.id }),
      );
    const notMine = await edit(tokens.allRounder);
    expect(notMine.status).toBe(403);
    expect((await errorOf(notMine)).message).toBe("只有起草人可以修改或提交这份草稿。");
    const file = await body<{ id: string }>(await upload(item.id, tokens.staff, chinesePdf(["附件"]), "附件.pdf"));
    await step(submitRoute, item.id, tokens.staff);
    const submitted = await edit(tokens.staff);
    expect(submitted.status).toBe(409);
    expect((await errorOf(submitted)).message).toBe("这一版本已提交审核，不能再修改。");
    expect((await upload(item.id, tokens.staff, chinesePdf(["再加"]), "再加.pdf")).status).toBe(409);

    // Another item of the same drafter: its URL does not reach the first item's file.
    const other = await created();
    const viaOther = { id: other.id, attachmentId: file.id };
    const download = await downloadRoute(req("/x", { token: tokens.staff }), params(viaOther));
    const remove = await deleteAttachmentRoute(req("/x", { method: "DELETE", token: tokens.staff }), params(viaOther));
    expect([download.status, remove.status]).toEqual([404, 404]);
    expect(await db.attachment.count({ where: { id: file.id } })).toBe(1);
  });

  it("lets exactly one of two leaders approving at once publish the item; the other is told it changed", async () => {
    const item = await created();
    await step(submitRoute, item.id, tokens.staff);
    await step(passRoute, item.id, tokens.reviewer);
    const statuses = await Promise.all([
      step(approveRoute, item.id, tokens.leader).then((r) => r.status),
      step(approveRoute, item.id, tokens.allRounder).then((r) => r.status),
    ]);
    expect(statuses.sort()).toEqual([200, 409]);
    expect(await db.auditEvent.count({ where: { entityId: item.id, type: "item.published" } })).toBe(1);
  });
});
