// GET /api/v1/agencies/{code}/reports/{year} through its route handler: the published report as open data in
// the shape with the official keys in order, ?format=legacy, ?version=n, clear 400/404 JSON errors,
// CORS; a draft is 404 for the public and for a token of another agency, and computed live for the agency's
// own staff with a token.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { createToken } from "@/lib/api/tokens";
import { openApiDocument } from "@/lib/api/openapi";
import { GET as reportRoute, OPTIONS as reportOptions } from "@/app/api/v1/agencies/[code]/reports/[year]/route";
import { GET as reportListRoute } from "@/app/api/v1/agencies/[code]/reports/route";
import { DEMO, principalFor, seedDemo, type DemoAgencyIds } from "../../support/principals";
import { buildRequests2025 } from "../../support/report-records";
import { correctReport, draftReport, narrativeFor, publish, publishedReport } from "./public-publish";

vi.stubEnv("NEXTAUTH_URL", "");

let agencies: DemoAgencyIds;
let staff: CurrentUser, leader: CurrentUser, financeStaff: CurrentUser;

beforeEach(async () => {
  agencies = await seedDemo();
  [staff, leader, financeStaff] = await Promise.all(
    [DEMO.commerceStaff, DEMO.commerceLeader, DEMO.financeStaff].map(principalFor),
  );
});

const BASE = "http://open.example:8080";
const COMMERCE = "350403001";

type Table = {
  columns: { key: string; label: string }[];
  rows: { key: string; label: string; group?: string; values: (number | null)[] }[];
};
type ReportBody = {
  agency: { code: string; name: string };
  year: number;
  scope: string;
  format: string;
  version: number | null;
  publishedAt: string | null;
  status: string;
  tables: { requests: Table; proactive: Table; appeals: Table; legacy?: Table };
  narrative: Record<string, string>;
  feesCollectedYuan: number;
  versions: { number: number; correctionReason: string }[];
  links: { html: string | null; pdf: string | null };
};
type ErrorBody = {
  error: { code: string; message: string; fields?: Record<string, { code: string; message: string }[]> };
};

async function get(path: string, token?: string) {
  const url = new URL(path, BASE);
  const [, , , , code, , year] = url.pathname.split("/");
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  return reportRoute(new Request(url, { headers }), {
    params: Promise.resolve({ code: decodeURIComponent(code!), year: year! }),
  });
}

const REQUEST_ROW_KEYS = [
  "new",
  "carried_in",
  "result.granted",
  "result.partial",
  "result.refused.state_secret",
  "result.refused.prohibited_by_law",
  "result.refused.security_stability",
  "result.refused.third_party",
  "result.refused.internal_affairs",
  "result.refused.process_info",
  "result.refused.enforcement_file",
  "result.refused.query_matter",
  "result.unable.not_held",
  "result.unable.needs_creation",
  "result.unable.still_unclear",
  "result.declined.petition",
  "result.declined.duplicate",
  "result.declined.publication",
  "result.declined.excessive",
  "result.declined.confirmation",
  "result.other.no_correction",
  "result.other.unpaid_fee",
  "result.other.other",
  "result.total",
  "carried_out",
];
const REQUEST_COLUMN_KEYS = [
  "natural_person",
  "commercial",
  "research",
  "public_interest",
  "legal_services",
  "other_org",
  "total",
];
const APPEAL_COLUMN_KEYS = ["review", "suit_direct", "suit_after_review"].flatMap((p) =>
  ["upheld", "corrected", "other", "pending", "total"].map((s) => `${p}.${s}`),
);

