// The page cache of the app's server (lib/http/page-cache/) on real sockets and a real PostgreSQL, with a
// stand-in for Next.js that renders what the app would (inline scripts, Vary, its default Cache-Control):
// what is kept and under which key, what is never kept, ETag/304, the content policy of a kept page, the
// memory bound, and invalidation by the database's notifications — including a lost listening connection.
import { createHash } from "node:crypto";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { createCategory } from "@/lib/catalogue/manage-categories";
import { db } from "@/lib/db";
import { parseTrustedProxies } from "@/lib/http/client-address";
import { invalidationHub } from "@/lib/http/page-cache/invalidation-hub";
import { itemAgencyLookup } from "@/lib/http/page-cache/item-agency";
import { createPageCache, nextChinaMidnight } from "@/lib/http/page-cache/page-cache";
import { listenForPortalChanges } from "@/lib/http/page-cache/portal-listener";
import { PageStore } from "@/lib/http/page-cache/store";
import { createRequestListener } from "@/lib/http/request-listener";
import { listLatestPublicItems } from "@/lib/items/public-queries";
import { withdrawItem } from "@/lib/items/withdraw-item";
import { clearPublicCache } from "@/lib/portal/public-cache";
import { DEMO_COMMERCE_CODE } from "@/lib/demo/seed-demo-data";
import { itemAt } from "../support/items";
import { DEMO, type DemoAgencyIds, principalFor, seedDemo } from "../support/principals";

const NEXT_DEFAULT = "private, no-cache, no-store, max-age=0, must-revalidate";
const hub = invalidationHub();
const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()?.();
});

type Render = { path: string; cookie?: string; method?: string; rsc?: string; policyHeader?: string };
type Answer = (req: IncomingMessage, res: ServerResponse) => boolean;

/** What Next.js would write for a dynamic page: HTML with inline scripts, in chunks, Vary and its default. */
function nextStandIn(renders: Render[], answers: Map<string, Answer>) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? "/").split("?")[0];
    renders.push({
      path: req.url ?? "/",
      cookie: req.headers.cookie,
      method: req.method,
      rsc: req.headers.rsc as string | undefined,
      policyHeader: req.headers["content-security-policy"] as string | undefined,
    });
    if (answers.get(path)?.(req, res)) return;
    res.setHeader("Vary", "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch");
    res.setHeader("Cache-Control", NEXT_DEFAULT);
    if (req.headers.rsc === "1") {
      res.setHeader("Content-Type", "text/x-component");
      res.end(`0:["rsc ${path}"]`);
      return;
    }
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.statusCode = 200;
    await new Promise<void>((resolve) => res.write(`<!DOCTYPE html><html><body><h1>${path}</h1>`, () => resolve()));
    res.write(`<script>self.__next_f.push([1,"${path}"])</script>`);
    res.write('<script src="/_next/static/chunks/main.js" async=""></script>');
    res.end(`<style>h1{color:red}</style>${"内容".repeat(800)}</body></html>`);
  };
}

