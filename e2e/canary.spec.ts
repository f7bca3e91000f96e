// The canary test: a withheld item, a withdrawn item, a draft and a public item's pending draft revision,
// each carrying a unique string in its title, summary, body and PDF attachment (name and text), are
// created through the real use cases (e2e/support/canary.ts, run with tsx against the e2e database).
// Then every public route — portal pages (all catalogue pages and some filters), search, every linked
// item page, feeds, sitemaps, robots.txt and every read endpoint of the API — is fetched, and the strings
// must never appear; the canaries' item and attachment URLs answer 404 (the withdrawn item's page 410).
import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import type { Canary } from "./support/canary";
import { e2eDatabaseUrl } from "./support/database";

const AGENCY = "350403001";
let canaries: Canary[] = [];

test.beforeAll(() => {
  // Creating the canaries ingests PDF attachments, whose text extraction workers start first (seconds on a busy
  // machine): a bound of its own rather than the test's.
  test.setTimeout(150_000);
  const out = execFileSync(path.join("node_modules", ".bin", "tsx"), [path.join("e2e", "support", "canary.ts")], {
    env: { ...process.env, DATABASE_URL: e2eDatabaseUrl() },
    encoding: "utf8",
    timeout: 120_000,
  });
  canaries = JSON.parse(out.trim().split("\n").pop()!) as Canary[];
  expect(canaries.map((c) => c.kind)).toEqual(["WITHHELD", "WITHDRAWN", "DRAFT", "PENDING_REVISION"]);
});

/** Everything fetched, by path, so a failure names where a canary leaked. */
class Crawl {
  readonly bodies = new Map<string, string>();
  constructor(private readonly request: APIRequestContext) {}

  async fetch(url: string, options: { allow404?: boolean } = {}) {
    const pathname = url.replace(/^https?:\/\/[^/]+/, "");
    if (this.bodies.has(pathname)) return this.bodies.get(pathname)!;
    const response = await this.request.get(pathname, { maxRedirects: 0 });
    const ok = response.status() === 200 || (options.allow404 && response.status() === 404);
    expect(ok, `${pathname} answered ${response.status()}`).toBe(true);
    const text = await response.text();
    this.bodies.set(pathname, text);
    return text;
  }

  itemLinks() {
    const ids = new Set<string>();
    for (const body of this.bodies.values())
      for (const m of body.matchAll(/\/items\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/g))
        ids.add(m[1]!);
    return ids;
  }
}

const nextPageHref = (html: string) => {
  // The 下一页 link of the catalogue's pager (rel="next" or its text).
  const match =
    html.match(/<a[^>]*href="([^"]+)"[^>]*>(?:(?!<\/a>).)*下一页/s) ??
    html.match(/<a[^>]*rel="next"[^>]*href="([^"]+)"/) ??
    html.match(/<a[^>]*href="([^"]+)"[^>]*rel="next"/);
  return match ? match[1]!.replaceAll("&amp;", "&") : null;
};

