-- The company's own settings (time zone, service-level threshold, board thresholds): one row, kept as the JSON the
-- contracts validate; absent until an admin saves them.
CREATE TABLE "company_settings" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL CHECK ("id" = 1),
	"settings" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
-- When a user's granular availability last changed (UNIX seconds): the board's "time in status".
ALTER TABLE "users" ADD COLUMN "availability_since" integer;