describe("the annual report as open data", () => {
  it("answers the published report in the issue's shape, with the official keys in the official order", async () => {
    await buildRequests2025(agencies.commerce);
    await publishedReport(staff, leader, agencies.commerce, 2025, narrativeFor("开放"));
    const response = await get(`/api/v1/agencies/${COMMERCE}/reports/2025`);
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cache-control")).toBe("public, max-age=60");
    const body = (await response.json()) as ReportBody;
    expect(Object.keys(body).slice(0, 5)).toEqual(["agency", "year", "scope", "format", "version"]);
    expect(body).toMatchObject({
      agency: { code: COMMERCE },
      year: 2025,
      scope: "OWN",
      format: "GOV_2021",
      version: 1,
      status: "PUBLISHED",
    });
    expect(new Date(body.publishedAt!).toString()).not.toBe("Invalid Date");
    expect(Object.keys(body.tables)).toEqual(["requests", "proactive", "appeals"]);
    expect(body.tables.requests.columns.map((c) => c.key)).toEqual(REQUEST_COLUMN_KEYS);
    expect(body.tables.requests.rows.map((r) => r.key)).toEqual(REQUEST_ROW_KEYS);
    expect(body.tables.appeals.columns.map((c) => c.key)).toEqual(APPEAL_COLUMN_KEYS);
    expect(body.tables.appeals.rows).toHaveLength(1);
    expect(body.tables.proactive.rows.map((r) => r.key)).toEqual([
      "regulation",
      "normative_document",
      "licensing",
      "penalty",
      "coercion",
      "administrative_fees",
    ]);
    // Every row has one value per column; 表三 reconciles (一 + 二 = 三（七）+ 四) in every column.
    for (const table of Object.values(body.tables))
      for (const row of table.rows) expect(row.values).toHaveLength(table.columns.length);
    const rows = Object.fromEntries(body.tables.requests.rows.map((r) => [r.key, r.values]));
    REQUEST_COLUMN_KEYS.forEach((_, c) => {
      expect(rows.new[c]! + rows.carried_in[c]!).toBe(rows["result.total"][c]! + rows.carried_out[c]!);
    });
    expect(rows.new[6]).toBe(24);
    expect(body.tables.requests.rows.find((r) => r.key === "result.refused.state_secret")).toMatchObject({
      label: "1.属于国家秘密",
      group: "（三）不予公开",
    });
    expect(body.narrative).toEqual(narrativeFor("开放"));
    expect(typeof body.feesCollectedYuan).toBe("number");
    expect(body.links).toEqual({
      html: `${BASE}/reports/${COMMERCE}/2025`,
      pdf: `${BASE}/reports/${COMMERCE}/2025/pdf`,
    });
  });

  it("answers the older format with ?format=legacy, and a named version with ?version=n", async () => {
    const report = await publishedReport(staff, leader, agencies.commerce, 2025, narrativeFor("旧版"));
    await correctReport(staff, leader, report.id, "更正数据", narrativeFor("新版"), { publish: true });

    const legacy = (await (await get(`/api/v1/agencies/${COMMERCE}/reports/2025?format=legacy`)).json()) as ReportBody;
    expect(legacy.format).toBe("LEGACY_2008");
    expect(Object.keys(legacy.tables)).toEqual(["legacy"]);
    expect(legacy.tables.legacy!.columns.map((c) => c.key)).toEqual(["this_year", "cumulative"]);
    expect(legacy.tables.legacy!.rows.map((r) => r.key)).toEqual([
      "proactive.total",
      "proactive.website",
      "proactive.gazette",
      "requests.total",
      "requests.in_person",
      "requests.online",
      "requests.letter_fax",
      "replies.total",
      "replies.granted",
      "replies.partial",
      "replies.refused",
      "replies.other",
      "complaints",
      "reviews",
      "lawsuits",
    ]);

    const latest = (await (await get(`/api/v1/agencies/${COMMERCE}/reports/2025`)).json()) as ReportBody;
    expect([latest.version, latest.narrative.overview, latest.versions.map((v) => v.correctionReason)]).toEqual([
      2,
      narrativeFor("新版").overview,
      ["", "更正数据"],
    ]);
    const first = (await (await get(`/api/v1/agencies/${COMMERCE}/reports/2025?version=1`)).json()) as ReportBody;
    expect([first.version, first.narrative.overview]).toEqual([1, narrativeFor("旧版").overview]);
    expect(first.links.html).toBe(`${BASE}/reports/${COMMERCE}/2025?version=1`);
    expect((await get(`/api/v1/agencies/${COMMERCE}/reports/2025?version=3`)).status).toBe(404);
  });

  it("answers clear JSON errors for a bad year, format, version or parameter and an unknown agency — never a 500", async () => {
    await publishedReport(staff, leader, agencies.commerce, 2025, narrativeFor("错误"));
    const cases: [string, number, string | null][] = [
      [`/api/v1/agencies/${COMMERCE}/reports/20x5`, 400, "year"],
      [`/api/v1/agencies/${COMMERCE}/reports/1999`, 400, "year"],
      [`/api/v1/agencies/${COMMERCE}/reports/2025?format=pdf`, 400, "format"],
      [`/api/v1/agencies/${COMMERCE}/reports/2025?version=0`, 400, "version"],
      [`/api/v1/agencies/${COMMERCE}/reports/2025?version=x`, 400, "version"],
      [`/api/v1/agencies/${COMMERCE}/reports/2025?scope=all`, 400, "scope"],
      [`/api/v1/agencies/${COMMERCE}/reports/2025?lang=en`, 400, "lang"],
      [`/api/v1/agencies/${COMMERCE}/reports/2025?version=1&version=2`, 400, "version"],
      [`/api/v1/agencies/999999999/reports/2025`, 404, null],
      [`/api/v1/agencies/${encodeURIComponent("bad code!")}/reports/2025`, 404, null],
      [`/api/v1/agencies/${COMMERCE}/reports/2024`, 404, null],
    ];
    for (const [path, status, field] of cases) {
      const response = await get(path);
      expect(response.status, path).toBe(status);
      expect(response.headers.get("access-control-allow-origin"), path).toBe("*");
      const body = (await response.json()) as ErrorBody;
      expect(body.error.message.length, path).toBeGreaterThan(3);
      if (field) expect(Object.keys(body.error.fields ?? {}), path).toEqual([field]);
      else expect(body.error.code).toBe("NOT_FOUND");
    }
    const preflight = await reportOptions();
    expect(preflight.status).toBe(204);
  });

  it("gives a draft to the agency's own staff with a token, computed live — and to nobody else", async () => {
    await buildRequests2025(agencies.commerce);
    const report = await draftReport(staff, agencies.commerce, 2025, narrativeFor("DRAFT-CANARY-商务草稿"));
    const commerceToken = (await createToken({ actor: staff, name: "年报对接" })).secret;
    const financeToken = (await createToken({ actor: financeStaff, name: "财政局对接" })).secret;
    const path = `/api/v1/agencies/${COMMERCE}/reports/2025`;

    const anonymous = await get(path);
    expect(anonymous.status).toBe(404);
    expect(await anonymous.text()).not.toContain("DRAFT-CANARY");
    const otherAgency = await get(path, financeToken);
    expect(otherAgency.status).toBe(404);
    expect(await otherAgency.text()).not.toContain("DRAFT-CANARY");
    expect((await get(path, "gk_not-a-real-token")).status).toBe(401);
    // Another scheme (a proxy's Basic credentials) is not a token: read as anonymous.
    const basic = await reportRoute(
      new Request(new URL(path, BASE), { headers: { authorization: "Basic dXNlcjpwYXNz" } }),
      { params: Promise.resolve({ code: COMMERCE, year: "2025" }) },
    );
    expect(basic.status).toBe(404);

    const own = await get(path, commerceToken);
    expect(own.status).toBe(200);
    expect(own.headers.get("cache-control")).toBe("private, no-store");
    const body = (await own.json()) as ReportBody;
    expect(body).toMatchObject({
      version: null,
      publishedAt: null,
      status: "DRAFT",
      format: "GOV_2021",
      links: { html: null, pdf: null },
    });
    expect(body.narrative.overview).toContain("DRAFT-CANARY-商务草稿");
    expect(body.tables.requests.rows.map((r) => r.key)).toEqual(REQUEST_ROW_KEYS);
    expect(body.tables.requests.rows[0].values[6]).toBe(24);

    // Once published, the token gets the published version like everyone; during a correction, the draft again.
    await publish(staff, leader, report.id);
    const published = (await (await get(path, commerceToken)).json()) as ReportBody;
    expect([published.status, published.version]).toEqual(["PUBLISHED", 1]);
    await correctReport(staff, leader, report.id, "更正", narrativeFor("CORRECTION-CANARY"), { publish: false });
    for (const token of [undefined, financeToken]) {
      const response = await get(path, token);
      const text = await response.text();
      expect(text).not.toContain("CORRECTION-CANARY");
      expect((JSON.parse(text) as ReportBody).version).toBe(1);
    }
    const correcting = (await (await get(path, commerceToken)).json()) as ReportBody;
    expect([correcting.status, correcting.version, correcting.narrative.overview]).toEqual([
      "DRAFT",
      null,
      narrativeFor("CORRECTION-CANARY").overview,
    ]);
    expect(correcting.versions.map((v) => v.number)).toEqual([1]);
    // ?version=n always names a published version, token or not (version 1 carries the text that was the draft).
    expect(((await (await get(`${path}?version=1`, commerceToken)).json()) as ReportBody).narrative.overview).toContain(
      "DRAFT-CANARY-商务草稿",
    );
  });

  it("lists an agency's published reports with their links, and nothing of a draft", async () => {
    await publishedReport(staff, leader, agencies.commerce, 2024, narrativeFor("列表"));
    await draftReport(staff, agencies.commerce, 2025, narrativeFor("DRAFT-CANARY-列表草稿"));
    const list = (code: string, query = "") =>
      reportListRoute(new Request(`${BASE}/api/v1/agencies/${code}/reports${query}`), {
        params: Promise.resolve({ code }),
      });
    const response = await list(COMMERCE);
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const body = (await response.json()) as {
      agency: { code: string };
      reports: { year: number; version: number; format: string; links: Record<string, string> }[];
    };
    expect(body.reports).toEqual([
      {
        year: 2024,
        scope: "OWN",
        format: "GOV_2021",
        version: 1,
        publishedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        links: {
          api: `${BASE}/api/v1/agencies/${COMMERCE}/reports/2024`,
          html: `${BASE}/reports/${COMMERCE}/2024`,
          pdf: `${BASE}/reports/${COMMERCE}/2024/pdf`,
        },
      },
    ]);
    expect((await list("350403002")).status).toBe(200);
    expect((await list("999999999")).status).toBe(404);
    expect((await list(COMMERCE, "?year=2025")).status).toBe(400);
  });

  it("is described in the OpenAPI document with its response schema", () => {
    const doc = openApiDocument();
    const operation = doc.paths["/api/v1/agencies/{code}/reports/{year}"]?.get;
    expect(operation?.operationId).toBe("getAnnualReport");
    expect(doc.paths["/api/v1/agencies/{code}/reports"]?.get?.operationId).toBe("listAnnualReports");
    expect(Object.keys(operation!.responses)).toEqual(["200", "400", "401", "404"]);
    expect(doc.components.schemas.AnnualReport).toMatchObject({
      required: expect.arrayContaining(["agency", "year", "format", "version", "publishedAt", "tables", "narrative"]),
    });
    expect(JSON.stringify(doc.components.schemas.AnnualReport)).toContain("result.refused.state_secret");
  });
});
