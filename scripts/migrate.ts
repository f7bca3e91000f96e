// `npm run db:migrate`: applies pending migrations to DATABASE_URL (the app's start does this too).
import { applyMigrations } from "@/lib/database/apply-migrations";

if (!process.env.DATABASE_URL) {
  console.error("Set DATABASE_URL to the database to migrate.");
  process.exit(1);
}
const { applied } = await applyMigrations(process.env.DATABASE_URL);
console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Nothing to apply.");
