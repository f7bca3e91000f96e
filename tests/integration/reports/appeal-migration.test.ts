// The migration appeals_without_request on a database holding appeals from before it: every existing appeal
// gets its request's agency and the subject REQUEST_REPLY, so 表四 counts it as before, and the new check holds.
import { randomBytes, randomUUID } from "node:crypto";
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, expect, inject, it } from "vitest";
import { applyMigrations } from "@/lib/database/apply-migrations";
import { databaseUrl, TEST_DATABASE_PREFIX } from "@/tests/support/database-server";

const MIGRATIONS = path.join(process.cwd(), "prisma", "migrations");
const TARGET = "appeals_without_request";

const serverUrl = inject("testDatabaseServerUrl");
const admin = new pg.Client({ connectionString: databaseUrl(serverUrl, "postgres") });
await admin.connect();
const name = `${TEST_DATABASE_PREFIX}appeal_mig_${randomBytes(4).toString("hex")}`;
let dir = "";

afterAll(async () => {
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Inserts a row filling every NOT NULL column without a default with a plausible value of its type. */
async function insert(client: pg.Client, table: string, values: Record<string, unknown>) {
  const { rows } = await client.query<{ column_name: string; data_type: string; udt_name: string }>(
    `SELECT column_name, data_type, udt_name FROM information_schema.columns
     WHERE table_name = $1 AND is_nullable = 'NO' AND column_default IS NULL`,
    [table],
  );
  const row: Record<string, unknown> = {};
  for (const c of rows) {
    if (c.column_name in values) continue;
    if (c.data_type === "USER-DEFINED") {
      const { rows: labels } = await client.query<{ enumlabel: string }>(
        `SELECT e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid WHERE t.typname = $1 ORDER BY e.enumsortorder LIMIT 1`,
        [c.udt_name],
      );
      row[c.column_name] = labels[0]!.enumlabel;
    } else if (c.udt_name === "uuid") row[c.column_name] = randomUUID();
    else if (c.udt_name === "date") row[c.column_name] = "2025-01-02";
    else if (c.udt_name.startsWith("timestamp")) row[c.column_name] = new Date();
    else if (c.udt_name.startsWith("int") || c.udt_name === "numeric") row[c.column_name] = 0;
    else if (c.udt_name === "bool") row[c.column_name] = false;
    else if (c.udt_name.startsWith("_")) row[c.column_name] = [];
    else row[c.column_name] = `x${randomBytes(3).toString("hex")}`;
  }
  Object.assign(row, values);
  const columns = Object.keys(row);
  await client.query(
    `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(", ")})`,
    Object.values(row),
  );
}

it("gives every existing appeal its request's agency and the subject REQUEST_REPLY", async () => {
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = databaseUrl(serverUrl, name);
  // The migrations before this one, applied as a deployed database had them.
  dir = await mkdtemp(path.join(os.tmpdir(), "gongkai-appeal-migration-"));
  const all = (await readdir(MIGRATIONS, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
  const target = all.find((n) => n.endsWith(`_${TARGET}`))!;
  for (const m of all.filter((n) => n < target))
    await cp(path.join(MIGRATIONS, m), path.join(dir, m), { recursive: true });
  await applyMigrations(url, dir);

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const [commerce, finance] = [randomUUID(), randomUUID()];
    await insert(client, "agency", { id: commerce, code: "350403001", parent_id: null });
    await insert(client, "agency", { id: finance, code: "350403002", parent_id: null });
    const [q1, q2] = [randomUUID(), randomUUID()];
    await insert(client, "info_request", { id: q1, agency_id: commerce, concluded_on: null, outcome: null });
    await insert(client, "info_request", { id: q2, agency_id: finance, concluded_on: null, outcome: null });
    const [a1, a2] = [randomUUID(), randomUUID()];
    await insert(client, "appeal", { id: a1, request_id: q1, kind: "ADMINISTRATIVE_REVIEW", filed_on: "2025-03-01" });
    await insert(client, "appeal", { id: a2, request_id: q2, kind: "LAWSUIT_DIRECT", filed_on: "2025-04-01" });

    // Now this migration and the ones after it.
    for (const m of all.filter((n) => n >= target))
      await cp(path.join(MIGRATIONS, m), path.join(dir, m), { recursive: true });
    await applyMigrations(url, dir);

    const { rows } = await client.query<{ id: string; agency_id: string; subject: string; request_id: string }>(
      `SELECT id::text, agency_id::text, subject::text, request_id::text FROM appeal ORDER BY filed_on`,
    );
    expect(rows).toEqual([
      { id: a1, agency_id: commerce, subject: "REQUEST_REPLY", request_id: q1 },
      { id: a2, agency_id: finance, subject: "REQUEST_REPLY", request_id: q2 },
    ]);
    // And the check holds from now on: no request for a case about a reply is refused.
    await expect(
      client.query(
        `INSERT INTO appeal (id, agency_id, subject, kind, filed_on) VALUES ($1, $2, 'REQUEST_REPLY', 'ADMINISTRATIVE_REVIEW', '2025-05-01')`,
        [randomUUID(), commerce],
      ),
    ).rejects.toThrow(/appeal_request_iff_reply/);
  } finally {
    await client.end();
  }
});
