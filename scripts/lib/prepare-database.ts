// Everything the app needs from its database before it serves: the server (embedded when
// DATABASE_URL is unset), every migration applied by the owner, the app role's grants, and demo data where
// demo mode is on. Two roles (lib/database/app-role.ts): DATABASE_OWNER_URL migrates, DATABASE_URL is the
// app's least-privilege role; the embedded database creates both. Without DATABASE_OWNER_URL one role does all.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { APP_ROLE, asUser, ensureAppRole, grantAppPrivileges, userOf } from "@/lib/database/app-role";
import { applyMigrations } from "@/lib/database/apply-migrations";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded-postgres";

export const EMBEDDED_DATA_DIR = path.join(process.cwd(), ".data", "postgres");

export async function prepareDatabase(options: { seedDemo: boolean; log: (line: string) => void }) {
  let embedded: EmbeddedDatabase | undefined;
  if (!process.env.DATABASE_URL) {
    const port = Number(process.env.GONGKAI_EMBEDDED_PG_PORT ?? 54329);
    options.log(
      `Starting the embedded PostgreSQL (data in ${path.relative(process.cwd(), EMBEDDED_DATA_DIR)}, port ${port})…`,
    );
    embedded = await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, port, database: "gongkai" });
    const password = localAppPassword();
    await ensureAppRole(embedded.url, APP_ROLE, password);
    process.env.DATABASE_OWNER_URL = embedded.url;
    process.env.DATABASE_URL = asUser(embedded.url, APP_ROLE, password);
  }
  const ownerUrl = process.env.DATABASE_OWNER_URL || process.env.DATABASE_URL!;
  const { applied } = await applyMigrations(ownerUrl);
  options.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.");
  const appRole = userOf(process.env.DATABASE_URL!);
  if (appRole !== userOf(ownerUrl)) {
    await grantAppPrivileges(ownerUrl, appRole);
    options.log(`The app connects as ${appRole} (least privilege; the audit log is append-only for it).`);
  }
  if (options.seedDemo) {
    const { db } = await import("@/lib/db");
    const { seedDemoData } = await import("@/lib/demo/seed-demo-data");
    const { created } = await seedDemoData(db);
    if (created) options.log("Demo data loaded (三明市三元区人民政府 and its departments).");
    await db.$disconnect();
  }
  return { embedded };
}

/** The embedded app role's password, kept in .data/ beside the database it opens. */
function localAppPassword() {
  const file = path.join(".data", "postgres-app-password");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(".data", { recursive: true });
  const password = randomBytes(24).toString("base64url");
  writeFileSync(file, password, { mode: 0o600 });
  return password;
}
