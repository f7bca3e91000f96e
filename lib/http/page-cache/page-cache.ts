// The page cache of the app's server (wired in lib/http/request-listener.ts): public pages on the allow-list
// of ./policy.ts are rendered by Next.js once and then served from memory, with a strong ETag, a 304 to a
// matching If-None-Match, and `Cache-Control: public, max-age=0, must-revalidate` so that nginx or a CDN may
// keep them too but must ask again every time. Kept pages are dropped by tag when PostgreSQL notifies a change
// (./portal-listener.ts); while that connection is down nothing is served from or put into the cache.
//
// What makes a kept page safe to give to anybody: the request is rendered WITHOUT the visitor's cookies
// and Authorization (the language is the URL's, so none is needed), so what is rendered is what an
// anonymous visitor gets; and only a 200 without Set-Cookie whose Cache-Control the app did not make private
// is kept.
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { hashedContentSecurityPolicy } from "../security-headers";
import { captureResponse } from "./capture";
import { inlineHashes } from "./inline-hashes";
import type { InvalidationHub } from "./invalidation-hub";
import { cacheablePage, PAGE_CACHE_HEADER } from "./policy";
import { PageStore, type StoredPage } from "./store";

export const PUBLIC_CACHE_CONTROL = "public, max-age=0, must-revalidate";
/** Whether a cacheable answer came from memory ("hit") or was rendered ("miss"), for operators and tests. */
export const STATUS_HEADER = "X-Gongkai-Cache";
/** What Next.js writes on every dynamically rendered page: its default, not a choice of the page. */
const NEXT_DYNAMIC_DEFAULT = "private, no-cache, no-store, max-age=0, must-revalidate";
/** Request headers Next.js varies its answer on (the RSC payload of a client navigation or prefetch). */
const VARY_PREFIX = "next-";
/** Response headers that belong to one exchange, not to the page. */
const EXCHANGE_HEADERS = new Set([
  "x-request-id",
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
  "set-cookie",
]);
const CHINA_OFFSET_MS = 8 * 3600_000;

export type PageCacheStats = { hits: number; misses: number; stored: number; bypassed: number };

export type PageCache = {
  readonly store: PageStore;
  readonly stats: PageCacheStats;
  /** Answers the request, from the cache when it may; otherwise through `handle` (Next.js). */
  serve(
    req: IncomingMessage,
    res: ServerResponse,
    handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
    context: { https: boolean },
  ): Promise<void>;
  close(): void;
};

/** The next midnight in China (UTC+8, no daylight saving): pages showing "today" or a date's validity change. */
export function nextChinaMidnight(now: number): number {
  const day = 86_400_000;
  return Math.floor((now + CHINA_OFFSET_MS) / day) * day + day - CHINA_OFFSET_MS;
}

const header = (value: string | string[] | number | undefined) =>
  value === undefined ? "" : Array.isArray(value) ? value.join(", ") : String(value);

