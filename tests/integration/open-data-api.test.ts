// The read-only open-data API through its route handlers: agencies (public facts only), items (filters,
// keyset pages, one item with attachments), attachment downloads, CORS on every answer, 404 JSON for
// anything not public, 400 naming each bad parameter — and never a canary's text.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { rm } from "node:fs/promises";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { DEMO_COMMERCE_CODE, DEMO_FINANCE_CODE, seedDemoData } from "@/lib/demo/seed-demo-data";
import { addItemAttachment } from "@/lib/items/attachments";
import { transitionRevision } from "@/lib/items/transition-revision";
import { catalogueFacets } from "@/lib/portal/catalogue";
import { GET as agenciesRoute, OPTIONS as agenciesOptions } from "@/app/api/v1/agencies/route";
import { GET as agencyRoute } from "@/app/api/v1/agencies/[code]/route";
import { GET as itemsRoute, OPTIONS as itemsOptions } from "@/app/api/v1/items/route";
import { GET as itemRoute } from "@/app/api/v1/items/[id]/route";
import { GET as attachmentRoute } from "@/app/api/v1/items/[id]/attachments/[attachmentId]/route";
import { openApiDocument } from "@/lib/api/openapi";
import { OPEN_DATA_SECTION } from "@/lib/open-data/openapi-paths";
import { chinesePdf } from "../fixtures/attachments/build-fixtures";
import { createCanaries } from "../../e2e/support/canary";
import { DEMO, principalFor } from "../support/principals";
import { itemAt } from "../support/items";

const storageDir = path.join(process.cwd(), ".data", "test-attachments", `open-data-${randomBytes(4).toString("hex")}`);
vi.stubEnv("GONGKAI_STORAGE_DIR", storageDir);
vi.stubEnv("NEXTAUTH_URL", "");

afterAll(async () => {
  await rm(storageDir, { recursive: true, force: true });
});

let commerceId: string;
beforeEach(async () => {
  await seedDemoData(db);
  commerceId = (await db.agency.findUniqueOrThrow({ where: { code: DEMO_COMMERCE_CODE } })).id;
});

const BASE = "http://open.example:8080";
const get = (url: string, headers: Record<string, string> = {}) => new Request(`${BASE}${url}`, { headers });
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });
const noCtx = ctx({});
type ItemsPage = {
  items: {
    id: string;
    title: string;
    publishedOn: string;
    validity: string;
    agency: { code: string };
    links: { html: string; api: string };
  }[];
  next: string | null;
  links: { next: string | null };
};
type ErrorBody = {
  error: { code: string; message: string; fields?: Record<string, { code: string; message: string }[]> };
};

async function allItems(query: string) {
  const ids: string[] = [];
  let url: string | null = `/api/v1/items?${query}`;
  for (let i = 0; url && i < 50; i++) {
    const response = await itemsRoute(get(url), noCtx);
    expect(response.status).toBe(200);
    const page = (await response.json()) as ItemsPage;
    ids.push(...page.items.map((item) => item.id));
    url = page.links.next ? page.links.next.replace(BASE, "") : null;
  }
  return ids;
}

function expectCors(response: Response) {
  expect(response.headers.get("access-control-allow-origin")).toBe("*");
}

