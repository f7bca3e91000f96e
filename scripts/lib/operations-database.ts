// The database `npm run backup` and `npm run restore` work on: DATABASE_OWNER_URL (or DATABASE_URL) when set,
// otherwise the embedded PostgreSQL of `npm start` — the running one when the app is up, else started here.
import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded-postgres";
import { EMBEDDED_DATA_DIR, prepareDatabase } from "./prepare-database";

export type OperationsDatabase = { ownerUrl: string; embedded: boolean; stop: () => Promise<void> };

function portOpen(port: number) {
  return new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

const embeddedPort = () => Number(process.env.GONGKAI_EMBEDDED_PG_PORT ?? 54329);
// Local-only credentials of the embedded server (scripts/lib/embedded-postgres.ts).
const embeddedUrl = (port: number) => `postgresql://postgres:postgres@127.0.0.1:${port}/gongkai`;

/**
 * For a backup: reads only. The embedded server is started (without migrating anything) when the app is not running.
 * Throws a sentence when there is nothing to back up.
 */
export async function databaseToBackUp(log: (line: string) => void): Promise<OperationsDatabase> {
  const configured = process.env.DATABASE_OWNER_URL || process.env.DATABASE_URL;
  if (configured) return { ownerUrl: configured, embedded: false, stop: async () => {} };
  const port = embeddedPort();
  if (await portOpen(port)) return { ownerUrl: embeddedUrl(port), embedded: true, stop: async () => {} };
  if (!existsSync(path.join(EMBEDDED_DATA_DIR, "PG_VERSION")))
    throw new Error(
      `There is no database to back up: DATABASE_URL is not set and ${path.relative(process.cwd(), EMBEDDED_DATA_DIR)} does not exist.`,
    );
  log(`Starting the embedded PostgreSQL (port ${port}) for the backup…`);
  const server: EmbeddedDatabase = await startEmbeddedPostgres({
    dataDir: EMBEDDED_DATA_DIR,
    port,
    database: "gongkai",
  });
  return { ownerUrl: server.url, embedded: true, stop: () => server.stop() };
}

/**
 * For a restore: the database prepared as `npm start` prepares it (server started, this version's migrations
 * applied, the app role's grants), without demo data, so that an empty database is ready to receive the backup.
 */
export async function databaseToRestoreInto(log: (line: string) => void): Promise<OperationsDatabase> {
  if (!process.env.DATABASE_URL && (await portOpen(embeddedPort())))
    throw new Error("The app's embedded PostgreSQL is running: stop the app (npm start) before restoring.");
  const { embedded } = await prepareDatabase({ seedDemo: false, log });
  return {
    ownerUrl: process.env.DATABASE_OWNER_URL || process.env.DATABASE_URL!,
    embedded: Boolean(embedded),
    stop: async () => {
      await embedded?.stop();
    },
  };
}
