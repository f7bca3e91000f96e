// `npm run backup` / `npm run restore` (lib/operations/backup): a backup of demo data, requests with files,
// a published item with an attachment and a published annual report, restored into a fresh database and an
// empty attachment folder, gives back every table row, every sequence position and every file byte for byte.
// A restore refuses (with a sentence) a damaged archive, a database that is not empty, and a different schema.
import { randomBytes } from "node:crypto";
import { open, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import S3rver from "@20minutes/s3rver";
import pg from "pg";
import { afterAll, beforeEach, describe, expect, inject, it, vi } from "vitest";
import { S3AttachmentStorage } from "@/lib/attachments/s3-storage";
import { createAttachmentStorage } from "@/lib/attachments/storage";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { addItemAttachment } from "@/lib/items/attachments";
import { transitionRevision } from "@/lib/items/transition-revision";
import { createBackup } from "@/lib/operations/backup/create-backup";
import { listTar } from "@/lib/operations/backup/tar";
import { RestoreRefused, restoreBackup } from "@/lib/operations/backup/restore-backup";
import { submitOnlineRequestWithFiles } from "@/lib/requests/request-files";
import { chinesePdf, jpeg } from "../fixtures/attachments/build-fixtures";
import { databaseUrl, templateDatabase } from "../support/database-server";
import { itemAt } from "../support/items";
import { DEMO, principalFor, seedDemo, type DemoAgencyIds } from "../support/principals";
import { onlineRequestInput } from "../support/requests";
import { buildRequests2025 } from "../support/report-records";
import { narrativeFor, publishedReport } from "./reports/public-publish";

const run = randomBytes(4).toString("hex");
const root = path.join(process.cwd(), ".data", "test-backups", run);
const sourceDir = path.join(root, "source-files");
vi.stubEnv("GONGKAI_STORAGE_DIR", sourceDir);

const serverUrl = inject("testDatabaseServerUrl");
const created: string[] = [];

/** A new database migrated like production and empty (a copy of the tests' migrated template). */
async function freshDatabase() {
  const name = `${templateDatabase(inject("testRunId")).replace(/_template$/, "")}_restore_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: databaseUrl(serverUrl, "postgres") });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${templateDatabase(inject("testRunId"))}"`);
  await admin.end();
  created.push(name);
  return databaseUrl(serverUrl, name);
}

async function tableContents(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1",
    );
    const contents: Record<string, string[]> = {};
    for (const { tablename } of tables.rows) {
      const rows = await client.query<{ r: string }>(
        `SELECT row_to_json(t)::text AS r FROM "${tablename}" t ORDER BY 1`,
      );
      contents[tablename] = rows.rows.map((row) => row.r);
    }
    const sequences = await client.query("SELECT sequencename, last_value FROM pg_sequences ORDER BY 1");
    return { contents, sequences: sequences.rows };
  } finally {
    await client.end();
  }
}

let agencies: DemoAgencyIds;
let staff: CurrentUser, reviewer: CurrentUser, leader: CurrentUser;

beforeEach(async () => {
  agencies = await seedDemo();
  [staff, reviewer, leader] = await Promise.all(
    [DEMO.commerceStaff, DEMO.commerceReviewer, DEMO.commerceLeader].map(principalFor),
  );
});

afterAll(async () => {
  await db.$disconnect();
  const admin = new pg.Client({ connectionString: databaseUrl(serverUrl, "postgres") });
  await admin.connect();
  for (const name of created) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
  await rm(root, { recursive: true, force: true });
});

async function seedRecords() {
  await submitOnlineRequestWithFiles({
    input: onlineRequestInput(agencies.commerce),
    files: [
      { bytes: jpeg(), fileName: "身份证.jpg" },
      { bytes: chinesePdf(["授权委托书"]), fileName: "委托书.pdf" },
    ],
  });
  await buildRequests2025(agencies.commerce);
  const item = await itemAt("DRAFT", { drafter: staff, reviewer, leader }, agencies.commerce);
  await addItemAttachment({
    actor: staff,
    itemId: item.id,
    file: { bytes: chinesePdf(["关于2017年安全生产月活动的通知"]), fileName: "通知.pdf" },
  });
  await transitionRevision({ actor: staff, itemId: item.id, transition: "submit" });
  await transitionRevision({ actor: reviewer, itemId: item.id, transition: "pass" });
  await transitionRevision({ actor: leader, itemId: item.id, transition: "approve" });
  await publishedReport(staff, leader, agencies.commerce, 2025, narrativeFor("备份"));
}