describe("agencies", () => {
  it("lists active agencies with public contact facts and item counts, never staff", async () => {
    const response = await agenciesRoute(get("/api/v1/agencies"), noCtx);
    expect(response.status).toBe(200);
    expectCors(response);
    const body = (await response.json()) as { agencies: Record<string, unknown>[] };
    const commerce = body.agencies.find((a) => a.code === DEMO_COMMERCE_CODE)!;
    expect(commerce).toMatchObject({
      name: "三明市三元区商务局",
      publicItemCount: 27,
      links: { feed: `${BASE}/feeds/agencies/${DEMO_COMMERCE_CODE}.atom` },
    });
    // The id too (issue 13): request bodies take it as agencyId, like the code as agencyCode.
    expect(commerce.id).toBe(commerceId);
    expect(Object.keys(commerce).sort()).toEqual([
      "code",
      "contact",
      "disclosureOffice",
      "id",
      "links",
      "name",
      "parentCode",
      "publicItemCount",
      "shortName",
    ]);
    const text = JSON.stringify(body);
    const staffEmails = (await db.user.findMany({ select: { email: true } })).map((u) => u.email);
    for (const email of staffEmails) expect(text).not.toContain(email);
    // The agency's own id is public (issue 13: bodies take it as agencyId); no other id, nothing internal.
    const withoutAgencyIds = body.agencies.reduce((t, a) => t.replace(`"id":"${String(a.id)}"`, ""), text);
    expect(withoutAgencyIds).not.toMatch(/"id":|indexNumberPattern|withheldReviewMonths|sessionVersion/);
    const userIds = (await db.user.findMany({ select: { id: true } })).map((u) => u.id);
    for (const id of userIds) expect(text).not.toContain(id);

    await db.agency.update({ where: { code: DEMO_FINANCE_CODE }, data: { active: false } });
    const after = (await (await agenciesRoute(get("/api/v1/agencies"), noCtx)).json()) as {
      agencies: { code: string }[];
    };
    expect(after.agencies.map((a) => a.code)).not.toContain(DEMO_FINANCE_CODE);
  });

  it("shows one agency with its catalogue tree; unknown or inactive codes are 404 JSON", async () => {
    const response = await agencyRoute(
      get(`/api/v1/agencies/${DEMO_COMMERCE_CODE}`),
      ctx({ code: DEMO_COMMERCE_CODE }),
    );
    expect(response.status).toBe(200);
    const { agency } = (await response.json()) as {
      agency: { code: string; catalogueCategories: { id: string; children: unknown[] }[] };
    };
    expect(agency.code).toBe(DEMO_COMMERCE_CODE);
    expect(agency.catalogueCategories.length).toBeGreaterThan(0);

    for (const code of ["999999999", "../x", "%00"]) {
      const missing = await agencyRoute(get(`/api/v1/agencies/x`), ctx({ code }));
      expect(missing.status).toBe(404);
      expectCors(missing);
      expect(((await missing.json()) as ErrorBody).error.code).toBe("NOT_FOUND");
    }
    await db.agency.update({ where: { code: DEMO_FINANCE_CODE }, data: { active: false } });
    expect(
      (await agencyRoute(get(`/api/v1/agencies/${DEMO_FINANCE_CODE}`), ctx({ code: DEMO_FINANCE_CODE }))).status,
    ).toBe(404);
  });
});

