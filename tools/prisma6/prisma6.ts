// Runs the Prisma 6 CLI of this folder (WASM schema engine, see README.md) to compare a database with
// prisma/schema.prisma. Used by the drift test and by new-migration.ts.
//
// Why introspect-then-diff instead of `migrate diff --from-schema-datasource`: with a driver adapter,
// Prisma 6.19 refuses every flag that reads a database except through the shadow database. `db pull`
// does work through the adapter, and diffing the introspected datamodel against ours compares exactly
// what Prisma models (tables, columns, types, defaults, indexes, keys, enums); objects Prisma does not
// model, such as our audit trigger and its function, are left out on both sides.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PLACEHOLDER_DATABASE_URL, toPrisma6Schema } from "./schema";

export const TOOL_DIR = path.dirname(fileURLToPath(import.meta.url));
export const REPO_DIR = path.resolve(TOOL_DIR, "..", "..");
export const SCHEMA_PATH = path.join(REPO_DIR, "prisma", "schema.prisma");
export const MIGRATIONS_DIR = path.join(REPO_DIR, "prisma", "migrations");
const PRISMA_CLI = path.join(TOOL_DIR, "node_modules", "prisma", "build", "index.js");

type Run = { code: number; stdout: string; stderr: string };

/** The URL of `database` on the same server as `serverUrl`. */
export function databaseUrl(serverUrl: string, database: string) {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * SQL that would bring the database at `url` to `schemaPath` ("" when they agree). A DROP in it means
 * the database has something the schema lacks; a CREATE/ADD, that the schema has something new.
 */
export async function diffDatabaseToSchema(url: string, schemaPath = SCHEMA_PATH): Promise<string> {
  return withWorkspace(schemaPath, async (dir) => {
    const introspected = path.join(dir, "introspected.prisma");
    await writeFile(introspected, await introspect(url, dir));
    // The diff compares two files, but the config's adapter still connects: give it this same database.
    return diffDatamodels(introspected, path.join(dir, "schema.prisma"), dir, url);
  });
}

/** The database's tables as a Prisma schema, read with `prisma db pull` through the adapter. */
async function introspect(url: string, dir: string) {
  const run = await runPrisma(["db", "pull", "--print", "--schema", path.join(dir, "datasource.prisma")], dir, url);
  if (run.code !== 0) throw new Error(`prisma db pull failed (exit ${run.code}):\n${run.stderr}${run.stdout}`);
  // Prisma prints a warning about the placeholder `url` on stdout, before the schema: skip to the schema.
  const start = run.stdout.search(/^(generator|datasource)\s/m);
  if (start === -1) throw new Error(`prisma db pull printed no schema:\n${run.stdout}`);
  return run.stdout.slice(start);
}

/** `migrate diff` between two datamodels: no database involved, only what each would create. */
async function diffDatamodels(from: string, to: string, dir: string, url: string) {
  const args = [
    "migrate",
    "diff",
    "--from-schema-datamodel",
    from,
    "--to-schema-datamodel",
    to,
    "--script",
    "--exit-code",
  ];
  const run = await runPrisma(args, dir, url);
  // --exit-code: 0 no difference, 2 a difference, anything else an error.
  if (run.code === 0) return "";
  if (run.code === 2) return run.stdout.trim();
  throw new Error(`prisma migrate diff failed (exit ${run.code}):\n${run.stderr}${run.stdout}`);
}

/**
 * A private temporary folder with the Prisma 6 copies of the schema, so that concurrent runs (test
 * files, an author's new-migration) never share files. Removed afterwards.
 */
async function withWorkspace<T>(schemaPath: string, work: (dir: string) => Promise<T>): Promise<T> {
  const source = await readFile(schemaPath, "utf8");
  const dir = await mkdtemp(path.join(os.tmpdir(), "gongkai-prisma6-"));
  try {
    await writeFile(path.join(dir, "schema.prisma"), toPrisma6Schema(source));
    await writeFile(path.join(dir, "datasource.prisma"), toPrisma6Schema(source, { datamodel: false }));
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function runPrisma(args: string[], dir: string, url?: string): Promise<Run> {
  if (!existsSync(PRISMA_CLI)) {
    throw new Error("The Prisma 6 tool is not installed: run `npm ci --prefix tools/prisma6`.");
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // prisma.config.ts reads these: the adapter connects with them, and the CLI loads this schema copy.
    ...(url ? connectionEnv(url) : {}),
    PRISMA6_SCHEMA: path.join(dir, "schema.prisma"),
    DATABASE_URL: PLACEHOLDER_DATABASE_URL,
    // Offline: no version check, no telemetry, no update notice.
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [PRISMA_CLI, ...args], { cwd: TOOL_DIR, env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/** PG* variables for prisma.config.ts: it takes the parts separately, not a connection string. */
function connectionEnv(connectionString: string): Record<string, string> {
  const url = new URL(connectionString);
  return {
    PGHOST: url.hostname || "127.0.0.1",
    PGPORT: url.port || "5432",
    PGUSER: decodeURIComponent(url.username) || "postgres",
    PGPASSWORD: decodeURIComponent(url.password),
    PGDATABASE: decodeURIComponent(url.pathname.slice(1)),
  };
}
