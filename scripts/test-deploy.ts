// `npm run test:deploy`: the production topology of README, started for real and checked from outside.
// Debian's nginx (installed with apt-get when missing) in front of TWO built instances of the app
// (scripts/server.ts) sharing one fresh PostgreSQL database and one S3-compatible store (@20minutes/s3rver in
// this process). Through nginx: a staff member signs in and stays signed in whichever instance answers; a file
// uploaded through one instance downloads byte for byte through the other; the client address the app records
// is the one nginx saw, and a forged X-Forwarded-For sent to nginx never reaches the records.
// It builds nothing (run it after `npm test`, which builds) and stops everything it started, also on failure.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import S3rver from "@20minutes/s3rver";
import pg from "pg";
import { asUser, ensureAppRole, grantAppPrivileges } from "@/lib/database/app-role";
import { applyMigrations } from "@/lib/database/apply-migrations";
import { DEMO_PASSWORD } from "@/lib/demo/demo-accounts";
import { chinesePdf } from "@/tests/fixtures/attachments/build-fixtures";
import { type EmbeddedDatabase, startEmbeddedPostgres } from "./lib/embedded-postgres";
import { ensureDebianProgram } from "./lib/debian-package";

/** Another name lets a second checkout run this beside the first on one PostgreSQL server. */
const DATABASE = process.env.DEPLOY_DATABASE || "gongkai_deploy";
/** The least-privilege role the instances connect as (lib/database/app-role.ts), as in production. */
const APP_ROLE_HERE = `${DATABASE}_app`;
const EMBEDDED_DATA_DIR = path.join(".data", "postgres-deploy");
const NGINX = process.env.NGINX_PATH || "/usr/sbin/nginx";
const STAFF_EMAIL = "swj.staff@gongkai.demo";
/** An address from TEST-NET-3 (RFC 5737): a client writes it; it must never be recorded. */
const FORGED_ADDRESS = "203.0.113.77";
const STARTUP_TIMEOUT_MS = 90_000;
const REQUEST_TIMEOUT_MS = 30_000;
const SESSION_ROUNDS = 24;

const log = (line: string) => console.log(`[test-deploy] ${line}`);

class CheckFailed extends Error {}
function check(condition: unknown, sentence: string): asserts condition {
  if (!condition) throw new CheckFailed(sentence);
}

// ---- what we start, stopped in reverse order on every exit -------------------------------------------------
const cleanups: (() => Promise<void>)[] = [];
let cleaning = false;
async function cleanUp() {
  if (cleaning) return;
  cleaning = true;
  for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => log(`cleanup: ${String(error)}`));
}
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    log(`${signal}: stopping everything`);
    void cleanUp().then(() => process.exit(1));
  });

function stopProcess(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM") {
  return async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill(signal);
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  };
}

// ---- helpers ---------------------------------------------------------------------------------------------------
/** A free TCP port, from the OS. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(
  what: string,
  probe: () => Promise<boolean>,
  timeoutMs = STARTUP_TIMEOUT_MS,
  died?: () => string | null,
) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const dead = died?.();
    if (dead) throw new CheckFailed(`${what}: ${dead}`);
    if (await probe().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new CheckFailed(`${what} did not become ready within ${timeoutMs / 1000} s.`);
}

function withDatabase(connectionString: string, database: string) {
  const url = new URL(connectionString);
  url.pathname = `/${database}`;
  return url.toString();
}

function ensureNginx() {
  return ensureDebianProgram({ path: NGINX, pkg: "nginx", override: "NGINX_PATH", rerun: "npm run test:deploy", log });
}

/** A small cookie jar: name → value, from Set-Cookie headers. */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair.indexOf("=");
      this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
  }
  header() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

type Instance = { name: string; port: number; child: ChildProcess; requestIds: Set<string>; output: string[] };

