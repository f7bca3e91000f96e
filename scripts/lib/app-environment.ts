// The environment `npm start` and `npm run dev` share: database ready, demo mode decided, auth configured.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { prepareDatabase } from "./prepare-database";

export const log = (line: string) => console.log(`[gongkai] ${line}`);

export async function prepareAppEnvironment() {
  const port = Number(process.env.PORT ?? 3000);
  const zeroSetup = !process.env.DATABASE_URL;
  // The embedded path is a local demo: demo data and demo passwords are on unless switched off.
  if (zeroSetup) process.env.GONGKAI_DEMO_MODE ??= "1";
  const seedDemo = process.env.GONGKAI_DEMO_MODE === "1";

  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  if (!process.env.NEXTAUTH_SECRET) {
    if (!zeroSetup)
      throw new Error("NEXTAUTH_SECRET must be set when DATABASE_URL is set (see README: Configuration).");
    process.env.NEXTAUTH_SECRET = localSecret();
  }
  const { embedded } = await prepareDatabase({ seedDemo, log });
  return { port, seedDemo, embedded };
}

/** A random secret kept in .data/, so sessions survive restarts of a local demo. */
function localSecret() {
  const file = path.join(".data", "nextauth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(".data", { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
