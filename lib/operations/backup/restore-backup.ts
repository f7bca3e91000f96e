// `npm run restore`: puts a backup archive back into an EMPTY database (already migrated to the archive's
// migration list) and storage. Checks every checksum before writing anything. The rows go in as they were,
// in one transaction with the tables' own triggers off (so the search index, the public-cache generations and
// the append-only guards neither rewrite nor refuse restored rows), foreign keys still checked (parents first),
// and every sequence set to where it stood.
import { createHash } from "node:crypto";
import { createInterface } from "node:readline";
import { readdir } from "node:fs/promises";
import pg from "pg";
import type { AttachmentStorage } from "@/lib/attachments/storage";
import { CHECKSUMS_PATH, ident, MANIFEST_PATH, type TBackupManifest, ZBackupManifest } from "./manifest";
import { listTar, readTarEntry, type TarEntry } from "./tar";

/** A refusal the operator can act on; the message is a sentence. */
export class RestoreRefused extends Error {}

const INSERT_BATCH_ROWS = 500;

export async function readVerifiedManifest(archive: string) {
  let entries: Map<string, TarEntry>;
  try {
    entries = await listTar(archive);
  } catch (error) {
    throw new RestoreRefused(`${archive} is not a readable backup archive (${(error as Error).message}).`);
  }
  const manifestEntry = entries.get(MANIFEST_PATH);
  const sumsEntry = entries.get(CHECKSUMS_PATH);
  if (!manifestEntry || !sumsEntry) throw new RestoreRefused(`${archive} is not a Gongkai backup: it has no manifest.`);
  const sums = new Map<string, string>();
  for (const line of (await readAll(archive, sumsEntry)).toString("utf8").split("\n")) {
    const match = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (match) sums.set(match[2], match[1]);
  }
  const manifestBytes = await readAll(archive, manifestEntry);
  if (sha256(manifestBytes) !== sums.get(MANIFEST_PATH))
    throw new RestoreRefused("The backup's manifest does not match its checksum: the archive is damaged.");
  const parsed = ZBackupManifest.safeParse(JSON.parse(manifestBytes.toString("utf8")));
  if (!parsed.success)
    throw new RestoreRefused(
      `The backup's manifest is not one this version can read (${parsed.error.issues[0]?.path.join(".")}: ${parsed.error.issues[0]?.message}).`,
    );
  const manifest = parsed.data;
  const expected = [
    ...manifest.tables.map((t) => ({ path: t.path, sha256: t.sha256 })),
    ...manifest.files.map((f) => ({ path: f.path, sha256: f.sha256 })),
  ];
  for (const item of expected) {
    const entry = entries.get(item.path);
    if (!entry) throw new RestoreRefused(`The backup lacks ${item.path}: the archive is incomplete.`);
    if (sums.get(item.path) !== item.sha256 || (await hashEntry(archive, entry)) !== item.sha256)
      throw new RestoreRefused(`${item.path} in the backup does not match its checksum: the archive is damaged.`);
  }
  return { manifest, entries };
}

