-- CreateTable
CREATE TABLE "public_generation" (
    "scope" VARCHAR(40) NOT NULL,
    "generation" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "public_generation_pkey" PRIMARY KEY ("scope")
);

-- The public generation moves in the same transaction as any change the public can see, so the portal's
-- read cache (lib/portal/public-cache.ts) never serves what a withdrawal or a new publication replaced —
-- on any app instance. Statement-level triggers with transition tables: a bulk import bumps once per agency.
-- A new random value rather than a counter: a generation never repeats, even after the table is emptied
-- or the database restored, so a cache can never mistake an old entry for a current one.
CREATE FUNCTION bump_public_generation(agencies uuid[]) RETURNS void LANGUAGE sql AS $fn$
  INSERT INTO public_generation (scope, generation)
  SELECT scope, (random() * 9.2e18)::bigint FROM (SELECT DISTINCT unnest(agencies)::text AS scope UNION SELECT '*') s
  WHERE array_length(agencies, 1) > 0
  ON CONFLICT (scope) DO UPDATE SET generation = EXCLUDED.generation;
$fn$;

CREATE FUNCTION item_rows_public_generation() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM bump_public_generation(ARRAY(SELECT DISTINCT agency_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM bump_public_generation(ARRAY(SELECT DISTINCT agency_id FROM old_rows));
  ELSE
    -- Only the columns the portal shows or filters by; a touched updated_at changes nothing public.
    PERFORM bump_public_generation(ARRAY(
      SELECT DISTINCT a FROM old_rows o JOIN new_rows n ON n.id = o.id, LATERAL (VALUES (o.agency_id), (n.agency_id)) v(a)
      WHERE (o.state, o.live_revision_id, o.validity, o.validity_changed_on, o.index_number, o.published_on, o.published_at, o.interprets_item_id, o.agency_id)
        IS DISTINCT FROM (n.state, n.live_revision_id, n.validity, n.validity_changed_on, n.index_number, n.published_on, n.published_at, n.interprets_item_id, n.agency_id)));
  END IF;
  RETURN NULL;
END;
$fn$;

CREATE TRIGGER item_public_generation_insert AFTER INSERT ON "item"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION item_rows_public_generation();
CREATE TRIGGER item_public_generation_update AFTER UPDATE ON "item"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION item_rows_public_generation();
CREATE TRIGGER item_public_generation_delete AFTER DELETE ON "item"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION item_rows_public_generation();

-- The catalogue tree and the agency's own details (name, contact, active) show on portal pages too.
CREATE FUNCTION scoped_rows_public_generation() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  column_name text := TG_ARGV[0];
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    EXECUTE format('SELECT bump_public_generation(ARRAY(SELECT DISTINCT %I FROM new_rows))', column_name);
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    EXECUTE format('SELECT bump_public_generation(ARRAY(SELECT DISTINCT %I FROM old_rows))', column_name);
  END IF;
  RETURN NULL;
END;
$fn$;

CREATE TRIGGER catalogue_category_public_generation_insert AFTER INSERT ON "catalogue_category"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION scoped_rows_public_generation('agency_id');
CREATE TRIGGER catalogue_category_public_generation_update AFTER UPDATE ON "catalogue_category"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION scoped_rows_public_generation('agency_id');
CREATE TRIGGER catalogue_category_public_generation_delete AFTER DELETE ON "catalogue_category"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION scoped_rows_public_generation('agency_id');
CREATE TRIGGER agency_public_generation_insert AFTER INSERT ON "agency"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION scoped_rows_public_generation('id');
CREATE TRIGGER agency_public_generation_update AFTER UPDATE ON "agency"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION scoped_rows_public_generation('id');
