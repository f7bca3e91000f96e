// Fills a database with realistic public items at scale, for the search and catalogue benchmarks
// (scripts/bench/run.ts, docs/search.md). NEVER point it at a real database: it creates the database if
// missing, applies the migrations, and adds agencies, categories and items in bulk.
//
//   npm run bench:generate -- --database-url postgresql://postgres@127.0.0.1:5432/gongkai_bench [--items 1000000] [--agencies 200]
//
// Items are written with set-based INSERT … SELECT batches (titles, 文号, bodies assembled in SQL from the
// word lists below), with row triggers off (session_replication_role = replica: the rows are consistent by
// construction). The search index is then built by the same SQL function the triggers use
// (search_document_refresh), in parallel, with its GIN indexes dropped and recreated around the fill.
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import pg from "pg";
import { applyMigrations } from "@/lib/database/apply-migrations";
import { SUBJECT_CATEGORY_CODES } from "@/lib/items/vocabulary";

const { values } = parseArgs({
  options: {
    "database-url": { type: "string", default: process.env.BENCH_DATABASE_URL },
    items: { type: "string", default: "1000000" },
    agencies: { type: "string", default: "200" },
    workers: { type: "string", default: "2" },
  },
});
const url = values["database-url"];
if (!url) {
  console.error(
    "Give --database-url (or BENCH_DATABASE_URL): a scratch database, e.g. postgresql://postgres@127.0.0.1:5432/gongkai_bench",
  );
  process.exit(1);
}
const ITEMS = Number(values.items);
const AGENCIES = Number(values.agencies);
const WORKERS = Number(values.workers);
const BATCH = 50_000;

const started = performance.now();
const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
const log = (line: string) => console.log(`[${seconds(started).padStart(6)} s] ${line}`);

