-- CreateTable
CREATE TABLE "webhook_endpoint" (
    "id" UUID NOT NULL,
    "agency_id" UUID NOT NULL,
    "url" VARCHAR(500) NOT NULL,
    "description" VARCHAR(200) NOT NULL,
    "secret" VARCHAR(64) NOT NULL,
    "events" TEXT[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "webhook_endpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_delivery" (
    "id" UUID NOT NULL,
    "endpoint_id" UUID NOT NULL,
    "event" VARCHAR(40) NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "outbox_status" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_error" VARCHAR(500),
    "last_status" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),

    CONSTRAINT "webhook_delivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "webhook_endpoint_agency_id_idx" ON "webhook_endpoint"("agency_id");

-- CreateIndex
CREATE INDEX "webhook_delivery_status_next_attempt_at_idx" ON "webhook_delivery"("status", "next_attempt_at");

-- CreateIndex
CREATE INDEX "webhook_delivery_endpoint_id_created_at_idx" ON "webhook_delivery"("endpoint_id", "created_at");

-- AddForeignKey
ALTER TABLE "webhook_endpoint" ADD CONSTRAINT "webhook_endpoint_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhook_delivery" ADD CONSTRAINT "webhook_delivery_endpoint_id_fkey" FOREIGN KEY ("endpoint_id") REFERENCES "webhook_endpoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The webhook outbox is filled by triggers, in the same transaction as the change it reports: an event is
-- delivered if and only if the change committed, whichever code path (console, API, import, SQL) made it.
-- Only what the public may see is ever reported: item.published requires exactly the portal's visibility
-- (lib/items/visibility.ts publicItemSql: published, numbered, live revision 主动公开 and approved, agency
-- active); a withheld (不予公开) item never produces an event, and item.withdrawn carries no content.
CREATE FUNCTION enqueue_webhook(agency uuid, event_type text, body jsonb) RETURNS void LANGUAGE sql AS $fn$
  INSERT INTO webhook_delivery (id, endpoint_id, event, payload)
  SELECT gen_random_uuid(), e.id, event_type,
         body || jsonb_build_object('event', event_type, 'occurredAt', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
  FROM webhook_endpoint e
  WHERE e.agency_id = agency AND e.active AND event_type = ANY (e.events);
$fn$;

CREATE FUNCTION item_rows_webhooks() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  row record;
BEGIN
  -- Published, or a new live revision of a published item (a revision is news to an integrator too).
  FOR row IN
    SELECT n.id, n.agency_id, n.index_number, n.published_on, r.title, a.code
    FROM new_rows n
    LEFT JOIN old_rows o ON o.id = n.id
    JOIN item_revision r ON r.id = n.live_revision_id
    JOIN agency a ON a.id = n.agency_id
    WHERE n.state = 'PUBLISHED' AND n.index_number IS NOT NULL AND r.disclosure = 'PROACTIVE' AND r.status = 'APPROVED'
      AND a.active
      AND (o.id IS NULL OR o.state IS DISTINCT FROM n.state OR o.live_revision_id IS DISTINCT FROM n.live_revision_id)
  LOOP
    PERFORM enqueue_webhook(row.agency_id, 'item.published', jsonb_build_object(
      'item', jsonb_build_object('id', row.id, 'indexNumber', row.index_number, 'title', row.title,
        'publishedOn', row.published_on, 'agencyCode', row.code, 'path', '/items/' || row.id)));
  END LOOP;
  FOR row IN
    SELECT n.id, n.agency_id, n.index_number, a.code
    FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN agency a ON a.id = n.agency_id
    WHERE n.state = 'WITHDRAWN' AND o.state = 'PUBLISHED'
  LOOP
    PERFORM enqueue_webhook(row.agency_id, 'item.withdrawn', jsonb_build_object(
      'item', jsonb_build_object('id', row.id, 'indexNumber', row.index_number, 'agencyCode', row.code,
        'path', '/items/' || row.id)));
  END LOOP;
  RETURN NULL;
END;
$fn$;

CREATE FUNCTION item_insert_webhooks() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  row record;
BEGIN
  FOR row IN
    SELECT n.id, n.agency_id, n.index_number, n.published_on, r.title, a.code
    FROM new_rows n JOIN item_revision r ON r.id = n.live_revision_id JOIN agency a ON a.id = n.agency_id
    WHERE n.state = 'PUBLISHED' AND n.index_number IS NOT NULL AND r.disclosure = 'PROACTIVE' AND r.status = 'APPROVED'
      AND a.active
  LOOP
    PERFORM enqueue_webhook(row.agency_id, 'item.published', jsonb_build_object(
      'item', jsonb_build_object('id', row.id, 'indexNumber', row.index_number, 'title', row.title,
        'publishedOn', row.published_on, 'agencyCode', row.code, 'path', '/items/' || row.id)));
  END LOOP;
  RETURN NULL;
END;
$fn$;

CREATE TRIGGER item_webhooks_update AFTER UPDATE ON "item"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION item_rows_webhooks();
CREATE TRIGGER item_webhooks_insert AFTER INSERT ON "item"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION item_insert_webhooks();

CREATE FUNCTION annual_report_webhooks() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  row record;
BEGIN
  FOR row IN
    SELECT n.id, n.agency_id, n.year, n.scope, a.code
    FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN agency a ON a.id = n.agency_id
    WHERE n.status = 'PUBLISHED' AND o.status IS DISTINCT FROM 'PUBLISHED'
  LOOP
    PERFORM enqueue_webhook(row.agency_id, 'report.published', jsonb_build_object(
      'report', jsonb_build_object('id', row.id, 'agencyCode', row.code, 'year', row.year, 'scope', row.scope,
        'path', '/reports/' || row.code || '/' || row.year)));
  END LOOP;
  RETURN NULL;
END;
$fn$;

CREATE TRIGGER annual_report_webhooks AFTER UPDATE ON "annual_report"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION annual_report_webhooks();
