// What attackers and broken clients send: NUL characters, lone surrogates, control characters, absurd lengths and
// numbers, wrong JSON types, injection strings, impossible dates and cursors — into every field of every API body,
// every query parameter and every path id. Nothing may answer 5xx: bad input is a 4xx with a sentence.
import { describe, expect, it } from "vitest";
import { GET as agencyReport } from "@/app/api/v1/agencies/[code]/reports/[year]/route";
import { GET as agencyReports } from "@/app/api/v1/agencies/[code]/reports/route";
import { GET as agency } from "@/app/api/v1/agencies/[code]/route";
import { GET as agencies } from "@/app/api/v1/agencies/route";
import { POST as appealResult } from "@/app/api/v1/console/appeals/[id]/result/route";
import { GET as listAppeals, POST as recordAppeal } from "@/app/api/v1/console/appeals/route";
import { POST as events } from "@/app/api/v1/console/requests/[id]/events/route";
import { POST as fees } from "@/app/api/v1/console/requests/[id]/fees/[step]/route";
import { PUT as updateReply } from "@/app/api/v1/console/requests/[id]/replies/[replyId]/route";
import { POST as draftReply } from "@/app/api/v1/console/requests/[id]/replies/route";
import { GET as consoleRequest } from "@/app/api/v1/console/requests/[id]/route";
import { GET as listRequests, POST as registerRoute } from "@/app/api/v1/console/requests/route";
import { GET as item } from "@/app/api/v1/items/[id]/route";
import { GET as items } from "@/app/api/v1/items/route";
import { GET as track } from "@/app/api/v1/requests/[trackingCode]/route";
import { POST as submit } from "@/app/api/v1/requests/route";
import { createToken } from "@/lib/api/tokens";
import { chinaToday } from "@/lib/calendar/calendar-date";
import { registerRequest } from "@/lib/requests/register-request";
import { DEMO, principalFor, seedDemo, type DemoAgencyIds } from "../support/principals";
import { onlineRequestInput } from "../support/requests";

/** Strings and JSON values that break naive code. */
const NASTY: unknown[] = [
  "\u0000",
  "正常\u0000文字",
  "\uD800",
  "\uDFFF\uD800x",
  "\u001B[31m红",
  "\u202Egnp.exe",
  "\u0007\u0008\u000B\u000C",
  "x".repeat(100_000),
  "",
  "   ",
  "9".repeat(400),
  "-1",
  "1e309",
  "NaN",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "%00",
  "２０２６-１２-０４",
  "2026-02-30",
  "0000-00-00",
  "99999-12-31",
  "2026-12-04T25:61:00Z",
  0,
  -1,
  1.5,
  Number.MAX_SAFE_INTEGER,
  null,
  true,
  [],
  {},
  ["a", "b"],
  { $gt: "" },
];
const NASTY_STRINGS = NASTY.filter((v): v is string => typeof v === "string" && v.length < 1000);

const BASE = "http://localhost:3000";
let ids: DemoAgencyIds;
let token: string;
let requestId: string;
const failures: string[] = [];

async function check(label: string, answer: Promise<Response> | Response) {
  let response: Response;
  try {
    response = await answer;
  } catch (error) {
    failures.push(`${label}: threw ${(error as Error).message.slice(0, 200)}`);
    return;
  }
  if (response.status >= 500) failures.push(`${label}: ${response.status} ${(await response.text()).slice(0, 200)}`);
}