async function start(options: { maxBytes?: number } = {}) {
  const renders: Render[] = [];
  const answers = new Map<string, Answer>();
  const errors: object[] = [];
  const lookup = itemAgencyLookup(process.env.DATABASE_URL!);
  const cache = createPageCache({
    maxBytes: options.maxBytes ?? 8 * 1024 * 1024,
    hub,
    agencyOfItem: lookup.agencyOfItem,
  });
  const listener = listenForPortalChanges({
    connectionString: process.env.DATABASE_URL!,
    hub,
    log: { info: () => undefined, warn: () => undefined },
    minDelayMs: 50,
    maxDelayMs: 200,
  });
  const server = http.createServer(
    createRequestListener({
      handle: nextStandIn(renders, answers),
      trusted: parseTrustedProxies(""),
      log: { info: () => undefined, error: (line) => errors.push(line) },
      pageCache: cache,
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  closers.push(
    () => lookup.close(),
    async () => cache.close(),
    () => listener.close(),
    () => new Promise((resolve) => server.close(resolve)),
  );
  await until(() => hub.listening);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = (path: string, headers: Record<string, string> = {}, method = "GET") =>
    fetch(base + path, { headers, method, redirect: "manual" });
  return { renders, answers, cache, listener, get, base, errors };
}

async function until(condition: () => boolean | Promise<boolean>, ms = 3000) {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Waits until every notification sent so far has arrived (one of ours, sent last, came through). */
async function settle() {
  let seen = false;
  const stop = hub.subscribe((change) => {
    if (!change.all && change.tags.includes("test:settled")) seen = true;
  });
  await db.$executeRawUnsafe(`SELECT pg_notify('gongkai_portal', '{"tags":["test:settled"],"scopes":[]}')`);
  await until(() => seen);
  stop();
}

const rendersOf = (renders: Render[], path: string) => renders.filter((render) => render.path === path).length;

describe("the page cache", () => {
  it("renders a public page once, then serves it from memory with a strong ETag and revalidation", async () => {
    const { renders, get } = await start();
    const first = await get("/catalogue");
    const body = await first.text();
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/); // strong: no W/
    const second = await get("/catalogue");
    expect(await second.text()).toBe(body);
    expect(second.headers.get("etag")).toBe(etag);
    expect(second.headers.get("x-request-id")).not.toBe(first.headers.get("x-request-id"));
    expect(rendersOf(renders, "/catalogue")).toBe(1);

    const notModified = await get("/catalogue", { "If-None-Match": etag });
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe("");
    expect(notModified.headers.get("etag")).toBe(etag);
    expect((await get("/catalogue", { "If-None-Match": '"something-else"' })).status).toBe(200);
    // HEAD: the same headers, no body, from the same entry.
    const head = await get("/catalogue", {}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers.get("etag")).toBe(etag);
    expect(rendersOf(renders, "/catalogue")).toBe(1);
  });

  it("answers 304 to a fresh render too, and gzip to a client that asks, under its own ETag", async () => {
    const { get, base } = await start();
    const page = await get("/guide", { "Accept-Encoding": "identity" });
    const etag = page.headers.get("etag")!;
    hub.publish({ all: true }); // forget it: the next answer is rendered again
    expect((await get("/guide", { "If-None-Match": etag, "Accept-Encoding": "identity" })).status).toBe(304);

    const zipped = await new Promise<http.IncomingMessage>((resolve) =>
      http.get(`${base}/guide`, { headers: { "Accept-Encoding": "gzip" } }, resolve),
    );
    zipped.resume();
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.headers.etag).not.toBe(etag);
    expect(zipped.headers.vary).toMatch(/Accept-Encoding/);
  });

  it("keys by the request headers Next.js varies on: an RSC payload is not the HTML page", async () => {
    const { renders, get } = await start();
    const html = await (await get("/reports")).text();
    const rsc = await get("/reports", { RSC: "1" });
    expect(rsc.headers.get("content-type")).toBe("text/x-component");
    expect(await rsc.text()).not.toBe(html);
    await get("/reports", { RSC: "1", "Next-Router-Prefetch": "1" });
    expect(await (await get("/reports")).text()).toBe(html);
    expect(await (await get("/reports", { RSC: "1" })).text()).toBe('0:["rsc /reports"]');
    expect(rendersOf(renders, "/reports")).toBe(3);
    // The query is part of the key; the English pages are their own entries.
    await get("/catalogue?page=2");
    await get("/catalogue?page=3");
    await get("/en/catalogue");
    await get("/catalogue?page=2");
    expect(rendersOf(renders, "/catalogue?page=2")).toBe(1);
    expect(rendersOf(renders, "/catalogue?page=3")).toBe(1);
    expect(rendersOf(renders, "/en/catalogue")).toBe(1);
  });

  it("renders public pages without the visitor's cookies, so a signed-in visitor gets the anonymous page", async () => {
    const { renders, get } = await start();
    const signedIn = { Cookie: "next-auth.session-token=secret; gongkai-track=abc; gongkai-locale=en" };
    await get("/catalogue/350403001", signedIn);
    const render = renders.find((r) => r.path === "/catalogue/350403001")!;
    // No cookie at all: the language is the URL's (an old gongkai-locale cookie changes nothing).
    expect(render.cookie).toBeUndefined();
    await get("/catalogue/350403001", { Cookie: "gongkai-locale=en" });
    await get("/catalogue/350403001");
    expect(rendersOf(renders, "/catalogue/350403001")).toBe(1);
    // A request with credentials for the API is not served from, nor rendered for, the cache.
    await get("/api/v1/items", { Authorization: "Bearer token" });
    await get("/api/v1/items", { Authorization: "Bearer token" });
    expect(rendersOf(renders, "/api/v1/items")).toBe(2);
    // Elsewhere the cookies reach the app untouched.
    await get("/console", signedIn);
    expect(renders.find((r) => r.path === "/console")!.cookie).toBe(signedIn.Cookie);
  });

  it("never keeps the console, sign-in, the request form, tracking, search results, or a POST", async () => {
    const { renders, get, base } = await start();
    const never = [
      "/console",
      "/console/items",
      "/login",
      "/api/auth/session",
      "/requests/new",
      "/requests/new?agency=350403001",
      "/requests/track",
      "/requests/track/status",
      "/search?q=%E5%95%86%E5%8A%A1",
      "/en/search?q=x",
      "/items/not-a-uuid",
      "/api/v1/requests",
    ];
    for (const path of never) {
      const first = await get(path);
      expect(first.headers.get("cache-control"), path).toBe(NEXT_DEFAULT);
      expect(first.headers.get("etag"), path).toBeNull();
      await get(path);
      expect(rendersOf(renders, path), path).toBe(2);
    }
    await fetch(`${base}/catalogue`, { method: "POST", body: "x" });
    await fetch(`${base}/catalogue`, { method: "POST", body: "x" });
    expect(renders.filter((r) => r.path === "/catalogue" && r.method === "POST")).toHaveLength(2);
    // The empty search is the portal's: kept.
    await get("/search");
    await get("/search?q=");
    await get("/search");
    expect(rendersOf(renders, "/search")).toBe(1);
  });

  it("never keeps an answer with Set-Cookie, a non-200, or one the app made private", async () => {
    const { renders, answers, get } = await start();
    answers.set("/guide", (_req, res) => {
      res.setHeader("Set-Cookie", "who=you");
      res.setHeader("Content-Type", "text/html");
      res.end("<p>hello</p>");
      return true;
    });
    answers.set("/reports", (_req, res) => {
      res.writeHead(404, { "Content-Type": "text/html", "Cache-Control": NEXT_DEFAULT }).end("<p>not found</p>");
      return true;
    });
    answers.set("/api/v1/agencies", (_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json", "Cache-Control": "private, no-store" }).end("{}");
      return true;
    });
    for (const path of ["/guide", "/reports", "/api/v1/agencies"]) {
      const first = await get(path);
      expect(first.headers.get("etag"), path).toBeNull();
      expect(first.headers.get("cache-control") ?? "", path).not.toContain("public");
      await get(path);
      expect(rendersOf(renders, path), path).toBe(2);
    }
    expect((await get("/reports")).status).toBe(404);
  });

  it("gives a kept page a policy with its inline scripts' hashes, and renders it without a nonce", async () => {
    const { renders, get } = await start();
    const page = await get("/");
    const html = await page.text();
    const policy = page.headers.get("content-security-policy")!;
    const script = /<script>([^<]*)<\/script>/.exec(html)![1];
    const sha = (text: string) => createHash("sha256").update(text).digest("base64");
    expect(policy).toContain(`script-src 'self' 'sha256-${sha(script)}'`);
    expect(policy).toContain(`style-src 'self' 'sha256-${sha("h1{color:red}")}'`);
    expect(policy).not.toMatch(/nonce|unsafe-inline|strict-dynamic/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(renders[0].policyHeader).toBeUndefined(); // Next.js found no nonce to write
    // A client cannot ask for the cache's treatment elsewhere: the marker is the server's.
    await get("/console", { "X-Gongkai-Page-Cache": "1" });
    expect(renders.at(-1)!.path).toBe("/console");
  });

  it("lets a client go away during a render without an error, and keeps nothing of it", async () => {
    const { answers, cache, errors, get, base } = await start();
    answers.set("/catalogue", (_req, res) => {
      setTimeout(() => res.writeHead(200, { "Content-Type": "text/html" }).end("<p>late</p>"), 300);
      return true;
    });
    await expect(fetch(`${base}/catalogue`, { signal: AbortSignal.timeout(50) })).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(cache.store.size).toBe(0);
    expect(errors).toEqual([]);
    expect((await get("/guide")).status).toBe(200); // the server goes on
  });

  it("stays within its memory bound, dropping the least recently used page first", () => {
    const store = new PageStore(64 * 1024);
    const page = (n: number) => ({
      status: 200,
      headers: {},
      body: Buffer.alloc(10_000, n),
      etag: `"${n}"`,
      tags: [`item:${n}`],
      expiresAt: Date.now() + 60_000,
    });
    for (let n = 0; n < 5; n++) store.set(`/p${n}`, page(n));
    store.get("/p0"); // used: now the youngest
    for (let n = 5; n < 10; n++) store.set(`/p${n}`, page(n));
    expect(store.usedBytes).toBeLessThanOrEqual(64 * 1024);
    expect(store.get("/p0")).toBeDefined();
    expect(store.get("/p1")).toBeUndefined();
    expect(store.get("/p9")).toBeDefined();
    // A page bigger than a quarter of the cache is not kept at all.
    store.set("/huge", { ...page(1), body: Buffer.alloc(20_000) });
    expect(store.get("/huge")).toBeUndefined();
    // Expired at the next midnight in China.
    store.set("/old", { ...page(1), expiresAt: Date.now() - 1 });
    expect(store.get("/old")).toBeUndefined();
    expect(new Date(nextChinaMidnight(Date.parse("2026-12-05T15:59:00Z"))).toISOString()).toBe(
      "2026-12-05T16:00:00.000Z",
    );
    expect(new Date(nextChinaMidnight(Date.parse("2026-12-05T16:00:00Z"))).toISOString()).toBe(
      "2026-12-06T16:00:00.000Z",
    );
  });
});

describe("invalidation by the database", () => {
  let agencies: DemoAgencyIds;
  let people: { drafter: CurrentUser; reviewer: CurrentUser; leader: CurrentUser };
  let admin: CurrentUser;
  beforeEach(async () => {
    agencies = await seedDemo();
    const [drafter, reviewer, leader, commerceAdmin] = await Promise.all(
      [DEMO.commerceStaff, DEMO.commerceReviewer, DEMO.commerceLeader, DEMO.commerceAdmin].map(principalFor),
    );
    people = { drafter, reviewer, leader };
    admin = commerceAdmin;
  });

  it("drops exactly the pages a withdrawal concerns, at commit", async () => {
    const { cache, renders, get } = await start();
    const [withdrawn, kept] = [
      await itemAt("PUBLISHED", people, agencies.commerce),
      await itemAt("PUBLISHED", people, agencies.commerce),
    ];
    await settle(); // the publications' own notifications
    const otherAgency = "/catalogue/other-agency";
    const pages = [`/items/${withdrawn.id}`, `/items/${kept.id}`, "/", `/catalogue/${DEMO_COMMERCE_CODE}`, otherAgency];
    for (const path of pages) await get(path);
    expect(cache.store.size).toBe(pages.length);

    await withdrawItem({ actor: people.leader, itemId: withdrawn.id, input: { reason: "内容有误" } });
    await until(() => cache.store.size === 2);
    for (const path of pages) await get(path);
    expect(rendersOf(renders, `/items/${withdrawn.id}`)).toBe(2);
    expect(rendersOf(renders, "/")).toBe(2);
    expect(rendersOf(renders, `/catalogue/${DEMO_COMMERCE_CODE}`)).toBe(2);
    expect(rendersOf(renders, `/items/${kept.id}`)).toBe(1);
    expect(rendersOf(renders, otherAgency)).toBe(1);
  });

  it("drops an agency's pages, item pages included, when its catalogue tree changes", async () => {
    const { cache, renders, get } = await start();
    const item = await itemAt("PUBLISHED", people, agencies.commerce);
    await settle();
    await get(`/items/${item.id}`);
    await get(`/guide/${DEMO_COMMERCE_CODE}`);
    await get("/guide/another");
    expect(cache.store.size).toBe(3);
    await createCategory({ actor: admin, agencyId: agencies.commerce, input: { name: "缓存新分类" } });
    await until(() => cache.store.size === 1);
    await get(`/items/${item.id}`);
    expect(rendersOf(renders, `/items/${item.id}`)).toBe(2);
  });

  it("drops everything when the listening connection is lost, caches nothing until it is back", async () => {
    const { cache, listener, renders, get } = await start();
    await get("/");
    await get("/catalogue");
    expect(cache.store.size).toBe(2);
    const pid = listener.backendPid!;
    await db.$queryRawUnsafe(`SELECT pg_terminate_backend(${pid})`);
    await until(() => cache.store.size === 0 && !hub.listening);
    // While it is down (it comes back within a few hundred ms here) nothing may be served from memory.
    await until(() => hub.listening);
    expect(listener.backendPid).not.toBe(pid);
    await get("/");
    await get("/");
    expect(rendersOf(renders, "/")).toBe(2);
    expect(cache.store.size).toBe(1);
  });

  it("does not keep a page rendered while a change arrived", async () => {
    const { cache, answers, get } = await start();
    answers.set("/reports", (_req, res) => {
      // A publication commits while this page is being rendered.
      void db
        .$executeRawUnsafe(`SELECT pg_notify('gongkai_portal', '{"tags":["portal"],"scopes":[]}')`)
        .then(() => setTimeout(() => res.writeHead(200, { "Content-Type": "text/html" }).end("<p>reports</p>"), 100));
      return true;
    });
    expect((await get("/reports")).status).toBe(200);
    expect(cache.store.size).toBe(0);
  });

  it("drops the portal's read models by the same notifications, with no generation lookup while listening", async () => {
    clearPublicCache();
    const first = await itemAt("PUBLISHED", people, agencies.commerce);
    const second = await itemAt("PUBLISHED", people, agencies.commerce);
    const { listener } = await start();
    const latest = async () => (await listLatestPublicItems({ agencyId: agencies.commerce })).map((i) => i.id);
    expect(await latest()).toEqual(expect.arrayContaining([first.id, second.id]));
    // A withdrawal's notification drops them at commit.
    await withdrawItem({ actor: people.leader, itemId: first.id, input: { reason: "内容有误" } });
    await settle();
    expect(await latest()).not.toContain(first.id);
    expect(await latest()).toContain(second.id);
    // Listening, a read does not look at the generation: a change behind the triggers' back (they are off for
    // this transaction) with the generation moved by hand is not seen — the memory is trusted.
    await db.$transaction([
      db.$executeRawUnsafe("SET LOCAL session_replication_role = replica"),
      db.$executeRawUnsafe(`UPDATE item SET state = 'WITHDRAWN' WHERE id = '${second.id}'`),
      db.$executeRawUnsafe("UPDATE public_generation SET generation = generation + 1"),
    ]);
    expect(await latest()).toContain(second.id);
    // Not listening any more: everything is dropped and the generation is checked on every read again.
    await listener.close();
    expect(await latest()).not.toContain(second.id);
  });

  it("tags an annual report's publication with its agency's reports, and not a draft's edits", async () => {
    const { cache, get } = await start();
    const reportPage = `/reports/${DEMO_COMMERCE_CODE}/2025`;
    const [{ id }] = await db.$queryRawUnsafe<{ id: string }[]>(
      `INSERT INTO annual_report (id, agency_id, year, format, updated_at)
       VALUES (gen_random_uuid(), '${agencies.commerce}', 2025, 'GOV_2021', now()) RETURNING id`,
    );
    await settle();
    await get(reportPage);
    await get(`/guide/${DEMO_COMMERCE_CODE}`);
    expect(cache.store.size).toBe(2);
    // Editing the working copy is not public: nothing is dropped.
    await db.$executeRawUnsafe(`UPDATE annual_report SET introduction = '草稿' WHERE id = '${id}'`);
    await settle();
    expect(cache.store.size).toBe(2);
    // Published: the report pages of that agency (and portal-wide lists) go, its other pages stay.
    await db.$executeRawUnsafe(`UPDATE annual_report SET status = 'PUBLISHED' WHERE id = '${id}'`);
    await until(() => cache.store.size === 1);
    await get(reportPage);
    expect((await get(reportPage)).headers.get("x-gongkai-cache")).toBe("hit");
  });

  it("drops everything when the public generation moves without a tagged notification (e.g. site identity)", async () => {
    const { cache, get } = await start();
    const item = await itemAt("PUBLISHED", people, agencies.commerce);
    await settle();
    await get("/");
    await get(`/items/${item.id}`);
    await get("/guide/other");
    expect(cache.store.size).toBe(3);
    // A tagged change leaves the untouched pages alone (the fallback stays quiet for it)...
    await createCategory({ actor: admin, agencyId: agencies.commerce, input: { name: "又一分类" } });
    await settle();
    expect(cache.store.size).toBe(1); // home (portal) and the item page (its agency) went; /guide/other stays
    // ...a writer of the generation that names nothing drops all.
    await db.$executeRawUnsafe(
      "INSERT INTO public_generation (scope, generation) VALUES ('*', 1) ON CONFLICT (scope) DO UPDATE SET generation = 2",
    );
    await until(() => cache.store.size === 0);
  });

  it("treats an unreadable notification as a change of everything", async () => {
    const { cache, get } = await start();
    await get("/");
    await get("/catalogue/x");
    await db.$executeRawUnsafe(`SELECT pg_notify('gongkai_portal', 'not json')`);
    await until(() => cache.store.size === 0);
  });
});
