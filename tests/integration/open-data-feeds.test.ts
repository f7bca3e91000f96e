// Atom feeds per agency and per catalogue category, through their route handlers: the agency's latest
// public items (三元区商务局's 27 demo items), escaped XML, absolute links, and 404 for unknown or inactive
// agencies and categories. Withheld, withdrawn and draft items never appear.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { rm } from "node:fs/promises";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { DEMO_COMMERCE_CODE, DEMO_FINANCE_CODE, seedDemoData } from "@/lib/demo/seed-demo-data";
import { catalogueFacets } from "@/lib/portal/catalogue";
import { GET as agencyFeedRoute } from "@/app/feeds/agencies/[agency]/route";
import { GET as categoryFeedRoute } from "@/app/feeds/agencies/[agency]/categories/[category]/route";
import { createCanaries } from "../../e2e/support/canary";
import { DEMO, principalFor } from "../support/principals";
import { itemAt } from "../support/items";

const storageDir = path.join(process.cwd(), ".data", "test-attachments", `feeds-${randomBytes(4).toString("hex")}`);
vi.stubEnv("GONGKAI_STORAGE_DIR", storageDir);
vi.stubEnv("NEXTAUTH_URL", "https://gongkai.example.gov.cn/");

afterAll(async () => {
  await rm(storageDir, { recursive: true, force: true });
});

let commerceId: string;
beforeEach(async () => {
  await seedDemoData(db);
  commerceId = (await db.agency.findUniqueOrThrow({ where: { code: DEMO_COMMERCE_CODE } })).id;
});

const agencyFeed = (file: string) =>
  agencyFeedRoute(new Request(`http://internal:3000/feeds/agencies/${file}`), {
    params: Promise.resolve({ agency: file }),
  });
const categoryFeed = (agency: string, file: string) =>
  categoryFeedRoute(new Request(`http://internal:3000/feeds/agencies/${agency}/categories/${file}`), {
    params: Promise.resolve({ agency, category: file }),
  });
const entries = (xml: string) => xml.match(/<entry>[\s\S]*?<\/entry>/g) ?? [];

