// Lists of public items in publication order — the portal's catalogue and the open-data item list and
// feeds' pages. The positions come from the search index (one row per public item, kept by database
// triggers; one table holding every filter dimension and the publication time), so a page is one indexed
// read of a few rows whatever the filters and the depth. Joining items to their live revisions to filter
// made PostgreSQL misjudge a category (it cannot know that an agency's items use that agency's
// categories): 45 ms for an agency's page, 0.7–3.9 s for a category across the portal. The rows shown
// are loaded through the visibility policy (publicItemPage).
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { publicItemWhere } from "@/lib/items/visibility";
import { repairIndexRows, staleRows } from "./index-repair";
import { decodeItemCursor, encodeItemCursor } from "./position-cursor";
import { indexRowFilterSql, type IndexRowFilter } from "./search-filters";

export type PositionFilter = IndexRowFilter;
export type Position = { id: string; publishedAt: Date };

/** Up to `take` positions after `after`, newest first; null when the category does not exist or is not the agency's. */
export async function publicPositions(
  filter: PositionFilter,
  after: Position | null,
  take: number,
): Promise<Position[] | null> {
  const filters = await indexRowFilterSql(filter);
  if (!filters) return null;
  const from = after
    ? Prisma.sql`AND (d.published_at, d.item_id) < (${after.publishedAt}::timestamptz, ${after.id}::uuid)`
    : Prisma.empty;
  const rows = await db.$queryRaw<{ id: string; published_at: Date }[]>`
    SELECT d.item_id AS id, d.published_at FROM search_document d
    WHERE TRUE ${filters.rows} ${from}
    ORDER BY d.published_at DESC, d.item_id DESC LIMIT ${take}`;
  return rows.map((row) => ({ id: row.id, publishedAt: row.published_at }));
}

/**
 * A page of public items in publication order: up to `take` after the keyset `cursor`, each loaded with
 * `select` through the visibility policy; `next` is the following page's cursor, or null. A position
 * without a row is an index row of an item that is not public: it is never shown, it is rebuilt from its
 * item (which removes it), and the cursor still moves past it.
 */
export async function publicItemPage<S extends Prisma.ItemSelect & { id: true }>(
  filter: PositionFilter,
  cursor: string | null | undefined,
  take: number,
  select: S,
): Promise<{ rows: Prisma.ItemGetPayload<{ select: S }>[]; next: string | null }> {
  const positions = await publicPositions(filter, cursor ? decodeItemCursor(cursor) : null, take + 1);
  if (!positions) return { rows: [], next: null };
  const onPage = positions.slice(0, take);
  type Row = Prisma.ItemGetPayload<{ select: S }> & { id: string };
  const found = (await db.item.findMany({
    where: { ...publicItemWhere, id: { in: onPage.map((p) => p.id) } },
    select,
  })) as Row[];
  const byId = new Map(found.map((row) => [row.id, row]));
  await repairIndexRows(
    staleRows(
      onPage.map((p) => p.id),
      byId.keys(),
    ),
  );
  const last = onPage[onPage.length - 1];
  return {
    rows: onPage.flatMap((p) => byId.get(p.id) ?? []),
    next: positions.length > take ? encodeItemCursor(last.publishedAt, last.id) : null,
  };
}
