// Public page throughput against a running server (issue 12 item 5): with wrk (Debian's package, installed
// with apt-get when missing), 16 connections, each page type as a ratio to a static file of similar size sent
// by the same server in the same run, with the machine's load average before and after each measurement.
// Pages: an item page, the same over many items (from the sitemap), home, an agency's catalogue, its
// 公开指南 and a report page — all found by following the portal's own links, so any database will do
// (the demo data of `npm start` as well as the 1,000,000 items of bench:generate).
//
//   npm run bench:pages -- --base-url http://127.0.0.1:3000 [--next-dir .next] [--connections 16] [--duration 10]
// (bench:run runs it too when given --base-url.)
import { spawnSync } from "node:child_process";
import { readdirSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureDebianProgram } from "../lib/debian-package";

const WRK = process.env.WRK_PATH || "/usr/bin/wrk";

export type PageThroughputOptions = { base: string; nextDir: string; connections: number; durationSeconds: number };

type Measured = { rps: number; p50: string; p99: string; errors: number; load: string };

function loadAverage(): string {
  return os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(" ");
}

/** Runs wrk against `url` (or the paths of `script`), returning requests per second and latencies. */
function wrk(url: string, options: PageThroughputOptions, script?: string): Measured {
  const before = loadAverage();
  const args = [
    "-t2",
    `-c${options.connections}`,
    `-d${options.durationSeconds}s`,
    "--latency",
    ...(script ? ["-s", script] : []),
    url,
  ];
  const result = spawnSync(WRK, args, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`wrk failed: ${result.stderr || result.stdout}`);
  const out = result.stdout;
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? 0);
  const p50 = /\s50%\s+(\S+)/.exec(out)?.[1] ?? "?";
  const p99 = /\s99%\s+(\S+)/.exec(out)?.[1] ?? "?";
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0);
  const socketErrors = /Socket errors: (.*)/.exec(out)?.[1];
  const errors =
    non2xx + (socketErrors ? socketErrors.split(",").reduce((n, part) => n + Number(part.replace(/\D/g, "")), 0) : 0);
  return { rps, p50, p99, errors, load: `${before} → ${loadAverage()}` };
}

async function text(url: string, retry = true): Promise<string> {
  // A kept-alive connection the server closed after a wrk run: try once more on a new one.
  const response = await fetch(url, { headers: { "accept-encoding": "identity" } }).catch((error: unknown) => {
    if (retry) return undefined;
    throw error;
  });
  if (!response) return text(url, false);
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  return response.text();
}

const firstLink = (html: string, pattern: RegExp) => pattern.exec(html)?.[0];

