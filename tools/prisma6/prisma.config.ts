// Prisma 6 CLI configuration: the WASM ("js") schema engine over a pg driver adapter. See README.md here.
import { defineConfig } from "prisma/config";
import { createAdapter } from "./adapter";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  // prisma6.ts passes its private copy; by hand, prepare-schema.ts writes .work/schema.prisma.
  schema: process.env.PRISMA6_SCHEMA ?? ".work/schema.prisma",
  async adapter() {
    return createAdapter();
  },
});