function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  // Weak comparison, as RFC 9110 requires for If-None-Match (nginx marks an ETag weak when it gzips).
  const bare = etag.replace(/^W\//, "");
  return ifNoneMatch.split(",").some((candidate) => candidate.trim().replace(/^W\//, "") === bare);
}

export function createPageCache(options: {
  maxBytes: number;
  hub: InvalidationHub;
  /** The code of the agency an item belongs to (its pages show the agency's data), or undefined. */
  agencyOfItem: (itemId: string) => Promise<string | undefined>;
  dev?: boolean;
  now?: () => number;
}): PageCache {
  const { hub, agencyOfItem } = options;
  const now = options.now ?? Date.now;
  const store = new PageStore(options.maxBytes);
  const stats: PageCacheStats = { hits: 0, misses: 0, stored: 0, bypassed: 0 };
  const unsubscribe = hub.subscribe((change) => {
    if (change.all) store.clear();
    else store.dropTags(change.tags);
  });

  function send(req: IncomingMessage, res: ServerResponse, page: StoredPage, acceptEncoding: string, hit: boolean) {
    res.setHeader(STATUS_HEADER, hit ? "hit" : "miss");
    const gzip = page.gzip && /\bgzip\b/i.test(acceptEncoding) ? page.gzip : undefined;
    const gzipTag = `${page.etag.slice(0, -1)}-gz"`;
    const etag = gzip ? gzipTag : page.etag;
    // In the stored order (headers already on the response would keep their earlier place).
    for (const name of Object.keys(page.headers)) res.removeHeader(name);
    for (const [name, value] of Object.entries(page.headers)) res.setHeader(name, value);
    res.setHeader("ETag", etag);
    const vary = header(page.headers.vary);
    if (page.gzip && !/\baccept-encoding\b/i.test(vary))
      res.setHeader("Vary", [vary, "Accept-Encoding"].filter(Boolean).join(", "));
    // Either encoding's tag says the client holds the current page (each is the same page).
    const ifNoneMatch = header(req.headers["if-none-match"]);
    const held = [page.etag, gzipTag].find((tag) => etagMatches(ifNoneMatch, tag));
    if (held) {
      for (const name of ["content-type", "content-length"]) res.removeHeader(name);
      res.setHeader("ETag", held);
      res.writeHead(304).end();
      return;
    }
    const body = gzip ?? page.body;
    if (gzip) res.setHeader("Content-Encoding", "gzip");
    res.setHeader("Content-Length", body.length);
    res.writeHead(page.status);
    res.end(req.method === "HEAD" ? undefined : body);
  }

  return {
    store,
    stats,
    close: unsubscribe,
    async serve(req, res, handle, context) {
      // Only this server says whether a request is rendered for the cache (proxy.ts then leaves out the nonce).
      delete req.headers[PAGE_CACHE_HEADER];
      const url = new URL(req.url ?? "/", "http://app");
      const cacheable = options.maxBytes > 0 ? cacheablePage(req.method, url.pathname, url.search) : undefined;
      if (!cacheable || req.headers.authorization) {
        stats.bypassed++;
        return handle(req, res);
      }
      const acceptEncoding = header(req.headers["accept-encoding"]);
      // Rendered as for an anonymous visitor, whoever asks: nothing personal can enter the cache. (The language
      // is the URL's, lib/i18n/portal-path.ts: no cookie is needed to render a public page.)
      delete req.headers.cookie;
      delete req.headers["accept-encoding"]; // compressed here, once, when stored
      delete req.headers["content-security-policy"]; // Next.js would take a nonce from it
      req.headers[PAGE_CACHE_HEADER] = "1";
      const varied = Object.keys(req.headers)
        .filter((name) => name === "rsc" || name.startsWith(VARY_PREFIX))
        .sort()
        .map((name) => `${name}=${header(req.headers[name])}`);
      const key = [url.pathname + url.search, ...varied].join("\n");

      const listening = hub.listening;
      const hit = listening ? store.get(key, now()) : undefined;
      if (hit) {
        stats.hits++;
        send(req, res, hit, acceptEncoding, true);
        return;
      }
      stats.misses++;
      const epoch = hub.epoch;
      const method = req.method;
      req.method = "GET"; // a HEAD is rendered in full, so its ETag is the page's and it can be kept
      const body = await captureResponse(res, () => handle(req, res));
      req.method = method;
      if (!body) return; // the client went away

      const contentType = header(res.getHeader("content-type"));
      res.setHeader(
        "Content-Security-Policy",
        hashedContentSecurityPolicy(
          contentType.startsWith("text/html") ? inlineHashes(body.toString("utf8")) : { scripts: [], styles: [] },
          { dev: !!options.dev, https: context.https },
        ),
      );
      const cacheControl = header(res.getHeader("cache-control"));
      const appMadePrivate = cacheControl !== NEXT_DYNAMIC_DEFAULT && /\b(private|no-store)\b/i.test(cacheControl);
      const vary = header(res.getHeader("vary"))
        .split(",")
        .map((name) => name.trim().toLowerCase())
        .filter(Boolean);
      const shareable =
        res.statusCode === 200 &&
        !res.hasHeader("set-cookie") &&
        !appMadePrivate &&
        vary.every((name) => name === "rsc" || name.startsWith(VARY_PREFIX) || name === "accept-encoding");

      if (!shareable) {
        res.setHeader("Content-Length", body.length);
        res.writeHead(res.statusCode);
        res.end(method === "HEAD" ? undefined : body);
        return;
      }
      res.setHeader("Cache-Control", PUBLIC_CACHE_CONTROL);
      // For nginx (deploy/nginx.conf), which does not store a response with max-age=0: keep it, but as already
      // expired, so that every request is revalidated here with If-None-Match (a 304 from memory when unchanged).
      // nginx reads this header (before Cache-Control: nginx 1.22 takes the first of the two) and does not pass
      // it on.
      const headers: Record<string, string | string[]> = { "x-accel-expires": "@1" };
      for (const [name, value] of Object.entries(res.getHeaders())) {
        if (value !== undefined && !EXCHANGE_HEADERS.has(name))
          headers[name] = Array.isArray(value) ? value : String(value);
      }
      const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
      const compressed = body.length > 1024 ? gzipSync(body) : undefined;
      const page: StoredPage = {
        status: 200,
        headers,
        body,
        gzip: compressed && compressed.length < body.length ? compressed : undefined,
        etag,
        tags: cacheable.tags,
        expiresAt: nextChinaMidnight(now()),
      };
      if (cacheable.itemId) {
        const agency = await agencyOfItem(cacheable.itemId).catch(() => undefined);
        page.tags = agency ? [...page.tags, `agency:${agency}`] : [];
      }
      // Kept only when nothing changed meanwhile: a notification during the render may concern this page.
      if (listening && hub.listening && hub.epoch === epoch && page.tags.length > 0) {
        store.set(key, page);
        stats.stored++;
      }
      send(req, res, page, acceptEncoding, false);
    },
  };
}
