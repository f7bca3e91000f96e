// Vitest global setup for integration tests: one template database with every migration applied;
// each test file then gets its own copy (see test-database.ts), so files run in parallel in isolation.
import pg from "pg";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "@/lib/database/apply-migrations";
import { databaseUrl, startTestDatabaseServer, TEMPLATE_DATABASE, TEST_DATABASE_PREFIX } from "./database-server";

export default async function setup(project: TestProject) {
  const { serverUrl, embedded } = await startTestDatabaseServer();
  const admin = new pg.Client({ connectionString: databaseUrl(serverUrl, "postgres") });
  await admin.connect();
  await dropTestDatabases(admin);
  await admin.query(`CREATE DATABASE "${TEMPLATE_DATABASE}"`);
  await applyMigrations(databaseUrl(serverUrl, TEMPLATE_DATABASE));
  project.provide("testDatabaseServerUrl", serverUrl);

  return async () => {
    await dropTestDatabases(admin);
    await admin.end();
    await embedded?.stop();
  };
}

async function dropTestDatabases(admin: pg.Client) {
  const { rows } = await admin.query<{ datname: string }>(
    "SELECT datname FROM pg_database WHERE datname LIKE $1",
    [`${TEST_DATABASE_PREFIX}%`],
  );
  for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
}

declare module "vitest" {
  export interface ProvidedContext {
    testDatabaseServerUrl: string;
  }
}