// Each test seeds a year of records and copies them twice: generous on 2 shared cores.
describe("backup and restore", { timeout: 90_000 }, () => {
  it("restores every row, sequence and attachment byte for byte into an empty database and folder", async () => {
    await seedRecords();
    const archive = path.join(root, "full.tar");
    const source = createAttachmentStorage({ backend: "local", directory: sourceDir });
    const { manifest } = await createBackup({ databaseUrl: process.env.DATABASE_URL!, storage: source, archive });

    expect(manifest.migrations.length).toBeGreaterThan(0);
    const count = (name: string) => manifest.tables.find((t) => t.name === name)?.rows ?? 0;
    expect(count("info_request")).toBeGreaterThan(1);
    expect(count("item")).toBeGreaterThan(0);
    expect(count("annual_report_version")).toBe(1);
    expect(count("audit_event")).toBeGreaterThan(0);
    expect(manifest.files.length).toBe(3);
    // An ordinary tar: any tar lists it; SHA256SUMS lets `sha256sum -c` check an extracted copy.
    expect([...(await listTar(archive)).keys()]).toEqual(
      expect.arrayContaining(["manifest.json", "SHA256SUMS", "tables/item.jsonl", manifest.files[0].path]),
    );

    const targetUrl = await freshDatabase();
    const targetDir = path.join(root, "restored-files");
    const target = createAttachmentStorage({ backend: "local", directory: targetDir });
    await restoreBackup({ archive, databaseUrl: targetUrl, storage: target, localStorageDir: targetDir });

    const before = await tableContents(process.env.DATABASE_URL!);
    const after = await tableContents(targetUrl);
    expect(Object.keys(after.contents)).toEqual(Object.keys(before.contents));
    for (const table of Object.keys(before.contents))
      expect(after.contents[table], table).toEqual(before.contents[table]);
    expect(after.sequences).toEqual(before.sequences);

    const keys = [
      ...(await db.attachment.findMany({ select: { storageKey: true } })),
      ...(await db.requestFile.findMany({ select: { storageKey: true } })),
    ].map((r) => r.storageKey);
    expect(keys.length).toBe(3);
    for (const key of keys) expect((await target.get(key)).equals(await source.get(key))).toBe(true);

    // The restored database works: a new audit row gets the next id, the append-only guard is back on.
    const restored = new pg.Client({ connectionString: targetUrl });
    await restored.connect();
    try {
      await expect(restored.query("DELETE FROM audit_event")).rejects.toThrow();
      await expect(restored.query("UPDATE annual_report_version SET correction_reason = 'x'")).rejects.toThrow();
    } finally {
      await restored.end();
    }
  });

  it("refuses a damaged archive before writing anything", async () => {
    await seedRecords();
    const archive = path.join(root, "damaged.tar");
    const source = createAttachmentStorage({ backend: "local", directory: sourceDir });
    const { manifest } = await createBackup({ databaseUrl: process.env.DATABASE_URL!, storage: source, archive });
    const entry = (await listTar(archive)).get(manifest.files[0].path)!;
    const handle = await open(archive, "r+");
    await handle.write(Buffer.from("X"), 0, 1, entry.offset + 10);
    await handle.close();

    const targetUrl = await freshDatabase();
    const targetDir = path.join(root, "damaged-files");
    const target = createAttachmentStorage({ backend: "local", directory: targetDir });
    const refusal = restoreBackup({ archive, databaseUrl: targetUrl, storage: target, localStorageDir: targetDir });
    await expect(refusal).rejects.toBeInstanceOf(RestoreRefused);
    await expect(refusal).rejects.toThrow(/does not match its checksum/);
    expect((await tableContents(targetUrl)).contents.agency).toEqual([]);
  });

  it("refuses a database that is not empty or not on the backup's migrations", async () => {
    await seedRecords();
    const archive = path.join(root, "refusals.tar");
    const source = createAttachmentStorage({ backend: "local", directory: sourceDir });
    await createBackup({ databaseUrl: process.env.DATABASE_URL!, storage: source, archive });
    const emptyDir = path.join(root, "refusal-files");
    const target = createAttachmentStorage({ backend: "local", directory: emptyDir });

    const notEmpty = restoreBackup({
      archive,
      databaseUrl: process.env.DATABASE_URL!,
      storage: target,
      localStorageDir: emptyDir,
    });
    await expect(notEmpty).rejects.toThrow(/not empty/);

    const olderUrl = await freshDatabase();
    const older = new pg.Client({ connectionString: olderUrl });
    await older.connect();
    await older.query(
      `DELETE FROM "_prisma_migrations" WHERE migration_name = (SELECT max(migration_name) FROM "_prisma_migrations")`,
    );
    await older.end();
    await expect(
      restoreBackup({ archive, databaseUrl: olderUrl, storage: target, localStorageDir: emptyDir }),
    ).rejects.toThrow(/schema is not the backup's/);

    const usedDir = path.join(root, "used-files");
    await writeFile(path.join(root, "placeholder"), "x");
    await rm(usedDir, { recursive: true, force: true });
    await import("node:fs/promises").then((fs) => fs.mkdir(usedDir, { recursive: true }));
    await writeFile(path.join(usedDir, "old.bin"), await readFile(path.join(root, "placeholder")));
    await expect(
      restoreBackup({ archive, databaseUrl: await freshDatabase(), storage: target, localStorageDir: usedDir }),
    ).rejects.toThrow(/attachment folder .* is not empty/);
  });

  it("restores the attachments into an S3-compatible store as well", async () => {
    await seedRecords();
    const archive = path.join(root, "to-s3.tar");
    const source = createAttachmentStorage({ backend: "local", directory: sourceDir });
    const { manifest } = await createBackup({ databaseUrl: process.env.DATABASE_URL!, storage: source, archive });
    const s3 = new S3rver({
      address: "127.0.0.1",
      port: 0,
      silent: true,
      directory: path.join(root, "s3"),
      configureBuckets: [{ name: "restored" }],
    });
    const { port } = await s3.run();
    try {
      const target = new S3AttachmentStorage({
        backend: "s3",
        endpoint: `http://127.0.0.1:${port}`,
        bucket: "restored",
        region: "us-east-1",
        accessKeyId: "S3RVER",
        secretAccessKey: "S3RVER",
        forcePathStyle: true,
      });
      await restoreBackup({ archive, databaseUrl: await freshDatabase(), storage: target });
      expect(manifest.files.map((f) => f.contentType).sort()).toEqual([
        "application/pdf",
        "application/pdf",
        "image/jpeg",
      ]);
      for (const file of manifest.files)
        expect((await target.get(file.key)).equals(await source.get(file.key))).toBe(true);
    } finally {
      await s3.close();
    }
  });
});
