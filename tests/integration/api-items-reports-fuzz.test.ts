// No input to the items and reports staff API answers 5xx: every body field replaced in turn by values that break
// naive code (NUL, lone surrogates, huge strings, wrong JSON types, prototype keys), every query parameter and
// path id likewise. A refusal is a 4xx with a reason; a crash would be a 500 here.
import { describe, expect, it, vi } from "vitest";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { rm } from "node:fs/promises";
import { createToken } from "@/lib/api/tokens";
import { GET as listItems, POST as createItem } from "@/app/api/v1/console/items/route";
import { GET as getItem, PUT as updateItem } from "@/app/api/v1/console/items/[id]/route";
import { POST as submitItem } from "@/app/api/v1/console/items/[id]/submit/route";
import { POST as returnReview } from "@/app/api/v1/console/items/[id]/review/return/route";
import { POST as withdraw } from "@/app/api/v1/console/items/[id]/withdraw/route";
import { POST as startRevision } from "@/app/api/v1/console/items/[id]/revisions/route";
import { POST as proposeValidity } from "@/app/api/v1/console/items/[id]/validity/route";
import { GET as attachments, POST as upload } from "@/app/api/v1/console/items/[id]/attachments/route";
import {
  DELETE as deleteAttachment,
  GET as download,
} from "@/app/api/v1/console/items/[id]/attachments/[attachmentId]/route";
import { POST as openReport } from "@/app/api/v1/console/reports/route";
import { GET as getReport } from "@/app/api/v1/console/reports/[id]/route";
import { GET as reportTables } from "@/app/api/v1/console/reports/[id]/tables/route";
import { PUT as narrative } from "@/app/api/v1/console/reports/[id]/narrative/route";
import { PUT as figure } from "@/app/api/v1/console/reports/[id]/figures/[key]/route";
import { POST as submitReport } from "@/app/api/v1/console/reports/[id]/submit/route";
import { POST as returnReport } from "@/app/api/v1/console/reports/[id]/return/route";
import { POST as correctReport } from "@/app/api/v1/console/reports/[id]/correct/route";
import { DEMO, principalFor, seedDemo } from "../support/principals";
import { draftInput } from "../support/items";

const storageDir = path.join(process.cwd(), ".data", "test-attachments", `fuzz-${randomBytes(4).toString("hex")}`);
vi.stubEnv("GONGKAI_STORAGE_DIR", storageDir);

