// Filters over the search index's row d (agency, catalogue category, 主题分类, 体裁, 有效性, year), for the
// search's ranking and for the lists in publication order (public-positions.ts) alike.
import { db } from "@/lib/db";
import { catalogueCategoryScope } from "@/lib/catalogue/category-scope";
import { Prisma } from "@/lib/generated/prisma/client";
import { CHINA_YEAR, publishedInYear, type SearchFilterSql } from "./ranking";
import type { SearchFilter } from "./search-items";

/** Values must already be validated: they are compared, never interpreted. */
export type IndexRowFilter = {
  agencyId?: string;
  /** A catalogue category: itself and its sub-categories (lib/catalogue/category-scope.ts). */
  category?: string;
  subject?: string;
  genre?: string;
  validity?: string;
  /** The year of publication (China time). */
  year?: number;
};

/**
 * The filters as SQL: `rows` for a date-ordered btree scan, `index` for the GIN indexes; null when the
 * category does not exist or is not the agency's.
 */
export async function indexRowFilterSql(filter: IndexRowFilter): Promise<SearchFilterSql | null> {
  const parts: Prisma.Sql[] = [];
  let agencyId = filter.agencyId;
  if (filter.category) {
    // A catalogue category belongs to one agency: filtering by it is also filtering by that agency, which
    // the indexes can use (the category alone has no index of its own).
    const scope = await catalogueCategoryScope(filter.category);
    if (!scope || (agencyId && scope.agencyId !== agencyId)) return null;
    agencyId = scope.agencyId;
    parts.push(Prisma.sql`AND d.category_id = ANY (${scope.categoryIds}::uuid[])`);
  }
  if (agencyId) parts.push(Prisma.sql`AND d.agency_id = ${agencyId}::uuid`);
  if (filter.subject) parts.push(Prisma.sql`AND d.subject_category = ${filter.subject}`);
  if (filter.genre) parts.push(Prisma.sql`AND d.genre = ${filter.genre}::genre`);
  if (filter.validity) parts.push(Prisma.sql`AND d.validity = ${filter.validity}::validity`);
  // A year is a range on the published time for the date-ordered btree scans, and the China year (the
  // same rows) for the GIN indexes. Never both in one statement: PostgreSQL would take them for
  // independent conditions, expect 20× fewer rows than there are, and sort a whole year where an ordered
  // scan stops after a few hundred rows.
  const common = parts.length ? Prisma.join(parts, " ") : Prisma.empty;
  if (!filter.year) return { rows: common, index: common };
  return {
    rows: Prisma.sql`${common} ${publishedInYear(filter.year)}`,
    index: Prisma.sql`${common} AND ${CHINA_YEAR} = ${filter.year}::int`,
    year: filter.year,
  };
}

/** The search's filters (the agency by its code); null when one names nothing public (an unknown or inactive agency…). */
export async function searchFilterSql(filter: SearchFilter): Promise<SearchFilterSql | null> {
  let agencyId: string | undefined;
  if (filter.agency) {
    const agency = await db.agency.findFirst({ where: { code: filter.agency, active: true }, select: { id: true } });
    if (!agency) return null;
    agencyId = agency.id;
  }
  return indexRowFilterSql({
    agencyId,
    category: filter.category,
    genre: filter.genre,
    validity: filter.validity,
    year: filter.year,
  });
}
