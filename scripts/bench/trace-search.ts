// One search on the benchmark database, statement by statement: which plan steps of lib/search/ranking.ts
// ran and what each cost (the second of two runs, so caches are warm). For tuning, see docs/search.md.
//   npx tsx scripts/bench/trace-search.ts --database-url postgresql://…/gongkai_bench [--agency CODE]
//        [--year 2015] [--genre NOTICE] [--page 50] [--summary] 安全生产 2019 …
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import type { Db } from "@/lib/db";

const { values, positionals: queries } = parseArgs({
  allowPositionals: true,
  options: {
    "database-url": {
      type: "string",
      default: process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/gongkai_bench",
    },
    agency: { type: "string" },
    year: { type: "string" },
    genre: { type: "string" },
    page: { type: "string", default: "1" },
    summary: { type: "boolean", default: false },
  },
});
process.env.DATABASE_URL = values["database-url"];
const { PrismaPg } = await import("@prisma/adapter-pg");
const { PrismaClient } = await import("@/lib/generated/prisma/client");
const { withDatabase } = await import("@/lib/db");
const { searchItems, parseSearchParams } = await import("@/lib/search/search-items");

const client = new PrismaClient({
  adapter: new PrismaPg({ connectionString: values["database-url"] }),
  log: [{ emit: "event", level: "query" }],
});
const statements: { ms: number; sql: string; params: string }[] = [];
client.$on("query", (e) => statements.push({ ms: e.duration, sql: e.query.replace(/\s+/g, " "), params: e.params }));

const filterParams = { agency: values.agency, year: values.year, genre: values.genre, page: values.page };
for (const q of queries) {
  const params = parseSearchParams({ ...filterParams, q });
  let elapsed = 0;
  let outcome: Awaited<ReturnType<typeof searchItems>> | undefined;
  for (let run = 0; run < 2; run++) {
    statements.length = 0;
    const start = performance.now();
    outcome = await withDatabase(client as unknown as Db, () => searchItems(params));
    elapsed = performance.now() - start;
  }
  const found =
    outcome?.kind === "results"
      ? `${outcome.total}${outcome.totalIsLowerBound ? "+" : ""} results, ${outcome.hits.length} shown`
      : outcome?.kind;
  if (values.summary) {
    console.log(
      `${q.padEnd(8)} ${elapsed.toFixed(1).padStart(7)} ms  ${found}  |  ${statements.map((s) => s.ms.toFixed(1)).join(" ")}`,
    );
    continue;
  }
  console.log(`\n== ${q} ${JSON.stringify(params.filter)} page ${params.page}: ${elapsed.toFixed(1)} ms, ${found}`);
  for (const s of statements)
    console.log(`${s.ms.toFixed(1).padStart(7)} ms  ${s.sql.slice(0, 220)}  ${s.params.slice(0, 120)}`);
}
await client.$disconnect();
