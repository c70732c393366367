-- Each user's Power Dialer campaign as last read or changed; a row without a campaign: the user has none.
CREATE TABLE "dialer_campaigns" (
	"user_id" bigint PRIMARY KEY NOT NULL,
	"campaign" jsonb,
	"numbers" jsonb NOT NULL,
	"source_updated_at" bigint NOT NULL
);
