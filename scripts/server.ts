// The app's HTTP server: Next.js behind a plain Node server of our own, for what `next start` cannot do.
// - The client address comes from the socket; X-Forwarded-For counts only from GONGKAI_TRUSTED_PROXIES
//   (lib/http/client-address.ts). `next start` takes a client's own X-Forwarded-For as the truth.
// - Every request has an id (X-Request-Id) and one JSON log line: method, path, status, duration, id.
// - SIGTERM: stop accepting, let requests in flight finish, stop the e-mail loop, exit within a bound.
// Usage: tsx scripts/server.ts [--dev] (PORT, HOST from the environment).
import http from "node:http";
import next from "next";
import pino from "pino";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-ip";
import { parseTrustedProxies, resolveClientAddress, TrustedProxiesError } from "@/lib/http/client-address";
import { REQUEST_ID_HEADER, requestIdFor } from "@/lib/http/request-id";

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

const server = http.createServer((req, res) => {
  const started = process.hrtime.bigint();
  const peer = req.socket.remoteAddress;
  const fromProxy = !!peer && trusted.matches(peer);
  const forwarded = req.headers["x-forwarded-for"];
  const client = resolveClientAddress(peer, Array.isArray(forwarded) ? forwarded.join(",") : forwarded, trusted);
  // Whatever a client sent under these names is replaced: only this server says who the client is.
  req.headers[CLIENT_ADDRESS_HEADER] = client;
  if (!fromProxy) delete req.headers["x-forwarded-for"];
  const requestId = requestIdFor(req.headers[REQUEST_ID_HEADER], fromProxy);
  req.headers[REQUEST_ID_HEADER] = requestId;
  res.setHeader("X-Request-Id", requestId);
  res.on("close", () => {
    // The path only: query strings can carry personal data (a tracking lookup's phone digits).
    const path = (req.url ?? "/").split("?")[0];
    const durationMs = Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10;
    const line = { requestId, method: req.method, path, status: res.statusCode, durationMs, client };
    if (res.statusCode >= 500) logger.error(line, "request");
    else logger.info(line, "request");
  });
  handle(req, res).catch((error: unknown) => {
    logger.error({ err: error, requestId }, "request failed");
    if (!res.headersSent) {
      res.statusCode = 500;
      res.end();
    }
  });
});

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
  logger.info("stopped");
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
