// Runs the Next.js binary directly (killing `npx next` would leave next-server running) and stops the
// embedded PostgreSQL with it.
import { spawn } from "node:child_process";
import path from "node:path";
import type { EmbeddedDatabase } from "./embedded-postgres";

export function runNext(args: string[], embedded: EmbeddedDatabase | undefined) {
  const server = spawn(path.join("node_modules", ".bin", "next"), args, { stdio: "inherit", env: process.env });
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    server.kill("SIGTERM");
    await embedded?.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  server.on("exit", (code) => void stop(code ?? 0));
}
