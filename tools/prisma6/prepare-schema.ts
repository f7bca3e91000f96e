// Writes .work/schema.prisma, the Prisma 6 copy of prisma/schema.prisma that prisma.config.ts points at,
// for running the Prisma 6 CLI by hand (npx prisma ... from tools/prisma6). The drift test and
// new-migration.ts make their own private copies and do not need this file.
// Usage (from the repository root): node_modules/.bin/tsx tools/prisma6/prepare-schema.ts
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { TOOL_DIR, SCHEMA_PATH } from "./prisma6";
import { toPrisma6Schema } from "./schema";

const target = path.join(TOOL_DIR, ".work", "schema.prisma");
await mkdir(path.dirname(target), { recursive: true });
await writeFile(target, toPrisma6Schema(await readFile(SCHEMA_PATH, "utf8")));
console.log(`Wrote ${path.relative(process.cwd(), target)} from ${path.relative(process.cwd(), SCHEMA_PATH)}.`);
