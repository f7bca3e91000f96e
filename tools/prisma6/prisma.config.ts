// Prisma 6 CLI configuration: the WASM ("js") schema engine over a pg driver adapter. See README.md here.
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

const env = (k: string, d: string) => process.env[k] ?? d;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: ".work/schema.prisma",
  async adapter() {
    // Host/port/user/database passed separately: with a connection string the shadow database
    // was seen to silently point at the main database.
    return new PrismaPg(
      {
        host: env("PGHOST", "127.0.0.1"),
        port: Number(env("PGPORT", "5432")),
        user: env("PGUSER", "postgres"),
        password: process.env.PGPASSWORD,
        database: env("PGDATABASE", "gongkai_migrations"),
      },
    );
  },
});
