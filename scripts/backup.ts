// `npm run backup -- [--output <file.tar>]`: the database and the attachment files of one moment, in one tar
// archive with manifest.json and SHA256SUMS (lib/operations/backup). The app may keep running meanwhile.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { getAttachmentStorage } from "@/lib/attachments/storage";
import { createBackup } from "@/lib/operations/backup/create-backup";
import { databaseToBackUp } from "./lib/operations-database";

const log = (line: string) => console.error(`[gongkai] ${line}`);

let output: string;
try {
  const { values } = parseArgs({ options: { output: { type: "string", short: "o" } } });
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*$/, "").replace("T", "-");
  output = path.resolve(values.output ?? path.join(".data", "backups", `gongkai-${stamp}.tar`));
} catch (error) {
  console.error(`${(error as Error).message}\nUsage: npm run backup -- [--output <file.tar>]`);
  process.exit(2);
}

let code = 1;
try {
  const database = await databaseToBackUp(log);
  try {
    await mkdir(path.dirname(output), { recursive: true });
    const { manifest } = await createBackup({
      databaseUrl: database.ownerUrl,
      storage: getAttachmentStorage(),
      archive: output,
      log,
    });
    const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
    log(`Backup written: ${rows} rows in ${manifest.tables.length} tables, ${manifest.files.length} attachment files.`);
    console.log(output);
    code = 0;
  } finally {
    await database.stop();
  }
} catch (error) {
  const { code: errno } = error as NodeJS.ErrnoException;
  console.error(
    errno === "EEXIST"
      ? `${output} already exists: choose another --output.`
      : `Backup failed: ${(error as Error).message}`,
  );
}
process.exit(code);
