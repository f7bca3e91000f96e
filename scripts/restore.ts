// `npm run restore -- <file.tar> [--check]`: puts a backup back into an EMPTY database and attachment store
// (lib/operations/backup). With --check it only verifies the archive's checksums and prints what it holds.
import { parseArgs } from "node:util";
import { getAttachmentStorage } from "@/lib/attachments/storage";
import { storageConfigFromEnv } from "@/lib/attachments/config";
import { RestoreRefused, readVerifiedManifest, restoreBackup } from "@/lib/operations/backup/restore-backup";
import { databaseToRestoreInto } from "./lib/operations-database";

const USAGE = "Usage: npm run restore -- <backup.tar> [--check]";
const log = (line: string) => console.error(`[gongkai] ${line}`);

let archive: string;
let checkOnly: boolean;
try {
  const { values, positionals } = parseArgs({ options: { check: { type: "boolean" } }, allowPositionals: true });
  if (positionals.length !== 1) throw new Error("Name one backup archive.");
  archive = positionals[0];
  checkOnly = values.check ?? false;
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}

let code = 1;
try {
  if (checkOnly) {
    const { manifest } = await readVerifiedManifest(archive);
    console.log(
      `${archive}: a backup of ${manifest.createdAt} (PostgreSQL ${manifest.serverVersion}, last migration ${manifest.migrations.at(-1)}); checksums verified.`,
    );
    for (const table of manifest.tables) console.log(`  ${table.name}: ${table.rows} rows`);
    console.log(`  attachment files: ${manifest.files.length}`);
    code = 0;
  } else {
    const config = storageConfigFromEnv();
    const database = await databaseToRestoreInto(log);
    try {
      const manifest = await restoreBackup({
        archive,
        databaseUrl: database.ownerUrl,
        storage: getAttachmentStorage(),
        localStorageDir: config.backend === "local" ? config.directory : undefined,
        log,
      });
      log(`Restored the backup of ${manifest.createdAt}. Start the app as usual (npm start).`);
      code = 0;
    } finally {
      await database.stop();
    }
  }
} catch (error) {
  console.error(error instanceof RestoreRefused ? error.message : `Restore failed: ${(error as Error).message}`);
}
process.exit(code);