// ---- the run -----------------------------------------------------------------------------------------------------
async function main() {
  const started = Date.now();
  if (!existsSync(path.join(".next", "BUILD_ID"))) {
    throw new CheckFailed(
      "No build found (.next/BUILD_ID is missing). Run `npm run build` (or `npm test`, which builds) before `npm run test:deploy`.",
    );
  }
  const nginx = ensureNginx();
  if (!nginx.ok) throw new CheckFailed(nginx.why);

  const work = await mkdtemp(path.join(os.tmpdir(), "gongkai-deploy-"));
  // nginx's workers (another user when started as root) must reach their page cache folder inside it.
  await chmod(work, 0o711);
  cleanups.push(() => rm(work, { recursive: true, force: true }));

  // 1. One fresh database with migrations, the two roles and the demo data.
  const { ownerUrl, appUrl } = await prepareDatabase();

  // A token for the console API (the upload), made as the CLI makes it (`npm run cli -- create-token`).
  process.env.DATABASE_URL = ownerUrl;
  const { createTokenForEmail } = await import("./cli");
  const token = (await createTokenForEmail({ email: STAFF_EMAIL, name: "test:deploy" })).secret;
  const { db } = await import("@/lib/db");
  const commerce = await db.agency.findUniqueOrThrow({ where: { code: "350403001" }, select: { id: true } });
  await db.$disconnect();

  // 2. The S3-compatible store, in this process (it checks AWS Signature V4 with the account S3RVER/S3RVER).
  const s3Directory = path.join(work, "s3");
  await mkdir(s3Directory, { recursive: true });
  const s3 = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory: s3Directory,
    configureBuckets: [{ name: "gongkai" }],
  });
  const { port: s3Port } = await s3.run();
  cleanups.push(() => s3.close());
  log(`S3 store (s3rver) on 127.0.0.1:${s3Port}`);

  // 3. Two instances of the built app, and nginx in front of them.
  const nginxPort = await freePort();
  const origin = `http://127.0.0.1:${nginxPort}`;
  const secret = randomBytes(32).toString("base64url");
  const instances: Instance[] = [];
  for (const name of ["A", "B"]) {
    const port = await freePort();
    instances.push(startInstance(name, port, { appUrl, origin, secret, s3Port }));
  }
  const nginxConfig = await writeNginxConfig(work, nginxPort, instances);
  for (const instance of instances)
    await waitFor(
      `instance ${instance.name} (port ${instance.port})`,
      async () => (await fetch(`http://127.0.0.1:${instance.port}/api/health`)).ok,
      STARTUP_TIMEOUT_MS,
      () =>
        instance.child.exitCode !== null
          ? `exited (${instance.child.exitCode}) before it was ready:\n${instance.output.slice(-20).join("\n")}`
          : null,
    );
  const nginxProcess = spawn(NGINX, ["-p", work, "-c", path.join(work, "nginx.conf"), "-g", "daemon off;"], {
    stdio: ["ignore", "inherit", "inherit"],
  });
  cleanups.push(stopProcess(nginxProcess, "SIGQUIT"));
  await waitFor(
    `nginx on port ${nginxPort}`,
    async () => (await fetch(`${origin}/api/health`)).ok,
    30_000,
    () =>
      nginxProcess.exitCode !== null
        ? `exited (${nginxProcess.exitCode}); see its messages above. The configuration made from deploy/nginx.conf:\n${nginxConfig}`
        : null,
  );
  // The readiness probe stays inside (deploy/nginx.conf): refused through nginx, answered by an instance.
  const readyOutside = await fetch(`${origin}/api/ready`);
  check(readyOutside.status === 403, `GET /api/ready through nginx answered ${readyOutside.status}, not 403.`);
  const readyInside = await fetch(`http://127.0.0.1:${instances[0].port}/api/ready`);
  check(readyInside.ok, `GET /api/ready on instance A answered ${readyInside.status}: ${await readyInside.text()}`);
  log(`nginx on ${origin} → instances on ports ${instances.map((i) => i.port).join(" and ")}`);

  /** Which instance answered a request that went through nginx: the one whose log line has its request id. */
  async function answeredBy(response: Response): Promise<Instance> {
    const id = response.headers.get("x-request-id");
    check(id, `${response.url} came back without an X-Request-Id header.`);
    let found: Instance | undefined;
    await waitFor(
      `the log line of request ${id}`,
      async () => {
        found = instances.find((instance) => instance.requestIds.has(id));
        return Boolean(found);
      },
      10_000,
    );
    return found!;
  }
  const request = (url: string, init: RequestInit = {}) =>
    fetch(url, { redirect: "manual", signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS), ...init });

  // 4. Sign in through nginx (next-auth's credentials flow), with a forged X-Forwarded-For.
  const jar = new CookieJar();
  const csrf = await request(`${origin}/api/auth/csrf`, { headers: { "x-forwarded-for": FORGED_ADDRESS } });
  check(csrf.ok, `GET /api/auth/csrf through nginx answered ${csrf.status}.`);
  jar.take(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signIn = await request(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: jar.header(),
      "x-forwarded-for": FORGED_ADDRESS,
      "x-real-ip": FORGED_ADDRESS,
    },
    body: new URLSearchParams({ csrfToken, email: STAFF_EMAIL, password: DEMO_PASSWORD, json: "true" }),
  });
  jar.take(signIn);
  check(
    signIn.status < 400 && jar.header().includes("next-auth.session-token="),
    `Signing in through nginx failed (HTTP ${signIn.status}, no session cookie).`,
  );
  log(`signed in as ${STAFF_EMAIL} through nginx (answered by instance ${(await answeredBy(signIn)).name})`);

  // 5. Still signed in on many requests, whichever instance answers; both must have answered.
  const answered = new Map<string, number>();
  for (let round = 0; round < SESSION_ROUNDS; round++) {
    const response = await request(`${origin}/api/auth/session`, { headers: { cookie: jar.header() } });
    check(response.ok, `GET /api/auth/session through nginx answered ${response.status}.`);
    const session = (await response.json()) as { user?: { email?: string } };
    const by = await answeredBy(response);
    check(
      session.user?.email === STAFF_EMAIL,
      `Request ${round + 1} through nginx (instance ${by.name}) no longer had the session: ${JSON.stringify(session)}.`,
    );
    answered.set(by.name, (answered.get(by.name) ?? 0) + 1);
    // A console page too: the session works for pages, not only for next-auth's own route.
    if (round % 6 === 0) {
      const page = await request(`${origin}/console`, { headers: { cookie: jar.header() } });
      check(page.status === 200, `GET /console through nginx answered ${page.status}, not the console page.`);
    }
  }
  check(
    instances.every((instance) => (answered.get(instance.name) ?? 0) > 0),
    `Not both instances answered through nginx: ${JSON.stringify(Object.fromEntries(answered))}.`,
  );
  log(
    `the session held on ${SESSION_ROUNDS} requests (instance A ${answered.get("A")}, instance B ${answered.get("B")})`,
  );

  // 6. A file uploaded through instance A downloads byte for byte through instance B.
  const [a, b] = instances;
  const api = (instance: Instance, apiPath: string, init: RequestInit = {}) =>
    request(`http://127.0.0.1:${instance.port}${apiPath}`, {
      ...init,
      headers: { authorization: `Bearer ${token}`, ...(init.headers as Record<string, string>) },
    });
  const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" });
  const registered = await api(a, "/api/v1/console/requests", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      agencyId: commerce.id,
      applicantType: "NATURAL_PERSON",
      applicantName: "张三",
      contactPerson: "",
      idType: "RESIDENT_ID",
      idNumber: "11010519491231002x",
      phone: "13800138000",
      email: "zhangsan@example.com",
      address: "三明市三元区新市中路1号",
      postcode: "365000",
      description: "申请公开三元区商务局2017年安全生产检查的检查记录和处理结果。",
      documentHint: "元商务〔2017〕12号",
      purpose: "",
      form: "ELECTRONIC",
      delivery: "EMAIL",
      channel: "IN_PERSON",
      receiptBasis: "HANDED_IN",
      receivedOn: today,
    }),
  });
  check(
    registered.status === 201,
    `Registering a request on instance A answered ${registered.status}: ${await registered.clone().text()}`,
  );
  const requestId = ((await registered.json()) as { id: string }).id;
  const drafted = await api(a, `/api/v1/console/requests/${requestId}/replies`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ outcome: "GRANTED" }),
  });
  check(
    drafted.status === 201,
    `Drafting a reply on instance A answered ${drafted.status}: ${await drafted.clone().text()}`,
  );
  const replyId = ((await drafted.json()) as { id: string }).id;
  // A PDF (the types allowed are judged by content) that is new each run, so the store cannot already hold it.
  const bytes = chinesePdf(["检查记录", `test:deploy ${randomBytes(16).toString("hex")}`]);
  const form = new FormData();
  form.set("file", new File([new Uint8Array(bytes)], "检查记录.pdf", { type: "application/pdf" }));
  const uploaded = await api(a, `/api/v1/console/requests/${requestId}/replies/${replyId}/files`, {
    method: "POST",
    body: form,
  });
  check(
    uploaded.status === 201,
    `Uploading a file to instance A answered ${uploaded.status}: ${await uploaded.clone().text()}`,
  );
  const fileId = ((await uploaded.json()) as { id: string }).id;
  const download = await request(
    `http://127.0.0.1:${b.port}/console/requests/${requestId}/reply/${replyId}/files/${fileId}`,
    {
      headers: { cookie: jar.header(), "x-forwarded-for": FORGED_ADDRESS },
    },
  );
  check(download.status === 200, `Downloading the file from instance B answered ${download.status}.`);
  const controlRequestId = download.headers.get("x-request-id");
  const downloaded = Buffer.from(await download.arrayBuffer());
  check(
    downloaded.equals(bytes),
    `The file downloaded from instance B differs from the one uploaded to instance A (${downloaded.length} bytes, not ${bytes.length}).`,
  );
  log(`a ${bytes.length}-byte file uploaded to instance A downloaded byte for byte from instance B (S3 store)`);

  // 7. The client address recorded is the one nginx saw; the forged header appears nowhere.
  // A download through nginx, audited with its client address (the one above, straight to B, is the control).
  const viaNginx = await request(`${origin}/console/requests/${requestId}/reply/${replyId}/files/${fileId}`, {
    headers: { cookie: jar.header(), "x-forwarded-for": `${FORGED_ADDRESS}, 198.51.100.9` },
  });
  check(viaNginx.status === 200, `Downloading the file through nginx answered ${viaNginx.status}.`);
  await viaNginx.arrayBuffer();
  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    const attempts = await owner.query<{ client_ip: string; succeeded: boolean }>(
      "SELECT client_ip, succeeded FROM sign_in_attempt WHERE email = $1",
      [STAFF_EMAIL],
    );
    check(attempts.rows.length === 1, `Expected one sign-in attempt recorded, found ${attempts.rows.length}.`);
    check(
      attempts.rows[0].client_ip === "127.0.0.1" && attempts.rows[0].succeeded,
      `The sign-in through nginx was recorded from ${attempts.rows[0].client_ip}, not 127.0.0.1 (the address nginx saw).`,
    );
    const downloads = await owner.query<{ client_ip: string | null }>(
      "SELECT client_ip FROM audit_event WHERE type = 'request.reply_file_downloaded' ORDER BY at, id",
    );
    check(downloads.rows.length === 2, `Expected two audited downloads, found ${downloads.rows.length}.`);
    // The control: instance B called directly from 127.0.0.1 (a trusted proxy) believes its X-Forwarded-For, so
    // it is nginx replacing the header that keeps a client's own claim out of the records.
    check(
      downloads.rows[0].client_ip === FORGED_ADDRESS,
      `Control failed: instance B called directly from a trusted proxy recorded ${downloads.rows[0].client_ip}, not the X-Forwarded-For ${FORGED_ADDRESS}.`,
    );
    check(
      downloads.rows[1].client_ip === "127.0.0.1",
      `The download through nginx was audited from ${downloads.rows[1].client_ip}, not 127.0.0.1 (the address nginx saw).`,
    );
    const forged = await owner.query(
      `SELECT 1 FROM sign_in_attempt WHERE client_ip LIKE '203.0.113.%' OR client_ip LIKE '198.51.100.%'
       UNION ALL SELECT 1 FROM audit_event WHERE client_ip LIKE '198.51.100.%'
       UNION ALL SELECT 1 FROM audit_event WHERE client_ip LIKE '203.0.113.%' AND type <> 'request.reply_file_downloaded'`,
    );
    check(forged.rows.length === 0, "A forged X-Forwarded-For address sent to nginx was recorded.");
    const logged = instances.flatMap((instance) =>
      instance.output.filter(
        (line) => line.includes("203.0.113.") && !(controlRequestId && line.includes(controlRequestId)),
      ),
    );
    check(logged.length === 0, `A forged X-Forwarded-For address sent to nginx reached the app's log: ${logged[0]}`);
  } finally {
    await owner.end();
  }
  log("the client address recorded is the one nginx saw (127.0.0.1); the forged X-Forwarded-For is nowhere");

  // 8. The page cache (each instance's memory, and nginx's): a withdrawal is gone everywhere at once.
  await checkPageCache({ origin, instances, ownerUrl, request });

  // The requests that went through nginx carry nginx's request id into the app's log (one id end to end).
  log(`all checks passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * An item page is kept by both instances (X-Gongkai-Cache: hit) and by nginx (revalidated with the app on every
 * request); the item is withdrawn (the leader's use case, on the shared database): within 1 s instance B —
 * directly and through nginx — answers 410 Gone (the withdrawal notice), and from then on no cache serves the page,
 * nor a 304 for it.
 */
async function checkPageCache(options: {
  origin: string;
  instances: Instance[];
  ownerUrl: string;
  request: (url: string, init?: RequestInit) => Promise<Response>;
}) {
  const { origin, instances, ownerUrl, request } = options;
  const [a, b] = instances;
  process.env.DATABASE_URL = ownerUrl;
  const { db } = await import("@/lib/db");
  const item = await db.item.findFirstOrThrow({
    where: { state: "PUBLISHED", agency: { code: "350403001" } },
    orderBy: { publishedAt: "desc" },
    select: { id: true },
  });
  const page = `/items/${item.id}`;
  const direct = (instance: Instance) => `http://127.0.0.1:${instance.port}${page}`;
  let etag = "";
  for (const instance of instances) {
    const first = await request(direct(instance));
    await first.arrayBuffer();
    const second = await request(direct(instance));
    await second.arrayBuffer();
    check(first.status === 200 && second.status === 200, `${page} on instance ${instance.name}: not 200.`);
    check(
      second.headers.get("x-gongkai-cache") === "hit",
      `${page} on instance ${instance.name} was not served from its page cache the second time.`,
    );
    check(
      second.headers.get("cache-control") === "public, max-age=0, must-revalidate",
      `${page}: Cache-Control ${second.headers.get("cache-control")}.`,
    );
    etag = second.headers.get("etag") ?? "";
    const notModified = await request(direct(instance), { headers: { "if-none-match": etag } });
    check(
      notModified.status === 304,
      `${page} with If-None-Match on instance ${instance.name}: ${notModified.status}.`,
    );
  }
  const statuses: string[] = [];
  for (let round = 0; round < 4; round++) {
    const response = await request(`${origin}${page}`);
    await response.arrayBuffer();
    check(response.status === 200, `${page} through nginx answered ${response.status}.`);
    statuses.push(response.headers.get("x-cache-status") ?? "");
  }
  check(
    statuses.includes("REVALIDATED"),
    `nginx did not keep and revalidate ${page} (cache status ${statuses.join(", ")}; see deploy/nginx.conf).`,
  );
  // A console page is never kept by nginx.
  const consolePage = await request(`${origin}/login`);
  await consolePage.arrayBuffer();
  check(
    /private|no-store/.test(consolePage.headers.get("cache-control") ?? "") &&
      (await request(`${origin}/login`)).headers.get("x-cache-status") !== "HIT",
    "The sign-in page was cacheable through nginx.",
  );
  log(`${page} kept by both instances and by nginx (cache status ${statuses.join(", ")})`);

  const { withdrawItem } = await import("@/lib/items/withdraw-item");
  const { loadPrincipal } = await import("@/lib/auth/load-principal");
  const leaderRow = await db.user.findUniqueOrThrow({
    where: { email: "swj.leader@gongkai.demo" },
    select: { id: true, sessionVersion: true },
  });
  const leader = await loadPrincipal(leaderRow.id, leaderRow.sessionVersion);
  check(leader, "The demo leader could not be loaded.");
  await withdrawItem({ actor: leader, itemId: item.id, input: { reason: "test:deploy 撤回" } });
  const committed = Date.now();
  await db.$disconnect();
  for (const [where, url] of [
    ["instance B", direct(b)],
    ["nginx", `${origin}${page}`],
  ] as const) {
    let status = 200;
    while (status === 200) {
      const response = await request(url);
      await response.arrayBuffer();
      status = response.status;
      check(Date.now() - committed <= 1000 || status !== 200, `${page} still served by ${where} 1 s after withdrawal.`);
    }
    check(status === 410, `${page} on ${where} after withdrawal: ${status}, not 410.`);
  }
  const elapsed = Date.now() - committed;
  for (let round = 0; round < 10; round++) {
    for (const url of [direct(a), direct(b), `${origin}${page}`]) {
      const response = await request(url, { headers: round % 2 ? { "if-none-match": etag } : {} });
      await response.arrayBuffer();
      check(response.status === 410, `${url} after withdrawal answered ${response.status}, not 410.`);
    }
  }
  log(`withdrawn: gone from instance B and through nginx ${elapsed} ms after commit, and from every cache since`);
}

