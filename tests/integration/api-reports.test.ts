// The staff API of annual reports (年度报告) through its route handlers, with personal access tokens: staff open
// 商务局's 2025 report, read its live tables in the open-data shape, enter 表二's figures and the narrative, submit;
// a leader approves and it is published — then the public report API serves it with the same table keys. The
// same steps refused for the submitter approving their own report, for tokens without the permission (403),
// for another agency's token (404, not 403), and with bad bodies (422 with the fields concerned, never a 500).
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { ApiErrorBody } from "@/lib/api/respond";
import { createToken } from "@/lib/api/tokens";
import { chinaToday, yearOf } from "@/lib/calendar/calendar-date";
import { DEMO_COMMERCE_CODE } from "@/lib/demo/seed-demo-data";
import { createUser } from "@/lib/users/create-user";
import { GET as listRoute, POST as openRoute } from "@/app/api/v1/console/reports/route";
import { GET as getRoute } from "@/app/api/v1/console/reports/[id]/route";
import { GET as tablesRoute } from "@/app/api/v1/console/reports/[id]/tables/route";
import { PUT as narrativeRoute } from "@/app/api/v1/console/reports/[id]/narrative/route";
import { PUT as figureRoute } from "@/app/api/v1/console/reports/[id]/figures/[key]/route";
import { POST as submitRoute } from "@/app/api/v1/console/reports/[id]/submit/route";
import { POST as returnRoute } from "@/app/api/v1/console/reports/[id]/return/route";
import { POST as approveRoute } from "@/app/api/v1/console/reports/[id]/approve/route";
import { POST as correctRoute } from "@/app/api/v1/console/reports/[id]/correct/route";
import { GET as publicReportRoute } from "@/app/api/v1/agencies/[code]/reports/[year]/route";
import { DEMO, principalFor, seedDemo, type DemoAgencyIds } from "../support/principals";

let agencies: DemoAgencyIds;
const tokens = { staff: "", reviewer: "", leader: "", financeStaff: "", staffLeader: "" };

/** A 商务局 colleague who both writes and approves reports: still may not approve what they submitted. */
async function staffLeader(): Promise<CurrentUser> {
  const admin = await principalFor(DEMO.commerceAdmin);
  const email = "swj.staff-leader@gongkai.demo";
  const input = { email, name: "郑科长", password: "demo-pass-2026", agencyId: agencies.commerce };
  const user = await createUser({ actor: admin, input: { ...input, roles: ["STAFF", "LEADER"] } });
  await db.user.update({ where: { id: user.id }, data: { mustChangePassword: false } });
  return principalFor(email);
}

beforeEach(async () => {
  agencies = await seedDemo();
  const people = await Promise.all(
    [DEMO.commerceStaff, DEMO.commerceReviewer, DEMO.commerceLeader, DEMO.financeStaff].map(principalFor),
  );
  const names = ["staff", "reviewer", "leader", "financeStaff"] as const;
  for (const [i, name] of names.entries())
    tokens[name] = (await createToken({ actor: people[i]!, name: `${name} 对接` })).secret;
  tokens.staffLeader = (await createToken({ actor: await staffLeader(), name: "科长" })).secret;
});

const BASE = "http://localhost:3000";
type Init = { method?: string; body?: unknown; rawBody?: string; token?: string };
function req(urlPath: string, init: Init = {}) {
  const headers: Record<string, string> = {};
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  const hasBody = init.rawBody !== undefined || init.body !== undefined;
  if (hasBody) headers["content-type"] = "application/json";
  return new Request(`${BASE}${urlPath}`, {
    method: init.method ?? (hasBody ? "POST" : "GET"),
    headers,
    body: init.rawBody ?? (init.body !== undefined ? JSON.stringify(init.body) : undefined),
  });
}
const params = <T extends Record<string, string>>(p: T) => ({ params: Promise.resolve(p) });
const body = async <T = unknown>(response: Response): Promise<T> => (await response.json()) as T;
const errorOf = async (response: Response) => (await body<ApiErrorBody>(response)).error;

type Report = {
  id: string;
  year: number;
  scope: string;
  status: string;
  agency: { code: string };
  narrative: Record<string, string>;
  manualFigures: { key: string; label: string; kind: string; value: string | null; source: string | null }[];
  submittedBy: { name: string } | null;
  returnComment: string;
  versions: { number: number; approvedBy: { name: string } | null }[];
  allowedSteps: string[];
};
type Table = { columns: { key: string }[]; rows: { key: string; values: (number | null)[] }[] };
type Tables = {
  status: string;
  version: number | null;
  tables: Record<string, Table>;
  checks: { missingFigures: string[]; reconciliationBreaks: unknown[] };
};

