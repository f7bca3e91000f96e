// sitemap.xml (sitemaps.org 0.9): an index of sub-sitemaps — the portal's pages, then the public items
// in chunks of at most 50,000 URLs — so a million items stay within the protocol's limits. Item chunks
// are keyset ranges of the id (uuid v7, so time-ordered: new items land in the last chunk), located by
// one pass over the public items; each chunk is streamed in batches instead of being built in memory.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { publicItemSql } from "@/lib/items/visibility";
import { listPublicAgencies } from "@/lib/agencies/queries";
import { listPublishedReports } from "@/lib/reports/public/queries";
import { agencyReportsHref, reportHref } from "@/lib/reports/public/links";
import { xmlEscape } from "./xml";

export const SITEMAP_MAX_URLS = 50_000;
const BATCH = 5_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const SITEMAP_CONTENT_TYPE = "application/xml; charset=utf-8";

const HEAD = `<?xml version="1.0" encoding="UTF-8"?>\n`;

/** The first id of each chunk of `size` public items, in id order. */
export async function itemChunkStarts(size = SITEMAP_MAX_URLS): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM (
      SELECT i.id, row_number() OVER (ORDER BY i.id) AS n
      FROM item i JOIN item_revision r ON r.id = i.live_revision_id JOIN agency a ON a.id = i.agency_id
      WHERE ${publicItemSql}
    ) t WHERE (t.n - 1) % ${size} = 0 ORDER BY id`;
  return rows.map((r) => r.id);
}

/** The index: the pages sitemap, then one sitemap per item chunk. */
export async function sitemapIndex(base: string, size = SITEMAP_MAX_URLS): Promise<string> {
  const starts = await itemChunkStarts(size);
  const locs = [`${base}/sitemap.xml?part=pages`, ...starts.map((id) => `${base}/sitemap.xml?part=items&from=${id}`)];
  return `${HEAD}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${locs.map((loc) => `<sitemap><loc>${xmlEscape(loc)}</loc></sitemap>`).join("\n")}\n</sitemapindex>\n`;
}

const url = (loc: string, lastmod?: Date | null) =>
  `<url><loc>${xmlEscape(loc)}</loc>${lastmod ? `<lastmod>${lastmod.toISOString()}</lastmod>` : ""}</url>`;

/**
 * The portal's own pages: home, sections, each active agency's guide and catalogue, and the published annual
 * reports (only published versions are ever listed: lib/reports/public/queries.ts).
 */
export async function pagesSitemap(base: string): Promise<string> {
  const [agencies, reports] = await Promise.all([listPublicAgencies(), listPublishedReports()]);
  const entries: { loc: string; lastmod?: Date }[] = [
    ...["/", "/guide", "/catalogue", "/requests", "/reports"].map((path) => ({
      loc: `${base}${path === "/" ? "/" : path}`,
    })),
    ...agencies.flatMap((a) => [
      { loc: `${base}/guide/${encodeURIComponent(a.code)}` },
      { loc: `${base}/catalogue/${encodeURIComponent(a.code)}` },
    ]),
    ...reports.flatMap(({ agency, reports: published }) => [
      { loc: `${base}${agencyReportsHref(agency.code)}` },
      ...published.map((r) => ({
        loc: `${base}${reportHref({ agencyCode: agency.code, year: r.year, scope: r.scope })}`,
        lastmod: new Date(`${r.publishedOn}T00:00:00+08:00`),
      })),
    ]),
  ];
  return `${HEAD}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.map((e) => url(e.loc, e.lastmod)).join("\n")}\n</urlset>\n`;
}

type ItemRow = { id: string; lastmod: Date | null };

/** Up to `limit` public items from id `from` (inclusive), with the last change of their public content. */
async function itemBatch(from: string, inclusive: boolean, limit: number): Promise<ItemRow[]> {
  const bound = inclusive ? Prisma.sql`i.id >= ${from}::uuid` : Prisma.sql`i.id > ${from}::uuid`;
  return db.$queryRaw<ItemRow[]>`
    SELECT i.id, GREATEST(r.approved_at, i.published_at, i.validity_changed_on::timestamptz) AS lastmod
    FROM item i JOIN item_revision r ON r.id = i.live_revision_id JOIN agency a ON a.id = i.agency_id
    WHERE ${publicItemSql} AND ${bound}
    ORDER BY i.id LIMIT ${limit}`;
}

/**
 * The sitemap of the chunk starting at item `from`: a stream of at most `size` item URLs. Null when
 * `from` is not an id (the route answers 404).
 */
export function itemsSitemapStream(
  base: string,
  from: string,
  size = SITEMAP_MAX_URLS,
): ReadableStream<Uint8Array> | null {
  if (!UUID.test(from)) return null;
  const encoder = new TextEncoder();
  let sent = 0;
  let cursor = from;
  let first = true;
  let done = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`${HEAD}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n`));
    },
    async pull(controller) {
      if (done) return;
      const rows = await itemBatch(cursor, first, Math.min(BATCH, size - sent));
      first = false;
      if (rows.length) {
        controller.enqueue(encoder.encode(`${rows.map((r) => url(`${base}/items/${r.id}`, r.lastmod)).join("\n")}\n`));
        sent += rows.length;
        cursor = rows[rows.length - 1]!.id;
      }
      if (rows.length === 0 || sent >= size) {
        done = true;
        controller.enqueue(encoder.encode("</urlset>\n"));
        controller.close();
      }
    },
  });
}