async function prepareDatabase(): Promise<{ ownerUrl: string; appUrl: string }> {
  let baseUrl = process.env.DATABASE_URL;
  let embedded: EmbeddedDatabase | undefined;
  if (!baseUrl) {
    const port = await freePort();
    log(`starting an embedded PostgreSQL (data in ${EMBEDDED_DATA_DIR}, port ${port})`);
    embedded = await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, port, database: DATABASE });
    cleanups.push(() => embedded!.stop());
    baseUrl = embedded.url;
  }
  const ownerUrl = withDatabase(baseUrl, DATABASE);
  const adminUrl =
    new URL(baseUrl).pathname.slice(1) === DATABASE || embedded ? withDatabase(baseUrl, "postgres") : baseUrl;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${DATABASE}"`);
  } finally {
    await admin.end();
  }
  // Removed again at the end (it runs after the instances stop): a shared server keeps nothing of this run.
  cleanups.push(async () => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
    } finally {
      await client.end();
    }
  });
  const { applied } = await applyMigrations(ownerUrl);
  log(`fresh database ${DATABASE} on ${new URL(ownerUrl).host}, ${applied.length} migrations applied`);
  // A role of its own: roles belong to the whole server, and the e2e server on the same PostgreSQL keeps a fixed
  // password on gongkai_app that a new one here would break.
  const password = randomBytes(18).toString("base64url");
  await ensureAppRole(ownerUrl, APP_ROLE_HERE, password);
  await grantAppPrivileges(ownerUrl, APP_ROLE_HERE);
  process.env.DATABASE_URL = ownerUrl;
  const { db } = await import("@/lib/db");
  const { seedDemoData } = await import("@/lib/demo/seed-demo-data");
  await seedDemoData(db);
  await db.$disconnect();
  log("demo data loaded; the instances connect as the least-privilege role");
  return { ownerUrl, appUrl: asUser(ownerUrl, APP_ROLE_HERE, password) };
}

