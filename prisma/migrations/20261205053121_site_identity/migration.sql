-- CreateTable
CREATE TABLE "site_setting" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "site_name" VARCHAR(100) NOT NULL,
    "site_name_en" VARCHAR(200),
    "site_domain" VARCHAR(253),
    "site_id_code" VARCHAR(10),
    "sponsor" VARCHAR(200),
    "organizer" VARCHAR(200),
    "icp_number" VARCHAR(60),
    "public_security_number" VARCHAR(60),
    "contact_phone" VARCHAR(40),
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "site_setting_pkey" PRIMARY KEY ("id")
);

-- One row: the site has one identity.
ALTER TABLE "site_setting" ADD CONSTRAINT "site_setting_single_row" CHECK ("id" = 1);

-- Every portal page shows the site identity (meta tags, footer): a change moves the whole portal's public
-- generation in the same transaction (see 20261128145241_public_cache), so no cached page or read model keeps
-- the old one.
CREATE FUNCTION site_setting_public_generation() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  INSERT INTO public_generation (scope, generation) VALUES ('*', (random() * 9.2e18)::bigint)
  ON CONFLICT (scope) DO UPDATE SET generation = EXCLUDED.generation;
  RETURN NULL;
END;
$fn$;

CREATE TRIGGER site_setting_public_generation AFTER INSERT OR UPDATE OR DELETE ON "site_setting"
  FOR EACH STATEMENT EXECUTE FUNCTION site_setting_public_generation();
