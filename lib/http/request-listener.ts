// What the app's own server does around Next.js for every request (scripts/server.ts wires it up):
// the client address from the socket and trusted proxies, a request id, one log line, and a 503 with
// Retry-After while PostgreSQL does not answer, and the page cache for public pages. Kept apart from the
// server so tests can drive it.
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-ip";
import { resolveClientAddress, type TrustedProxies } from "./client-address";
import type { DatabaseGate } from "./database-gate";
import { type GoneItems, withGoneItems } from "./gone-items";
import type { PageCache } from "./page-cache/page-cache";
import { PAGE_CACHE_HEADER } from "./page-cache/policy";
import { REQUEST_ID_HEADER, requestIdFor } from "./request-id";
import { staticSecurityHeaders } from "./security-headers";
import { unavailableResponse } from "./unavailable";

export type RequestLog = {
  info(line: object, message: string): void;
  error(line: object, message: string): void;
};

/** Paths that never need the database: the build's static files, the icon and the liveness probe. */
const WITHOUT_DATABASE = /^\/(_next\/static\/|favicon\.ico$|api\/health$)/;

export function createRequestListener(options: {
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  trusted: TrustedProxies;
  log: RequestLog;
  gate?: DatabaseGate;
  /** Public pages served from memory (lib/http/page-cache/); without it every request goes to Next.js. */
  pageCache?: PageCache;
  /** Withdrawn items' pages answer 410 (./gone-items.ts); without it they answer what Next.js says (200). */
  goneItems?: Pick<GoneItems, "isWithdrawn">;
}): RequestListener {
  const { trusted, log, gate, pageCache, goneItems } = options;
  // Inside the page cache, so that it sees the 410 and does not keep it (it keeps only 200s).
  const handle = goneItems ? withGoneItems(options.handle, goneItems) : options.handle;
  return async (req, res) => {
    const started = process.hrtime.bigint();
    const peer = req.socket.remoteAddress;
    const fromProxy = !!peer && trusted.matches(peer);
    const forwarded = req.headers["x-forwarded-for"];
    const client = resolveClientAddress(peer, Array.isArray(forwarded) ? forwarded.join(",") : forwarded, trusted);
    // Whatever a client sent under these names is replaced: only this server says who the client is.
    req.headers[CLIENT_ADDRESS_HEADER] = client;
    delete req.headers[PAGE_CACHE_HEADER]; // set by the page cache only
    if (!fromProxy) {
      // Only our own proxies may say how the client connected; Next.js fills these in from the socket.
      for (const name of ["x-forwarded-for", "x-forwarded-proto", "x-forwarded-host", "x-forwarded-port"])
        delete req.headers[name];
    }
    const https = fromProxy && req.headers["x-forwarded-proto"] === "https";
    for (const [name, value] of Object.entries(staticSecurityHeaders({ https }))) res.setHeader(name, value);
    const requestId = requestIdFor(req.headers[REQUEST_ID_HEADER], fromProxy);
    req.headers[REQUEST_ID_HEADER] = requestId;
    res.setHeader("X-Request-Id", requestId);
    // The path only: query strings can carry personal data (a tracking lookup's phone digits).
    const path = (req.url ?? "/").split("?")[0];
    res.on("close", () => {
      const durationMs = Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10;
      const line = { requestId, method: req.method, path, status: res.statusCode, durationMs, client };
      if (res.statusCode >= 500) log.error(line, "request");
      else log.info(line, "request");
    });
    try {
      if (gate && !WITHOUT_DATABASE.test(path) && (await gate.isDown())) {
        const answer = unavailableResponse(path, req.headers["accept-language"], requestId);
        res.writeHead(503, answer.headers).end(answer.body);
        return;
      }
      if (pageCache) await pageCache.serve(req, res, handle, { https });
      else await handle(req, res);
    } catch (error) {
      log.error({ err: error, requestId }, "request failed");
      if (!res.headersSent) res.writeHead(500).end();
    }
  };
}
