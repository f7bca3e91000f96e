// `npm start`: prepares the database, builds the app when its sources changed, and serves it.
// With DATABASE_URL unset it runs on an embedded PostgreSQL with demo data (zero setup).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { log, prepareAppEnvironment } from "./lib/app-environment";
import { needsBuild } from "./lib/build-freshness";
import { runServer } from "./lib/run-server";

let environment: Awaited<ReturnType<typeof prepareAppEnvironment>>;
try {
  environment = await prepareAppEnvironment();
} catch (error) {
  console.error(`[gongkai] ${(error as Error).message}`);
  process.exit(1);
}
const { port, seedDemo, embedded } = environment;

if (process.env.GONGKAI_SKIP_BUILD !== "1" && needsBuild()) {
  log("Building the app…");
  const build = spawnSync(path.join("node_modules", ".bin", "next"), ["build"], { stdio: "inherit" });
  if (build.status !== 0) {
    await embedded?.stop();
    process.exit(build.status ?? 1);
  }
}

log(`Serving on ${process.env.NEXTAUTH_URL}${seedDemo ? " (demo accounts: see README)" : ""}`);
runServer({ port, host: process.env.HOST ?? "0.0.0.0" }, embedded);
