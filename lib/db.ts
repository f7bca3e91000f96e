// The one Prisma client of the application, connected through the pg driver adapter (no engine binaries).
import { AsyncLocalStorage } from "node:async_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

function createClient() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set. Start the app with `npm start`, which provides one.");
  }
  const adapter = new PrismaPg({ connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  return new PrismaClient({ adapter });
}

export type Db = ReturnType<typeof createClient>;
/** A transaction client, as passed to the callback of `db.$transaction`. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

// One client per process, also across Next.js dev-mode module reloads.
const globalForDb = globalThis as unknown as { gongkaiDb?: Db };

// A client other than the process's own, for the duration of one call chain (see withDatabase).
const scopedClient = new AsyncLocalStorage<Db>();

/** The process's own client, created on first use (so DATABASE_URL is read only when a query needs it). */
function processClient(): Db {
  globalForDb.gongkaiDb ??= createClient();
  return globalForDb.gongkaiDb;
}

export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const client = scopedClient.getStore() ?? processClient();
    const value = Reflect.get(client, property);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

/**
 * Runs `work` with `db` meaning `client` in everything it calls (and nowhere else: the scope follows the async
 * call chain, not the process). For code that seeds another database through the use cases, e.g. the demo data
 * on a freshly started embedded PostgreSQL.
 */
export function withDatabase<T>(client: Db, work: () => Promise<T>): Promise<T> {
  // `db` itself already is the current client (and storing the proxy in the scope would make it call itself).
  if (client === db) return work();
  return scopedClient.run(client, work);
}