/** The pages to measure, found through the portal's links. */
async function findPages(base: string) {
  const catalogueIndex = await text(`${base}/catalogue`);
  // The first agency whose catalogue lists an item.
  let catalogue: string | undefined;
  let item: string | undefined;
  for (const [link] of catalogueIndex.matchAll(/\/catalogue\/[^"?#/]+(?=")/g)) {
    item = firstLink(await text(`${base}${link}`), /\/items\/[0-9a-f-]{36}(?=")/);
    if (item) {
      catalogue = link;
      break;
    }
  }
  if (!catalogue || !item) throw new Error("No agency catalogue linked from /catalogue lists an item.");
  const code = catalogue.split("/")[2];
  const reports = await text(`${base}/reports/${code}`);
  const report = firstLink(reports, new RegExp(`/reports/${code}/\\d{4}(?=")`));
  let sitemap = await text(`${base}/sitemap.xml`);
  // A sitemap index: the first part that lists items.
  const part = /<loc>[^<]*(\/sitemap\.xml\?part=items[^<]*)<\/loc>/.exec(sitemap)?.[1];
  if (part) sitemap = await text(`${base}${part.replaceAll("&amp;", "&")}`);
  const items = [...sitemap.matchAll(/\/items\/[0-9a-f-]{36}/g)].map((match) => match[0]).slice(0, 1000);
  return { item, items, catalogue, guide: `/guide/${code}`, report };
}

/** A static file of the build, of the size closest to `bytes`. */
function staticFileNear(nextDir: string, bytes: number): { path: string; size: number } {
  const chunksDir = path.join(nextDir, "static", "chunks");
  const files = readdirSync(chunksDir)
    .filter((f) => f.endsWith(".js"))
    .map((f) => ({ path: `/_next/static/chunks/${f}`, size: statSync(path.join(chunksDir, f)).size }));
  return files.sort((a, b) => Math.abs(a.size - bytes) - Math.abs(b.size - bytes))[0];
}

export async function pageThroughput(options: PageThroughputOptions) {
  const ensured = ensureDebianProgram({
    path: WRK,
    pkg: "wrk",
    override: "WRK_PATH",
    rerun: "npm run bench:pages",
    log: (line) => console.log(`[bench] ${line}`),
  });
  if (!ensured.ok) throw new Error(ensured.why);
  const base = options.base.replace(/\/$/, "");
  const pages = await findPages(base);
  const targets: [string, string, string?][] = [
    ["item page", pages.item],
    ["home", "/"],
    ["catalogue page", pages.catalogue],
    ["公开指南", pages.guide],
    ...(pages.report ? ([["report page", pages.report]] as [string, string][]) : []),
  ];
  let script: string | undefined;
  if (pages.items.length > 1) {
    // Many different item pages, in turn (the first request of each is a render, then the cache serves it).
    script = path.join(os.tmpdir(), `gongkai-bench-items-${process.pid}.lua`);
    writeFileSync(
      script,
      `local paths = {${pages.items.map((p) => JSON.stringify(p)).join(",")}}\nlocal i = 0\n` +
        "request = function()\n  i = i + 1\n  return wrk.format(nil, paths[(i % #paths) + 1])\nend\n",
    );
    targets.splice(1, 0, [`item pages (${pages.items.length} different)`, pages.items[0], script]);
  }
  console.log(
    `\nPublic page throughput: wrk, ${options.connections} connections, ${options.durationSeconds} s each, ` +
      `${os.cpus().length} cores; each page against a static file of similar size, same server, same run`,
  );
  console.log(
    `${"page".padEnd(30)} ${"bytes".padStart(7)} ${"req/s".padStart(8)} ${"p50".padStart(8)} ${"p99".padStart(8)} ` +
      `${"static req/s".padStart(12)} ${"ratio".padStart(6)} errors  load average (1, 5, 15 min) during`,
  );
  const rows: { label: string; ratio: number }[] = [];
  for (const [label, pagePath, lua] of targets) {
    const body = await text(`${base}${pagePath}`); // also warms the cache
    const bytes = Buffer.byteLength(body);
    const file = staticFileNear(options.nextDir, bytes);
    const page = wrk(`${base}${pagePath}`, options, lua);
    const staticFile = wrk(`${base}${file.path}`, options);
    const ratio = page.rps / staticFile.rps;
    rows.push({ label, ratio });
    console.log(
      `${label.padEnd(30)} ${String(bytes).padStart(7)} ${page.rps.toFixed(0).padStart(8)} ${page.p50.padStart(8)} ` +
        `${page.p99.padStart(8)} ${staticFile.rps.toFixed(0).padStart(12)} ${ratio.toFixed(2).padStart(6)} ` +
        `${String(page.errors + staticFile.errors).padStart(6)}  ${page.load} | ${staticFile.load}`,
    );
  }
  const item = rows[0];
  console.log(
    `Budget: item page ≥ 50 % of the static file — ${(item.ratio * 100).toFixed(0)} %: ${item.ratio >= 0.5 ? "met" : "NOT met"}`,
  );
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { parseArgs } = await import("node:util");
  const { values } = parseArgs({
    options: {
      "base-url": { type: "string" },
      "next-dir": { type: "string", default: ".next" },
      connections: { type: "string", default: "16" },
      duration: { type: "string", default: "10" },
    },
  });
  if (!values["base-url"]) {
    console.error("Give --base-url: a built server (npm start, or scripts/server.ts) on any database.");
    process.exit(1);
  }
  await pageThroughput({
    base: values["base-url"],
    nextDir: values["next-dir"],
    connections: Number(values.connections),
    durationSeconds: Number(values.duration),
  });
}