describe("the agency feed", () => {
  it("lists the agency's public items newest first as Atom 1.0 with absolute links from NEXTAUTH_URL", async () => {
    const response = await agencyFeed(`${DEMO_COMMERCE_CODE}.atom`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const xml = await response.text();
    expect(xml.startsWith(`<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"`)).toBe(
      true,
    );
    expect(xml).toContain(`<id>https://gongkai.example.gov.cn/feeds/agencies/${DEMO_COMMERCE_CODE}.atom</id>`);
    expect(xml).toContain(
      `<link rel="alternate" type="text/html" href="https://gongkai.example.gov.cn/catalogue/${DEMO_COMMERCE_CODE}"/>`,
    );
    expect(xml).toMatch(/<feed[^>]*>[\s\S]*?<updated>\d{4}-\d\d-\d\dT[\d:.]+Z<\/updated>/);
    const list = entries(xml);
    expect(list).toHaveLength(27);
    const newest = await db.item.findFirstOrThrow({
      where: { agencyId: commerceId, state: "PUBLISHED" },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      include: { liveRevision: true },
    });
    expect(list[0]).toContain(`<id>https://gongkai.example.gov.cn/items/${newest.id}</id>`);
    expect(list[0]).toContain(
      `<link rel="alternate" type="text/html" href="https://gongkai.example.gov.cn/items/${newest.id}"/>`,
    );
    for (const entry of list)
      expect(entry).toMatch(
        /<title>[^<]+<\/title>[\s\S]*<updated>[^<]+<\/updated>[\s\S]*<content type="text">[^<]*<\/content>/,
      );
    // Other agencies' items are not in this feed.
    expect(await (await agencyFeed(`${DEMO_FINANCE_CODE}.atom`)).text()).not.toContain(newest.id);
  });

  it("keeps at most the latest 50 and escapes titles and summaries", async () => {
    const people = {
      drafter: await principalFor(DEMO.commerceStaff),
      reviewer: await principalFor(DEMO.commerceReviewer),
      leader: await principalFor(DEMO.commerceLeader),
    };
    await itemAt("PUBLISHED", people, commerceId, {
      title: `关于"A & B" 1 < 2 'x' 的通知`,
      summary: "摘要 <b>&amp;</b> 'x' a>b",
    });
    const xml = await (await agencyFeed(`${DEMO_COMMERCE_CODE}.atom`)).text();
    expect(xml).toContain(
      "<title>关于&quot;A &amp; B&quot; 1 &lt; 2 &apos;x&apos; 的通知（元商务〔2017〕12号）</title>",
    );
    expect(xml).toContain('<content type="text">摘要 &amp; &apos;x&apos; a&gt;b</content>');
    expect(entries(xml)).toHaveLength(28);
    expect(entries(xml)[0]).toContain("A &amp; B");
  });

  it("never contains withheld, withdrawn or draft items, nor a public item's pending draft", async () => {
    const canaries = await createCanaries({ tag: "feeds" });
    const xml = await (await agencyFeed(`${DEMO_COMMERCE_CODE}.atom`)).text();
    for (const canary of canaries) expect(xml).not.toContain(canary.marker);
    for (const canary of canaries.filter((c) => !c.publiclyListed)) expect(xml).not.toContain(canary.itemId);
  });

  it("answers 404 for unknown or inactive agencies and other extensions", async () => {
    expect((await agencyFeed("999999999.atom")).status).toBe(404);
    expect((await agencyFeed(`${DEMO_COMMERCE_CODE}.rss`)).status).toBe(404);
    expect((await agencyFeed(`${DEMO_COMMERCE_CODE}`)).status).toBe(404);
    expect((await agencyFeed("../etc.atom")).status).toBe(404);
    await db.agency.update({ where: { id: commerceId }, data: { active: false } });
    expect((await agencyFeed(`${DEMO_COMMERCE_CODE}.atom`)).status).toBe(404);
  });
});

describe("the category feed", () => {
  it("lists one catalogue category with its sub-categories, and 404s for unknown, foreign or inactive ones", async () => {
    const facets = await catalogueFacets(commerceId);
    const parent = facets.categories.find((c) => c.children.some((child) => child.count > 0) && c.count > 0)!;
    expect(parent).toBeDefined();
    const response = await categoryFeed(DEMO_COMMERCE_CODE, `${parent.id}.atom`);
    expect(response.status).toBe(200);
    const xml = await response.text();
    expect(entries(xml)).toHaveLength(Math.min(parent.count, 50));
    expect(xml).toContain(
      `<id>https://gongkai.example.gov.cn/feeds/agencies/${DEMO_COMMERCE_CODE}/categories/${parent.id}.atom</id>`,
    );
    expect(xml).toContain(
      `href="https://gongkai.example.gov.cn/catalogue/${DEMO_COMMERCE_CODE}?category=${parent.id}"`,
    );

    const child = parent.children.find((c) => c.count > 0)!;
    expect(entries(await (await categoryFeed(DEMO_COMMERCE_CODE, `${child.id}.atom`)).text())).toHaveLength(
      child.count,
    );

    expect((await categoryFeed(DEMO_COMMERCE_CODE, "00000000-0000-4000-8000-000000000000.atom")).status).toBe(404);
    expect((await categoryFeed(DEMO_COMMERCE_CODE, "not-a-uuid.atom")).status).toBe(404);
    expect((await categoryFeed(DEMO_COMMERCE_CODE, parent.id)).status).toBe(404);
    expect((await categoryFeed(DEMO_FINANCE_CODE, `${parent.id}.atom`)).status).toBe(404);
    await db.catalogueCategory.update({ where: { id: child.id }, data: { active: false } });
    expect((await categoryFeed(DEMO_COMMERCE_CODE, `${child.id}.atom`)).status).toBe(404);
  });
});