// ── Word lists: the vocabulary of Chinese government notices ──
const PLACES = [
  "三元区",
  "梅列区",
  "永安市",
  "明溪县",
  "清流县",
  "宁化县",
  "大田县",
  "尤溪县",
  "沙县区",
  "将乐县",
  "泰宁县",
  "建宁县",
];
const DEPARTMENTS = [
  "人民政府",
  "发展和改革局",
  "教育局",
  "科技局",
  "工业和信息化局",
  "公安局",
  "民政局",
  "司法局",
  "财政局",
  "人力资源和社会保障局",
  "自然资源局",
  "生态环境局",
  "住房和城乡建设局",
  "交通运输局",
  "农业农村局",
  "水利局",
  "商务局",
  "文化体育和旅游局",
  "卫生健康委员会",
  "退役军人事务局",
  "应急管理局",
  "审计局",
  "市场监督管理局",
  "统计局",
  "医疗保障局",
  "林业局",
  "城市管理局",
  "行政审批服务局",
];
const DOMAINS = [
  "商贸流通领域",
  "安全生产",
  "政府采购",
  "财政预算",
  "农村人居环境整治",
  "生态环境保护",
  "义务教育",
  "医疗保障",
  "养老服务",
  "食品安全",
  "交通运输",
  "防汛抗旱",
  "森林防火",
  "乡村振兴",
  "招商引资",
  "优化营商环境",
  "政务公开",
  "社会信用体系建设",
  "就业创业",
  "城市管理",
  "消防安全",
  "耕地保护",
  "住房保障",
  "文化旅游",
  "全民健身",
  "疫情防控",
  "安全隐患",
  "成品油市场",
  "电子商务",
  "河长制",
  "林长制",
  "扫黑除恶",
  "双随机一公开",
  "行政执法",
  "公共资源交易",
  "老旧小区改造",
  "校园安全",
  "燃气安全",
  "农产品质量安全",
  "建筑施工",
];
const ACTIVITIES = [
  "安全生产检查",
  "专项整治行动",
  "督查检查",
  "隐患排查治理",
  "宣传月活动",
  "业务培训",
  "考核评估",
  "自查自纠",
  "专项审计",
  "执法检查",
  "应急演练",
  "集中整治",
  "排查整改",
  "绩效评价",
  "满意度调查",
];
const POLICIES = [
  "实施方案",
  "管理办法",
  "工作方案",
  "实施细则",
  "考核办法",
  "应急预案",
  "三年行动计划",
  "指导意见",
  "工作要点",
  "资金管理办法",
];
const TEMPLATES: [string, string][] = [
  // [title template, genre]; {Y} year, {D} domain, {A} activity, {P} policy
  ["关于开展{Y}年{D}{A}的通知", "NOTICE"],
  ["关于印发《{D}{P}》的通知", "NOTICE"],
  ["关于做好{Y}年{D}工作的通知", "NOTICE"],
  ["关于{Y}年{D}{A}情况的通报", "CIRCULAR"],
  ["关于{D}{A}结果的公告", "ANNOUNCEMENT"],
  ["关于加强{D}工作的意见", "OPINION"],
  ["关于{Y}年度{D}工作情况的报告", "REPORT"],
  ["关于{D}有关事项的通告", "PUBLIC_NOTICE"],
  ["关于同意{D}{P}的批复", "REPLY"],
  ["{Y}年{D}工作总结和下一步工作计划", "OTHER"],
  ["关于{Y}年部门预算和“三公”经费预算的公开说明", "OTHER"],
  ["{D}政策解读", "INTERPRETATION"],
];
const SENTENCES = [
  "为深入贯彻落实党中央、国务院决策部署，进一步加强{D}工作，现就有关事项通知如下。",
  "各乡镇人民政府、街道办事处，区直各有关单位：",
  "一、提高思想认识。各单位要充分认识做好{D}工作的重要性和紧迫性，切实增强责任感。",
  "二、加强组织领导。成立工作领导小组，主要负责同志亲自抓，分管负责同志具体抓。",
  "三、突出工作重点。围绕{D}的薄弱环节，开展拉网式排查，建立问题清单和整改台账。",
  "四、强化督查考核。对工作不力、措施不实的单位予以通报批评，并纳入年度绩效考核。",
  "五、做好信息报送。请各单位于每月底前将工作进展情况报送区{D}工作领导小组办公室。",
  "根据《中华人民共和国政府信息公开条例》规定，现将有关情况予以公开。",
  "本年度共组织检查{N}次，发现问题隐患{N}处，已全部整改到位。",
  "全年预算收入{N}万元，预算支出{N}万元，收支平衡。",
  "公开采购项目{N}个，采购金额{N}万元，节约资金{N}万元。",
  "坚持问题导向，聚焦群众反映强烈的突出问题，着力解决群众急难愁盼问题。",
  "进一步压实属地管理责任、部门监管责任和企业主体责任，确保各项措施落到实处。",
  "鼓励社会各界积极参与，畅通投诉举报渠道，举报电话：0598-{N}。",
  "本通知自印发之日起施行，原有规定与本通知不一致的，以本通知为准。",
  "特此通知。",
  "联系人：王同志，联系电话：0598-{N}。",
  "附件：{D}工作责任分工表",
  "对检查中发现的问题，要立即整改；不能立即整改的，要制定整改方案，明确责任人和整改时限。",
  "各单位要加强宣传引导，充分利用政府网站、政务新媒体等渠道，营造良好社会氛围。",
];
const ATTACHMENT_TEXT =
  "附件{N}：{D}项目明细表。序号、项目名称、实施单位、资金来源、完成时限、责任人。本表由区{D}工作领导小组办公室汇总。";
const AGENCY_ABBR = [
  "元政",
  "元发改",
  "元教",
  "元科",
  "元工信",
  "元公",
  "元民",
  "元司",
  "元财",
  "元人社",
  "元资规",
  "元环",
  "元建",
  "元交",
  "元农",
  "元水",
  "元商务",
  "元文旅",
  "元卫健",
  "元退役",
  "元应急",
  "元审",
  "元市监",
  "元统",
  "元医保",
  "元林",
  "元城管",
  "元审批",
];

const pool = new pg.Pool({ connectionString: await ensureDatabase(url), max: Math.max(WORKERS, 1) + 1 });
await applyMigrations(pool.options.connectionString!);
log("Migrations applied.");

const client = await pool.connect();
const {
  rows: [{ n: existing }],
} = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM item");
if (existing > 0) {
  console.error(`The database already holds ${existing} items. Use an empty database (drop and create it).`);
  process.exit(1);
}