test("withheld, withdrawn and draft items never appear on any public route, feed, sitemap or API answer", async ({
  request,
}) => {
  test.setTimeout(180_000);
  const crawl = new Crawl(request);

  for (const url of ["/", "/guide", `/guide/${AGENCY}`, "/catalogue", "/requests", "/reports", "/robots.txt"])
    await crawl.fetch(url);

  // The catalogue: every page by following 下一页, unfiltered and with a few filters.
  const year = new Date().getFullYear();
  for (const start of [
    `/catalogue/${AGENCY}`,
    `/catalogue/${AGENCY}?year=${year}`,
    `/catalogue/${AGENCY}?subject=08`,
    `/catalogue/${AGENCY}?genre=NOTICE`,
    `/catalogue/${AGENCY}?year=${year}&genre=NOTICE`,
  ]) {
    let url: string | null = start;
    for (let page = 0; url && page < 50; page++) {
      const html: string = await crawl.fetch(url);
      url = nextPageHref(html);
    }
  }
  expect(
    [...crawl.bodies.keys()].filter((k) => k.startsWith(`/catalogue/${AGENCY}`) && k.includes("after=")).length,
  ).toBeGreaterThan(0);

  // Search (may not exist yet: a 404 is fine). The query must not spell a whole marker, or the page's echo
  // of the query would count as a leak: search for its parts, which find the same documents.
  await crawl.fetch("/search?q=CANARY", { allow404: true });
  for (const canary of canaries) {
    const [, kind, tag] = canary.marker.split("-");
    await crawl.fetch(`/search?q=${encodeURIComponent(`${kind} ${tag}`)}`, { allow404: true });
    await crawl.fetch(`/search?q=${encodeURIComponent(tag!)}`, { allow404: true });
    await crawl.fetch(`/search?q=${encodeURIComponent(`CANARY ${kind}`)}`, { allow404: true });
  }

  // Feeds: the agency's and each of its categories'.
  await crawl.fetch(`/feeds/agencies/${AGENCY}.atom`);
  const agencyJson = JSON.parse(await crawl.fetch(`/api/v1/agencies/${AGENCY}`)) as {
    agency: { catalogueCategories: { id: string; children: { id: string }[] }[] };
  };
  for (const category of agencyJson.agency.catalogueCategories.flatMap((c) => [c, ...c.children])) {
    await crawl.fetch(`/feeds/agencies/${AGENCY}/categories/${category.id}.atom`);
  }

  // Sitemaps: the index and every sub-sitemap it lists.
  const index = await crawl.fetch("/sitemap.xml");
  for (const m of index.matchAll(/<loc>([^<]+)<\/loc>/g)) await crawl.fetch(m[1]!.replaceAll("&amp;", "&"));

  // The API: agencies, every page of items (all agencies, then the agency), and each listed item.
  await crawl.fetch("/api/v1/agencies");
  const listed = new Set<string>();
  for (const first of [
    "/api/v1/items?limit=100",
    `/api/v1/items?agency=${AGENCY}&limit=7`,
    `/api/v1/items?agency=${AGENCY}&year=${year}`,
  ]) {
    let url: string | null = first;
    for (let page = 0; url && page < 100; page++) {
      const body = JSON.parse(await crawl.fetch(url)) as { items: { id: string }[]; links: { next: string | null } };
      for (const item of body.items) listed.add(item.id);
      url = body.links.next;
    }
  }
  for (const id of listed) await crawl.fetch(`/api/v1/items/${id}`);

  // Every item page linked from anything fetched so far.
  for (const id of crawl.itemLinks()) await crawl.fetch(`/items/${id}`);

  // The canaries themselves: not listed, and their item and attachment URLs answer 404 (portal and API).
  for (const canary of canaries) {
    if (canary.publiclyListed) {
      expect(listed.has(canary.itemId)).toBe(true);
      expect((await request.get(`/items/${canary.itemId}`)).status()).toBe(200);
    } else {
      expect(listed.has(canary.itemId), `${canary.kind} is listed by the API`).toBe(false);
      expect(crawl.itemLinks().has(canary.itemId), `${canary.kind} is linked from a public page`).toBe(false);
      // A withdrawn item's page answers 410 with a notice (e2e/withdrawn-item.spec.ts); the others 404.
      const gone = canary.kind === "WITHDRAWN" ? 410 : 404;
      expect((await request.get(`/items/${canary.itemId}`)).status(), `/items of ${canary.kind}`).toBe(gone);
      expect((await request.get(`/api/v1/items/${canary.itemId}`)).status(), `API item of ${canary.kind}`).toBe(404);
    }
    expect(
      (await request.get(`/items/${canary.itemId}/attachments/${canary.attachmentId}`)).status(),
      `attachment of ${canary.kind}`,
    ).toBe(404);
    expect(
      (await request.get(`/api/v1/items/${canary.itemId}/attachments/${canary.attachmentId}`)).status(),
      `API attachment of ${canary.kind}`,
    ).toBe(404);
  }

  expect(crawl.bodies.size).toBeGreaterThan(40);
  for (const [url, body] of crawl.bodies) {
    for (const canary of canaries) {
      expect(body.includes(canary.marker), `${canary.marker} appears in ${url}`).toBe(false);
      expect(body.includes(canary.attachmentId), `the attachment of ${canary.kind} is linked from ${url}`).toBe(false);
    }
  }
});
