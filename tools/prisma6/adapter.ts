// The pg driver adapter as Prisma 6's WASM schema engine needs it. Loaded only by the Prisma 6 CLI
// (prisma.config.ts), so the global patch below never reaches the application.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

const CHAR = 18; // PostgreSQL's internal one-byte "char" (pg_constraint.contype, pg_class.relkind, ...)
const NAME = 19; // the catalog identifier type (pg_class.relname, ...)
const TEXT = 25;

// prisma/orm#27403: the 6.19 adapter maps no column type for oids 18/19, so introspecting the catalog
// fails with "Column type 'name' could not be deserialized". Both arrive as plain strings anyway, so
// relabel them as text before the adapter reads the field descriptions.
const result = pg.Result.prototype as unknown as { addFields(fields: { dataTypeID: number }[]): void };
const addFields = result.addFields;
result.addFields = function (fields) {
  for (const field of fields) if (field.dataTypeID === CHAR || field.dataTypeID === NAME) field.dataTypeID = TEXT;
  return addFields.call(this, fields);
};

// PostgreSQL 18 also lists NOT NULL constraints in pg_constraint (contype 'n'); the 6.19 engine's
// constraint query only excludes 'p', 'u' and 'f', and it panics ("unreachable") on the unknown kind.
// Nullability is read from pg_attribute anyway, so leave 'n' out of that one query. CHECK constraints
// ('c', which our migrations add by hand) crash it the same way and are not modelled by Prisma: out too.
const CONSTRAINTS_FILTER = "contype NOT IN ('p', 'u', 'f')";
type QueryConfig = string | { text?: string };
const client = pg.Client.prototype as unknown as { query(config: QueryConfig, ...rest: unknown[]): unknown };
const query = client.query;
client.query = function (config, ...rest) {
  if (typeof config === "string") config = withoutUnmodelledConstraints(config);
  else if (typeof config?.text === "string") config.text = withoutUnmodelledConstraints(config.text);
  return query.call(this, config, ...rest);
};
function withoutUnmodelledConstraints(sql: string) {
  return sql.replace(CONSTRAINTS_FILTER, "contype NOT IN ('p', 'u', 'f', 'n', 'c')");
}

const env = (key: string, fallback: string) => process.env[key] ?? fallback;

export function createAdapter() {
  // Host/port/user/database passed separately: with a connection string the shadow database
  // was seen to silently point at the main database.
  return new PrismaPg({
    host: env("PGHOST", "127.0.0.1"),
    port: Number(env("PGPORT", "5432")),
    user: env("PGUSER", "postgres"),
    password: process.env.PGPASSWORD || undefined,
    database: env("PGDATABASE", "gongkai_migrations"),
    // Idle connections would otherwise keep the CLI process alive for pg's default 10 s after it is done.
    allowExitOnIdle: true,
  });
}