const NARRATIVE = {
  introduction: "本报告根据《中华人民共和国政府信息公开条例》编制。",
  overview: "2025年，三元区商务局认真贯彻落实政务公开工作要求。",
  problems: "公开内容的及时性有待提高。",
  otherMatters: "本年度未收取信息处理费。",
};

const open = (token: string, input: unknown) => openRoute(req("/api/v1/console/reports", { token, body: input }));
async function opened(token = tokens.staff) {
  const response = await open(token, { agencyId: agencies.commerce, year: 2025 });
  expect(response.status).toBe(200);
  return body<Report>(response);
}
type Step = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;
const step = (route: Step, id: string, token: string, payload?: unknown) =>
  route(req(`/api/v1/console/reports/${id}/step`, { method: "POST", token, body: payload }), params({ id }));
const read = (id: string, token = tokens.staff) =>
  getRoute(req(`/api/v1/console/reports/${id}`, { token }), params({ id }));
const tables = (id: string, token = tokens.staff) =>
  tablesRoute(req(`/api/v1/console/reports/${id}/tables`, { token }), params({ id }));
const putNarrative = (id: string, token: string, payload: unknown) =>
  narrativeRoute(
    req(`/api/v1/console/reports/${id}/narrative`, { method: "PUT", token, body: payload }),
    params({ id }),
  );
const putFigure = (id: string, key: string, token: string, payload: unknown) =>
  figureRoute(
    req(`/api/v1/console/reports/${id}/figures/${encodeURIComponent(key)}`, { method: "PUT", token, body: payload }),
    params({ id, key }),
  );
const publicReport = () =>
  publicReportRoute(req(`/api/v1/agencies/${DEMO_COMMERCE_CODE}/reports/2025`), {
    params: Promise.resolve({ code: DEMO_COMMERCE_CODE, year: "2025" }),
  });

/** Every 表二 figure the report needs, entered through the API (numbers as a JSON client sends them). */
async function fill(report: Report, token = tokens.staff) {
  expect((await putNarrative(report.id, token, NARRATIVE)).status).toBe(200);
  for (const [i, figure] of report.manualFigures.entries()) {
    const value = figure.kind === "amount" ? 1.25 : i;
    const response = await putFigure(report.id, figure.key, token, { value, source: "区政务服务中心统计" });
    expect(response.status).toBe(200);
  }
}
const rowKeys = (t: Tables | { tables: Record<string, Table> }) =>
  Object.fromEntries(Object.entries(t.tables).map(([name, table]) => [name, table.rows.map((r) => r.key)]));

