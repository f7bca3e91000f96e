// Vitest global setup for integration tests: one template database with every migration applied;
// each test file then gets its own copy (see test-database.ts), so files run in parallel in isolation.
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "@/lib/database/apply-migrations";
import { databaseUrl, startTestDatabaseServer, templateDatabase, TEST_DATABASE_PREFIX } from "./database-server";

export default async function setup(project: TestProject) {
  const { serverUrl, embedded } = await startTestDatabaseServer();
  const admin = new pg.Client({ connectionString: databaseUrl(serverUrl, "postgres") });
  await admin.connect();
  const runId = randomBytes(4).toString("hex");
  const template = templateDatabase(runId);
  await admin.query(`CREATE DATABASE "${template}"`);
  await applyMigrations(databaseUrl(serverUrl, template));
  project.provide("testDatabaseServerUrl", serverUrl);
  project.provide("testRunId", runId);

  return async () => {
    await dropTestDatabases(admin, runId);
    await admin.end();
    await embedded?.stop();
  };
}

/** Drops this run's databases only: another run may be using the same server right now. */
async function dropTestDatabases(admin: pg.Client, runId: string) {
  const { rows } = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [
    `${TEST_DATABASE_PREFIX}${runId}_%`,
  ]);
  for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
}

declare module "vitest" {
  export interface ProvidedContext {
    testDatabaseServerUrl: string;
    testRunId: string;
  }
}
