// The one Prisma client of the application, connected through the pg driver adapter (no engine binaries).
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

export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    globalForDb.gongkaiDb ??= createClient();
    const value = Reflect.get(globalForDb.gongkaiDb, property);
    return typeof value === "function" ? value.bind(globalForDb.gongkaiDb) : value;
  },
});
