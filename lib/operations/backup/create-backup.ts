// `npm run backup`: one archive holding the database and the attachment files of one moment.
// Why a logical copy of our own rather than pg_dump: the embedded PostgreSQL 18 package ships no pg_dump, and
// Debian's pg_dump 15 refuses an 18 server. Every table is read as JSON rows inside ONE read-only REPEATABLE READ
// transaction, so all tables come from the same snapshot; the attachment files are those the snapshot's rows
// name (keys are SHA-256 content addresses, so a file never changes under its key). Works on any PostgreSQL 15+.
import { createHash, randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { once } from "node:events";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { AttachmentStorage } from "@/lib/attachments/storage";
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  CHECKSUMS_PATH,
  filePath,
  ident,
  MANIFEST_PATH,
  type TBackupManifest,
  tablePath,
} from "./manifest";
import { TarWriter } from "./tar";

const FETCH_ROWS = 1000;

export type BackupResult = { archive: string; manifest: TBackupManifest };

export async function createBackup(options: {
  databaseUrl: string;
  storage: AttachmentStorage;
  archive: string;
  log?: (line: string) => void;
}): Promise<BackupResult> {
  const log = options.log ?? (() => {});
  const staging = await mkdtemp(path.join(os.tmpdir(), "gongkai-backup-"));
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  let tar: TarWriter | undefined;
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const serverVersion = (await client.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]
      .v;
    const migrations = (
      await client.query<{ migration_name: string }>(
        `SELECT migration_name FROM "_prisma_migrations"
         WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
      )
    ).rows.map((r) => r.migration_name);
    const tableNames = (
      await client.query<{ tablename: string }>(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'
         ORDER BY tablename`,
      )
    ).rows.map((r) => r.tablename);

    tar = await TarWriter.create(options.archive);
    const checksums: string[] = [];
    const tables: TBackupManifest["tables"] = [];
    for (const name of tableNames) {
      const columns = await tableColumns(client, name);
      const staged = path.join(staging, `${name}.jsonl`);
      const { rows, sha256 } = await copyTable(client, name, staged);
      const entry = tablePath(name);
      await tar.addFile(entry, staged, (await stat(staged)).size);
      await rm(staged);
      tables.push({ name, columns, rows, path: entry, sha256 });
      checksums.push(`${sha256}  ${entry}`);
      log(`${name}: ${rows} rows`);
    }

    const sequences = (
      await client.query<{ sequencename: string; last_value: string | null }>(
        `SELECT sequencename, last_value::text FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename`,
      )
    ).rows.map((r) => ({ name: r.sequencename, lastValue: r.last_value }));

    const files: TBackupManifest["files"] = [];
    for (const { key, contentType } of await storageKeys(client)) {
      const bytes = await options.storage.get(key);
      const sha256 = createHash("sha256").update(bytes).digest("hex");
      if (sha256 !== key) throw new Error(`The stored attachment ${key} does not match its key (damaged storage).`);
      const entry = filePath(key);
      await tar.addBuffer(entry, bytes);
      files.push({ key, path: entry, size: bytes.length, sha256, contentType });
      checksums.push(`${sha256}  ${entry}`);
    }
    log(`attachments: ${files.length} files`);
    await client.query("COMMIT");

    const manifest: TBackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      serverVersion,
      migrations,
      tables,
      sequences,
      files,
    };
    const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
    await tar.addBuffer(MANIFEST_PATH, manifestBytes);
    checksums.push(`${createHash("sha256").update(manifestBytes).digest("hex")}  ${MANIFEST_PATH}`);
    // `sha256sum -c SHA256SUMS` in an extracted archive checks it without our code.
    await tar.addBuffer(CHECKSUMS_PATH, Buffer.from(`${checksums.join("\n")}\n`));
    await tar.close();
    tar = undefined;
    return { archive: options.archive, manifest };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    if (tar) {
      await tar.close().catch(() => {});
      await rm(options.archive, { force: true }); // never leave half an archive that looks like a backup
    }
    throw error;
  } finally {
    await client.end();
    await rm(staging, { recursive: true, force: true });
  }
}

export async function tableColumns(client: pg.Client, table: string) {
  const result = await client.query<{ attname: string }>(
    `SELECT attname FROM pg_attribute
     WHERE attrelid = to_regclass($1) AND attnum > 0 AND NOT attisdropped AND attgenerated = ''
     ORDER BY attnum`,
    [`public.${ident(table)}`],
  );
  return result.rows.map((r) => r.attname);
}

/** Writes one JSON object per row (row_to_json: each value in PostgreSQL's own text form where JSON has none). */
async function copyTable(client: pg.Client, table: string, file: string) {
  const cursor = `backup_${randomBytes(4).toString("hex")}`;
  await client.query(
    `DECLARE ${cursor} NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS row FROM public.${ident(table)} t`,
  );
  const out = createWriteStream(file);
  const hash = createHash("sha256");
  let rows = 0;
  for (;;) {
    const batch = await client.query<{ row: string }>(`FETCH ${FETCH_ROWS} FROM ${cursor}`);
    if (batch.rows.length === 0) break;
    const chunk = Buffer.from(batch.rows.map((r) => `${r.row}\n`).join(""));
    hash.update(chunk);
    if (!out.write(chunk)) await once(out, "drain");
    rows += batch.rows.length;
  }
  await client.query(`CLOSE ${cursor}`);
  out.end();
  await once(out, "finish");
  return { rows, sha256: hash.digest("hex") };
}

/**
 * Every attachment key named by a `storage_key` column in the snapshot (attachments and request files), with the
 * content type its rows give it (kept on the object by an S3 store).
 */
async function storageKeys(client: pg.Client) {
  const columns = await client.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.columns
     WHERE table_schema = 'public' AND column_name = 'storage_key' ORDER BY table_name`,
  );
  if (columns.rows.length === 0) return [];
  const union = columns.rows
    .map((c) => `SELECT storage_key, content_type FROM public.${ident(c.table_name)}`)
    .join(" UNION ALL ");
  const keys = await client.query<{ key: string; content_type: string }>(
    `SELECT storage_key AS key, min(content_type) AS content_type FROM (${union}) k GROUP BY 1 ORDER BY 1`,
  );
  return keys.rows.map((r) => ({ key: r.key, contentType: r.content_type }));
}