function startInstance(
  name: string,
  port: number,
  options: { appUrl: string; origin: string; secret: string; s3Port: number },
): Instance {
  const child = spawn(path.join("node_modules", ".bin", "tsx"), ["scripts/server.ts"], {
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      NODE_ENV: "production",
      GONGKAI_LOG_LEVEL: "info",
      DATABASE_URL: options.appUrl,
      DATABASE_OWNER_URL: "",
      NEXTAUTH_URL: options.origin,
      NEXTAUTH_SECRET: options.secret,
      GONGKAI_TRUSTED_PROXIES: "127.0.0.1",
      GONGKAI_STORAGE: "s3",
      GONGKAI_S3_ENDPOINT: `http://127.0.0.1:${options.s3Port}`,
      GONGKAI_S3_BUCKET: "gongkai",
      GONGKAI_S3_REGION: "cn-north-1",
      GONGKAI_S3_ACCESS_KEY_ID: "S3RVER",
      GONGKAI_S3_SECRET_ACCESS_KEY: "S3RVER",
      GONGKAI_S3_FORCE_PATH_STYLE: "1",
      GONGKAI_DEMO_MODE: "1",
      GONGKAI_SMTP_URL: "",
    },
  });
  const instance: Instance = { name, port, child, requestIds: new Set(), output: [] };
  const read = (stream: NodeJS.ReadableStream) => {
    let rest = "";
    stream.setEncoding("utf8");
    stream.on("data", (chunk: string) => {
      const lines = (rest + chunk).split("\n");
      rest = lines.pop() ?? "";
      for (const line of lines) {
        instance.output.push(line);
        if (instance.output.length > 200) instance.output.shift();
        try {
          const entry = JSON.parse(line) as { requestId?: string; level?: number };
          if (entry.requestId) instance.requestIds.add(entry.requestId);
          if ((entry.level ?? 0) >= 50) console.error(`[instance ${name}] ${line}`);
        } catch {
          if (line.trim()) console.log(`[instance ${name}] ${line}`);
        }
      }
    });
  };
  read(child.stdout!);
  read(child.stderr!);
  cleanups.push(stopProcess(child));
  return instance;
}

