// Knows whether PostgreSQL answers, so the server can say "briefly unavailable" (503 + Retry-After) instead
// of letting every page fail with a 500. It asks at most once a second, with its own one-connection pool;
// while the database answers, requests never wait for the check (it refreshes in the background), and once
// it answers again the gate opens by itself.
import pg from "pg";

export type DatabaseGate = { isDown(): Promise<boolean>; close(): Promise<void> };

export function databaseGate(connectionString: string, options: { intervalMs?: number; timeoutMs?: number } = {}) {
  const intervalMs = options.intervalMs ?? 1_000;
  const pool = new pg.Pool({
    connectionString,
    max: 1,
    connectionTimeoutMillis: options.timeoutMs ?? 1_500,
    idleTimeoutMillis: 10_000,
    allowExitOnIdle: true,
  });
  // A broken idle connection must not crash the process.
  pool.on("error", () => undefined);
  let down = false;
  let checkedAt = 0;
  let checking: Promise<void> | null = null;

  const check = () => {
    checking ??= pool
      .query("SELECT 1")
      .then(
        () => {
          down = false;
        },
        () => {
          down = true;
        },
      )
      .finally(() => {
        checkedAt = Date.now();
        checking = null;
      });
    return checking;
  };

  return {
    async isDown() {
      if (Date.now() - checkedAt >= intervalMs) {
        const pending = check();
        // While it is down, wait for the fresh answer: the database may just have come back.
        if (down) await pending;
      }
      return down;
    },
    close: () => pool.end(),
  } satisfies DatabaseGate;
}
