// Issue 15 item 1: names and titles with rare characters (生僻字) beyond the Basic Multilingual Plane — Extensions
// B–G, a combining sequence, an ideographic variation sequence (IVS) — come back exactly as typed from every
// place they pass: the online request form's schema, the public API (submit, then track by 查询码), the database,
// the console API and list, the e-mail (through SMTP), the item import (a GB 18030 CSV) and the search (found by a
// two-character query that includes the rare character, highlighted whole). PDFs are checked by their own tests.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { db } from "@/lib/db";
import { addDays, chinaToday, toDbDate } from "@/lib/calendar/calendar-date";
import { createToken } from "@/lib/api/tokens";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { sendOutbox } from "@/lib/email/send-outbox";
import { importItems } from "@/lib/items/import/import-items";
import { importCsv } from "@/lib/items/import/csv";
import type { ImportColumn } from "@/lib/items/import/columns";
import { listRequestView } from "@/lib/requests/console-views";
import { ZOnlineRequest } from "@/lib/requests/schemas";
import { searchItems } from "@/lib/search/search-items";
import { indexTokens } from "@/lib/search/tokenize";
import { characterCount } from "@/lib/text/characters";
import { POST as submitRoute } from "@/app/api/v1/requests/route";
import { GET as trackRoute } from "@/app/api/v1/requests/[trackingCode]/route";
import { GET as consoleGetRoute } from "@/app/api/v1/console/requests/[id]/route";
import { DEMO, principalFor, seedDemo, type DemoAgencyIds } from "../support/principals";
import { onlineRequestInput } from "../support/requests";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink";

const IVS = "\u{E0100}"; // VARIATION SELECTOR-17: the first ideographic variation selector

/** Applicant names: each must survive unchanged (not NFC/NFKC-normalised, no selector dropped, no half pair). */
const NAMES = [
  { what: "Extension E (𬌗 U+2C317)", name: "王𬌗明" },
  { what: "Extension B (𠮷 U+20BB7, 𪚥 U+2A6A5)", name: "𠮷田𪚥" },
  { what: "Extension G (𰻞 U+30EDE, 𱁬 U+3106C)", name: "张𰻞𱁬" },
  { what: "an ideographic variation sequence (𠮷 + U+E0100)", name: `𠮷${IVS}野家` },
  { what: "a combining sequence (e + U+0301), not composed", name: "Rene\u0301 王" },
  { what: "a compatibility ideograph NFC would change (U+F900 豈)", name: "李\uF900" },
];

/** Item titles, and a two-character query (with the rare character) that must find each. */
const TITLES = [
  { title: "关于王𬌗明同志任职的通知", query: "𬌗明", marked: "𬌗明" },
  { title: `𠮷${IVS}野家食品经营许可公示`, query: "𠮷野", marked: `𠮷${IVS}野` },
  { title: "𪚥字读音规范说明", query: "𪚥字", marked: "𪚥字" },
  { title: "𰻞𰻞面制作技艺保护名录", query: "𰻞面", marked: "𰻞面" },
  { title: "𱁬村道路改造工程公告", query: "𱁬村", marked: "𱁬村" },
];

let agencies: DemoAgencyIds;
let sink: SmtpSink | undefined;

beforeEach(async () => {
  agencies = await seedDemo();
});
afterEach(async () => {
  await sink?.stop();
  sink = undefined;
});