describe("console API: an annual report opened, filled, approved and published", () => {
  it("opens, reads live tables, enters 表二 and the narrative, submits, approves — then the public API serves it", async () => {
    const report = await opened();
    expect(report).toMatchObject({ year: 2025, scope: "OWN", status: "DRAFT", allowedSteps: ["submit"] });
    expect(report.manualFigures.length).toBeGreaterThan(0);
    expect(report.manualFigures.every((f) => f.value === null)).toBe(true);
    // Opening again is the same working copy.
    expect((await opened()).id).toBe(report.id);

    const draftTables = await body<Tables>(await tables(report.id));
    expect(draftTables).toMatchObject({ status: "DRAFT", version: null });
    expect(Object.keys(draftTables.tables).sort()).toEqual(["appeals", "proactive", "requests"]);
    expect(draftTables.checks.missingFigures.sort()).toEqual(report.manualFigures.map((f) => f.key).sort());

    // Nothing entered yet: the use case's own sentences, not a generic one.
    const emptyOverview = await step(submitRoute, report.id, tokens.staff);
    expect(emptyOverview.status).toBe(422);
    expect((await errorOf(emptyOverview)).message).toBe("请先填写“一、总体情况”，再提交领导审定。");
    expect((await putNarrative(report.id, tokens.staff, NARRATIVE)).status).toBe(200);
    const missing = await step(submitRoute, report.id, tokens.staff);
    expect(missing.status).toBe(409);
    expect((await errorOf(missing)).message).toMatch(/^表二还有数据没有填报：.+请填写数值并注明数据来源。$/);

    await fill(report);
    const filled = await body<Report>(await read(report.id));
    expect(filled.narrative).toEqual(NARRATIVE);
    expect(filled.manualFigures.every((f) => f.value !== null && f.source === "区政务服务中心统计")).toBe(true);
    expect((await body<Tables>(await tables(report.id))).checks.missingFigures).toEqual([]);
    expect((await publicReport()).status).toBe(404);

    const submitted = await step(submitRoute, report.id, tokens.staff);
    expect(submitted.status).toBe(200);
    expect(await body<Report>(submitted)).toMatchObject({
      status: "PENDING_APPROVAL",
      submittedBy: { name: "林经办" },
    });
    // Submitted: the text no longer changes under the leader.
    const late = await putNarrative(report.id, tokens.staff, { ...NARRATIVE, problems: "改" });
    expect(late.status).toBe(409);
    expect((await errorOf(late)).message).toContain("不能再修改");

    expect((await body<Report>(await read(report.id, tokens.leader))).allowedSteps).toEqual(["return", "approve"]);
    const approved = await step(approveRoute, report.id, tokens.leader);
    expect(approved.status).toBe(200);
    expect(await body<Report>(approved)).toMatchObject({
      status: "PUBLISHED",
      versions: [{ number: 1, approvedBy: { name: "王局长" } }],
    });
    const audit = await db.auditEvent.findMany({ where: { entityId: report.id }, orderBy: { id: "asc" } });
    expect(audit.at(-1)?.type).toBe("report.published");
    expect(audit.filter((e) => e.type === "report.figure_set")).toHaveLength(report.manualFigures.length);

    const published = await publicReport();
    expect(published.status).toBe(200);
    const open = await body<{ version: number; narrative: Record<string, string>; tables: Record<string, Table> }>(
      published,
    );
    expect(open.version).toBe(1);
    expect(open.narrative.overview).toBe(NARRATIVE.overview);
    // The console's live tables and the published open data share their keys, cell for cell.
    expect(rowKeys(open)).toEqual(rowKeys(draftTables));

    // 更正: reopened as a draft for version 2, with a reason.
    const noReason = await step(correctRoute, report.id, tokens.staff, {});
    expect(noReason.status).toBe(422);
    expect((await errorOf(noReason)).fields!.reason).toBeDefined();
    const correcting = await step(correctRoute, report.id, tokens.staff, { reason: "更正表二数据。" });
    expect((await body<Report>(correcting)).status).toBe("DRAFT");
    const corrected = report.manualFigures[0]!;
    expect((await putFigure(report.id, corrected.key, tokens.staff, { value: 99, source: "更正后统计" })).status).toBe(
      200,
    );
    await step(submitRoute, report.id, tokens.staff);
    expect((await step(approveRoute, report.id, tokens.leader)).status).toBe(200);
    // The public sees version 2 with its reason; version 1 stays as it was published.
    const latest = await body<{ version: number; correctionReason: string; versions: { number: number }[] }>(
      await publicReport(),
    );
    expect(latest).toMatchObject({ version: 2, correctionReason: "更正表二数据。" });
    expect(latest.versions.map((v) => v.number)).toEqual([1, 2]);
  });

  it("lists the reports the user may read, and a leader returns a submitted report with a comment", async () => {
    const report = await opened();
    const list = async (token: string) =>
      (await body<{ reports: { id: string }[] }>(await listRoute(req("/api/v1/console/reports", { token })))).reports;
    expect((await list(tokens.reviewer)).map((r) => r.id)).toEqual([report.id]);
    expect(await list(tokens.financeStaff)).toEqual([]);

    await fill(report);
    await step(submitRoute, report.id, tokens.staff);
    const noComment = await step(returnRoute, report.id, tokens.leader, {});
    expect(noComment.status).toBe(422);
    expect((await errorOf(noComment)).fields!.comment).toBeDefined();
    const returned = await step(returnRoute, report.id, tokens.leader, { comment: "请核对表二数据来源。" });
    expect(await body<Report>(returned)).toMatchObject({ status: "RETURNED", returnComment: "请核对表二数据来源。" });
    // Returned: staff edit again.
    expect((await putNarrative(report.id, tokens.staff, NARRATIVE)).status).toBe(200);
  });
});

