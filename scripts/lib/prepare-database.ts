// Everything the app needs from its database before it serves: the server (embedded when
// DATABASE_URL is unset), every migration applied, and demo data where demo mode is on.
import path from "node:path";
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
    process.env.DATABASE_URL = embedded.url;
  }
  const { applied } = await applyMigrations(process.env.DATABASE_URL!);
  options.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.");
  if (options.seedDemo) {
    const { db } = await import("@/lib/db");
    const { seedDemoData } = await import("@/lib/demo/seed-demo-data");
    const { created } = await seedDemoData(db);
    if (created) options.log("Demo data loaded (三明市三元区人民政府 and its departments).");
    await db.$disconnect();
  }
  return { embedded };
}