export async function restoreBackup(options: {
  archive: string;
  databaseUrl: string;
  storage: AttachmentStorage;
  /** With the local backend: the folder, which must be empty or absent. */
  localStorageDir?: string;
  log?: (line: string) => void;
}) {
  const log = options.log ?? (() => {});
  const { manifest, entries } = await readVerifiedManifest(options.archive);
  log(
    `Checksums verified: ${manifest.tables.length} tables, ${manifest.files.length} files (backup of ${manifest.createdAt}).`,
  );

  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    await checkTarget(client, manifest, options.localStorageDir);

    for (const file of manifest.files) {
      const bytes = await readAll(options.archive, entries.get(file.path)!);
      await options.storage.put(file.key, bytes, file.contentType);
    }
    log(`Attachments restored: ${manifest.files.length} files.`);

    await client.query("BEGIN");
    const order = await parentsFirst(
      client,
      manifest.tables.map((t) => t.name),
    );
    const byName = new Map(manifest.tables.map((t) => [t.name, t]));
    for (const name of order) await client.query(`ALTER TABLE public.${ident(name)} DISABLE TRIGGER USER`);
    // Some foreign keys form cycles (an item names its live revision, which names its item): checked at the end of
    // the load instead of row by row, then made immediate again as the schema declares them.
    const immediateKeys = await client.query<{ tbl: string; name: string }>(
      `SELECT format('%I.%I', n.nspname, t.relname) AS tbl, quote_ident(c.conname) AS name FROM pg_constraint c
       JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
       WHERE c.contype = 'f' AND n.nspname = 'public' AND NOT c.condeferrable`,
    );
    for (const key of immediateKeys.rows)
      await client.query(`ALTER TABLE ${key.tbl} ALTER CONSTRAINT ${key.name} DEFERRABLE INITIALLY DEFERRED`);
    for (const name of order) {
      const table = byName.get(name)!;
      const inserted = await insertRows(client, table, options.archive, entries.get(table.path)!);
      if (inserted !== table.rows)
        throw new Error(`${name}: restored ${inserted} rows, the backup says ${table.rows}.`);
      log(`${name}: ${inserted} rows`);
    }
    await client.query("SET CONSTRAINTS ALL IMMEDIATE"); // every restored reference is checked here
    for (const key of immediateKeys.rows)
      await client.query(`ALTER TABLE ${key.tbl} ALTER CONSTRAINT ${key.name} NOT DEFERRABLE`);
    for (const name of order) await client.query(`ALTER TABLE public.${ident(name)} ENABLE TRIGGER USER`);
    for (const sequence of manifest.sequences) {
      const exists = await client.query("SELECT to_regclass($1) IS NOT NULL AS ok", [`public.${ident(sequence.name)}`]);
      if (!exists.rows[0].ok) continue;
      if (sequence.lastValue === null)
        await client.query("SELECT setval($1::regclass, 1, false)", [`public.${ident(sequence.name)}`]);
      else
        await client.query("SELECT setval($1::regclass, $2::bigint, true)", [
          `public.${ident(sequence.name)}`,
          sequence.lastValue,
        ]);
    }
    await client.query("COMMIT");
    return manifest;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

async function checkTarget(client: pg.Client, manifest: TBackupManifest, localStorageDir?: string) {
  const applied = (
    await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM "_prisma_migrations"
       WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
    )
  ).rows.map((r) => r.migration_name);
  if (applied.join("\n") !== manifest.migrations.join("\n")) {
    const missing = manifest.migrations.filter((m) => !applied.includes(m));
    const extra = applied.filter((m) => !manifest.migrations.includes(m));
    throw new RestoreRefused(
      `The database's schema is not the backup's: restore with the version of Gongkai that made the backup ` +
        `(${manifest.migrations.at(-1) ?? "no migrations"}), then upgrade. ` +
        `${missing.length ? `Missing here: ${missing.join(", ")}. ` : ""}${extra.length ? `Not in the backup: ${extra.join(", ")}.` : ""}`.trim(),
    );
  }
  for (const table of manifest.tables) {
    const found = await client.query(`SELECT EXISTS (SELECT 1 FROM public.${ident(table.name)}) AS used`);
    if (found.rows[0].used)
      throw new RestoreRefused(
        `The database is not empty (table ${table.name} has rows): restore only into a new, empty database.`,
      );
  }
  if (localStorageDir) {
    const names = await readdir(localStorageDir).catch(() => [] as string[]);
    if (names.length > 0)
      throw new RestoreRefused(
        `The attachment folder ${localStorageDir} is not empty: restore only into an empty folder.`,
      );
  }
}

/** The tables ordered so that, outside cycles, every table comes after the tables its foreign keys point to. */
async function parentsFirst(client: pg.Client, tables: string[]) {
  const edges = await client.query<{ child: string; parent: string }>(
    `SELECT child.relname AS child, parent.relname AS parent FROM pg_constraint c
     JOIN pg_class child ON child.oid = c.conrelid JOIN pg_class parent ON parent.oid = c.confrelid
     WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace AND c.conrelid <> c.confrelid`,
  );
  const parents = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const e of edges.rows) parents.get(e.child)?.add(e.parent);
  const order: string[] = [];
  const done = new Set<string>();
  const visiting = new Set<string>();
  const visit = (table: string) => {
    if (done.has(table)) return;
    if (visiting.has(table)) return; // a cycle: its keys are deferred during the load
    visiting.add(table);
    for (const parent of parents.get(table) ?? []) if (parents.has(parent)) visit(parent);
    visiting.delete(table);
    done.add(table);
    order.push(table);
  };
  for (const table of tables) visit(table);
  return order;
}

async function insertRows(
  client: pg.Client,
  table: TBackupManifest["tables"][number],
  archive: string,
  entry: TarEntry,
) {
  const columns = table.columns.map(ident).join(", ");
  const sql = `INSERT INTO public.${ident(table.name)} (${columns})
    SELECT ${columns} FROM json_populate_recordset(NULL::public.${ident(table.name)}, $1::json)`;
  let batch: string[] = [];
  let count = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await client.query(sql, [`[${batch.join(",")}]`]);
    count += batch.length;
    batch = [];
  };
  const lines = createInterface({ input: readTarEntry(archive, entry), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (!line) continue;
    batch.push(line);
    if (batch.length >= INSERT_BATCH_ROWS) await flush();
  }
  await flush();
  return count;
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

async function hashEntry(archive: string, entry: TarEntry) {
  const hash = createHash("sha256");
  for await (const chunk of readTarEntry(archive, entry)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

async function readAll(archive: string, entry: TarEntry) {
  const chunks: Buffer[] = [];
  for await (const chunk of readTarEntry(archive, entry)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
