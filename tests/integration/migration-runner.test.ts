// lib/database/apply-migrations.ts, on fixture migrations (tests/fixtures/migrations) in databases of
// its own: it must record what it ran the way Prisma does, run each file once, and refuse edited history.
import { createHash, randomBytes } from "node:crypto";
import { appendFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { applyMigrations } from "@/lib/database/apply-migrations";
import { databaseUrl, TEST_DATABASE_PREFIX } from "@/tests/support/database-server";

const FIXTURES = path.join(import.meta.dirname, "..", "fixtures", "migrations");
const FIRST = "20260101000000_create_note";
const SECOND = "20260102000000_note_guard";

const serverUrl = inject("testDatabaseServerUrl");
const admin = new pg.Client({ connectionString: databaseUrl(serverUrl, "postgres") });
await admin.connect();
const created: string[] = [];
const tempDirs: string[] = [];

afterAll(async () => {
  for (const name of created) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
  for (const dir of tempDirs) await rm(dir, { recursive: true, force: true });
});

/** An empty database, named with the test prefix so that global setup drops it if a run is cut short. */
async function emptyDatabase() {
  const name = `${TEST_DATABASE_PREFIX}runner_${randomBytes(4).toString("hex")}`;
  await admin.query(`CREATE DATABASE "${name}"`);
  created.push(name);
  return databaseUrl(serverUrl, name);
}

/** A copy of the fixtures that a test may edit. */
async function fixtureCopy() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "gongkai-migrations-"));
  tempDirs.push(dir);
  await cp(FIXTURES, dir, { recursive: true });
  return dir;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const recorded = (url: string) =>
  query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
    url,
    `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
  );

const sha256 = async (name: string, dir = FIXTURES) =>
  createHash("sha256")
    .update(await readFile(path.join(dir, name, "migration.sql"), "utf8"))
    .digest("hex");

describe("applyMigrations", () => {
  it("applies each migration in order and records it in _prisma_migrations with its sha256", async () => {
    const url = await emptyDatabase();
    expect(await applyMigrations(url, FIXTURES)).toEqual({ applied: [FIRST, SECOND], alreadyApplied: 0 });

    const rows = await recorded(url);
    expect(rows.map((r) => r.migration_name)).toEqual([FIRST, SECOND]);
    expect(rows.map((r) => r.checksum)).toEqual([await sha256(FIRST), await sha256(SECOND)]);
    for (const row of rows) {
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
    }
    // The $$ function body arrived whole: its trigger works.
    await expect(query(url, `INSERT INTO fixture_note (body) VALUES ('')`)).rejects.toThrow("empty note");
  });

  it("is idempotent: a second run applies nothing and records nothing", async () => {
    const url = await emptyDatabase();
    await applyMigrations(url, FIXTURES);
    expect(await applyMigrations(url, FIXTURES)).toEqual({ applied: [], alreadyApplied: 2 });
    expect(await recorded(url)).toHaveLength(2);
  });

  it("runs each migration once when several instances start at the same time", async () => {
    const url = await emptyDatabase();
    const results = await Promise.all([1, 2, 3].map(() => applyMigrations(url, FIXTURES)));
    expect(results.flatMap((r) => r.applied).sort()).toEqual([FIRST, SECOND]);
    expect(await recorded(url)).toHaveLength(2);
  });

  it("applies only the migrations added since the last run", async () => {
    const url = await emptyDatabase();
    const dir = await fixtureCopy();
    await rm(path.join(dir, SECOND), { recursive: true });
    expect((await applyMigrations(url, dir)).applied).toEqual([FIRST]);
    await cp(path.join(FIXTURES, SECOND), path.join(dir, SECOND), { recursive: true });
    expect(await applyMigrations(url, dir)).toEqual({ applied: [SECOND], alreadyApplied: 1 });
  });

  it("refuses a migration edited after it was applied", async () => {
    const url = await emptyDatabase();
    const dir = await fixtureCopy();
    await applyMigrations(url, dir);
    await appendFile(path.join(dir, FIRST, "migration.sql"), "\nALTER TABLE fixture_note ADD COLUMN late TEXT;\n");
    await expect(applyMigrations(url, dir)).rejects.toThrow(`Migration ${FIRST} was changed after it was applied`);
  });

  it("rolls back a failing migration completely and records nothing for it", async () => {
    const url = await emptyDatabase();
    const dir = await fixtureCopy();
    const broken = "20260103000000_broken";
    await mkdir(path.join(dir, broken));
    await writeFile(
      path.join(dir, broken, "migration.sql"),
      `CREATE TABLE "fixture_half" ("id" INT);\nALTER TABLE "no_such_table" ADD COLUMN "x" INT;\n`,
    );
    await expect(applyMigrations(url, dir)).rejects.toThrow(`Migration ${broken} failed`);
    expect((await recorded(url)).map((r) => r.migration_name)).toEqual([FIRST, SECOND]);
    expect(await query(url, `SELECT to_regclass('fixture_half') AS t`)).toEqual([{ t: null }]);
  });
});
