// Lists of public items in publication order — the portal's catalogue and the open-data item list and
// feeds' pages. The positions come from the search index (one row per public item, kept by database
// triggers; one table holding every filter dimension and the publication time), so a page is one indexed
// read of a few rows whatever the filters and the depth. Joining items to their live revisions to filter
// made PostgreSQL misjudge a category (it cannot know that an agency's items use that agency's
// categories): 45 ms for an agency's page, 0.7–3.9 s for a category across the portal. The rows shown
// are loaded through the visibility policy by the caller; `inPositionOrder` puts them in order and
// repairs the index row of anything the policy did not let through (it is never shown).
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { repairIndexRows, staleRows } from "./index-repair";
import { indexRowFilterSql, type IndexRowFilter } from "./search-filters";

export type PositionFilter = IndexRowFilter;
export type Position = { id: string; publishedAt: Date };

/** Up to `take` positions after `after`, newest first; null when the category does not exist or is not the agency's. */
export async function publicPositions(filter: PositionFilter, after: Position | null, take: number): Promise<Position[] | null> {
  const filters = await indexRowFilterSql(filter);
  if (!filters) return null;
  const from = after ? Prisma.sql`AND (d.published_at, d.item_id) < (${after.publishedAt}::timestamptz, ${after.id}::uuid)` : Prisma.empty;
  const rows = await db.$queryRaw<{ id: string; published_at: Date }[]>`
    SELECT d.item_id AS id, d.published_at FROM search_document d
    WHERE TRUE ${filters.rows} ${from}
    ORDER BY d.published_at DESC, d.item_id DESC LIMIT ${take}`;
  return rows.map((row) => ({ id: row.id, publishedAt: row.published_at }));
}

/**
 * `rows`, loaded through the visibility policy, in the order of `positions`. A position without a row is
 * an index row of an item that is not public: it is rebuilt from its item, which removes it.
 */
export async function inPositionOrder<T extends { id: string }>(positions: Position[], rows: T[]): Promise<T[]> {
  const byId = new Map(rows.map((row) => [row.id, row]));
  await repairIndexRows(staleRows(positions.map((p) => p.id), byId.keys()));
  return positions.flatMap((p) => byId.get(p.id) ?? []);
}
