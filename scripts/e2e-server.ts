// The server for the Playwright tests (playwright.config.ts → webServer): a fresh `gongkai_e2e` database
// with every migration and the demo data, then the already BUILT app on http://localhost:3100.
// With DATABASE_URL set (CI) the database lives on that same server; otherwise on an embedded PostgreSQL.
// It never builds: `npm test` builds first, and a stale build would test code other than the sources.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { APP_ROLE, asUser, ensureAppRole, grantAppPrivileges } from "@/lib/database/app-role";
import { applyMigrations } from "@/lib/database/apply-migrations";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./lib/embedded-postgres";
import { startMailSink, type MailSink } from "./lib/e2e-mail-sink";

// E2E_* variables let a second checkout run its own e2e server beside this one (defaults: the CI setup).
const PORT = Number(process.env.E2E_PORT ?? 3100);
const DATABASE = process.env.E2E_DATABASE ?? "gongkai_e2e";
const EMBEDDED_PORT = 54331;
/** Fixed, so two e2e servers on one PostgreSQL do not change each other's password; a test database only. */
const E2E_APP_PASSWORD = "gongkai-e2e-app";
const EMBEDDED_DATA_DIR = path.join(".data", "postgres-e2e");
/** A real SMTP server the app sends to, and a small HTTP endpoint where the browser tests read what arrived. */
export const MAIL_SMTP_PORT = Number(process.env.E2E_MAIL_SMTP_PORT ?? 3125);
export const MAIL_HTTP_PORT = Number(process.env.E2E_MAIL_HTTP_PORT ?? 3126);

const log = (line: string) => console.log(`[e2e-server] ${line}`);

if (!existsSync(path.join(".next", "BUILD_ID"))) {
  console.error(
    "[e2e-server] No build found (.next/BUILD_ID is missing). Run `npm run build` (next build) before the end-to-end tests.",
  );
  process.exit(1);
}

let embedded: EmbeddedDatabase | undefined;
let server: ChildProcess | undefined;
let mail: MailSink | undefined;
let stopping = false;

async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  if (server && server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((resolve) => server!.once("exit", resolve));
    server.kill("SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    if (server.exitCode === null && server.signalCode === null) server.kill("SIGKILL");
  }
  await mail?.stop().catch(() => undefined);
  await embedded?.stop().catch((error: unknown) => log(`Stopping the embedded PostgreSQL failed: ${String(error)}`));
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));

try {
  const url = await prepareDatabase();
  mail = await startMailSink(MAIL_SMTP_PORT, MAIL_HTTP_PORT);
  log(`Mail sink: SMTP on 127.0.0.1:${MAIL_SMTP_PORT}, messages at http://127.0.0.1:${MAIL_HTTP_PORT}/messages`);
  await serve(url);
} catch (error) {
  console.error("[e2e-server] Could not start:", error);
  await stop(1);
}

/** A clean `gongkai_e2e` database with migrations and demo data; returns its connection string. */
async function prepareDatabase(): Promise<string> {
  let baseUrl = process.env.DATABASE_URL;
  if (!baseUrl) {
    log(`Starting the embedded PostgreSQL (data in ${EMBEDDED_DATA_DIR}, port ${EMBEDDED_PORT})…`);
    embedded = await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, port: EMBEDDED_PORT, database: DATABASE });
    baseUrl = embedded.url;
  }
  const e2eUrl = withDatabase(baseUrl, DATABASE);
  // Drop and create from another database of the same server: the one given, unless it is ours.
  const adminUrl =
    new URL(baseUrl).pathname.slice(1) === DATABASE || embedded ? withDatabase(baseUrl, "postgres") : baseUrl;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${DATABASE}"`);
  } finally {
    await admin.end();
  }
  log(`Fresh database ${DATABASE} on ${new URL(e2eUrl).host}.`);

  const { applied } = await applyMigrations(e2eUrl);
  log(`Applied migrations: ${applied.join(", ") || "(none)"}`);
  // The app runs as the least-privilege role, as in production (lib/database/app-role.ts).
  await ensureAppRole(e2eUrl, APP_ROLE, E2E_APP_PASSWORD);
  await grantAppPrivileges(e2eUrl, APP_ROLE);
  const appUrl = asUser(e2eUrl, APP_ROLE, E2E_APP_PASSWORD);

  // lib/db connects lazily to process.env.DATABASE_URL: set it before the first query.
  process.env.DATABASE_URL = e2eUrl;
  const { db } = await import("@/lib/db");
  const { seedDemoData } = await import("@/lib/demo/seed-demo-data");
  await seedDemoData(db);
  await db.$disconnect();
  log("Demo data loaded.");
  return appUrl;
}

async function serve(databaseUrl: string) {
  // The app's own server (client address, request ids, draining), as `npm start` runs it.
  server = spawn(path.join("node_modules", ".bin", "tsx"), ["scripts/server.ts"], {
    stdio: "inherit",
    env: {
      ...process.env,
      PORT: String(PORT),
      HOST: "127.0.0.1",
      // One line per request would bury the test report; warnings and errors are still printed.
      GONGKAI_LOG_LEVEL: process.env.GONGKAI_LOG_LEVEL ?? "warn",
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      // Must equal the origin the browser uses, or next-auth sessions come back empty.
      NEXTAUTH_URL: `http://localhost:${PORT}`,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      GONGKAI_DEMO_MODE: "1",
      // E-mails go to the sink, and the sender runs every second so the tests need not wait.
      GONGKAI_SMTP_URL: `smtp://127.0.0.1:${MAIL_SMTP_PORT}`,
      GONGKAI_MAIL_FROM: "三元区政务公开 <gongkai@e2e.gongkai.test>",
      GONGKAI_MAIL_INTERVAL_SECONDS: "1",
      // Every spec submits from 127.0.0.1: the per-address limit is tested in tests/integration/public-limits.
      GONGKAI_SUBMISSION_MAX_PER_ADDRESS: "1000",
      // The form's proof-of-work challenge stays on (e2e/public-limits.spec.ts), made quick to solve.
      GONGKAI_SUBMISSION_CHALLENGE: "1",
      GONGKAI_SUBMISSION_CHALLENGE_MAX_NUMBER: "5000",
    },
  });
  server.on("exit", (code, signal) => {
    if (!stopping) log(`the app server exited (${signal ?? code}).`);
    void stop(code ?? 1);
  });
  log(`Serving the built app on http://localhost:${PORT}`);
}

function withDatabase(connectionString: string, database: string) {
  const url = new URL(connectionString);
  url.pathname = `/${database}`;
  return url.toString();
}
