// What a backup archive holds (manifest.json), shared by backup and restore.
import { z } from "zod";

export const BACKUP_FORMAT = "gongkai-backup";
export const BACKUP_FORMAT_VERSION = 1;

const ZSha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const ZBackupManifest = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  createdAt: z.string(),
  serverVersion: z.string(),
  /** Every migration applied to the database, in order: a restore needs exactly this list. */
  migrations: z.array(z.string()),
  /** One JSON Lines file per table (row_to_json of each row), with its row count and checksum. */
  tables: z.array(
    z.object({
      name: z.string(),
      columns: z.array(z.string()),
      rows: z.number().int(),
      path: z.string(),
      sha256: ZSha256,
    }),
  ),
  /** Sequence positions at the snapshot (null: never used). */
  sequences: z.array(z.object({ name: z.string(), lastValue: z.string().nullable() })),
  /** Every attachment file the snapshot's rows name (content addressed: key = SHA-256 of the bytes). */
  files: z.array(
    z.object({ key: ZSha256, path: z.string(), size: z.number().int(), sha256: ZSha256, contentType: z.string() }),
  ),
});
export type TBackupManifest = z.infer<typeof ZBackupManifest>;

export const MANIFEST_PATH = "manifest.json";
export const CHECKSUMS_PATH = "SHA256SUMS";
export const tablePath = (table: string) => `tables/${table}.jsonl`;
export const filePath = (key: string) => `files/${key.slice(0, 2)}/${key.slice(2, 4)}/${key}`;

/** Quotes an identifier for SQL. */
export const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
