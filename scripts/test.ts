// `npm test`: every test. Type check → vitest (unit + integration on a real PostgreSQL) →
// build → Playwright in Debian's Chromium against the built app.
// Uses the PostgreSQL server of DATABASE_URL when set (CI), otherwise embedded PostgreSQL servers.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { needsBuild } from "./lib/build-freshness";

const bin = (name: string) => path.join("node_modules", ".bin", name);

const steps: { name: string; command: string; args: string[]; skip?: () => boolean }[] = [
  { name: "type check", command: bin("tsc"), args: ["--noEmit", "-p", "."] },
  { name: "unit and integration tests", command: bin("vitest"), args: ["run"] },
  { name: "build", command: bin("next"), args: ["build"], skip: () => !needsBuild() },
  { name: "end-to-end tests", command: bin("playwright"), args: ["test"] },
];

const started = Date.now();
for (const step of steps) {
  if (step.skip?.()) {
    console.log(`\n▶ ${step.name}: up to date, skipped`);
    continue;
  }
  console.log(`\n▶ ${step.name}`);
  const t0 = Date.now();
  const result = spawnSync(step.command, step.args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    console.error(`\n✖ ${step.name} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${step.name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}
console.log(`\nAll tests passed in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
