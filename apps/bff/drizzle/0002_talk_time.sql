ALTER TABLE "calls" ADD COLUMN "talk_time" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Calls mirrored before this column: the same rule as callColumns() in src/store/calls.ts.
UPDATE "calls" SET "talk_time" = greatest(0, "ended_at" - "answered_at")
  WHERE "status" = 'done' AND "answered_at" IS NOT NULL AND "ended_at" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "calls_talk_time_idx" ON "calls" USING btree ("talk_time","id");
