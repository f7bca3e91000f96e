// Runs the app's HTTP server (scripts/server.ts) as a child process and stops the embedded PostgreSQL with it:
// on SIGINT/SIGTERM the server drains first (it has its own bound), then the database stops.
// When the embedded PostgreSQL dies on its own (killed, crashed), the app server is stopped too and the process
// exits with code 1, so that a supervisor (systemd's Restart=on-failure, deploy/gongkai.service) restarts both.
// Why not restart PostgreSQL here: a killed postmaster leaves backends and shared memory behind that block a new
// one for a while, a server that keeps dying (disk full, the OOM killer) would restart in a silent loop, and a
// supervisor already gives backoff, a log and an alert; meanwhile the app would only answer 503.
import { spawn } from "node:child_process";
import path from "node:path";
import type { EmbeddedDatabase } from "./embedded-postgres";

export function runServer(
  options: { port: number; host: string; dev?: boolean; serverScript?: string },
  embedded: EmbeddedDatabase | undefined,
) {
  const args = [options.serverScript ?? "scripts/server.ts", ...(options.dev ? ["--dev"] : [])];
  const server = spawn(path.join("node_modules", ".bin", "tsx"), args, {
    stdio: "inherit",
    // React and Next.js pick their production builds from NODE_ENV when they are first loaded.
    env: {
      ...process.env,
      NODE_ENV: options.dev ? "development" : "production",
      PORT: String(options.port),
      HOST: options.host,
    },
  });
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }
    await embedded?.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  server.on("exit", (code, signal) => void stop(code ?? (signal ? 1 : 0)));
  embedded?.onUnexpectedExit((how) => {
    console.error(
      `[gongkai] The embedded PostgreSQL stopped unexpectedly (${how}): stopping the app with exit code 1, so that its supervisor restarts it (or run npm start again).`,
    );
    void stop(1);
  });
}
