// 行政复议 / 行政诉讼 without a request (条例 art. 51: 未依法主动公开, 更正, other), recorded per agency in the console,
// counted in 表四 (and the older format's 行政复议数 / 行政诉讼数) beside the cases about a request, each agency's
// cases in its own report only; refusals are sentences next to the field.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createToken } from "@/lib/api/tokens";
import { GET as listRoute, POST as recordRoute } from "@/app/api/v1/console/appeals/route";
import { POST as setResult } from "@/app/api/v1/console/appeals/[id]/result/route";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { AppError } from "@/lib/errors/app-error";
import { computeReport } from "@/lib/reports/compute/compute-report";
import { drillDown } from "@/lib/reports/compute/drill-down";
import { findAppealForUser, listAppeals } from "@/lib/requests/appeals/queries";
import { recordAgencyAppeal } from "@/lib/requests/appeals/record-agency-appeal";
import { updateAgencyAppealResult } from "@/lib/requests/appeals/update-appeal-result";
import type { FigureTable } from "@/lib/reports/types";
import { DEMO, principalFor, seedDemo, type DemoAgencyIds } from "../../support/principals";
import { addAppeal, addRequest } from "../../support/report-records";

let agencies: DemoAgencyIds;
let staff: CurrentUser, leader: CurrentUser, financeStaff: CurrentUser;

beforeEach(async () => {
  agencies = await seedDemo();
  [staff, leader, financeStaff] = await Promise.all(
    [DEMO.commerceStaff, DEMO.commerceLeader, DEMO.financeStaff].map(principalFor),
  );
});

const NOW = new Date("2026-02-10T02:00:00Z");
const fail = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: AppError) => e,
  );
const cells = (table: FigureTable) =>
  Object.fromEntries(table.columns.map((c, n) => [c.key, table.rows[0]!.values[n]]));
const legacy = (table: FigureTable, key: string) => table.rows.find((r) => r.key === key)!.values;

const record = (actor: CurrentUser, agencyId: string, input: Record<string, string>) =>
  recordAgencyAppeal({ actor, agencyId, input, now: NOW });

/** 商务局 2025: a 复议 about 未依法主动公开 (pending), a direct lawsuit about a 更正 request (纠正 in 2025), one about a request; 财政局 one. */
async function buildCases() {
  const proactive = await record(staff, agencies.commerce, {
    subject: "PROACTIVE_DISCLOSURE",
    summary: "认为本机关未主动公开2024年商贸扶持资金分配结果",
    kind: "ADMINISTRATIVE_REVIEW",
    filedOn: "2025-03-03",
    body: "三明市三元区人民政府",
  });
  const correction = await record(staff, agencies.commerce, {
    subject: "CORRECTION",
    summary: "对更正企业登记信息申请的处理不服",
    kind: "LAWSUIT_DIRECT",
    filedOn: "2025-04-01",
    body: "三明市三元区人民法院",
  });
  await updateAgencyAppealResult({
    actor: staff,
    appealId: correction.id,
    input: { result: "CORRECTED", concludedOn: "2025-09-15" },
    now: NOW,
  });
  const request = await addRequest(agencies.commerce, {
    applicantType: "NATURAL_PERSON",
    receivedOn: "2025-01-06",
    concludedOn: "2025-01-20",
    outcome: "REFUSED_PROCESS_INFO",
  });
  await addAppeal(request.id, {
    kind: "ADMINISTRATIVE_REVIEW",
    filedOn: "2025-02-10",
    result: "UPHELD",
    concludedOn: "2025-05-06",
  });
  await record(financeStaff, agencies.finance, {
    subject: "OTHER",
    summary: "对财政局信息公开工作的其他争议",
    kind: "LAWSUIT_AFTER_REVIEW",
    filedOn: "2025-06-01",
  });
  return { proactive, correction };
}

