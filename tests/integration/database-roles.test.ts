// The app connects as a least-privilege role: it reads and writes the records, appends to the audit log, and
// can neither rewrite nor empty the audit log, nor touch the migrations record — whatever SQL it is made to run.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit/record-audit";
import { asUser, ensureAppRole, grantAppPrivileges } from "@/lib/database/app-role";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { checkReadiness } from "@/lib/operations/readiness";
import { withDatabase } from "@/lib/db";
import { seedDemo } from "../support/principals";

// Its own role name: roles are shared by every database of the server, other runs included.
const ROLE = "gongkai_app_roles_test";
const ownerUrl = process.env.DATABASE_URL!;
const appUrl = asUser(ownerUrl, ROLE, "roles-test-password");
let app: pg.Client;

beforeAll(async () => {
  await ensureAppRole(ownerUrl, ROLE, "roles-test-password");
  await grantAppPrivileges(ownerUrl, ROLE);
  app = new pg.Client({ connectionString: appUrl });
  await app.connect();
});
afterAll(async () => {
  await app.end();
});
beforeEach(async () => {
  await seedDemo();
});

describe("the app's database role", () => {
  it("reads and writes the records", async () => {
    const { rows } = await app.query("SELECT count(*)::int AS n FROM agency");
    expect(rows[0].n).toBeGreaterThan(0);
    await app.query(
      "INSERT INTO sign_in_attempt (email, client_ip, succeeded) VALUES ('a@b.test', '127.0.0.1', false)",
    );
    await app.query("UPDATE sign_in_attempt SET succeeded = true WHERE email = 'a@b.test'");
    await app.query("DELETE FROM sign_in_attempt WHERE email = 'a@b.test'");
  });

  it("appends to the audit log through the app's own code, and reads it", async () => {
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: appUrl }) });
    try {
      await withDatabase(client, () =>
        client.$transaction((tx) =>
          recordAudit(tx, {
            type: "user.deactivated",
            actor: { id: null, label: "测试" },
            agencyId: null,
            entity: { type: "user", id: "u-1" },
            payload: {} as never,
          }),
        ),
      );
      expect(await client.auditEvent.count()).toBe(1);
      // The readiness probe reads the migrations record as this role.
      expect(await withDatabase(client, () => checkReadiness())).toMatchObject({ ready: true });
    } finally {
      await client.$disconnect();
    }
  });

  it.each([
    ["UPDATE audit_event SET actor_label = 'x'"],
    ["DELETE FROM audit_event"],
    ["TRUNCATE audit_event"],
    ["INSERT INTO _prisma_migrations (id, checksum, migration_name) VALUES ('x', 'x', 'x')"],
    ["DELETE FROM _prisma_migrations"],
    ["DROP TABLE sign_in_attempt"],
    ["ALTER TABLE audit_event DISABLE TRIGGER ALL"],
  ])("is refused: %s", async (sql) => {
    await expect(app.query(sql)).rejects.toThrow(/permission denied|must be owner/);
  });
});
