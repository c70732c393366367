-- Conversation intelligence per call (transcript, summary, sentiment, topics, action items), one row per call.
-- Each kind is written on its own (webhook or fetch) and versioned on its own in "versions".
CREATE TABLE "call_insights" (
	"call_id" bigint PRIMARY KEY NOT NULL,
	"utterances" jsonb,
	"transcript_language" text,
	"transcript_config" regconfig DEFAULT 'simple'::regconfig NOT NULL,
	"transcript_text" text,
	"transcript_document" tsvector GENERATED ALWAYS AS (to_tsvector("transcript_config", coalesce("transcript_text", ''))) STORED,
	"summary" text,
	"sentiment" text,
	"participant_sentiments" jsonb,
	"topics" text[],
	"action_items" jsonb,
	"unavailable" text[] DEFAULT '{}' NOT NULL,
	"versions" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"fetched_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "call_insights_document_idx" ON "call_insights" USING gin ("transcript_document");--> statement-breakpoint
CREATE INDEX "call_insights_topics_idx" ON "call_insights" USING gin ("topics");--> statement-breakpoint
CREATE INDEX "call_insights_sentiment_idx" ON "call_insights" USING btree ("sentiment");
--> statement-breakpoint
-- The calls list filters and searches on insights too: a change here must reach the calls list's caches like a write
-- to calls does.
CREATE FUNCTION "bump_calls_cache_version"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	next_version bigint;
BEGIN
	UPDATE "cache_versions" SET "version" = "version" + 1 WHERE "name" = 'calls' RETURNING "version" INTO next_version;
	PERFORM pg_notify('switchboard_cache', 'calls:' || next_version);
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "call_insights_cache_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "call_insights"
	FOR EACH STATEMENT EXECUTE FUNCTION "bump_calls_cache_version"();
