// One dedicated PostgreSQL connection per instance (not from Prisma's pool: a pooled connection is handed
// to other queries and LISTEN would follow it) that LISTENs on `gongkai_portal`. The database triggers of
// prisma/migrations/*_portal_notify send a notification in the same transaction as every change the public
// can see; PostgreSQL delivers it at commit, to every instance at once. When the connection is lost, the
// hub is told (every cache forgets everything and stops caching) and we reconnect with backoff.
import pg from "pg";
import type { InvalidationHub, PortalChange } from "./invalidation-hub";

export const PORTAL_CHANNEL = "gongkai_portal";

export type ListenerLog = {
  info(line: object, message: string): void;
  warn(line: object, message: string): void;
};

export type PortalListener = {
  /** The listening backend's pid (for tests that cut it with pg_terminate_backend). */
  readonly backendPid: number | undefined;
  close(): Promise<void>;
};

/** Parses a notification's payload; anything unreadable means "forget everything" (safe, never stale). */
export function parseChange(payload: string | undefined): PortalChange {
  try {
    const value = JSON.parse(payload ?? "") as { all?: unknown; tags?: unknown; scopes?: unknown };
    const strings = (list: unknown) =>
      Array.isArray(list) && list.every((entry) => typeof entry === "string") ? (list as string[]) : undefined;
    const tags = strings(value.tags);
    const scopes = strings(value.scopes);
    if (value.all === true || !tags || !scopes) return { all: true };
    return { tags, scopes };
  } catch {
    return { all: true };
  }
}

export function listenForPortalChanges(options: {
  connectionString: string;
  hub: InvalidationHub;
  log: ListenerLog;
  /** Backoff bounds in milliseconds. */
  minDelayMs?: number;
  maxDelayMs?: number;
}): PortalListener {
  const { connectionString, hub, log } = options;
  const minDelay = options.minDelayMs ?? 200;
  const maxDelay = options.maxDelayMs ?? 10_000;
  let client: pg.Client | undefined;
  let closed = false;
  let delay = minDelay;
  let timer: NodeJS.Timeout | undefined;
  let backendPid: number | undefined;

  const lost = (reason: unknown) => {
    if (hub.listening)
      log.warn({ err: reason }, "page cache: listening connection lost; cache dropped until it is back");
    backendPid = undefined;
    if (hub.listening) hub.setListening(false);
    const dead = client;
    client = undefined;
    dead?.removeAllListeners();
    dead?.on("error", () => undefined);
    void dead?.end().catch(() => undefined);
    if (closed) return;
    timer = setTimeout(connect, delay);
    timer.unref();
    delay = Math.min(delay * 2, maxDelay);
  };

  const connect = async () => {
    if (closed) return;
    const next = new pg.Client({ connectionString, application_name: "gongkai-portal-listener", keepAlive: true });
    client = next;
    next.on("error", (error) => client === next && lost(error));
    next.on("end", () => client === next && lost(new Error("connection ended")));
    next.on("notification", (message) => {
      if (message.channel === PORTAL_CHANNEL) hub.publish(parseChange(message.payload));
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${PORTAL_CHANNEL}`);
      const { rows } = await next.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
      if (client !== next || closed) return;
      backendPid = rows[0].pid;
      delay = minDelay;
      hub.setListening(true);
      log.info({ pid: backendPid }, "page cache: listening for changes");
    } catch (error) {
      if (client === next) lost(error);
    }
  };

  void connect();
  return {
    get backendPid() {
      return backendPid;
    },
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      const last = client;
      client = undefined;
      if (hub.listening) hub.setListening(false);
      await last?.end().catch(() => undefined);
    },
  };
}
