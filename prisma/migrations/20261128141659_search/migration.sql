-- CreateTable
CREATE TABLE "search_document" (
    "item_id" UUID NOT NULL,
    "revision_id" UUID NOT NULL,
    "agency_id" UUID NOT NULL,
    "category_id" UUID,
    "category_parent_id" UUID,
    "genre" "genre" NOT NULL,
    "validity" "validity" NOT NULL,
    "year" INTEGER NOT NULL,
    "published_at" TIMESTAMPTZ(3) NOT NULL,
    "title_terms" tsvector NOT NULL,
    "meta_terms" tsvector NOT NULL,
    "all_terms" tsvector NOT NULL,

    CONSTRAINT "search_document_pkey" PRIMARY KEY ("item_id")
);

-- CreateIndex
CREATE INDEX "search_document_published_at_item_id_idx" ON "search_document"("published_at" DESC, "item_id" DESC);

-- CreateIndex
CREATE INDEX "search_document_agency_id_published_at_idx" ON "search_document"("agency_id", "published_at" DESC);

-- CreateIndex
CREATE INDEX "search_document_title_terms_idx" ON "search_document" USING GIN ("title_terms");

-- CreateIndex
CREATE INDEX "search_document_meta_terms_idx" ON "search_document" USING GIN ("meta_terms");

-- CreateIndex
CREATE INDEX "search_document_all_terms_idx" ON "search_document" USING GIN ("all_terms");

-- AddForeignKey
ALTER TABLE "search_document" ADD CONSTRAINT "search_document_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ───────────── Hand-written: tokeniser, index maintenance by triggers, backfill (docs/search.md) ─────────────

