// Runs the app's HTTP server (scripts/server.ts) as a child process and stops the embedded PostgreSQL with it:
// on SIGINT/SIGTERM the server drains first (it has its own bound), then the database stops.
import { spawn } from "node:child_process";
import path from "node:path";
import type { EmbeddedDatabase } from "./embedded-postgres";

export function runServer(
  options: { port: number; host: string; dev?: boolean },
  embedded: EmbeddedDatabase | undefined,
) {
  const args = ["scripts/server.ts", ...(options.dev ? ["--dev"] : [])];
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
}
