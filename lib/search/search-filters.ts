// The search's filters (agency, catalogue category, 体裁, year, 有效性) as SQL over the index row d.
import { db } from "@/lib/db";
import { catalogueCategoryScope } from "@/lib/catalogue/category-scope";
import { Prisma } from "@/lib/generated/prisma/client";
import { CHINA_YEAR, chinaYearStart, type SearchFilterSql } from "./ranking";
import type { SearchFilter } from "./search-items";

/** null when a filter names nothing public (an unknown or inactive agency, a category of another agency). */
export async function searchFilterSql(filter: SearchFilter): Promise<SearchFilterSql | null> {
  const parts: Prisma.Sql[] = [];
  let agencyId: string | null = null;
  if (filter.agency) {
    const agency = await db.agency.findFirst({ where: { code: filter.agency, active: true }, select: { id: true } });
    if (!agency) return null;
    agencyId = agency.id;
  }
  if (filter.category) {
    // A catalogue category belongs to one agency: filtering by it is also filtering by that agency, which
    // the indexes can use (the category alone has no index of its own).
    const scope = await catalogueCategoryScope(filter.category);
    if (!scope || (agencyId && scope.agencyId !== agencyId)) return null;
    agencyId = scope.agencyId;
    parts.push(Prisma.sql`AND d.category_id = ANY (${scope.categoryIds}::uuid[])`);
  }
  if (agencyId) parts.push(Prisma.sql`AND d.agency_id = ${agencyId}::uuid`);
  if (filter.genre) parts.push(Prisma.sql`AND d.genre = ${filter.genre}::genre`);
  if (filter.validity) parts.push(Prisma.sql`AND d.validity = ${filter.validity}::validity`);
  // A year is a range on the published time for the date-ordered btree scans, and the China year (the
  // same rows) for the GIN indexes. Never both in one statement: PostgreSQL would take them for
  // independent conditions, expect 20× fewer rows than there are, and sort a whole year where an ordered
  // scan stops after a few hundred rows.
  const common = parts.length ? Prisma.join(parts, " ") : Prisma.empty;
  if (!filter.year) return { rows: common, index: common };
  return {
    rows: Prisma.sql`${common} AND d.published_at >= ${chinaYearStart(filter.year)}::timestamptz AND d.published_at < ${chinaYearStart(filter.year + 1)}::timestamptz`,
    index: Prisma.sql`${common} AND ${CHINA_YEAR} = ${filter.year}::int`,
    year: filter.year,
  };
}
