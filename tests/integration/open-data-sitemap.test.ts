// sitemap.xml as an index of sub-sitemaps (portal pages, then chunks of public items by id), every
// public item exactly once with its lastmod, nothing else; and robots.txt pointing to it.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { rm } from "node:fs/promises";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { DEMO_COMMERCE_CODE, seedDemoData } from "@/lib/demo/seed-demo-data";
import { publicItemWhere } from "@/lib/items/visibility";
import { itemsSitemapStream, sitemapIndex } from "@/lib/open-data/sitemap";
import { GET as sitemapRoute } from "@/app/sitemap.xml/route";
import robots from "@/app/robots";
import { createCanaries } from "../../e2e/support/canary";

const storageDir = path.join(process.cwd(), ".data", "test-attachments", `sitemap-${randomBytes(4).toString("hex")}`);
vi.stubEnv("GONGKAI_STORAGE_DIR", storageDir);
vi.stubEnv("NEXTAUTH_URL", "https://gongkai.example.gov.cn");

afterAll(async () => {
  await rm(storageDir, { recursive: true, force: true });
});

beforeEach(async () => {
  await seedDemoData(db);
});

const BASE = "https://gongkai.example.gov.cn";
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replaceAll("&amp;", "&"));
const route = (query: string) => sitemapRoute(new Request(`http://internal/sitemap.xml${query}`));

describe("sitemap.xml", () => {
  it("indexes the portal pages and every public item exactly once, in chunks, with lastmod", async () => {
    const canaries = await createCanaries({ tag: "sitemap" });
    const response = await route("");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    const index = await response.text();
    expect(index).toContain(`<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`);
    const parts = locs(index);
    expect(parts[0]).toBe(`${BASE}/sitemap.xml?part=pages`);
    expect(parts).toHaveLength(2); // fewer than 50,000 items: one chunk

    const pages = locs(await (await route("?part=pages")).text());
    expect(pages).toEqual(
      expect.arrayContaining([
        `${BASE}/`,
        `${BASE}/guide`,
        `${BASE}/catalogue`,
        `${BASE}/guide/${DEMO_COMMERCE_CODE}`,
        `${BASE}/catalogue/${DEMO_COMMERCE_CODE}`,
      ]),
    );
    // Published annual reports (the demo publishes 商务局's 2017 report), and no report that has no published version.
    expect(pages).toEqual(
      expect.arrayContaining([`${BASE}/reports/${DEMO_COMMERCE_CODE}`, `${BASE}/reports/${DEMO_COMMERCE_CODE}/2017`]),
    );
    expect(pages.filter((p) => p.startsWith(`${BASE}/reports/`))).toHaveLength(2);

    const publicIds = (await db.item.findMany({ where: publicItemWhere, select: { id: true } }))
      .map((r) => r.id)
      .sort();
    // Small chunks to exercise the paging: every public item once across the chunks.
    const starts = locs(await sitemapIndex(BASE, 10))
      .slice(1)
      .map((loc) => new URL(loc).searchParams.get("from")!);
    expect(starts).toHaveLength(Math.ceil(publicIds.length / 10));
    const listed: string[] = [];
    const chunks: string[] = [];
    for (const from of starts) {
      const xml = await new Response(itemsSitemapStream(BASE, from, 10)!).text();
      chunks.push(xml);
      expect(xml).toMatch(
        /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">\n[\s\S]*<\/urlset>\n$/,
      );
      const urls = locs(xml);
      expect(urls.length).toBeLessThanOrEqual(10);
      listed.push(...urls.map((u) => u.replace(`${BASE}/items/`, "")));
    }
    expect([...listed].sort()).toEqual(publicIds);
    expect(chunks.join("")).toMatch(/<url><loc>[^<]+<\/loc><lastmod>\d{4}-\d\d-\d\dT[\d:.]+Z<\/lastmod><\/url>/);

    // The default chunk through the route: the same items.
    const whole = await (
      await route(`?part=items&from=${encodeURIComponent(new URL(parts[1]!).searchParams.get("from")!)}`)
    ).text();
    expect(
      locs(whole)
        .map((u) => u.replace(`${BASE}/items/`, ""))
        .sort(),
    ).toEqual(publicIds);
    const everything = [index, ...chunks, whole].join("\n");
    for (const canary of canaries) expect(everything).not.toContain(canary.marker);
    for (const canary of canaries.filter((c) => !c.publiclyListed)) expect(everything).not.toContain(canary.itemId);
  });

  it("answers 404 for unknown parts and malformed chunk starts", async () => {
    expect((await route("?part=secret")).status).toBe(404);
    expect((await route("?part=items&from=x")).status).toBe(404);
    expect((await route("?part=items")).status).toBe(404);
  });
});

describe("robots.txt", () => {
  it("points to the sitemap and keeps crawlers out of the console", async () => {
    const rules = await robots();
    expect(rules.sitemap).toBe(`${BASE}/sitemap.xml`);
    expect(rules.rules).toMatchObject({ userAgent: "*", allow: "/", disallow: expect.arrayContaining(["/console/"]) });
  });
});
