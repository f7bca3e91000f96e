// Runs before each integration test file: a fresh database copied from the migrated template,
// pointed to by DATABASE_URL before lib/db.ts creates its client (it connects lazily).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeEach, inject } from "vitest";
import { databaseUrl, templateDatabase, TEST_DATABASE_PREFIX } from "./database-server";

const serverUrl = inject("testDatabaseServerUrl");
const runId = inject("testRunId");
const name = `${TEST_DATABASE_PREFIX}${runId}_${randomBytes(6).toString("hex")}`;
const admin = new pg.Client({ connectionString: databaseUrl(serverUrl, "postgres") });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${templateDatabase(runId)}"`);
await admin.end();
process.env.DATABASE_URL = databaseUrl(serverUrl, name);

const { db } = await import("@/lib/db");

/** Empties every table (not the migrations record): each test starts from a blank, migrated database. */
export async function resetDatabase() {
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  if (tables.length === 0) return;
  const list = tables.map((t) => `"public"."${t.tablename}"`).join(", ");
  // The audit log refuses TRUNCATE (a trigger); between tests, as the superuser, its triggers are off for
  // this one transaction only.
  await db.$transaction([
    db.$executeRawUnsafe("SET LOCAL session_replication_role = replica"),
    db.$executeRawUnsafe(`TRUNCATE ${list} RESTART IDENTITY CASCADE`),
  ]);
}

beforeEach(resetDatabase);

afterAll(async () => {
  await db.$disconnect();
});