describe("console API: reports refused for the wrong people, agencies and bodies", () => {
  it("drafts the running year's report but refuses to publish it before the year ends", async () => {
    const year = yearOf(chinaToday());
    const response = await open(tokens.staff, { agencyId: agencies.commerce, year: String(year) });
    expect(response.status).toBe(200);
    const report = await body<Report>(response);
    await fill(report);
    expect((await step(submitRoute, report.id, tokens.staff)).status).toBe(200);
    const early = await step(approveRoute, report.id, tokens.leader);
    expect(early.status).toBe(409);
    expect((await errorOf(early)).message).toBe(`${year}年尚未结束，${year}年度报告要到${year}年结束后才能发布。`);
    expect((await body<Report>(await read(report.id))).status).toBe("PENDING_APPROVAL");
  });

  it("never lets the submitter approve or return their own report, even holding the leader's role", async () => {
    const report = await opened(tokens.staffLeader);
    await fill(report, tokens.staffLeader);
    await step(submitRoute, report.id, tokens.staffLeader);
    expect((await body<Report>(await read(report.id, tokens.staffLeader))).allowedSteps).toEqual([]);
    for (const route of [approveRoute, returnRoute]) {
      const own = await step(route, report.id, tokens.staffLeader, { comment: "自己审定" });
      expect(own.status).toBe(403);
      expect(await errorOf(own)).toEqual({
        code: "FORBIDDEN",
        reason: "reports.selfApproval",
        message: "不能审定或退回自己提交的年度报告，请由其他领导审定。",
      });
    }
    expect((await body<Report>(await read(report.id))).status).toBe("PENDING_APPROVAL");
    expect(await db.annualReportVersion.count()).toBe(0);
  });

  it("refuses a token without the permission (403) and another agency's token (404, not 403)", async () => {
    // A reviewer reads reports but neither opens, writes nor approves them; a leader does not write them.
    expect((await open(tokens.reviewer, { agencyId: agencies.commerce, year: 2025 })).status).toBe(403);
    const report = await opened();
    expect((await read(report.id, tokens.reviewer)).status).toBe(200);
    expect((await putNarrative(report.id, tokens.reviewer, NARRATIVE)).status).toBe(403);
    expect((await putNarrative(report.id, tokens.leader, NARRATIVE)).status).toBe(403);
    await fill(report);
    await step(submitRoute, report.id, tokens.staff);
    expect((await step(approveRoute, report.id, tokens.reviewer)).status).toBe(403);

    const finance = tokens.financeStaff;
    for (const response of [
      await read(report.id, finance),
      await tables(report.id, finance),
      await putNarrative(report.id, finance, NARRATIVE),
      await putFigure(report.id, report.manualFigures[0]!.key, finance, { value: 1, source: "x" }),
      await step(approveRoute, report.id, finance),
      await step(returnRoute, report.id, finance, { comment: "x" }),
    ])
      expect(response.status).toBe(404);
    // Opening 商务局's report with a 财政局 token: not allowed there.
    expect((await open(finance, { agencyId: agencies.commerce, year: 2025 })).status).toBe(403);
    expect((await read("not-a-uuid")).status).toBe(404);
    expect((await listRoute(req("/api/v1/console/reports"))).status).toBe(401);
  });

  it("refuses bad bodies with the fields concerned, never a 500", async () => {
    const badJson = await openRoute(req("/api/v1/console/reports", { token: tokens.staff, rawBody: "{" }));
    expect(badJson.status).toBe(400);
    const badYear = await open(tokens.staff, { agencyId: agencies.commerce, year: 1999 });
    expect(badYear.status).toBe(422);
    expect((await errorOf(badYear)).fields!.year).toBeDefined();
    const noAgency = await open(tokens.staff, { year: 2025 });
    expect(noAgency.status).toBe(422);
    expect((await errorOf(noAgency)).fields!.agencyId).toBeDefined();
    const combined = await open(tokens.staff, { agencyId: agencies.commerce, year: 2025, scope: "COMBINED" });
    expect(combined.status).toBe(422);
    expect((await errorOf(combined)).fields!.scope).toBeDefined();
    for (const payload of [[], "2025", null]) expect((await open(tokens.staff, payload)).status).toBe(422);

    const report = await opened();
    const partial = await putNarrative(report.id, tokens.staff, { overview: "只有总体情况" });
    expect(partial.status).toBe(422);
    expect(Object.keys((await errorOf(partial)).fields!).sort()).toEqual(["introduction", "otherMatters", "problems"]);
    const key = report.manualFigures.find((f) => f.kind === "count")!.key;
    const unknownKey = await putFigure(report.id, "no.such.figure", tokens.staff, { value: 1, source: "统计" });
    expect(unknownKey.status).toBe(422);
    expect((await errorOf(unknownKey)).fields!.key).toBeDefined();
    const notNumber = await putFigure(report.id, key, tokens.staff, { value: "很多", source: "统计" });
    expect(notNumber.status).toBe(422);
    expect((await errorOf(notNumber)).fields!.value).toBeDefined();
    const noSource = await putFigure(report.id, key, tokens.staff, { value: 3 });
    expect(noSource.status).toBe(422);
    expect((await errorOf(noSource)).fields!.source).toBeDefined();
    const negative = await putFigure(report.id, key, tokens.staff, { value: -1, source: "统计" });
    expect(negative.status).toBe(422);
    const invalid = await figureRoute(
      req(`/api/v1/console/reports/${report.id}/figures/${key}`, { method: "PUT", token: tokens.staff, rawBody: "x" }),
      params({ id: report.id, key }),
    );
    expect(invalid.status).toBe(400);
    expect(await db.reportManualFigure.count()).toBe(0);
  });
});
