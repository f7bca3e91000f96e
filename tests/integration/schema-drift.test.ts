// prisma/schema.prisma and prisma/migrations/ must describe the same database. This file's database has
// every migration applied (see tests/support), so we introspect it with the Prisma 6 tool of
// tools/prisma6 and diff it against the schema. Runs on PostgreSQL 15 (CI) and the embedded 18 alike.
// Only what Prisma models counts: the audit trigger and its function are invisible to both sides.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { diffDatabaseToSchema, SCHEMA_PATH } from "@/tools/prisma6/prisma6";

const url = process.env.DATABASE_URL!;
const scratchDir = await mkdtemp(path.join(os.tmpdir(), "gongkai-drift-test-"));
afterAll(() => rm(scratchDir, { recursive: true, force: true }));

// Each test starts the Prisma 6 CLI's WASM schema engine, which needs ~10–20 s of CPU: on a busy machine that
// exceeded the suite's 30 s, so these two have their own bound.
describe("schema drift", { timeout: 120_000 }, () => {
  it("prisma/schema.prisma matches what prisma/migrations/ create", async () => {
    const sql = await diffDatabaseToSchema(url);
    expect(
      sql,
      "prisma/schema.prisma and prisma/migrations/ disagree. This SQL would bring the migrated database to the schema " +
        "(CREATE/ADD: in the schema, missing from the migrations; DROP: in the migrations, missing from the schema). " +
        "Author a migration with tools/prisma6/new-migration.ts (see tools/prisma6/README.md), or fix the schema",
    ).toBe("");
  });

  // Proves the comparison can fail in both directions, so a quiet tool never passes for agreement.
  // The probes are objects of their own, so the test does not depend on today's models.
  // It changes this file's database, so it runs last.
  it("reports what only the schema has, and what only the migrated database has", async () => {
    const probeSchema = path.join(scratchDir, "schema.prisma");
    await writeFile(
      probeSchema,
      `${await readFile(SCHEMA_PATH, "utf8")}\nmodel DriftProbe {\n  id Int @id\n\n  @@map("drift_probe_model")\n}\n`,
    );
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`CREATE TYPE "drift_probe_kind" AS ENUM ('A');
      CREATE TABLE "drift_probe_table" ("id" INT PRIMARY KEY, "kind" "drift_probe_kind")`);
    await client.end();

    const [withSchema, withProbeSchema] = await Promise.all([
      diffDatabaseToSchema(url),
      diffDatabaseToSchema(url, probeSchema),
    ]);
    expect(withSchema).toContain(`DROP TABLE "drift_probe_table"`);
    expect(withSchema).toContain(`DROP TYPE "drift_probe_kind"`);
    expect(withSchema).not.toContain("drift_probe_model");
    expect(withProbeSchema).toContain(`CREATE TABLE "drift_probe_model"`);
  });
});