-- Chinese has no spaces, and zhparser/jieba are not available: every run of CJK ideographs becomes its
-- overlapping character bigrams followed by its last character alone ("安全生产" → 安全 全生 生产 产), so
-- that any two-character query is an exact lexeme, a longer one a phrase of bigrams (`<->`), and a single
-- character a prefix query. Runs of ASCII letters and digits stay whole words (2018, 5, pdf). Everything
-- else (punctuation, 〔〕, spaces) only separates. lib/search/tokenize.ts is the TypeScript twin for queries.
-- Implemented with regular expressions rather than a loop: about 0.3 ms for 400 characters.
CREATE FUNCTION search_tokens(source text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
  SELECT regexp_replace(                                   -- 5. pairs: "abbcc" → "ab bc c"
           regexp_replace(                                 -- 4. drop the first char of each run: " aabbcc" → " abbcc"
             regexp_replace(                               -- 3. double every ideograph: "abc" → "aabbcc"
               regexp_replace(                             -- 2. a space before and after each CJK run
                 regexp_replace(lower(normalize(coalesce(source, ''), NFKC)), '[^a-z0-9\u3400-\u4dbf\u4e00-\u9fff]+', ' ', 'g'), -- 1.
                 '([\u3400-\u4dbf\u4e00-\u9fff]+)', ' \1 ', 'g'),
               '([\u3400-\u4dbf\u4e00-\u9fff])', '\1\1', 'g'),
             ' [\u3400-\u4dbf\u4e00-\u9fff]', ' ', 'g'),
           '([\u3400-\u4dbf\u4e00-\u9fff]{2})', '\1 ', 'g')
$fn$;

CREATE FUNCTION search_terms(source text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
  SELECT to_tsvector('simple', search_tokens(source))
$fn$;

-- (Re)builds the rows of the given items: deleted, then inserted again for those that are public now.
-- Which items get a row follows lib/items/visibility.ts (publicItemSql); searches apply that policy
-- again at query time, so this copy only decides what is indexed, never what is shown.
CREATE FUNCTION search_document_refresh(item_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  DELETE FROM search_document WHERE item_id = ANY (item_ids);
  INSERT INTO search_document (item_id, revision_id, agency_id, category_id, category_parent_id, genre, validity, year,
                               published_at, title_terms, meta_terms, all_terms)
  SELECT i.id, r.id, i.agency_id, r.catalogue_category_id, c.parent_id, r.genre, i.validity,
         EXTRACT(YEAR FROM coalesce(i.published_on, (i.published_at AT TIME ZONE 'Asia/Shanghai')::date))::int,
         coalesce(i.published_at, i.created_at),
         t.title, t.title || t.meta,
         setweight(t.title, 'A') || setweight(t.meta, 'B') || setweight(t.body, 'C') || setweight(t.files, 'D')
  FROM item i
  JOIN item_revision r ON r.id = i.live_revision_id
  JOIN agency a ON a.id = i.agency_id
  LEFT JOIN catalogue_category c ON c.id = r.catalogue_category_id
  CROSS JOIN LATERAL (
    SELECT search_terms(r.title) AS title,
           search_terms(r.document_number || ' ' || array_to_string(r.keywords, ' ')) AS meta,
           search_terms(left(r.summary || ' ' || r.body_markdown, 200000)) AS body,
           search_terms(left((SELECT string_agg(x.text, ' ' ORDER BY x.sort_order) FROM attachment x WHERE x.revision_id = r.id), 200000)) AS files
  ) t
  WHERE i.id = ANY (item_ids)
    AND i.state = 'PUBLISHED' AND i.index_number IS NOT NULL AND r.disclosure = 'PROACTIVE' AND r.status = 'APPROVED' AND a.active;
END
$fn$;

CREATE FUNCTION search_document_on_item() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM search_document_refresh(ARRAY[NEW.id]);
  RETURN NULL;
END
$fn$;
CREATE TRIGGER search_document_item_insert AFTER INSERT ON item
  FOR EACH ROW EXECUTE FUNCTION search_document_on_item();
CREATE TRIGGER search_document_item_update AFTER UPDATE ON item
  FOR EACH ROW WHEN (
    OLD.state IS DISTINCT FROM NEW.state OR OLD.live_revision_id IS DISTINCT FROM NEW.live_revision_id
    OR OLD.index_number IS DISTINCT FROM NEW.index_number OR OLD.published_at IS DISTINCT FROM NEW.published_at
    OR OLD.published_on IS DISTINCT FROM NEW.published_on OR OLD.validity IS DISTINCT FROM NEW.validity
    OR OLD.agency_id IS DISTINCT FROM NEW.agency_id)
  EXECUTE FUNCTION search_document_on_item();

-- A live revision whose content or status changes (approved revisions are not edited today; this keeps it true if they ever are).
CREATE FUNCTION search_document_on_revision() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF EXISTS (SELECT 1 FROM item WHERE live_revision_id = NEW.id) THEN
    PERFORM search_document_refresh(ARRAY[NEW.item_id]);
  END IF;
  RETURN NULL;
END
$fn$;
CREATE TRIGGER search_document_revision_update AFTER UPDATE ON item_revision
  FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*)
  EXECUTE FUNCTION search_document_on_revision();

-- Attachment text (extracted from PDFs) added, changed or removed on a live revision.
CREATE FUNCTION search_document_on_attachment() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  changed uuid[] := ARRAY(SELECT DISTINCT x FROM unnest(ARRAY[
    CASE WHEN TG_OP <> 'INSERT' THEN OLD.revision_id END,
    CASE WHEN TG_OP <> 'DELETE' THEN NEW.revision_id END]) x WHERE x IS NOT NULL);
  items uuid[] := ARRAY(SELECT id FROM item WHERE live_revision_id = ANY (changed));
BEGIN
  IF cardinality(items) > 0 THEN
    PERFORM search_document_refresh(items);
  END IF;
  RETURN NULL;
END
$fn$;
CREATE TRIGGER search_document_attachment_change AFTER INSERT OR UPDATE OR DELETE ON attachment
  FOR EACH ROW EXECUTE FUNCTION search_document_on_attachment();

-- An agency deactivated or reactivated: all its items leave or rejoin the index.
CREATE FUNCTION search_document_on_agency() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM search_document_refresh(ARRAY(SELECT id FROM item WHERE agency_id = NEW.id));
  RETURN NULL;
END
$fn$;
CREATE TRIGGER search_document_agency_active AFTER UPDATE ON agency
  FOR EACH ROW WHEN (OLD.active IS DISTINCT FROM NEW.active)
  EXECUTE FUNCTION search_document_on_agency();

-- A catalogue category moved under another parent: the "category or its parent" filter follows.
CREATE FUNCTION search_document_on_category() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  UPDATE search_document SET category_parent_id = NEW.parent_id WHERE category_id = NEW.id;
  RETURN NULL;
END
$fn$;
CREATE TRIGGER search_document_category_parent AFTER UPDATE ON catalogue_category
  FOR EACH ROW WHEN (OLD.parent_id IS DISTINCT FROM NEW.parent_id)
  EXECUTE FUNCTION search_document_on_category();

-- Items that are already public.
SELECT search_document_refresh(ARRAY(SELECT id FROM item));
