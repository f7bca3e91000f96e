// `npm start`: prepares the database, builds the app when its sources changed, and serves it.
// With DATABASE_URL unset it runs on an embedded PostgreSQL with demo data (zero setup).
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { needsBuild } from "./lib/build-freshness";
import { prepareDatabase } from "./lib/prepare-database";

const log = (line: string) => console.log(`[gongkai] ${line}`);
const port = Number(process.env.PORT ?? 3000);
const zeroSetup = !process.env.DATABASE_URL;

// The embedded path is a local demo: demo data and demo passwords are on unless switched off.
if (zeroSetup) process.env.GONGKAI_DEMO_MODE ??= "1";
const seedDemo = process.env.GONGKAI_DEMO_MODE === "1";

process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
if (!process.env.NEXTAUTH_SECRET) {
  if (!zeroSetup) {
    console.error("NEXTAUTH_SECRET must be set when DATABASE_URL is set (see README: Configuration).");
    process.exit(1);
  }
  process.env.NEXTAUTH_SECRET = localSecret();
}

const { embedded } = await prepareDatabase({ seedDemo, log });

if (process.env.GONGKAI_SKIP_BUILD !== "1" && needsBuild()) {
  log("Building the app…");
  const build = spawnSync(path.join("node_modules", ".bin", "next"), ["build"], { stdio: "inherit" });
  if (build.status !== 0) {
    await embedded?.stop();
    process.exit(build.status ?? 1);
  }
}

log(`Serving on ${process.env.NEXTAUTH_URL}${seedDemo ? " (demo accounts: see README)" : ""}`);
const server = spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", String(port), "-H", process.env.HOST ?? "0.0.0.0"], {
  stdio: "inherit",
  env: process.env,
});

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  server.kill("SIGTERM");
  await embedded?.stop();
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
server.on("exit", (code) => void stop(code ?? 0));

/** A random secret kept in .data/, so sessions survive restarts of a local demo. */
function localSecret() {
  const file = path.join(".data", "nextauth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(".data", { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
