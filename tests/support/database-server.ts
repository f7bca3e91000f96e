// Where the tests' databases live: the server of DATABASE_URL when it is set (CI uses the machine's
// PostgreSQL), otherwise an embedded PostgreSQL kept in .data/postgres-test.
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/scripts/lib/embedded-postgres";

/** Database names start with this; each run adds its own id, so two runs on one server never collide. */
export const TEST_DATABASE_PREFIX = "gongkai_test_";
export const templateDatabase = (runId: string) => `${TEST_DATABASE_PREFIX}${runId}_template`;

/** The URL of `database` on the same server as `serverUrl`. */
export function databaseUrl(serverUrl: string, database: string) {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function startTestDatabaseServer(): Promise<{ serverUrl: string; embedded?: EmbeddedDatabase }> {
  if (process.env.DATABASE_URL) return { serverUrl: process.env.DATABASE_URL };
  const embedded = await startEmbeddedPostgres({
    dataDir: path.join(process.cwd(), ".data", "postgres-test"),
    port: Number(process.env.GONGKAI_TEST_PG_PORT ?? 54330),
    database: "postgres",
  });
  return { serverUrl: embedded.url, embedded };
}
