DROP INDEX "calls_duration_idx";--> statement-breakpoint
ALTER TABLE "calls" ALTER COLUMN "duration" DROP NOT NULL;--> statement-breakpoint
CREATE INDEX "calls_duration_idx" ON "calls" USING btree (coalesce("duration", 0),"id");