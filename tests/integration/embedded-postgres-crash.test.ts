// The embedded PostgreSQL of `npm start` killed (kill -9): the wrapper notices, stops the app server and exits
// with code 1 within seconds, so that a supervisor (deploy/gongkai.service, Restart=on-failure) restarts both —
// instead of serving 503s until someone restarts it by hand. A restart on the same data folder then works.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import { createServer, type AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/scripts/lib/embedded-postgres";

// Under the project: every parent folder must be readable by the `postgres` user when tests run as root.
const dataDir = path.join(process.cwd(), ".data", `embedded-crash-${randomBytes(4).toString("hex")}`);

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("npm start when its embedded PostgreSQL dies", () => {
  it("stops the app and exits non-zero, and the next start on the same data works", async () => {
    const [pgPort, appPort] = [await freePort(), await freePort()];
    const wrapper = spawn(path.join("node_modules", ".bin", "tsx"), ["tests/fixtures/embedded-crash/wrapper.ts"], {
      env: {
        ...process.env,
        CRASH_TEST_DATA_DIR: dataDir,
        CRASH_TEST_PG_PORT: String(pgPort),
        CRASH_TEST_APP_PORT: String(appPort),
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    let errors = "";
    wrapper.stderr.on("data", (chunk) => {
      errors += chunk;
    });
    const exited = new Promise<number | null>((resolve) => wrapper.once("exit", (code) => resolve(code)));
    const pids = await new Promise<{ postgres: number; app: number }>((resolve, reject) => {
      wrapper.stdout.on("data", (chunk) => {
        output += chunk;
        const postgres = /postgres (\d+)/.exec(output)?.[1];
        const app = /app (\d+)/.exec(output)?.[1];
        if (postgres && app) resolve({ postgres: Number(postgres), app: Number(app) });
      });
      void exited.then((code) => reject(new Error(`the wrapper exited (${code}) before it was up:\n${errors}`)));
    });
    expect(await (await fetch(`http://127.0.0.1:${appPort}/`)).text()).toBe("ok");

    const killedAt = Date.now();
    process.kill(pids.postgres, "SIGKILL");
    expect(await exited).toBe(1);
    expect(Date.now() - killedAt).toBeLessThan(10_000);
    expect(errors).toContain("The embedded PostgreSQL stopped unexpectedly (signal SIGKILL)");
    expect(alive(pids.app), "the app server is stopped with it").toBe(false);

    // What the supervisor's restart does: the same data folder and port start again (after crash recovery).
    let restarted: Awaited<ReturnType<typeof startEmbeddedPostgres>> | undefined;
    for (let attempt = 0; !restarted; attempt++) {
      try {
        restarted = await startEmbeddedPostgres({ dataDir, port: pgPort, database: "gongkai" });
      } catch (error) {
        if (attempt >= 10) throw error; // left-over backends of the killed server may hold it for a moment
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
    await restarted.stop();
  }, 60_000);

  it("stops at once when asked after the server has died (no hang on a dead server)", async () => {
    const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: "gongkai" });
    const noticed = new Promise<string>((resolve) => server.onUnexpectedExit(resolve));
    process.kill(server.pid!, "SIGKILL");
    expect(await noticed).toBe("signal SIGKILL");
    const started = Date.now();
    await server.stop();
    expect(Date.now() - started).toBeLessThan(1_000);
  }, 60_000);
});