const show = (value: unknown) => JSON.stringify(value)?.slice(0, 40);
const params = <T extends Record<string, string>>(p: T) => ({ params: Promise.resolve(p) });
const json = (path: string, body: unknown, method = "POST") =>
  new Request(`${BASE}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
const get = (path: string, query: Record<string, string> = {}) =>
  new Request(`${BASE}${path}?${new URLSearchParams(query)}`, { headers: { authorization: `Bearer ${token}` } });

/** Every field of `base` replaced in turn by every nasty value, plus unknown fields and wrong body types. */
async function fuzzBody(label: string, base: Record<string, unknown>, send: (body: unknown) => Promise<Response>) {
  for (const field of Object.keys(base))
    for (const value of NASTY) await check(`${label} ${field}=${show(value)}`, send({ ...base, [field]: value }));
  for (const body of [null, [], "text", 42, { ...base, __proto__: { admin: true } }, { ...base, extra: "\u0000" }])
    await check(`${label} body=${show(body)}`, send(body));
}

/** Seeds the data the requests refer to (inside the test: the database is emptied before each test). */
async function setUp() {
  ids = await seedDemo();
  const staff = await principalFor(DEMO.commerceStaff);
  token = (await createToken({ actor: staff, name: "fuzz" })).secret;
  const registered = await registerRequest({
    actor: staff,
    input: {
      ...onlineRequestInput(ids.commerce),
      channel: "IN_PERSON",
      receiptBasis: "HANDED_IN",
      receivedOn: chinaToday(),
    },
  });
  requestId = registered.id;
}

describe("no input answers 5xx", () => {
  it("public and staff API bodies, query parameters and path ids", { timeout: 600_000 }, async () => {
    await setUp();
    // ── the public API ──
    await fuzzBody("POST /requests", onlineRequestInput(ids.commerce), (b) => submit(json("/api/v1/requests", b)));
    for (const value of NASTY_STRINGS) {
      await check(
        `GET /requests/${show(value)}`,
        track(get("/x", { phoneLastFour: "8000" }), params({ trackingCode: value })),
      );
      await check(
        `GET /requests phoneLastFour=${show(value)}`,
        track(get("/x", { phoneLastFour: value }), params({ trackingCode: "ABCD-EFGH-JKLM-NPQR" })),
      );
      for (const key of ["agency", "category", "q", "cursor", "before", "limit", "year", "genre", "validity", "page"])
        await check(`GET /items ${key}=${show(value)}`, items(get("/api/v1/items", { [key]: value }), params({})));
      await check(`GET /items/${show(value)}`, item(get("/x"), params({ id: value })));
      await check(`GET /agencies ?x=${show(value)}`, agencies(get("/api/v1/agencies", { x: value }), params({})));
      await check(`GET /agencies/${show(value)}`, agency(get("/x"), params({ code: value })));
      await check(`GET /agencies/…/reports ${show(value)}`, agencyReports(get("/x"), params({ code: value })));
      for (const query of [{ format: value }, { version: value }, { scope: value }] as Record<string, string>[])
        await check(
          `GET report ${show(query)}`,
          agencyReport(get("/x", query), params({ code: "350403001", year: "2017" })),
        );
      await check(
        `GET report year=${show(value)}`,
        agencyReport(get("/x"), params({ code: "350403001", year: value })),
      );
    }

    // ── the staff API ──
    const registration = {
      ...onlineRequestInput(ids.commerce),
      channel: "IN_PERSON",
      receiptBasis: "HANDED_IN",
      receivedOn: chinaToday(),
    };
    await fuzzBody("POST console/requests", registration, (b) => registerRoute(json("/api/v1/console/requests", b)));
    const step = { kind: "CONSULTATION_STARTED", on: chinaToday(), party: "THIRD_PARTY", with: "某企业" };
    await fuzzBody("POST events", step, (b) => events(json("/x", b), params({ id: requestId })));
    const notice = { method: "PER_PAGE", pages: "120", noticedOn: chinaToday(), paymentDeadline: chinaToday() };
    await fuzzBody("POST fees/notice", notice, (b) => fees(json("/x", b), params({ id: requestId, step: "notice" })));
    const draft = {
      outcome: "GRANTED",
      legalGround: "",
      letterMarkdown: "",
      delivery: "PAPER_COLLECT",
      deliveryDetail: "窗口",
    };
    await fuzzBody("POST replies", draft, (b) => draftReply(json("/x", b), params({ id: requestId })));
    await fuzzBody("PUT replies/x", draft, (b) =>
      updateReply(json("/x", b, "PUT"), params({ id: requestId, replyId: requestId })),
    );
    const appeal = {
      agencyId: ids.commerce,
      subject: "CORRECTION",
      kind: "ADMINISTRATIVE_REVIEW",
      filedOn: chinaToday(),
      summary: "更正",
    };
    await fuzzBody("POST appeals", appeal, (b) => recordAppeal(json("/x", b)));
    await fuzzBody("POST appeals/x/result", { result: "UPHELD", concludedOn: chinaToday() }, (b) =>
      appealResult(json("/x", b), params({ id: requestId })),
    );
    for (const value of NASTY_STRINGS) {
      for (const key of ["view", "state", "agency", "q", "cursor", "page", "assignee", "overdue"])
        await check(`GET console/requests ${key}=${show(value)}`, listRequests(get("/x", { [key]: value })));
      for (const key of ["agency", "year", "cursor"])
        await check(`GET console/appeals ${key}=${show(value)}`, listAppeals(get("/x", { [key]: value })));
      await check(`GET console/requests/${show(value)}`, consoleRequest(get("/x"), params({ id: value })));
      await check(`POST events on ${show(value)}`, events(json("/x", step), params({ id: value })));
      await check(`POST fees/${show(value)}`, fees(json("/x", notice), params({ id: requestId, step: value })));
    }
    await check(
      "malformed JSON",
      registerRoute(
        new Request(`${BASE}/x`, {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: '{"a":',
        }),
      ),
    );
    await check(
      "invalid UTF-8 body",
      submit(
        new Request(`${BASE}/x`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]),
        }),
      ),
    );

    expect(failures).toEqual([]);
  });
});
