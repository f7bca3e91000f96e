-- Every change the public can see now also notifies every app instance, in the same transaction (PostgreSQL
-- delivers a notification at commit, to every session that LISTENs on the channel): each instance drops the
-- cached pages with these tags (lib/http/page-cache/) and the read models of these scopes
-- (lib/portal/public-cache.ts). The public generation still moves too, for an instance that is not listening.
-- Tags: item:<id>, agency:<code>, catalogue:<code>, report:<code>, portal (portal-wide lists).
-- A payload over PostgreSQL's limit (a bulk import) becomes {"all":true}: every instance drops everything.
CREATE FUNCTION notify_portal(tags text[], scopes text[]) RETURNS void LANGUAGE sql AS $fn$
  SELECT pg_notify('gongkai_portal', CASE WHEN octet_length(payload) > 7900 THEN '{"all":true}' ELSE payload END)
  FROM (SELECT json_build_object('tags', tags, 'scopes', scopes)::text AS payload) p;
$fn$;

-- Any other writer of the public generation (a table added later, e.g. the site's identity shown on every
-- page) notifies too, without tags: every instance drops everything. The triggers below, which send their own
-- tagged notification, move the generation through bump_public_generation_tagged, which marks the moment so
-- that this fallback stays quiet for them.
CREATE FUNCTION bump_public_generation_tagged(agencies uuid[]) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM set_config('gongkai.portal_tagged', 'on', true);
  PERFORM bump_public_generation(agencies);
  PERFORM set_config('gongkai.portal_tagged', '', true);
END;
$fn$;

CREATE FUNCTION public_generation_untagged_notify() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF coalesce(current_setting('gongkai.portal_tagged', true), '') <> 'on' THEN
    PERFORM pg_notify('gongkai_portal', '{"all":true}');
  END IF;
  RETURN NULL;
END;
$fn$;

CREATE TRIGGER public_generation_untagged_notify_insert AFTER INSERT ON "public_generation"
  FOR EACH STATEMENT EXECUTE FUNCTION public_generation_untagged_notify();
CREATE TRIGGER public_generation_untagged_notify_update AFTER UPDATE ON "public_generation"
  FOR EACH STATEMENT EXECUTE FUNCTION public_generation_untagged_notify();

-- Items: the same trigger points and the same "public columns" as the generation (20261128145241_public_cache).
-- An item's page also shows the items it interprets and that interpret it (政策解读 ⇄ policy document).
CREATE OR REPLACE FUNCTION item_rows_public_generation() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  changed uuid[];
  agencies uuid[];
  linked uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(id), array_agg(agency_id), array_agg(interprets_item_id) INTO changed, agencies, linked FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(id), array_agg(agency_id), array_agg(interprets_item_id) INTO changed, agencies, linked FROM old_rows;
  ELSE
    -- Only the columns the portal shows or filters by; a touched updated_at changes nothing public.
    SELECT array_agg(o.id), array_agg(o.agency_id) || array_agg(n.agency_id),
           array_agg(o.interprets_item_id) || array_agg(n.interprets_item_id)
    INTO changed, agencies, linked
    FROM old_rows o JOIN new_rows n ON n.id = o.id
    WHERE (o.state, o.live_revision_id, o.validity, o.validity_changed_on, o.index_number, o.published_on, o.published_at, o.interprets_item_id, o.agency_id)
      IS DISTINCT FROM (n.state, n.live_revision_id, n.validity, n.validity_changed_on, n.index_number, n.published_on, n.published_at, n.interprets_item_id, n.agency_id);
  END IF;
  IF coalesce(cardinality(changed), 0) = 0 THEN
    RETURN NULL;
  END IF;
  agencies := ARRAY(SELECT DISTINCT a FROM unnest(agencies) a);
  PERFORM bump_public_generation_tagged(agencies);
  PERFORM notify_portal(
    ARRAY(
      SELECT 'item:' || x FROM unnest(changed || linked) x WHERE x IS NOT NULL
      UNION SELECT 'item:' || i.id FROM item i WHERE i.interprets_item_id = ANY(changed)
      UNION SELECT 'catalogue:' || a.code FROM agency a WHERE a.id = ANY(agencies)
      UNION SELECT 'portal'),
    ARRAY(SELECT a::text FROM unnest(agencies) a UNION SELECT '*'));
  RETURN NULL;
END;
$fn$;

-- The catalogue tree and the agency's own details (name, contact, active) show on all of its pages.
CREATE OR REPLACE FUNCTION scoped_rows_public_generation() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  column_name text := TG_ARGV[0];
  ids uuid[] := '{}';
  part uuid[];
  codes text[] := '{}';
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    EXECUTE format('SELECT ARRAY(SELECT DISTINCT %I FROM new_rows)', column_name) INTO part;
    ids := ids || part;
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    EXECUTE format('SELECT ARRAY(SELECT DISTINCT %I FROM old_rows)', column_name) INTO part;
    ids := ids || part;
  END IF;
  IF cardinality(ids) = 0 THEN
    RETURN NULL;
  END IF;
  PERFORM bump_public_generation_tagged(ids);
  IF TG_TABLE_NAME = 'agency' THEN
    -- The code itself may have changed: the pages under the old code go too.
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      codes := codes || ARRAY(SELECT code::text FROM new_rows);
    END IF;
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
      codes := codes || ARRAY(SELECT code::text FROM old_rows);
    END IF;
  ELSE
    codes := ARRAY(SELECT code::text FROM agency WHERE id = ANY(ids));
  END IF;
  PERFORM notify_portal(
    ARRAY(SELECT DISTINCT 'agency:' || c FROM unnest(codes) c UNION SELECT 'portal'),
    ARRAY(SELECT DISTINCT i::text FROM unnest(ids) i UNION SELECT '*'));
  RETURN NULL;
END;
$fn$;

-- Annual reports (年度报告): a published version appears, or a report's status moves to or from 已发布.
CREATE FUNCTION report_rows_notify() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  reports uuid[] := '{}';
BEGIN
  IF TG_TABLE_NAME = 'annual_report_version' THEN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      reports := reports || ARRAY(SELECT report_id FROM new_rows);
    END IF;
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
      reports := reports || ARRAY(SELECT report_id FROM old_rows);
    END IF;
  ELSIF TG_OP = 'UPDATE' THEN
    reports := ARRAY(
      SELECT o.id FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o.status = 'PUBLISHED' OR n.status = 'PUBLISHED') AND o.status IS DISTINCT FROM n.status
         OR o.agency_id IS DISTINCT FROM n.agency_id);
  ELSIF TG_OP = 'DELETE' THEN
    reports := ARRAY(SELECT id FROM old_rows WHERE status = 'PUBLISHED');
  END IF;
  IF cardinality(reports) = 0 THEN
    RETURN NULL;
  END IF;
  PERFORM notify_portal(
    ARRAY(
      SELECT DISTINCT 'report:' || a.code FROM annual_report r JOIN agency a ON a.id = r.agency_id WHERE r.id = ANY(reports)
      UNION SELECT 'portal'),
    '{}');
  RETURN NULL;
END;
$fn$;

CREATE TRIGGER annual_report_version_portal_notify_insert AFTER INSERT ON "annual_report_version"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_rows_notify();
CREATE TRIGGER annual_report_version_portal_notify_update AFTER UPDATE ON "annual_report_version"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_rows_notify();
CREATE TRIGGER annual_report_portal_notify_update AFTER UPDATE ON "annual_report"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_rows_notify();
CREATE TRIGGER annual_report_portal_notify_delete AFTER DELETE ON "annual_report"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_rows_notify();
