-- Search with filters and on deep pages within budget (docs/search.md, "Query plans"). Written by hand.

-- A genre (体裁) filter had no date-ordered path: a year holds ~55,000 index rows, a quarter of them one
-- genre, and finding them meant one random heap page per row of the year.
CREATE INDEX "search_document_genre_published_at_item_id_idx" ON "search_document"("genre", "published_at" DESC, "item_id" DESC);

-- Tiers 1 and 2 on the whole index, newest years first: a GIN index that also holds the China year of
-- the publication (btree_gin, a contrib extension shipped with PostgreSQL, also in the embedded 18), so
-- that "these terms, published in or after 2025" reads only the matching rows of those years instead of
-- every match. They replace the single-column indexes, which the planner would otherwise prefer.
-- The year is an expression (not the `year` column) on purpose: it is exactly the China year of
-- `published_at`, the column results are ordered by, so a search narrowed to recent years returns
-- the same newest rows as the whole index. Prisma's schema cannot express btree_gin columns; expression
-- indexes are outside what it models, so prisma/schema.prisma lists neither.
CREATE EXTENSION IF NOT EXISTS btree_gin;
DROP INDEX "search_document_title_terms_idx";
CREATE INDEX "search_document_title_terms_china_year_idx" ON "search_document"
  USING GIN ("title_terms", (EXTRACT(YEAR FROM "published_at" AT TIME ZONE 'Asia/Shanghai')::int));
DROP INDEX "search_document_meta_terms_idx";
CREATE INDEX "search_document_meta_terms_china_year_idx" ON "search_document"
  USING GIN ("meta_terms", (EXTRACT(YEAR FROM "published_at" AT TIME ZONE 'Asia/Shanghai')::int));
