// Authors a migration: the SQL that takes a database migrated with prisma/migrations/ to the current
// prisma/schema.prisma, written to prisma/migrations/<UTC timestamp>_<name>/migration.sql.
// Usage (from the repository root): node_modules/.bin/tsx tools/prisma6/new-migration.ts <name>
//
// It works on a scratch database (created, migrated with our own runner, dropped), never on yours, and
// avoids Prisma's shadow database entirely. Server: MIGRATION_SERVER_URL, else DATABASE_URL's server,
// else the local PostgreSQL on 127.0.0.1:5432. PostgreSQL 15 and 18 both work.
import { randomBytes } from "node:crypto";
import { mkdir, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "../../lib/database/apply-migrations";
import { databaseUrl, diffDatabaseToSchema, MIGRATIONS_DIR } from "./prisma6";

class UsageError extends Error {}

try {
  await main(process.argv[2] ?? "");
} catch (error) {
  console.error(error instanceof UsageError ? error.message : error);
  process.exitCode = 1;
}

async function main(name: string) {
  if (!/^[a-z0-9]+(_[a-z0-9]+)*$/.test(name)) {
    throw new UsageError("Usage: new-migration <name>, the name in snake_case, e.g. add_agency_region.");
  }
  const server =
    process.env.MIGRATION_SERVER_URL ?? process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const scratch = `gongkai_new_migration_${randomBytes(4).toString("hex")}`;
  const scratchUrl = databaseUrl(server, scratch);
  const admin = new pg.Client({ connectionString: databaseUrl(server, "postgres") });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${scratch}"`);
    await applyMigrations(scratchUrl, MIGRATIONS_DIR);
    // Prisma wraps some steps (e.g. removing an enum value) in BEGIN/COMMIT, but our runner already runs
    // each file in one transaction: a COMMIT inside would end it early, before the file is recorded.
    const sql = (await diffDatabaseToSchema(scratchUrl)).replace(/^(BEGIN|COMMIT);$\n?/gm, "").trim();
    if (sql === "") {
      throw new UsageError(
        "prisma/schema.prisma already matches prisma/migrations/: nothing to write. Change the schema first.",
      );
    }
    const file = path.join(MIGRATIONS_DIR, `${await nextTimestamp()}_${name}`, "migration.sql");
    await mkdir(path.dirname(file));
    await writeFile(file, `${sql}\n`);
    console.log(`Wrote ${path.relative(process.cwd(), file)}:\n\n${sql}\n`);

    // Check the new file the way it will run: with our runner, after the others, leaving no drift.
    await applyMigrations(scratchUrl, MIGRATIONS_DIR);
    const left = await diffDatabaseToSchema(scratchUrl);
    if (left !== "") throw new UsageError(`After applying it, the database still differs from the schema by:\n${left}`);
    console.log("Checked: it applies after the existing migrations and leaves no drift. Review it, then commit it.");
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${scratch}" WITH (FORCE)`);
    await admin.end();
  }
}

/** Now as YYYYMMDDHHMMSS (UTC), but always after the newest existing migration so the order holds. */
async function nextTimestamp() {
  const now = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const existing = (await readdir(MIGRATIONS_DIR)).flatMap((n) => /^(\d{14})_/.exec(n)?.[1] ?? []).sort();
  const newest = existing.at(-1);
  if (!newest || now > newest) return now;
  const next = new Date(
    Date.UTC(
      +newest.slice(0, 4),
      +newest.slice(4, 6) - 1,
      +newest.slice(6, 8),
      +newest.slice(8, 10),
      +newest.slice(10, 12),
      +newest.slice(12, 14) + 1,
    ),
  );
  return next.toISOString().replace(/\D/g, "").slice(0, 14);
}