describe("appeals without a request", () => {
  it("are recorded for the agency with what they are about, and audited", async () => {
    const { proactive } = await buildCases();
    expect(proactive).toMatchObject({
      agencyId: agencies.commerce,
      subject: "PROACTIVE_DISCLOSURE",
      requestId: null,
      kind: "ADMINISTRATIVE_REVIEW",
      result: "PENDING",
    });
    expect(await db.auditEvent.count({ where: { type: "appeal.recorded", entityId: proactive.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { type: "appeal.updated", agencyId: agencies.commerce } })).toBe(1);
    // The agency's list holds the cases with and without a request; another agency's staff never see them.
    expect(
      (await listAppeals(staff, { agencyId: agencies.commerce, year: 2025 })).map((a) => a.subject).sort(),
    ).toEqual(["CORRECTION", "PROACTIVE_DISCLOSURE", "REQUEST_REPLY"]);
    expect(await listAppeals(financeStaff, { agencyId: agencies.commerce })).toEqual([]);
    expect(await findAppealForUser(financeStaff, proactive.id)).toBeNull();
    expect((await findAppealForUser(leader, proactive.id))?.summary).toContain("商贸扶持资金");
    // A year filter lists the cases open in it: none was filed before 2025.
    expect(await listAppeals(staff, { agencyId: agencies.commerce, year: 2024 })).toEqual([]);
  });

  it("count in 表四 and in the older format's 行政复议数 / 行政诉讼数, each in its own agency's report", async () => {
    await buildCases();
    const own = await computeReport(db, { agencyId: agencies.commerce, year: 2025, scope: "OWN" });
    expect(cells(own.current.appeals)).toMatchObject({
      "review.upheld": 1, // about the request
      "review.pending": 1, // 未依法主动公开
      "review.total": 2,
      "suit_direct.corrected": 1, // 更正
      "suit_direct.total": 1,
      "suit_after_review.total": 0, // 财政局's case is not 商务局's
    });
    expect(legacy(own.legacy.legacy, "reviews")[0]).toBe(2);
    expect(legacy(own.legacy.legacy, "lawsuits")[0]).toBe(1);

    const finance = await computeReport(db, { agencyId: agencies.finance, year: 2025, scope: "OWN" });
    expect(cells(finance.current.appeals)).toMatchObject({ "suit_after_review.pending": 1, "review.total": 0 });

    // The government's combined report adds its departments' cases.
    const combined = await computeReport(db, { agencyId: agencies.government, year: 2025, scope: "COMBINED" });
    expect(cells(combined.current.appeals)).toMatchObject({
      "review.total": 2,
      "suit_direct.total": 1,
      "suit_after_review.total": 1,
    });

    // The pending 复议 is still open in 2026: it counts there as 尚未审结; the concluded ones do not.
    const next = await computeReport(db, { agencyId: agencies.commerce, year: 2026, scope: "OWN" });
    expect(cells(next.current.appeals)).toMatchObject({
      "review.pending": 1,
      "review.total": 1,
      "suit_direct.total": 0,
    });
  });

  it("are listed by the drill-down with their summary instead of a request", async () => {
    const { proactive } = await buildCases();
    const result = await drillDown(db, {
      agencyId: agencies.commerce,
      year: 2025,
      scope: "OWN",
      cell: { table: "appeals", row: "appeals", column: "review.total" },
    });
    expect(result?.kind).toBe("appeals");
    if (result?.kind !== "appeals") return;
    expect(result.total).toBe(2);
    const withoutRequest = result.rows.find((r) => r.id === proactive.id);
    expect(withoutRequest).toMatchObject({ requestId: null, trackingCode: null, subject: "PROACTIVE_DISCLOSURE" });
    expect(withoutRequest?.summary).toContain("商贸扶持资金");
    expect(result.rows.find((r) => r.id !== proactive.id)).toMatchObject({ subject: "REQUEST_REPLY" });
  });

  it("refuse what the law or the record cannot hold, each next to its field", async () => {
    const valid = {
      subject: "CORRECTION",
      summary: "对更正申请的处理不服",
      kind: "ADMINISTRATIVE_REVIEW",
      filedOn: "2026-01-05",
    };
    const fieldErrors = async (p: Promise<unknown>) => (await fail(p))?.fieldErrors;
    expect(await fieldErrors(record(staff, agencies.commerce, { ...valid, summary: "  " }))).toEqual({
      summary: ["required"],
    });
    expect(Object.keys((await fieldErrors(record(staff, agencies.commerce, { ...valid, subject: "" })))!)).toEqual([
      "subject",
    ]);
    // A case about a request is recorded on that request, not here.
    expect(
      Object.keys((await fieldErrors(record(staff, agencies.commerce, { ...valid, subject: "REQUEST_REPLY" })))!),
    ).toEqual(["subject"]);
    expect(await fieldErrors(record(staff, agencies.commerce, { ...valid, filedOn: "2026-02-11" }))).toEqual({
      filedOn: ["futureDate"],
    });
    // Another agency looks like none; a leader (no 经办 role) may read but not record.
    expect((await fail(record(financeStaff, agencies.commerce, valid)))?.code).toBe("NOT_FOUND");
    expect((await fail(record(leader, agencies.commerce, valid)))?.code).toBe("FORBIDDEN");
    expect((await fail(record(staff, "not-a-uuid", valid)))?.code).toBe("NOT_FOUND");

    const appeal = await record(staff, agencies.commerce, valid);
    const update = (actor: CurrentUser, input: Record<string, string>) =>
      updateAgencyAppealResult({ actor, appealId: appeal.id, input, now: NOW });
    expect(await fieldErrors(update(staff, { result: "UPHELD", concludedOn: "2026-01-04" }))).toEqual({
      concludedOn: ["concludedBeforeFiled"],
    });
    expect(await fieldErrors(update(staff, { result: "UPHELD", concludedOn: "" }))).toEqual({
      concludedOn: ["required"],
    });
    expect((await fail(update(financeStaff, { result: "UPHELD", concludedOn: "2026-01-06" })))?.code).toBe("NOT_FOUND");
    expect((await fail(update(leader, { result: "UPHELD", concludedOn: "2026-01-06" })))?.code).toBe("FORBIDDEN");
    expect(await db.appeal.findUniqueOrThrow({ where: { id: appeal.id } })).toMatchObject({ result: "PENDING" });
  });

  it("the database holds: a request exactly when the case is about a reply to one", async () => {
    await expect(
      db.appeal.create({
        data: {
          agencyId: agencies.commerce,
          subject: "REQUEST_REPLY",
          kind: "ADMINISTRATIVE_REVIEW",
          filedOn: new Date("2025-01-02"),
        },
      }),
    ).rejects.toThrow();
    const request = await addRequest(agencies.commerce, { applicantType: "NATURAL_PERSON", receivedOn: "2025-01-02" });
    await expect(
      db.appeal.create({
        data: {
          agencyId: agencies.commerce,
          subject: "OTHER",
          requestId: request.id,
          kind: "ADMINISTRATIVE_REVIEW",
          filedOn: new Date("2025-01-03"),
        },
      }),
    ).rejects.toThrow();
  });
});

describe("the staff API of appeals", () => {
  it("records, lists and concludes a case without a request, with the console's rules", async () => {
    const [staffToken, financeToken] = await Promise.all([
      createToken({ actor: staff, name: "复议登记" }),
      createToken({ actor: financeStaff, name: "财政" }),
    ]);
    const call = (path: string, token: string, body?: unknown) => fetchRoute(path, token, body);
    const created = await call("/api/v1/console/appeals", staffToken.secret, {
      agencyId: agencies.commerce,
      subject: "PROACTIVE_DISCLOSURE",
      summary: "认为未主动公开商贸扶持资金分配结果",
      kind: "ADMINISTRATIVE_REVIEW",
      filedOn: "2025-03-03",
    });
    expect(created.status).toBe(201);
    const appeal = (await created.json()) as { id: string; subject: string; request: unknown; result: string };
    expect(appeal).toMatchObject({ subject: "PROACTIVE_DISCLOSURE", request: null, result: "PENDING" });

    const refused = await call("/api/v1/console/appeals", staffToken.secret, {
      agencyId: agencies.commerce,
      subject: "OTHER",
      summary: "",
      kind: "ADMINISTRATIVE_REVIEW",
      filedOn: "2025-03-03",
    });
    expect(refused.status).toBe(422);
    expect(Object.keys(((await refused.json()) as { error: { fields: object } }).error.fields)).toEqual(["summary"]);
    expect(
      (
        await call("/api/v1/console/appeals", financeToken.secret, {
          agencyId: agencies.commerce,
          subject: "OTHER",
          summary: "其他",
          kind: "ADMINISTRATIVE_REVIEW",
          filedOn: "2025-03-03",
        })
      ).status,
    ).toBe(404);

    const list = await call(`/api/v1/console/appeals?agencyId=${agencies.commerce}&year=2025`, staffToken.secret);
    expect(((await list.json()) as { appeals: { id: string }[] }).appeals.map((a) => a.id)).toEqual([appeal.id]);
    const foreign = await call(`/api/v1/console/appeals?agencyId=${agencies.commerce}`, financeToken.secret);
    expect(((await foreign.json()) as { appeals: unknown[] }).appeals).toEqual([]);

    const early = await call(`/api/v1/console/appeals/${appeal.id}/result`, staffToken.secret, {
      result: "CORRECTED",
      concludedOn: "2025-03-01",
    });
    expect(early.status).toBe(422);
    const done = await call(`/api/v1/console/appeals/${appeal.id}/result`, staffToken.secret, {
      result: "CORRECTED",
      concludedOn: "2025-08-01",
    });
    expect(done.status).toBe(200);
    expect(await done.json()).toMatchObject({ result: "CORRECTED", concludedOn: "2025-08-01" });
    expect(
      (await call(`/api/v1/console/appeals/${appeal.id}/result`, financeToken.secret, { result: "PENDING" })).status,
    ).toBe(404);
  });
});

async function fetchRoute(path: string, token: string, body?: unknown): Promise<Response> {
  const url = new URL(path, "http://console.example");
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  const request = new Request(
    url,
    body === undefined ? { headers } : { method: "POST", headers, body: JSON.stringify(body) },
  );
  const match = url.pathname.match(/^\/api\/v1\/console\/appeals\/([^/]+)\/result$/);
  if (match) return setResult(request, { params: Promise.resolve({ id: match[1]! }) });
  return body === undefined ? listRoute(request) : recordRoute(request);
}
