// `npm run cli -- <command>`: administration from a shell on the server.
//   create-token --email <user> --name <label> [--expires-days <n>]
//     Creates a personal access token for the console API, acting as that user (audited as theirs), and
//     prints the secret once on stdout (notes go to stderr, so `… | tail -1` or a pipe gets just the token).
//   recompute-clocks [--include-closed] [--dry-run]
//     Recomputes the stored state and due date of requests from their events after the clock's rules changed
//     (issue 18); open requests only unless --include-closed. Prints one line per changed request.
// Uses DATABASE_URL; without it, the embedded PostgreSQL of `npm start` (started here if it is not running).
import net from "node:net";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";

type Io = { out: (line: string) => void; err: (line: string) => void };
const consoleIo: Io = { out: (l) => console.log(l), err: (l) => console.error(l) };

const USAGE = `Usage:
  npm run cli -- create-token --email <user e-mail> --name <label> [--expires-days <days>]
  npm run cli -- recompute-clocks [--include-closed] [--dry-run]`;

export class CliError extends Error {}

/** Creates a token for the user with `email`, as that user. Throws CliError with a sentence for people. */
export async function createTokenForEmail(options: { email: string; name: string; expiresInDays?: string }) {
  const { db } = await import("@/lib/db");
  const { createToken } = await import("@/lib/api/tokens");
  const { loadPrincipal } = await import("@/lib/auth/load-principal");
  const { isAppError } = await import("@/lib/errors/app-error");
  const email = options.email.trim().toLowerCase();
  const user = await db.user.findUnique({ where: { email }, select: { id: true, active: true, sessionVersion: true } });
  if (!user) throw new CliError(`No user has the e-mail ${email}.`);
  if (!user.active) throw new CliError(`The user ${email} is deactivated; a token would not work.`);
  // The same principal a session or a token gets: roles and agencies as they are now.
  const actor = await loadPrincipal(user.id, user.sessionVersion);
  if (!actor) throw new CliError(`The user ${email} cannot be loaded.`);
  try {
    return await createToken({ actor, name: options.name, expiresInDays: options.expiresInDays });
  } catch (error) {
    if (!isAppError(error)) throw error;
    if (error.code === "FORBIDDEN") throw new CliError(`The user ${email} holds no role that may use API tokens.`);
    if (error.code === "VALIDATION") {
      const fields = Object.entries(error.fieldErrors ?? {}).map(
        ([field, keys]) => `${field === "expiresInDays" ? "--expires-days" : `--${field}`}: ${keys.join(", ")}`,
      );
      throw new CliError(`Invalid input (${fields.join("; ")}).`);
    }
    throw error;
  }
}

/** Runs one command; returns the process exit code. Needs DATABASE_URL to be set. */
export async function runCli(argv: string[], io: Io = consoleIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "recompute-clocks") return recomputeClocks(rest, io);
  if (command !== "create-token") {
    io.err(command ? `Unknown command: ${command}\n${USAGE}` : USAGE);
    return 2;
  }
  let values: { email?: string; name?: string; "expires-days"?: string };
  try {
    ({ values } = parseArgs({
      args: rest,
      options: { email: { type: "string" }, name: { type: "string" }, "expires-days": { type: "string" } },
      strict: true,
    }));
  } catch (error) {
    io.err(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!values.email || !values.name) {
    io.err(`--email and --name are required.\n${USAGE}`);
    return 2;
  }
  try {
    const token = await createTokenForEmail({
      email: values.email,
      name: values.name,
      expiresInDays: values["expires-days"],
    });
    io.err(
      `Token "${token.name}" created for ${values.email.trim().toLowerCase()}${token.expiresAt ? `, valid until ${token.expiresAt.toISOString()}` : ", valid until revoked"}.`,
    );
    io.err("Copy it now: it is not shown again. Use it as `Authorization: Bearer <token>`.");
    io.out(token.secret);
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`Error: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

async function recomputeClocks(args: string[], io: Io): Promise<number> {
  let values: { "include-closed"?: boolean; "dry-run"?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: { "include-closed": { type: "boolean" }, "dry-run": { type: "boolean" } },
      strict: true,
    }));
  } catch (error) {
    io.err(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { recomputeStoredClocks } = await import("@/lib/requests/recompute-clocks");
  const result = await recomputeStoredClocks({
    includeClosed: values["include-closed"] ?? false,
    dryRun: values["dry-run"] ?? false,
  });
  for (const c of result.changed)
    io.out(
      `${c.trackingCode}\tdue ${c.dueOn.from ?? "—"} → ${c.dueOn.to ?? "—"}\tstate ${c.state.from} → ${c.state.to}${c.correctionNoticeLate.to ? "\t补正告知超期" : ""}`,
    );
  io.err(
    `${result.checked} requests checked, ${result.changed.length} ${values["dry-run"] ? "would change" : "changed"}${result.unreadable.length ? `, unreadable (left as stored): ${result.unreadable.join(", ")}` : ""}.`,
  );
  return 0;
}

function portOpen(port: number) {
  return new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** DATABASE_URL, or the embedded database of `npm start` (reused when running, started otherwise). */
async function connectDatabase() {
  if (process.env.DATABASE_URL) return async () => {};
  const port = Number(process.env.GONGKAI_EMBEDDED_PG_PORT ?? 54329);
  if (await portOpen(port)) {
    // The embedded server of a running `npm start`: local-only credentials (scripts/lib/embedded-postgres.ts).
    process.env.DATABASE_URL = `postgresql://postgres:postgres@127.0.0.1:${port}/gongkai`;
    return async () => {};
  }
  const { prepareDatabase } = await import("./lib/prepare-database");
  const { embedded } = await prepareDatabase({ seedDemo: false, log: (line) => console.error(`[gongkai] ${line}`) });
  return async () => {
    await embedded?.stop();
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const stop = await connectDatabase();
  let code = 1;
  try {
    code = await runCli(process.argv.slice(2));
  } catch (error) {
    console.error(error);
  } finally {
    const { db } = await import("@/lib/db");
    await db.$disconnect();
    await stop();
  }
  process.exit(code);
}
