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
import { catalogueCategoryScope } from "@/lib/catalogue/category-scope";
import { repairIndexRows, staleRows } from "./index-repair";
import { chinaYearStart } from "./ranking";

export type PositionFilter = {
  agencyId?: string;
  /** A catalogue category: itself and its sub-categories (lib/catalogue/category-scope.ts). */
  category?: string;
  subject?: string;
  genre?: string;
  validity?: string;
  /** The year of publication (China time). */
  year?: number;
};
export type Position = { id: string; publishedAt: Date };

/**
 * Up to `take` positions after `after`, newest first; null when the category does not exist or is not
 * the agency's. Filter values must already be validated (they are compared, never interpreted).
 */
export async function publicPositions(filter: PositionFilter, after: Position | null, take: number): Promise<Position[] | null> {
  const parts: Prisma.Sql[] = [];
  let agencyId = filter.agencyId;
  if (filter.category) {
    // A category belongs to one agency: filtering by it also filters by the agency, which the indexes use.
    const scope = await catalogueCategoryScope(filter.category);
    if (!scope || (agencyId && scope.agencyId !== agencyId)) return null;
    agencyId = scope.agencyId;
    parts.push(Prisma.sql`AND d.category_id = ANY (${scope.categoryIds}::uuid[])`);
  }
  if (agencyId) parts.push(Prisma.sql`AND d.agency_id = ${agencyId}::uuid`);
  if (filter.subject) parts.push(Prisma.sql`AND d.subject_category = ${filter.subject}`);
  if (filter.genre) parts.push(Prisma.sql`AND d.genre = ${filter.genre}::genre`);
  if (filter.validity) parts.push(Prisma.sql`AND d.validity = ${filter.validity}::validity`);
  // A range of the publication time, where the date-ordered indexes start (the same rows as d.year).
  if (filter.year) {
    parts.push(Prisma.sql`AND d.published_at >= ${chinaYearStart(filter.year)}::timestamptz AND d.published_at < ${chinaYearStart(filter.year + 1)}::timestamptz`);
  }
  if (after) parts.push(Prisma.sql`AND (d.published_at, d.item_id) < (${after.publishedAt}::timestamptz, ${after.id}::uuid)`);
  const rows = await db.$queryRaw<{ id: string; published_at: Date }[]>`
    SELECT d.item_id AS id, d.published_at FROM search_document d
    WHERE TRUE ${parts.length ? Prisma.join(parts, " ") : Prisma.empty}
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
