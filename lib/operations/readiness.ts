// Probes for load balancers and supervisors. Liveness says only that the process answers; readiness checks
// what a request needs: the database answers, and every migration in prisma/migrations/ has been applied
// (an instance started on an older schema, or a restore still running, is not ready). Neither says more
// than ok or not ok to the public: no versions, no error texts, no names.
import path from "node:path";
import { db } from "@/lib/db";
import { listMigrations } from "@/lib/database/apply-migrations";

export type CheckStatus = "ok" | "failed";
export type Readiness = { ready: boolean; checks: { database: CheckStatus; migrations: CheckStatus } };

/** A probe must answer quickly even when the database hangs (a load balancer times out at a few seconds). */
const CHECK_TIMEOUT_MS = 2_000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

async function appliedMigrations(): Promise<Set<string>> {
  const rows = await db.$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  return new Set(rows.map((r) => r.migration_name));
}

export async function checkReadiness(
  migrationsDir = path.join(process.cwd(), "prisma", "migrations"),
): Promise<Readiness> {
  const database = await withTimeout(db.$queryRaw`SELECT 1`, CHECK_TIMEOUT_MS).then(
    () => "ok" as const,
    () => "failed" as const,
  );
  let migrations: CheckStatus = "failed";
  if (database === "ok") {
    try {
      const [expected, applied] = await Promise.all([
        listMigrations(migrationsDir),
        withTimeout(appliedMigrations(), CHECK_TIMEOUT_MS),
      ]);
      migrations = expected.every((m) => applied.has(m.name)) ? "ok" : "failed";
    } catch {
      migrations = "failed";
    }
  }
  return { ready: database === "ok" && migrations === "ok", checks: { database, migrations } };
}
