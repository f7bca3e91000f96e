// Prisma 7 reads this for `prisma generate`. The database URL is not needed to generate the client;
// at run time lib/db.ts connects through @prisma/adapter-pg.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
