-- The search's GIN indexes also hold its filters (docs/search.md, "Query plans"). Written by hand.
--
-- Each of title, 文号/关键词 and all terms is indexed together with the China year of the publication, the
-- agency and the 体裁 (btree_gin columns). A filtered search ("these words, of this agency" / "of 2015,
-- 通知") then intersects the words' entries with the filter's inside the index and reads only the
-- matching rows. Without them, an agency's or a year's rows were read one random heap page each
-- (~5,000–13,000 pages) to test the words, and the body's TOASTed terms were decompressed on the way.
-- The year is an equality per year in the queries: a range over a btree_gin column makes the index
-- collect every row of the years first.
-- Like the indexes they replace (20261128160000_search_filters), they are expressions and btree_gin
-- columns, outside what Prisma's schema models; prisma/schema.prisma says so beside SearchDocument.
DROP INDEX "search_document_title_terms_china_year_idx";
CREATE INDEX "search_document_title_terms_filters_idx" ON "search_document" USING GIN (
  "title_terms", (EXTRACT(YEAR FROM "published_at" AT TIME ZONE 'Asia/Shanghai')::int), "agency_id", "genre");

DROP INDEX "search_document_meta_terms_china_year_idx";
CREATE INDEX "search_document_meta_terms_filters_idx" ON "search_document" USING GIN (
  "meta_terms", (EXTRACT(YEAR FROM "published_at" AT TIME ZONE 'Asia/Shanghai')::int), "agency_id", "genre");

DROP INDEX "search_document_all_terms_idx";
CREATE INDEX "search_document_all_terms_filters_idx" ON "search_document" USING GIN (
  "all_terms", (EXTRACT(YEAR FROM "published_at" AT TIME ZONE 'Asia/Shanghai')::int), "agency_id", "genre");