// ── Agencies (a government and its departments), a catalogue per agency, one drafting user ──
let t = performance.now();
await client.query("BEGIN");
const {
  rows: [user],
} = await client.query<{ id: string }>(
  `INSERT INTO app_user (id, email, name, password_hash, updated_at) VALUES (gen_random_uuid(), 'bench@gongkai.bench', '基准测试', 'x', now()) RETURNING id`,
);
const agencyRows: { id: string; code: string; abbr: string; name: string }[] = [];
for (let a = 0; a < AGENCIES; a++) {
  const place = PLACES[Math.floor(a / DEPARTMENTS.length) % PLACES.length];
  const dept = DEPARTMENTS[a % DEPARTMENTS.length];
  const code = `3504${String(a).padStart(5, "0")}`;
  const name = `三明市${place}${dept}`;
  const {
    rows: [row],
  } = await client.query<{ id: string }>(
    `INSERT INTO agency (id, code, name, short_name, parent_id, sort_order, updated_at) VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, now()) RETURNING id`,
    [
      code,
      a === 0 ? "三明市人民政府" : name,
      a === 0 ? "市政府" : `${place}${dept}`,
      a === 0 ? null : agencyRows[0].id,
      a,
    ],
  );
  agencyRows.push({
    id: row.id,
    code,
    abbr: AGENCY_ABBR[a % AGENCY_ABBR.length].replace("元", place.slice(1, 2)),
    name,
  });
}
// Categories: 8 top-level, two of them with two children → 12 per agency; items go to any of them.
const CATEGORIES: [string, string[]][] = [
  ["机构职能类", []],
  ["政策、规范性文件类", []],
  ["规划计划类", []],
  ["财政资金类", ["部门预决算", "专项资金"]],
  ["行政执法类", ["权责清单", "随机抽查结果"]],
  ["统计数据类", []],
  ["安全生产、应急管理类", []],
  ["其他", []],
];
await client.query("CREATE TEMP TABLE bench_agency (n int PRIMARY KEY, id uuid, code text, abbr text, name text)");
await client.query("CREATE TEMP TABLE bench_category (agency_n int, k int, id uuid, PRIMARY KEY (agency_n, k))");
for (const [n, a] of agencyRows.entries()) {
  await client.query("INSERT INTO bench_agency VALUES ($1, $2, $3, $4, $5)", [
    n,
    a.id,
    a.code,
    a.abbr,
    n === 0 ? "三明市人民政府" : a.name,
  ]);
  let k = 0;
  for (const [index, [name, children]] of CATEGORIES.entries()) {
    const {
      rows: [top],
    } = await client.query<{ id: string }>(
      "INSERT INTO catalogue_category (id, agency_id, name, sort_order) VALUES (gen_random_uuid(), $1, $2, $3) RETURNING id",
      [a.id, name, index * 10],
    );
    await client.query("INSERT INTO bench_category VALUES ($1, $2, $3)", [n, k++, top.id]);
    for (const [ci, child] of children.entries()) {
      const {
        rows: [c],
      } = await client.query<{ id: string }>(
        "INSERT INTO catalogue_category (id, agency_id, parent_id, name, sort_order) VALUES (gen_random_uuid(), $1, $2, $3, $4) RETURNING id",
        [a.id, top.id, child, ci * 10],
      );
      await client.query("INSERT INTO bench_category VALUES ($1, $2, $3)", [n, k++, c.id]);
    }
  }
}
await client.query("COMMIT");
log(`${AGENCIES} agencies with ${AGENCIES * 12} catalogue categories in ${seconds(t)} s.`);

