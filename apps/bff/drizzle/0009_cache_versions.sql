-- Every write to a cached table bumps its version (one statement-level trigger per table, so every write path is
-- covered, whoever wrote it) and tells every instance through NOTIFY. Readers compare versions to know whether
-- what they cached is still current.
CREATE TABLE "cache_versions" (
	"name" text PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
INSERT INTO "cache_versions" ("name") VALUES ('calls'), ('tags'), ('webhook_registration');
--> statement-breakpoint
CREATE FUNCTION "bump_cache_version"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	next_version bigint;
BEGIN
	UPDATE "cache_versions" SET "version" = "version" + 1 WHERE "name" = TG_TABLE_NAME RETURNING "version" INTO next_version;
	PERFORM pg_notify('switchboard_cache', TG_TABLE_NAME || ':' || next_version);
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "calls_cache_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "calls"
	FOR EACH STATEMENT EXECUTE FUNCTION "bump_cache_version"();
--> statement-breakpoint
CREATE TRIGGER "tags_cache_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "tags"
	FOR EACH STATEMENT EXECUTE FUNCTION "bump_cache_version"();
--> statement-breakpoint
CREATE TRIGGER "webhook_registration_cache_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "webhook_registration"
	FOR EACH STATEMENT EXECUTE FUNCTION "bump_cache_version"();
