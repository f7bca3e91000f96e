// Health and readiness probes as a load balancer or systemd would use them: no session, JSON, 503 with
// Retry-After when the database is gone or the schema is behind, and nothing about the server's internals.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { GET as ready } from "@/app/api/ready/route";
import { withDatabase } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { checkReadiness } from "@/lib/operations/readiness";

describe("GET /api/health", () => {
  it("answers ok without touching anything", async () => {
    const response = health();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok" });
  });
});

describe("GET /api/ready", () => {
  it("is ready on a reachable, fully migrated database", async () => {
    const response = await ready();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", checks: { database: "ok", migrations: "ok" } });
  });

  it("is not ready while a migration of this release is not applied yet", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "gongkai-migrations-"));
    cpSync(path.join(process.cwd(), "prisma", "migrations"), dir, { recursive: true });
    mkdirSync(path.join(dir, "29991231000000_not_yet"));
    writeFileSync(path.join(dir, "29991231000000_not_yet", "migration.sql"), "SELECT 1;");
    expect(await checkReadiness(dir)).toEqual({ ready: false, checks: { database: "ok", migrations: "failed" } });
  });

  it("answers 503 with Retry-After, quickly and without details, when the database cannot be reached", async () => {
    // A real client to a port where nothing listens (port 9 is discard; nothing serves PostgreSQL there).
    const dead = new PrismaClient({
      adapter: new PrismaPg({
        connectionString: "postgresql://postgres@127.0.0.1:9/none",
        connectionTimeoutMillis: 500,
      }),
    });
    const started = Date.now();
    const response = await withDatabase(dead, () => ready());
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ status: "unavailable", checks: { database: "failed", migrations: "failed" } });
    expect(text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|postgres/i);
    await dead.$disconnect();
  });
});
