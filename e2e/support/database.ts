// The database the e2e server uses (scripts/e2e-server.ts): gongkai_e2e on DATABASE_URL's server, or on
// the embedded PostgreSQL of the e2e run. For the few checks only the database can answer.
import pg from "pg";

export function e2eDatabaseUrl() {
  const url = new URL(process.env.DATABASE_URL ?? "postgresql://postgres:postgres@127.0.0.1:54331/gongkai_e2e");
  url.pathname = `/${process.env.E2E_DATABASE ?? "gongkai_e2e"}`;
  return url.toString();
}

export async function queryE2eDatabase<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