describe("items", () => {
  it("pages through all public items newest first, without gaps or repeats", async () => {
    const ids = await allItems(`agency=${DEMO_COMMERCE_CODE}&limit=7`);
    expect(ids).toHaveLength(27);
    expect(new Set(ids).size).toBe(27);
    const rows = await db.item.findMany({ where: { id: { in: ids } }, select: { id: true, publishedAt: true } });
    const times = ids.map((id) => rows.find((r) => r.id === id)!.publishedAt!.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    // Without an agency: every agency's public items.
    expect(await allItems("limit=100")).toHaveLength(await db.item.count({ where: { state: "PUBLISHED" } }));
  });

  it("filters by year, category (with its sub-categories), subject, genre and validity", async () => {
    expect(await allItems(`agency=${DEMO_COMMERCE_CODE}&year=2017`)).toHaveLength(15);
    const facets = await catalogueFacets(commerceId);
    const safety = facets.categories.find((c) => c.name.includes("安全生产"))!;
    expect(await allItems(`agency=${DEMO_COMMERCE_CODE}&year=2017&category=${safety.id}`)).toHaveLength(6);
    expect(await allItems(`category=${safety.id}`)).toHaveLength(safety.count);
    const [subject, subjectCount] = facets.subjects[0]!;
    expect(await allItems(`agency=${DEMO_COMMERCE_CODE}&subject=${subject}`)).toHaveLength(subjectCount);
    const [genre, genreCount] = facets.genres[0]!;
    expect(await allItems(`agency=${DEMO_COMMERCE_CODE}&genre=${genre}`)).toHaveLength(genreCount);
    const repealed = await db.item.count({ where: { agencyId: commerceId, state: "PUBLISHED", validity: "REPEALED" } });
    expect(await allItems(`agency=${DEMO_COMMERCE_CODE}&validity=REPEALED`)).toHaveLength(repealed);
    expect(await allItems(`agency=${DEMO_COMMERCE_CODE}&validity=VALID`)).toHaveLength(
      27 -
        repealed -
        (await db.item.count({ where: { agencyId: commerceId, state: "PUBLISHED", validity: "EXPIRED" } })),
    );
  });

  it("answers 400 naming each bad parameter, in the caller's language, never 500", async () => {
    const bad = await itemsRoute(
      get("/api/v1/items?year=abc&genre=SCRIPT&cursor=!!&limit=0&foo=1&subject=99&validity=x&category=nope"),
      noCtx,
    );
    expect(bad.status).toBe(400);
    expectCors(bad);
    const body = (await bad.json()) as ErrorBody;
    expect(body.error.code).toBe("BAD_REQUEST");
    expect(Object.keys(body.error.fields!).sort()).toEqual([
      "category",
      "cursor",
      "foo",
      "genre",
      "limit",
      "subject",
      "validity",
      "year",
    ]);
    expect(body.error.fields!.year![0]).toEqual({ code: "year", message: "参数 year 应为 1990 至 2100 之间的年份。" });
    const english = (await (
      await itemsRoute(get("/api/v1/items?limit=1000", { "accept-language": "en" }), noCtx)
    ).json()) as ErrorBody;
    expect(english.error.fields!.limit![0]!.message).toBe("limit must be a whole number from 1 to 100.");
    expect((await itemsRoute(get("/api/v1/items?year=2017&year=2018"), noCtx)).status).toBe(400);
    expect(
      ((await (await itemsRoute(get("/api/v1/items?agency=999999999"), noCtx)).json()) as ErrorBody).error.fields!
        .agency![0]!.code,
    ).toBe("unknownAgency");
    // A category of another agency is refused rather than silently empty.
    const safety = (await catalogueFacets(commerceId)).categories[0]!;
    expect(
      (await itemsRoute(get(`/api/v1/items?agency=${DEMO_FINANCE_CODE}&category=${safety.id}`), noCtx)).status,
    ).toBe(400);
    // A full-text search pages by relevance, not by cursor.
    expect(
      ((await (await itemsRoute(get("/api/v1/items?q=安全&cursor=x"), noCtx)).json()) as ErrorBody).error.fields!.q![0]!
        .code,
    ).toBe("searchParams");
  });

  it("searches public items in full text with ?q=, as the portal does", async () => {
    const response = await itemsRoute(
      get(`/api/v1/items?q=${encodeURIComponent("安全生产")}&agency=${DEMO_COMMERCE_CODE}`),
      noCtx,
    );
    expect(response.status).toBe(200);
    expectCors(response);
    const body = (await response.json()) as { total: number; items: { title: string; url: string }[] };
    expect(body.total).toBeGreaterThan(0);
    expect(body.items[0]!.title).toContain("安全生产");
    expect(body.items[0]!.url).toMatch(/\/items\//);
  });

  it("shows one public item with body, attachments and 政策解读 links; its attachment downloads with CORS", async () => {
    const [staff, reviewer, leader] = await Promise.all(
      [DEMO.commerceStaff, DEMO.commerceReviewer, DEMO.commerceLeader].map(principalFor),
    );
    const people = { drafter: staff, reviewer, leader };
    const policy = await itemAt("DRAFT", people, commerceId, { title: "关于促进商贸流通的若干措施" });
    const attachment = await addItemAttachment({
      actor: staff,
      itemId: policy.id,
      file: { bytes: chinesePdf(["若干措施全文"]), fileName: "若干措施.pdf" },
    });
    await transitionRevision({ actor: staff, itemId: policy.id, transition: "submit" });
    await transitionRevision({ actor: reviewer, itemId: policy.id, transition: "pass" });
    await transitionRevision({ actor: leader, itemId: policy.id, transition: "approve" });
    const interpretation = await itemAt("PUBLISHED", people, commerceId, {
      title: "《若干措施》政策解读",
      genre: "INTERPRETATION",
      interpretsItemId: policy.id,
    });

    const response = await itemRoute(get(`/api/v1/items/${policy.id}`), ctx({ id: policy.id }));
    expect(response.status).toBe(200);
    expectCors(response);
    const { item } = (await response.json()) as {
      item: Record<string, unknown> & { attachments: { id: string; url: string }[] };
    };
    expect(item).toMatchObject({
      id: policy.id,
      title: "关于促进商贸流通的若干措施",
      documentNumber: "元商务〔2017〕12号",
      writtenOn: "2017-06-01",
      validity: "VALID",
      subject: { code: "09", name: "市场监管、安全生产监管" },
      genre: "NOTICE",
      agency: { code: DEMO_COMMERCE_CODE },
      interprets: null,
      interpretations: [
        { id: interpretation.id, title: "《若干措施》政策解读", links: { html: `${BASE}/items/${interpretation.id}` } },
      ],
      links: { html: `${BASE}/items/${policy.id}`, api: `${BASE}/api/v1/items/${policy.id}` },
    });
    expect(item.bodyHtml).toContain("<p>");
    expect(item.attachments).toEqual([
      expect.objectContaining({
        id: attachment.id,
        fileName: "若干措施.pdf",
        contentType: "application/pdf",
        url: `${BASE}/api/v1/items/${policy.id}/attachments/${attachment.id}`,
      }),
    ]);
    expect(JSON.stringify(item)).not.toMatch(/drafter|withholdReason|returnComment|storageKey|sha256/);

    const file = await attachmentRoute(
      get(item.attachments[0]!.url.replace(BASE, "")),
      ctx({ id: policy.id, attachmentId: attachment.id }),
    );
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("application/pdf");
    expectCors(file);
    expect(
      Buffer.from(await file.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    // The attachment under another item's id does not exist.
    expect((await attachmentRoute(get("/x"), ctx({ id: interpretation.id, attachmentId: attachment.id }))).status).toBe(
      404,
    );
  });

  it("never shows withheld, withdrawn or draft items, nor a public item's pending draft, anywhere in the API", async () => {
    const canaries = await createCanaries({ tag: "api" });
    // The canaries' files really carry their strings (name and extracted PDF text).
    for (const canary of canaries) {
      const file = await db.attachment.findUniqueOrThrow({ where: { id: canary.attachmentId } });
      expect(file.fileName).toContain(canary.marker);
      expect(file.text).toContain(canary.marker);
    }
    const texts: string[] = [];
    texts.push(await (await agenciesRoute(get("/api/v1/agencies"), noCtx)).text());
    texts.push(
      await (
        await agencyRoute(get(`/api/v1/agencies/${DEMO_COMMERCE_CODE}`), ctx({ code: DEMO_COMMERCE_CODE }))
      ).text(),
    );
    const listed = await allItems("limit=100");
    expect(listed).toHaveLength(28);
    let url: string | null = "/api/v1/items?limit=5";
    while (url) {
      const text = await (await itemsRoute(get(url), noCtx)).text();
      texts.push(text);
      url = (JSON.parse(text) as ItemsPage).links.next?.replace(BASE, "") ?? null;
    }
    for (const id of listed) texts.push(await (await itemRoute(get(`/api/v1/items/${id}`), ctx({ id }))).text());
    for (const canary of canaries) {
      const item = await itemRoute(get(`/api/v1/items/${canary.itemId}`), ctx({ id: canary.itemId }));
      expect(item.status).toBe(canary.publiclyListed ? 200 : 404);
      texts.push(await item.text());
      const file = await attachmentRoute(get("/x"), ctx({ id: canary.itemId, attachmentId: canary.attachmentId }));
      expect(file.status).toBe(404);
      expect(((await file.json()) as ErrorBody).error.code).toBe("NOT_FOUND");
      if (!canary.publiclyListed) expect(listed).not.toContain(canary.itemId);
    }
    const all = texts.join("\n");
    for (const canary of canaries) expect(all).not.toContain(canary.marker);
    for (const canary of canaries) expect(all).not.toContain(canary.attachmentId);
  });

  it("answers unknown and malformed ids with 404 JSON, and OPTIONS preflights with CORS", async () => {
    for (const id of ["00000000-0000-4000-8000-000000000000", "not-a-uuid", "' OR 1=1 --"]) {
      const response = await itemRoute(get("/api/v1/items/x"), ctx({ id }));
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toContain("application/json");
      expectCors(response);
    }
    expect((await itemRoute(get("/api/v1/items/x?foo=1"), ctx({ id: "x" }))).status).toBe(400);
    for (const preflight of [await itemsOptions(), await agenciesOptions()]) {
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
      expect(preflight.headers.get("access-control-allow-methods")).toContain("GET");
    }
  });

  it("describes every endpoint in OpenAPI 3.1 data, with references that resolve", () => {
    const doc = openApiDocument({ sections: [OPEN_DATA_SECTION] });
    expect(Object.keys(doc.paths).sort()).toEqual([
      "/api/v1/agencies",
      "/api/v1/agencies/{code}",
      "/api/v1/items",
      "/api/v1/items/{id}",
      "/api/v1/items/{id}/attachments/{attachmentId}",
    ]);
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/(schemas|responses)\/([^"]+)"/g)];
    expect(refs.length).toBeGreaterThan(5);
    for (const [, kind, name] of refs)
      expect(
        (doc.components as Record<string, Record<string, unknown>>)[kind!]![name!],
        `${kind}/${name}`,
      ).toBeDefined();
    const ids = Object.values(doc.paths).flatMap((p) => Object.values(p).map((o) => o!.operationId));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
