// `npm test`: every test. Lint and format → type check → vitest (unit + integration on a real PostgreSQL) →
// build → Debian's Chromium (installed when missing) → Playwright against the built app → the production
// topology (Debian's nginx in front of two instances, scripts/test-deploy.ts).
// Uses the PostgreSQL server of DATABASE_URL when set (CI), otherwise embedded PostgreSQL servers.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { ensureChromium } from "./lib/browser";
import { needsBuild } from "./lib/build-freshness";

const bin = (name: string) => path.join("node_modules", ".bin", name);

type Step = { name: string; skip?: () => boolean } & (
  | { command: string; args: string[] }
  | { run: () => { ok: true } | { ok: false; why: string } }
);

const steps: Step[] = [
  { name: "lint and format", command: bin("biome"), args: ["ci", "."] },
  { name: "type check", command: bin("tsc"), args: ["--noEmit", "-p", "."] },
  // tools/prisma6 has its own tsconfig (its Prisma 6 types must not meet the app's Prisma 7).
  { name: "type check of tools/", command: bin("tsc"), args: ["--noEmit", "-p", "tools/prisma6"] },
  { name: "unit and integration tests", command: bin("vitest"), args: ["run"] },
  { name: "build", command: bin("next"), args: ["build"], skip: () => !needsBuild() },
  { name: "browser", run: ensureChromium },
  { name: "end-to-end tests", command: bin("playwright"), args: ["test"] },
  // nginx (Debian's, installed when missing) in front of two built instances, one database and an S3 store.
  { name: "deployment topology", command: bin("tsx"), args: ["scripts/test-deploy.ts"] },
];

const started = Date.now();
for (const step of steps) {
  if (step.skip?.()) {
    console.log(`\n▶ ${step.name}: up to date, skipped`);
    continue;
  }
  console.log(`\n▶ ${step.name}`);
  const t0 = Date.now();
  if ("run" in step) {
    const outcome = step.run();
    if (!outcome.ok) {
      console.error(`\n✖ ${step.name}: ${outcome.why}`);
      process.exit(1);
    }
  } else {
    const result = spawnSync(step.command, step.args, { stdio: "inherit", env: process.env });
    if (result.status !== 0) {
      console.error(`\n✖ ${step.name} failed (exit ${result.status ?? result.signal}).`);
      process.exit(result.status ?? 1);
    }
  }
  console.log(`✔ ${step.name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}
console.log(`\nAll tests passed in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