// ── Items, in batches of INSERT … SELECT ──
// Triggers off while writing: the search index is built in one pass afterwards (below).
t = performance.now();
await client.query("SET session_replication_role = replica");
// Templates are filled in SQL: {Y} year, {D} domain, {A} activity, {P} policy, {N} a number.
const templates = TEMPLATES.map(([tpl]) => tpl);
const genres = TEMPLATES.map(([, genre]) => genre);
for (let from = 1; from <= ITEMS; from += BATCH) {
  const to = Math.min(ITEMS, from + BATCH - 1);
  await client.query("BEGIN");
  await client
    .query(
      `CREATE TEMP TABLE batch ON COMMIT DROP AS
     SELECT g, gen_random_uuid() AS item_id, gen_random_uuid() AS revision_id,
            (hashint4(g * 7) & 2147483647) % $5::int AS agency_n,
            (hashint4(g * 11) & 2147483647) % $1::int + 1 AS tpl,
            ($2::text[])[(hashint4(g * 13) & 2147483647) % cardinality($2::text[]) + 1] AS domain,
            ($3::text[])[(hashint4(g * 17) & 2147483647) % cardinality($3::text[]) + 1] AS activity,
            ($4::text[])[(hashint4(g * 19) & 2147483647) % cardinality($4::text[]) + 1] AS policy,
            -- published between 2008-01-01 and 2026-11-01, office hours, China time
            timestamptz '2008-01-01 09:00+08' + ((hashint4(g * 23) & 2147483647) % 6879) * interval '1 day'
              + ((hashint4(g * 29) & 2147483647) % 28800) * interval '1 second' AS published_at,
            (hashint4(g * 31) & 2147483647) % 100 AS dice
     FROM generate_series($6::int, $7::int) g`,
      [templates.length, DOMAINS, ACTIVITIES, POLICIES, AGENCIES, from, to],
    )
    .catch(async (error: unknown) => {
      await client.query("ROLLBACK");
      throw error;
    });
  await client.query(
    `INSERT INTO item_revision (id, item_id, number, status, title, document_number, written_on, subject_category, catalogue_category_id,
                                genre, document_kind, channels, keywords, summary, body_markdown, body_html, disclosure, withhold_ground,
                                withhold_reason, drafter_id, approved_by_id, approved_at, created_at, updated_at)
     SELECT b.revision_id, b.item_id, 1, 'APPROVED',
            a.name || replace(replace(replace(replace(($1::text[])[b.tpl], '{Y}', extract(year FROM b.published_at)::text), '{D}', b.domain), '{A}', b.activity), '{P}', b.policy),
            CASE WHEN b.dice < 60 THEN a.abbr || '〔' || extract(year FROM b.published_at) || '〕' || (1 + b.g % 97) || '号' ELSE '' END,
            (b.published_at AT TIME ZONE 'Asia/Shanghai')::date - (b.g % 10),
            ($4::text[])[1 + b.g % cardinality($4::text[])], c.id,
            ($2::text[])[b.tpl]::genre, 'OTHER', '{WEBSITE}',
            ARRAY[b.domain, b.activity],
            '部署' || b.domain || b.activity || '有关工作。',
            body.text, '<p>' || body.text || '</p>',
            CASE WHEN b.dice = 98 THEN 'WITHHELD' ELSE 'PROACTIVE' END::disclosure_attribute,
            CASE WHEN b.dice = 98 THEN 'PROCESS_INFO' END::withhold_ground,
            CASE WHEN b.dice = 98 THEN '过程性信息' END,
            $5::uuid, $5::uuid, b.published_at, b.published_at, b.published_at
     FROM batch b
     JOIN bench_agency a ON a.n = b.agency_n
     JOIN bench_category c ON c.agency_n = b.agency_n AND c.k = b.g % 12
     CROSS JOIN LATERAL (
       SELECT string_agg(replace(replace(($3::text[])[1 + (hashint4(b.g * 37 + s) & 2147483647) % cardinality($3::text[])], '{D}', b.domain),
                                 '{N}', ((hashint4(b.g + s) & 2147483647) % 9000 + 10)::text), '') AS text
       FROM generate_series(1, 8 + b.g % 8) s
     ) body`,
    [templates, genres, SENTENCES, SUBJECT_CATEGORY_CODES, user.id],
  );
  await client.query(
    `INSERT INTO item (id, agency_id, state, origin, index_number, live_revision_id, published_on, published_at, validity, validity_changed_on,
                       withdrawn_at, withdrawn_reason, review_due_on, created_by_id, created_at, updated_at)
     SELECT b.item_id, a.id,
            CASE WHEN b.dice = 98 THEN 'WITHHELD' WHEN b.dice = 99 THEN 'WITHDRAWN' ELSE 'PUBLISHED' END::item_state, 'IMPORT',
            a.code || '/' || extract(year FROM b.published_at) || '-' || lpad(b.g::text, 7, '0'),
            b.revision_id, (b.published_at AT TIME ZONE 'Asia/Shanghai')::date, b.published_at,
            CASE WHEN b.dice < 7 THEN 'REPEALED' WHEN b.dice < 10 THEN 'EXPIRED' ELSE 'VALID' END::validity,
            CASE WHEN b.dice < 10 THEN (b.published_at AT TIME ZONE 'Asia/Shanghai')::date + 365 END,
            CASE WHEN b.dice = 99 THEN b.published_at + interval '1 day' END, CASE WHEN b.dice = 99 THEN '内容有误' END,
            CASE WHEN b.dice = 98 THEN (b.published_at AT TIME ZONE 'Asia/Shanghai')::date + 365 END,
            $1::uuid, b.published_at, b.published_at
     FROM batch b JOIN bench_agency a ON a.n = b.agency_n`,
    [user.id],
  );
  // Attachment text (as extracted from a PDF) on 5% of the items.
  await client.query(
    `INSERT INTO attachment (id, revision_id, file_name, content_type, size, sha256, storage_key, text, sort_order)
     SELECT gen_random_uuid(), b.revision_id, '附件' || (b.g % 9 + 1) || '.pdf', 'application/pdf', 10000, repeat('0', 64), 'bench',
            replace(replace($1::text, '{N}', (b.g % 9 + 1)::text), '{D}', b.domain), 0
     FROM batch b WHERE b.dice BETWEEN 20 AND 24`,
    [ATTACHMENT_TEXT],
  );
  await client.query("COMMIT");
  log(`items ${to.toLocaleString("en")} / ${ITEMS.toLocaleString("en")}`);
}
await client.query("SET session_replication_role = origin");
log(`${ITEMS.toLocaleString("en")} items (with revisions and attachments) in ${seconds(t)} s.`);

