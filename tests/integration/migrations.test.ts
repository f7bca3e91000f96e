import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";

describe("database migrations", () => {
  it("create the foundation tables", async () => {
    const tables = await db.$queryRaw<{ tablename: string }[]>`
      SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`;
    expect(tables.map((t) => t.tablename)).toEqual(
      expect.arrayContaining(["agency", "app_user", "membership", "audit_event", "sign_in_attempt", "_prisma_migrations"]),
    );
  });
});
