// Annual-report benchmark (issue 6, "Performance"): a department's report over 100,000 requests in ≤ 1 s, and a
// combined report over 200 departments holding 1,000,000 requests in ≤ 5 s. NEVER point it at a real database:
// it only accepts a database named gongkai_bench*, creates it if missing, applies the migrations and fills it.
//
//   npm run bench:reports -- --database-url postgresql://postgres@127.0.0.1:5432/gongkai_bench_reports [--runs 5] [--year 2025] [--drop]
//
// Records are generated in SQL (generate_series, deterministic hashes): receipt dates spread over 2012–2026 with
// more in recent years, applicant types, channels and outcomes in realistic proportions, 5 % still open, 2 % appealed,
// 1 % with a fee, and some published items (规章/规范性文件 among them) per agency. Then computeReport runs several
// times for each case and the median and maximum are printed against the budgets. --drop drops the database after.
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import pg from "pg";
import { applyMigrations } from "@/lib/database/apply-migrations";

const { values } = parseArgs({
  options: {
    "database-url": { type: "string", default: process.env.BENCH_DATABASE_URL },
    runs: { type: "string", default: "5" },
    year: { type: "string", default: "2025" },
    drop: { type: "boolean", default: false },
  },
});
const url = values["database-url"];
if (!url) {
  console.error(
    "Give --database-url: a scratch database named gongkai_bench…, e.g. postgresql://postgres@127.0.0.1:5432/gongkai_bench_reports",
  );
  process.exit(1);
}
const databaseName = decodeURIComponent(new URL(url).pathname.slice(1));
if (!databaseName.startsWith("gongkai_bench")) {
  console.error(
    `Refusing to use database "${databaseName}": the benchmark fills and may drop its database; its name must start with gongkai_bench.`,
  );
  process.exit(1);
}
const RUNS = Math.max(1, Number(values.runs));
const YEAR = Number(values.year);

const DEPARTMENT_REQUESTS = 100_000;
const CHILDREN = 200;
const COMBINED_REQUESTS = 1_000_000;
const BUDGET_OWN_MS = 1_000;
const BUDGET_COMBINED_MS = 5_000;

const started = performance.now();
const log = (line: string) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${line}`);

function adminUrl() {
  const admin = new URL(url!);
  admin.pathname = "/postgres";
  return admin.toString();
}

async function ensureDatabase() {
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [databaseName]);
  if (!rowCount) await admin.query(`CREATE DATABASE "${databaseName.replace(/"/g, "")}"`);
  await admin.end();
}

/** Inserts `count` requests (with appeals and fees) spread over the agencies of bench_target. */
async function generateRequests(client: pg.Client, count: number, from: number) {
  const BATCH = 100_000;
  for (let lo = from; lo < from + count; lo += BATCH) {
    const hi = Math.min(from + count - 1, lo + BATCH - 1);
    await client.query("BEGIN");
    await client.query(
      `CREATE TEMP TABLE batch ON COMMIT DROP AS
       SELECT g, gen_random_uuid() AS id,
              (SELECT id FROM bench_target t WHERE t.n = (hashint4(g * 7) & 2147483647) % (SELECT count(*) FROM bench_target)) AS agency_id,
              -- more requests in recent years: 2012-01-01 + sqrt(uniform) × 15 years
              date '2012-01-01' + floor(sqrt(((hashint4(g * 11) & 2147483647) % 1000000) / 1000000.0) * 5450)::int AS received_on,
              (hashint4(g * 13) & 2147483647) % 100 AS d_applicant,
              (hashint4(g * 17) & 2147483647) % 100 AS d_channel,
              (hashint4(g * 19) & 2147483647) % 1000 AS d_outcome,
              (hashint4(g * 23) & 2147483647) % 100 AS d_open,
              5 + (hashint4(g * 29) & 2147483647) % 40 AS days
       FROM generate_series($1::int, $2::int) g`,
      [lo, hi],
    );
    await client.query(
      `INSERT INTO info_request (id, agency_id, tracking_code, channel, applicant_type, applicant_name, contact_person, id_type, id_number, phone,
                                 description, form, delivery, received_on, receipt_basis, state, due_on, outcome, concluded_on, updated_at)
       SELECT b.id, b.agency_id, 'B' || lpad(b.g::text, 9, '0'),
              CASE WHEN b.d_channel < 50 THEN 'ONLINE' WHEN b.d_channel < 60 THEN 'EMAIL' WHEN b.d_channel < 75 THEN 'LETTER'
                   WHEN b.d_channel < 90 THEN 'IN_PERSON' WHEN b.d_channel < 95 THEN 'FAX' ELSE 'OTHER' END::request_channel,
              CASE WHEN b.d_applicant < 70 THEN 'NATURAL_PERSON' WHEN b.d_applicant < 85 THEN 'COMMERCIAL' WHEN b.d_applicant < 88 THEN 'RESEARCH'
                   WHEN b.d_applicant < 91 THEN 'PUBLIC_INTEREST' WHEN b.d_applicant < 96 THEN 'LEGAL_SERVICES' ELSE 'OTHER_ORG' END::applicant_type,
              CASE WHEN b.d_applicant < 70 THEN '张三' ELSE '三明市某某商贸有限公司' END, '', 'RESIDENT_ID', '11010519491231002x', '13800138000',
              '申请公开商贸流通领域安全生产检查记录和处理结果。', 'ELECTRONIC', 'EMAIL', b.received_on, 'CONFIRMED',
              CASE WHEN open THEN 'OPEN' ELSE 'CLOSED' END::request_state,
              b.received_on + 28,
              CASE WHEN open THEN NULL ELSE (enum_range(NULL::request_outcome))[
                CASE WHEN b.d_outcome < 450 THEN 1 WHEN b.d_outcome < 600 THEN 2 ELSE 3 + b.d_outcome % 19 END] END,
              CASE WHEN open THEN NULL ELSE b.received_on + b.days END,
              now()
       FROM batch b CROSS JOIN LATERAL (SELECT b.d_open < 5 AND b.received_on > date '2024-06-01' AS open) o`,
    );
    await client.query(
      `INSERT INTO appeal (id, agency_id, request_id, kind, filed_on, body, result, concluded_on)
       SELECT gen_random_uuid(), b.agency_id, b.id, (enum_range(NULL::appeal_kind))[1 + b.g % 3], b.received_on + b.days + 30, '三明市三元区人民政府',
              CASE WHEN b.g % 10 < 7 THEN (enum_range(NULL::appeal_result))[1 + b.g % 3] ELSE 'PENDING' END::appeal_result,
              CASE WHEN b.g % 10 < 7 THEN b.received_on + b.days + 90 END
       FROM batch b WHERE b.d_open >= 5 AND b.g % 50 = 0`,
    );
    await client.query(
      `INSERT INTO fee_notice (id, request_id, method, amount_yuan, noticed_on, payment_deadline, paid_on)
       SELECT gen_random_uuid(), b.id, 'PER_REQUEST', 100, b.received_on + 3, b.received_on + 23, CASE WHEN b.g % 3 > 0 THEN b.received_on + 10 END
       FROM batch b WHERE b.g % 100 = 1`,
    );
    await client.query("COMMIT");
    log(`requests ${(hi - from + 1).toLocaleString("en")} / ${count.toLocaleString("en")}`);
  }
}