// ── The search index: the triggers' own function, in parallel, GIN indexes built afterwards ──
t = performance.now();
const { rows: gins } = await client.query<{ indexname: string; indexdef: string }>(
  "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'search_document' AND indexdef LIKE '%USING gin%'",
);
for (const { indexname } of gins) await client.query(`DROP INDEX "${indexname}"`);
const buckets = Array.from({ length: 64 }, (_, i) => i);
let done = 0;
await Promise.all(
  Array.from({ length: WORKERS }, async () => {
    const worker = await pool.connect();
    try {
      for (let bucket = buckets.shift(); bucket !== undefined; bucket = buckets.shift()) {
        const lo = `${(bucket * 4).toString(16).padStart(2, "0")}000000-0000-0000-0000-000000000000`;
        const hi =
          bucket === 63
            ? "ffffffff-ffff-ffff-ffff-ffffffffffff"
            : `${((bucket + 1) * 4).toString(16).padStart(2, "0")}000000-0000-0000-0000-000000000000`;
        await worker.query(
          `SELECT search_document_refresh(ARRAY(SELECT id FROM item WHERE id >= $1::uuid AND id ${bucket === 63 ? "<=" : "<"} $2::uuid))`,
          [lo, hi],
        );
        done++;
        if (done % 8 === 0) log(`search index: ${done} / 64 parts`);
      }
    } finally {
      worker.release();
    }
  }),
);
log(`search_document rows built in ${seconds(t)} s; building GIN indexes…`);
const tg = performance.now();
await client.query("SET maintenance_work_mem = '1GB'");
await Promise.all(
  gins.map(async ({ indexdef }) => {
    const c = await pool.connect();
    try {
      await c.query("SET maintenance_work_mem = '512MB'");
      await c.query(indexdef);
    } finally {
      c.release();
    }
  }),
);
log(`GIN indexes in ${seconds(tg)} s.`);
for (const table of ["item", "item_revision", "search_document", "agency", "catalogue_category", "attachment"])
  await client.query(`VACUUM ANALYZE ${table}`);
const {
  rows: [stats],
} = await client.query<{ items: number; public: number; docs: number; size: string }>(
  `SELECT (SELECT count(*)::int FROM item) AS items, (SELECT count(*)::int FROM item WHERE state = 'PUBLISHED') AS public,
          (SELECT count(*)::int FROM search_document) AS docs, pg_size_pretty(pg_total_relation_size('search_document')) AS size`,
);
log(
  `Done in ${seconds(started)} s: ${stats.items} items (${stats.public} published), ${stats.docs} indexed, search_document ${stats.size}.`,
);
client.release();
await pool.end();

async function ensureDatabase(connectionString: string) {
  const target = new URL(connectionString);
  const name = target.pathname.slice(1);
  const admin = new URL(connectionString);
  admin.pathname = "/postgres";
  const c = new pg.Client({ connectionString: admin.toString() });
  await c.connect();
  const { rowCount } = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
  if (!rowCount) await c.query(`CREATE DATABASE "${name.replace(/"/g, "")}"`);
  await c.end();
  return connectionString;
}