const NASTY: unknown[] = [
  "\u0000",
  "正常\u0000文字",
  "\uD800",
  "\u202Egnp.exe",
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
  "２０２６-１２-０４",
  "2026-02-30",
  "99999-12-31",
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
let token = "";
const failures: string[] = [];
const show = (value: unknown) => JSON.stringify(value)?.slice(0, 40);
const params = <T extends Record<string, string>>(p: T) => ({ params: Promise.resolve(p) });
const json = (body: unknown, method = "POST") =>
  new Request(`${BASE}/x`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
const get = (query: Record<string, string> = {}, method = "GET") =>
  new Request(`${BASE}/x?${new URLSearchParams(query)}`, { method, headers: { authorization: `Bearer ${token}` } });

async function check(label: string, answer: Promise<Response>) {
  try {
    const response = await answer;
    if (response.status >= 500) failures.push(`${label}: ${response.status} ${(await response.text()).slice(0, 200)}`);
  } catch (error) {
    failures.push(`${label}: threw ${(error as Error).message.slice(0, 200)}`);
  }
}

async function fuzzBody(label: string, base: Record<string, unknown>, send: (body: unknown) => Promise<Response>) {
  for (const field of Object.keys(base))
    for (const value of NASTY) await check(`${label} ${field}=${show(value)}`, send({ ...base, [field]: value }));
  for (const body of [null, [], "text", 42, { ...base, extra: "\u0000" }])
    await check(`${label} ${show(body)}`, send(body));
}

describe("no input to the items and reports staff API answers 5xx", () => {
  it("bodies, query parameters and path ids", { timeout: 600_000 }, async () => {
    const agencies = await seedDemo();
    token = (await createToken({ actor: await principalFor(DEMO.commerceStaff), name: "fuzz" })).secret;
    const base = draftInput(agencies.commerce);

    // ── items ──
    await fuzzBody("POST items", base, (b) => createItem(json(b)));
    const item = (await (await createItem(json(base))).json()) as { id: string };
    const id = { id: item.id };
    await fuzzBody("PUT items/x", base, (b) => updateItem(json(b, "PUT"), params(id)));
    await fuzzBody("POST withdraw", { reason: "撤回" }, (b) => withdraw(json(b), params(id)));
    await fuzzBody("POST revisions", { forPublication: true }, (b) => startRevision(json(b), params(id)));
    await fuzzBody("POST validity", { validity: "REPEALED", effectiveOn: "2026-12-01", reason: "废止" }, (b) =>
      proposeValidity(json(b), params(id)),
    );
    await submitItem(json({}), params(id));
    // The draft is pending review: a return by its drafter is refused before the comment is even read, so the
    // comment's fuzzing runs as the reviewer.
    token = (await createToken({ actor: await principalFor(DEMO.commerceReviewer), name: "fuzz" })).secret;
    await fuzzBody("POST review/return", { comment: "退回" }, (b) => returnReview(json(b), params(id)));
    token = (await createToken({ actor: await principalFor(DEMO.commerceStaff), name: "fuzz2" })).secret;
    for (const value of NASTY_STRINGS) {
      for (const key of ["agencyId", "state", "status", "category", "subject", "year", "q", "cursor", "limit"])
        await check(`GET items ${key}=${show(value)}`, listItems(get({ [key]: value })));
      await check(`GET items/${show(value)}`, getItem(get(), params({ id: value })));
      await check(`POST submit on ${show(value)}`, submitItem(json({}), params({ id: value })));
      await check(`GET attachments of ${show(value)}`, attachments(get(), params({ id: value })));
      await check(`GET attachment ${show(value)}`, download(get(), params({ id: item.id, attachmentId: value })));
      await check(
        `DELETE attachment ${show(value)}`,
        deleteAttachment(get({}, "DELETE"), params({ id: item.id, attachmentId: value })),
      );
    }
    const form = new FormData();
    form.append("file", "not a file");
    await check("upload a text field", upload(new Request(`${BASE}/x`, { method: "POST", body: form }), params(id)));
    await check(
      "upload garbage multipart",
      upload(
        new Request(`${BASE}/x`, {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "multipart/form-data; boundary=zzz" },
          body: "--zzz\r\nbroken",
        }),
        params(id),
      ),
    );

    // ── reports ──
    await fuzzBody("POST reports", { agencyId: agencies.commerce, year: 2025, scope: "OWN" }, (b) =>
      openReport(json(b)),
    );
    const report = (await (await openReport(json({ agencyId: agencies.commerce, year: 2025 }))).json()) as {
      id: string;
    };
    const rid = { id: report.id };
    const text = { introduction: "引言", overview: "总体", problems: "问题", otherMatters: "其他" };
    await fuzzBody("PUT narrative", text, (b) => narrative(json(b, "PUT"), params(rid)));
    await fuzzBody("PUT figure", { value: "1", source: "统计" }, (b) =>
      figure(json(b, "PUT"), params({ ...rid, key: "licensing.decisions" })),
    );
    await fuzzBody("POST submit", { correctionReason: "更正" }, (b) => submitReport(json(b), params(rid)));
    await fuzzBody("POST return", { comment: "退回" }, (b) => returnReport(json(b), params(rid)));
    await fuzzBody("POST correct", { reason: "更正" }, (b) => correctReport(json(b), params(rid)));
    for (const value of NASTY_STRINGS) {
      await check(`GET reports/${show(value)}`, getReport(get(), params({ id: value })));
      await check(`GET reports/${show(value)}/tables`, reportTables(get(), params({ id: value })));
      await check(
        `PUT figure ${show(value)}`,
        figure(json({ value: "1", source: "统计" }, "PUT"), params({ ...rid, key: value })),
      );
    }

    await rm(storageDir, { recursive: true, force: true });
    expect(failures).toEqual([]);
  });
});