/** `perAgency` published items (规章/规范性文件 among them) for each agency of bench_target. */
async function generateItems(client: pg.Client, perAgency: number, userId: string) {
  await client.query("BEGIN");
  await client.query(
    `CREATE TEMP TABLE item_batch ON COMMIT DROP AS
     SELECT t.id AS agency_id, t.code, s, gen_random_uuid() AS item_id, gen_random_uuid() AS revision_id,
            date '2012-01-01' + (hashint4(s * 31 + t.n) & 2147483647) % 5450 AS published_on,
            (hashint4(s * 37 + t.n) & 2147483647) % 100 AS dice
     FROM bench_target t CROSS JOIN generate_series(1, $1::int) s`,
    [perAgency],
  );
  await client.query(
    `INSERT INTO item_revision (id, item_id, number, status, title, written_on, subject_category, genre, document_kind, channels, keywords, disclosure, drafter_id, updated_at)
     SELECT revision_id, item_id, 1, 'APPROVED', '基准测试文件' || s, published_on - 5, '08',
            CASE WHEN dice < 5 THEN 'INTERPRETATION' ELSE 'NOTICE' END::genre,
            CASE WHEN dice < 3 THEN 'REGULATION' WHEN dice < 15 THEN 'NORMATIVE_DOCUMENT' ELSE 'OTHER' END::document_kind,
            CASE WHEN dice % 4 = 0 THEN '{WEBSITE,GAZETTE}' ELSE '{WEBSITE}' END::channel[], '{}', 'PROACTIVE', $1::uuid, now()
     FROM item_batch`,
    [userId],
  );
  await client.query(
    `INSERT INTO item (id, agency_id, state, origin, index_number, live_revision_id, published_on, published_at, validity, validity_changed_on, updated_at)
     SELECT item_id, agency_id, 'PUBLISHED', 'IMPORT', code || '/B' || s, revision_id, published_on, published_on::timestamptz,
            CASE WHEN dice % 10 = 1 THEN 'REPEALED' ELSE 'VALID' END::validity, CASE WHEN dice % 10 = 1 THEN published_on + 400 END, now()
     FROM item_batch`,
  );
  await client.query("COMMIT");
}

