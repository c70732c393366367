-- Aircall's ids grow past 32 bits: every column holding one becomes 64-bit (the API bounds them at 2^53 − 1).
ALTER TABLE "accounts" ALTER COLUMN "aircall_user_id" SET DATA TYPE bigint;--> statement-breakpoint
ALTER TABLE "calls" ALTER COLUMN "user_id" SET DATA TYPE bigint;--> statement-breakpoint
ALTER TABLE "calls" ALTER COLUMN "number_id" SET DATA TYPE bigint;--> statement-breakpoint
ALTER TABLE "calls" ALTER COLUMN "team_ids" SET DATA TYPE bigint[];--> statement-breakpoint
ALTER TABLE "calls" ALTER COLUMN "tag_ids" SET DATA TYPE bigint[];--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "id" SET DATA TYPE bigint;--> statement-breakpoint
ALTER TABLE "teams" ALTER COLUMN "id" SET DATA TYPE bigint;--> statement-breakpoint
ALTER TABLE "team_members" ALTER COLUMN "team_id" SET DATA TYPE bigint;--> statement-breakpoint
ALTER TABLE "team_members" ALTER COLUMN "user_id" SET DATA TYPE bigint;--> statement-breakpoint
ALTER TABLE "numbers" ALTER COLUMN "id" SET DATA TYPE bigint;--> statement-breakpoint
ALTER TABLE "tags" ALTER COLUMN "id" SET DATA TYPE bigint;--> statement-breakpoint
-- Deletes with their time, so that events applied out of order neither resurrect a deleted row nor remove a newer one.
CREATE TABLE "tombstones" (
	"resource" text NOT NULL,
	"id" bigint NOT NULL,
	"deleted_at" bigint NOT NULL,
	CONSTRAINT "tombstones_resource_id_pk" PRIMARY KEY("resource","id")
);
