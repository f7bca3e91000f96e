// Two database roles: the owner runs the migrations; the app connects as a least-privilege role that may read
// and write the tables but only INSERT and SELECT the audit log (never UPDATE, DELETE or TRUNCATE it, whatever a
// bug or an intruder in the app tries) and only read the migrations record. The grants are (re)applied after
// every migration run, so new tables are covered.
import pg from "pg";

/** The role of the embedded database and the e2e server (production creates its own; README). */
export const APP_ROLE = "gongkai_app";

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates the login role, or sets its password when it exists (for the embedded database and tests). */
export async function ensureAppRole(ownerUrl: string, role: string, password: string) {
  await withClient(ownerUrl, async (client) => {
    const name = client.escapeIdentifier(role);
    const secret = client.escapeLiteral(password);
    const { rowCount } = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role]);
    try {
      if (!rowCount) await client.query(`CREATE ROLE ${name} LOGIN PASSWORD ${secret}`);
    } catch (error) {
      // Another process created it at the same moment (duplicate_object): fine.
      if ((error as { code?: string }).code !== "42710" && (error as { code?: string }).code !== "23505") throw error;
    }
    await client.query(`ALTER ROLE ${name} LOGIN PASSWORD ${secret}`);
  });
}

/** Grants the app role what the app needs in the owner's database, and nothing on the audit log beyond appending. */
export async function grantAppPrivileges(ownerUrl: string, role: string) {
  await withClient(ownerUrl, async (client) => {
    const name = client.escapeIdentifier(role);
    const database = client.escapeIdentifier(
      (await client.query<{ db: string }>("SELECT current_database() AS db")).rows[0].db,
    );
    await client.query("BEGIN");
    try {
      for (const statement of [
        `GRANT CONNECT, TEMPORARY ON DATABASE ${database} TO ${name}`,
        `GRANT USAGE ON SCHEMA public TO ${name}`,
        `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${name}`,
        `GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${name}`,
        `REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON "audit_event" FROM ${name}`,
        `REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "_prisma_migrations" FROM ${name}`,
      ])
        await client.query(statement);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  });
}

/** The same server and database as `url`, signed in as `user`. */
export function asUser(url: string, user: string, password: string): string {
  const target = new URL(url);
  target.username = encodeURIComponent(user);
  target.password = encodeURIComponent(password);
  return target.toString();
}

/** The user name of a connection string. */
export const userOf = (url: string) => decodeURIComponent(new URL(url).username);