const BASE = "http://localhost:3000";
const json = (body: unknown) =>
  new Request(`${BASE}/api/v1/requests`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
const params = <T extends Record<string, string>>(p: T) => ({ params: Promise.resolve(p) });

describe.each(NAMES)("an applicant named with $what", ({ name }) => {
  const description = `申请公开${name}名下的宅基地审批材料。`;

  it("passes the form's schema unchanged, within limits counted in characters", () => {
    const parsed = ZOnlineRequest.parse(onlineRequestInput(agencies.commerce, { applicantName: name, description }));
    expect(parsed.applicantName).toBe(name);
    expect(parsed.description).toBe(description);
    // 200 characters is the limit, whatever plane they are in; 201 is refused.
    const long = name.repeat(Math.ceil(200 / characterCount(name))).slice(0, 400);
    const atLimit = [...long].slice(0, 200).join("");
    expect(ZOnlineRequest.safeParse(onlineRequestInput(agencies.commerce, { applicantName: atLimit })).success).toBe(
      true,
    );
    expect(
      ZOnlineRequest.safeParse(onlineRequestInput(agencies.commerce, { applicantName: `${atLimit}王` })).success,
    ).toBe(false);
  });

  it("round-trips through the API, the database, the console API and list", async () => {
    const submitted = await submitRoute(
      json(onlineRequestInput(agencies.commerce, { applicantName: name, contactPerson: name, description })),
    );
    expect(submitted.status).toBe(201);
    const { trackingCode } = (await submitted.json()) as { trackingCode: string };

    const tracked = await trackRoute(
      new Request(`${BASE}/api/v1/requests/${trackingCode}?phoneLastFour=8000`),
      params({ trackingCode }),
    );
    expect(tracked.status).toBe(200);
    expect(((await tracked.json()) as { description: string }).description).toBe(description);

    const stored = await db.infoRequest.findFirstOrThrow({ where: { trackingCode } });
    expect([stored.applicantName, stored.contactPerson, stored.description]).toEqual([name, name, description]);
    // The database sees characters too: char_length counts code points.
    const [{ length }] = await db.$queryRaw<{ length: number }[]>`
      SELECT char_length(applicant_name)::int AS length FROM info_request WHERE id = ${stored.id}::uuid`;
    expect(length).toBe(characterCount(name));

    const staff = await principalFor(DEMO.commerceStaff);
    const token = (await createToken({ actor: staff, name: "对接" })).secret;
    const own = await consoleGetRoute(
      new Request(`${BASE}/api/v1/console/requests/${stored.id}`, { headers: { authorization: `Bearer ${token}` } }),
      params({ id: stored.id }),
    );
    expect(own.status).toBe(200);
    const view = (await own.json()) as { applicant: { name: string; contactPerson: string }; description: string };
    expect(view.applicant).toMatchObject({ name, contactPerson: name });
    expect(view.description).toBe(description);

    const rows = await listRequestView(staff, "all");
    expect(rows.find((r) => r.trackingCode === trackingCode)?.description).toBe(description);
  });
});

describe("e-mails", () => {
  it("carry an agency name with rare characters intact in the subject and the text, through SMTP", async () => {
    const agencyName = `三明市𬌗溪镇𠮷${IVS}野村𰻞𰻞面协会`;
    await db.agency.update({ where: { id: agencies.commerce }, data: { name: agencyName } });
    sink = await startSmtpSink();
    const submitted = await submitRoute(json(onlineRequestInput(agencies.commerce)));
    expect(submitted.status).toBe(201);
    const stored = await db.outboxEmail.findFirstOrThrow();
    expect(stored.subject).toBe(`【${agencyName}】已收到您的政府信息公开申请`);
    expect(stored.textBody).toContain(`${agencyName}已于`);

    expect(await sendOutbox({ config: sink.config })).toMatchObject({ sent: 1, failed: 0 });
    const [mail] = sink.messages;
    expect(mail.subject).toBe(stored.subject);
    expect(mail.text).toContain(`${agencyName}已于`);
  });
});

describe("items titled with rare characters", () => {
  type Row = Partial<Record<ImportColumn, string>>;
  const row = (title: string, i: number): Row => ({
    title,
    writtenOn: "2024-01-01",
    publishedOn: `2024-01-${String(i + 2).padStart(2, "0")}`,
    subjectCategory: "08",
    genre: "通知",
    channels: "政府网站",
    catalogueCategory: "其他",
    summary: `${title}的内容概述。`,
    bodyMarkdown: `正文提到${title}。`,
  });

  beforeEach(async () => {
    const actor = await principalFor(DEMO.commerceAdmin);
    // History up to today: the agency goes live tomorrow (only history skips the review chain).
    await db.agency.update({
      where: { id: agencies.commerce },
      data: { goLiveOn: toDbDate(addDays(chinaToday(), 1)) },
    });
    // Saved as Chinese Excel may save it: GB 18030, where these characters are 4-byte sequences.
    const bytes = new Uint8Array(iconv.encode(importCsv(TITLES.map((t, i) => row(t.title, i))), "gb18030"));
    await importItems({ historical: true, actor, agencyId: agencies.commerce, file: { bytes, fileName: "历史.csv" } });
  });

  it("are imported from a GB 18030 CSV and stored exactly", async () => {
    const titles = (await db.itemRevision.findMany({ select: { title: true } })).map((r) => r.title);
    expect(titles.sort()).toEqual(TITLES.map((t) => t.title).sort());
  });

  it("are indexed by the database exactly as the query side tokenises them", async () => {
    for (const { title } of TITLES) {
      const [{ tokens }] = await db.$queryRaw<{ tokens: string }[]>`SELECT search_tokens(${title}) AS tokens`;
      expect(tokens.trim().split(/\s+/)).toEqual(indexTokens(title));
    }
    expect(indexTokens(TITLES[0].title)).toContain("𬌗明");
  });

  it.each(TITLES)("“$title” is found by “$query” and highlighted whole", async ({ title, query, marked }) => {
    const outcome = await searchItems({ q: query, filter: {}, page: 1 });
    if (outcome.kind !== "results") throw new Error(outcome.kind);
    expect(outcome.hits.map((h) => h.title.map((p) => p.text).join(""))).toEqual([title]);
    expect(outcome.hits[0].title.filter((p) => p.mark).map((p) => p.text)).toEqual([marked]);
    expect(outcome.hits[0].tier).toBe(1);
  });

  it("are found by the query typed with the variation selector too, and by a single rare character", async () => {
    for (const q of [`𠮷${IVS}野`, "𠮷", "𪚥"]) {
      const outcome = await searchItems({ q, filter: {}, page: 1 });
      if (outcome.kind !== "results") throw new Error(outcome.kind);
      expect(outcome.hits).toHaveLength(1);
    }
  });

  it("are indexed as whole characters: no half of a surrogate pair, no U+FFFD among the lexemes", async () => {
    const lexemes = await db.$queryRaw<{ word: string }[]>`
      SELECT word FROM ts_stat('SELECT all_terms FROM search_document')`;
    expect(lexemes.length).toBeGreaterThan(0);
    for (const { word } of lexemes) expect(word).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|\uFFFD/);
    expect(lexemes.map((l) => l.word)).toEqual(expect.arrayContaining(["𬌗明", "王𬌗", "𠮷野", "𰻞𰻞", "𱁬村"]));
  });
});

describe("text cut to a bound", () => {
  const attempt = (email: string) =>
    verifyCredentials({ email, password: "wrong password 1", clientIp: "203.0.113.9" }).catch(
      (e: unknown) => (e as { code?: string }).code,
    );

  it("a failed sign-in address is audited whole when it ends in a rare character at the limit", async () => {
    const email = `${"a".repeat(187)}𬌗@example.com`; // 200 characters, 201 UTF-16 units
    expect(await attempt(email)).toBe("INVALID_CREDENTIALS");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { type: "auth.sign_in_failed" } });
    expect((audit.payload as { email: string }).email).toBe(email);
  });

  it("an over-long sign-in address is refused as invalid credentials, not with a database error", async () => {
    expect(await attempt(`${"a".repeat(199)}𬌗@example.com`)).toBe("INVALID_CREDENTIALS");
  });
});