/**
 * deploy/nginx.conf itself, so a change there is what gets tested: its upstream pointed at the two instances, and
 * its HTTPS server on plain HTTP at a free port (certificates, the port-80 redirect and server_name dropped), inside
 * a main configuration whose pid, log and temp paths are all under `work` (nothing of /etc/nginx is used).
 */
async function writeNginxConfig(work: string, port: number, instances: Instance[]) {
  const sample = await readFile(path.join("deploy", "nginx.conf"), "utf8");
  const block = (from: number) => {
    // The text from `from` up to its matching closing brace.
    let depth = 0;
    for (let at = sample.indexOf("{", from); at < sample.length; at++) {
      if (sample[at] === "{") depth++;
      else if (sample[at] === "}" && --depth === 0) return sample.slice(from, at + 1);
    }
    throw new CheckFailed("deploy/nginx.conf has an unclosed block.");
  };
  const upstreamAt = sample.search(/^upstream\s+\w+\s*\{/m);
  const serverAt = sample.search(/^server\s*\{[^}]*listen\s+443/m);
  check(upstreamAt >= 0, "deploy/nginx.conf has no upstream block.");
  check(serverAt >= 0, "deploy/nginx.conf has no server block listening on 443.");
  const upstream = block(upstreamAt)
    .split("\n")
    .filter((line) => !/^\s*server\s/.test(line))
    .join("\n")
    .replace(
      /\{/,
      `{\n${instances.map((i) => `    server 127.0.0.1:${i.port} max_fails=3 fail_timeout=10s;`).join("\n")}`,
    );
  const server = block(serverAt)
    .split("\n")
    .filter((line) => !/^\s*(listen|http2|server_name|ssl_\w+)\s/.test(line))
    .join("\n")
    .replace(/\{/, `{\n    listen 127.0.0.1:${port};`);
  // The page cache's storage, moved under `work`.
  const cachePaths = [...sample.matchAll(/^proxy_cache_path\s+\S+(.*);$/gm)].map(
    (match, n) => `proxy_cache_path ${work}/cache-${n}${match[1]};`,
  );
  await mkdir(path.join(work, "logs"), { recursive: true });
  const config = `
worker_processes 1;
pid ${work}/nginx.pid;
error_log ${work}/logs/error.log warn;
events { worker_connections 256; }
http {
access_log ${work}/logs/access.log;
client_body_temp_path ${work}/client_body;
proxy_temp_path ${work}/proxy;
fastcgi_temp_path ${work}/fastcgi;
uwsgi_temp_path ${work}/uwsgi;
scgi_temp_path ${work}/scgi;
${cachePaths.join("\n")}
${upstream}
${server}
}
`;
  await writeFile(path.join(work, "nginx.conf"), config);
  return config;
}

let code = 0;
try {
  await main();
} catch (error) {
  code = 1;
  if (error instanceof CheckFailed) console.error(`[test-deploy] FAILED: ${error.message}`);
  else console.error("[test-deploy] FAILED with an unexpected error:", error);
}
await cleanUp();
process.exit(code);