async function generate(client: pg.Client) {
  await client.query("SET session_replication_role = replica"); // search and cache triggers off while filling
  const {
    rows: [user],
  } = await client.query<{ id: string }>(
    `INSERT INTO app_user (id, email, name, password_hash, updated_at) VALUES (gen_random_uuid(), 'bench-reports@gongkai.bench', '基准测试', 'x', now()) RETURNING id`,
  );
  const agency = async (code: string, name: string, parentId: string | null, sortOrder = 0) =>
    (
      await client.query<{ id: string }>(
        `INSERT INTO agency (id, code, name, short_name, parent_id, sort_order, updated_at) VALUES (gen_random_uuid(), $1, $2, $2, $3, $4, now()) RETURNING id`,
        [code, name, parentId, sortOrder],
      )
    ).rows[0].id;

  const department = await agency("BENCH-D", "基准测试局（10万件申请）", null);
  const parent = await agency("BENCH-P", "基准测试区人民政府", null);
  const children: string[] = [];
  for (let n = 1; n <= CHILDREN; n++)
    children.push(await agency(`BENCH-P${String(n).padStart(3, "0")}`, `基准测试区第${n}局`, parent, n));

  await client.query("CREATE TEMP TABLE bench_target (n int PRIMARY KEY, id uuid, code text)");
  await client.query("INSERT INTO bench_target VALUES (0, $1, 'BENCH-D')", [department]);
  await generateRequests(client, DEPARTMENT_REQUESTS, 1);
  await generateItems(client, 2_000, user.id);
  await client.query("TRUNCATE bench_target");
  await client.query(
    "INSERT INTO bench_target SELECT row_number() OVER (ORDER BY code) - 1, id, code FROM agency WHERE parent_id = $1",
    [parent],
  );
  await generateRequests(client, COMBINED_REQUESTS, DEPARTMENT_REQUESTS + 1);
  await generateItems(client, 250, user.id);
  await client.query("SET session_replication_role = DEFAULT");
  log("VACUUM ANALYZE …");
  await client.query("VACUUM ANALYZE");
}

function summary(ms: number[]) {
  const sorted = [...ms].sort((a, b) => a - b);
  const median =
    sorted.length % 2
      ? sorted[(sorted.length - 1) / 2]
      : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  return { median, max: sorted.at(-1)! };
}

await ensureDatabase();
await applyMigrations(url);
log("Migrations applied.");
const client = new pg.Client({ connectionString: url });
await client.connect();
const {
  rows: [{ n: existing }],
} = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM agency WHERE code = 'BENCH-P'");
if (existing === 0) await generate(client);
else log("Reusing the generated records.");
const { rows: ids } = await client.query<{ code: string; id: string }>(
  "SELECT code, id::text AS id FROM agency WHERE code IN ('BENCH-D', 'BENCH-P')",
);
const {
  rows: [counts],
} = await client.query<{ requests: number; appeals: number; fees: number; items: number }>(
  `SELECT (SELECT count(*)::int FROM info_request) AS requests, (SELECT count(*)::int FROM appeal) AS appeals,
          (SELECT count(*)::int FROM fee_notice) AS fees, (SELECT count(*)::int FROM item) AS items`,
);
await client.end();
log(
  `${counts.requests.toLocaleString("en")} requests, ${counts.appeals.toLocaleString("en")} appeals, ${counts.fees.toLocaleString("en")} fee notices, ${counts.items.toLocaleString("en")} items.`,
);

// lib/db reads DATABASE_URL when it first connects.
process.env.DATABASE_URL = url;
const { db } = await import("@/lib/db");
const { computeReport } = await import("@/lib/reports/compute/compute-report");
const idOf = (code: string) => ids.find((r) => r.code === code)!.id;

const cases = [
  {
    name: `OWN      ${YEAR} department, ${DEPARTMENT_REQUESTS.toLocaleString("en")} requests`,
    agencyId: idOf("BENCH-D"),
    scope: "OWN" as const,
    budget: BUDGET_OWN_MS,
  },
  {
    name: `COMBINED ${YEAR} parent + ${CHILDREN} departments, ${COMBINED_REQUESTS.toLocaleString("en")} requests`,
    agencyId: idOf("BENCH-P"),
    scope: "COMBINED" as const,
    budget: BUDGET_COMBINED_MS,
  },
];
let failed = false;
const lines: string[] = [];
for (const c of cases) {
  const report = await computeReport(db, { agencyId: c.agencyId, year: YEAR, scope: c.scope }); // warm-up (caches, plans)
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const t = performance.now();
    await computeReport(db, { agencyId: c.agencyId, year: YEAR, scope: c.scope });
    times.push(performance.now() - t);
  }
  const { median, max } = summary(times);
  const ok = max <= c.budget;
  failed ||= !ok;
  const newRequests = report.current.requests.rows.find((r) => r.key === "new")!.values.at(-1);
  lines.push(
    `${c.name}: median ${median.toFixed(0)} ms, max ${max.toFixed(0)} ms over ${RUNS} runs (budget ${c.budget} ms) ${ok ? "OK" : "OVER BUDGET"}` +
      ` — 本年新收 ${newRequests}, reconciliation ${report.reconciliation.ok ? "ok" : "BROKEN"}`,
  );
}
await db.$disconnect();
console.log(`\nAnnual report benchmark (computeReport, year ${YEAR})`);
for (const line of lines) console.log(`  ${line}`);

if (values.drop) {
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`DROP DATABASE "${databaseName.replace(/"/g, "")}" WITH (FORCE)`);
  await admin.end();
  log(`Dropped ${databaseName}.`);
}
process.exit(failed ? 1 : 0);
