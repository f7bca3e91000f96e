// The app's HTTP server: Next.js behind a plain Node server of our own, for what `next start` cannot do.
// - The client address comes from the socket; X-Forwarded-For counts only from GONGKAI_TRUSTED_PROXIES
//   (lib/http/client-address.ts). `next start` takes a client's own X-Forwarded-For as the truth.
// - Every request has an id (X-Request-Id) and one JSON log line: method, path, status, duration, id.
// - While PostgreSQL does not answer: 503 with Retry-After and a page that says so (lib/http/unavailable.ts).
// - Public pages served from memory, dropped by tag when PostgreSQL notifies a change (lib/http/page-cache/).
// - SIGTERM: stop accepting, let requests in flight finish, stop the e-mail loop, exit within a bound.
// Usage: tsx scripts/server.ts [--dev] (PORT, HOST from the environment).
import http from "node:http";
import next from "next";
import pino from "pino";
import { parseTrustedProxies, TrustedProxiesError } from "@/lib/http/client-address";
import { databaseGate } from "@/lib/http/database-gate";
import { withdrawnItemLookup } from "@/lib/http/gone-items";
import { invalidationHub } from "@/lib/http/page-cache/invalidation-hub";
import { itemAgencyLookup } from "@/lib/http/page-cache/item-agency";
import { createPageCache } from "@/lib/http/page-cache/page-cache";
import { listenForPortalChanges } from "@/lib/http/page-cache/portal-listener";
import { createRequestListener } from "@/lib/http/request-listener";

const logger = pino({
  base: undefined,
  timestamp: pino.stdTimeFunctions.isoTime,
  level: process.env.GONGKAI_LOG_LEVEL ?? "info",
});
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "0.0.0.0";
/** How long in-flight requests may take to finish after SIGTERM before the process exits anyway. */
const DRAIN_SECONDS = Number(process.env.GONGKAI_SHUTDOWN_SECONDS ?? 10);
/** Memory for cached public pages; 0 turns the page cache off. */
const PAGE_CACHE_MB = Number(process.env.GONGKAI_PAGE_CACHE_MB ?? 64);

let trusted: ReturnType<typeof parseTrustedProxies>;
try {
  trusted = parseTrustedProxies(process.env.GONGKAI_TRUSTED_PROXIES);
} catch (error) {
  if (!(error instanceof TrustedProxiesError)) throw error;
  logger.fatal(error.message);
  process.exit(1);
}

process.on("unhandledRejection", (reason) => logger.error({ err: reason }, "unhandled rejection"));
process.on("uncaughtException", (error) => logger.error({ err: error }, "uncaught exception"));

const app = next({ dev, hostname: hostname === "0.0.0.0" ? "localhost" : hostname, port });
await app.prepare();
const handle = app.getRequestHandler();

const databaseUrl = process.env.DATABASE_URL;
const gate = databaseUrl ? databaseGate(databaseUrl) : undefined;
// The listener runs whenever there is a database, also with the page cache off: the read models of
// lib/portal/public-cache.ts are dropped by its notifications too (and then need no generation lookup).
const hub = invalidationHub();
const listener = databaseUrl ? listenForPortalChanges({ connectionString: databaseUrl, hub, log: logger }) : undefined;
const itemAgency = databaseUrl && PAGE_CACHE_MB > 0 && !dev ? itemAgencyLookup(databaseUrl) : undefined;
// Not in development: a page would not change when its source does.
const pageCache = itemAgency
  ? createPageCache({ maxBytes: PAGE_CACHE_MB * 1024 * 1024, hub, agencyOfItem: itemAgency.agencyOfItem })
  : undefined;
// Withdrawn items' pages answer 410 Gone with their notice (lib/http/gone-items.ts).
const goneItems = databaseUrl ? withdrawnItemLookup(databaseUrl) : undefined;
const server = http.createServer(createRequestListener({ handle, trusted, log: logger, gate, pageCache, goneItems }));

server.listen(port, hostname, () => logger.info({ port, hostname, dev }, "listening"));

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "stopping: no new connections, finishing requests in flight");
  const deadline = setTimeout(() => {
    logger.warn({ seconds: DRAIN_SECONDS }, "requests still running at the shutdown deadline; exiting");
    process.exit(0);
  }, DRAIN_SECONDS * 1000);
  deadline.unref();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const mailLoop = (globalThis as { gongkaiMailLoop?: { stop: () => Promise<void> } }).gongkaiMailLoop;
  await Promise.all([closed, mailLoop?.stop()]);
  await app.close().catch(() => undefined);
  await gate?.close().catch(() => undefined);
  await listener?.close().catch(() => undefined);
  await itemAgency?.close().catch(() => undefined);
  await goneItems?.close().catch(() => undefined);
  logger.info("stopped");
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
