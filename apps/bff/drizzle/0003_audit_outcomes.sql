CREATE TYPE "public"."audit_result" AS ENUM('success', 'failure', 'denied');--> statement-breakpoint
ALTER TABLE "audit_log" RENAME COLUMN "target" TO "path";--> statement-breakpoint
-- Rows written before this migration kept the requested path in "target".
UPDATE "audit_log" SET "path" = '' WHERE "path" IS NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "path" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "actor_email" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "role" DROP NOT NULL;--> statement-breakpoint
-- Earlier rows had no actor written as an empty email.
UPDATE "audit_log" SET "actor_email" = NULL, "role" = NULL WHERE "account_id" IS NULL AND "actor_email" = '';--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "result" "audit_result";--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "status" smallint;--> statement-breakpoint
-- Earlier rows kept only ok and the error code: the status is the one the BFF answers with that code.
UPDATE "audit_log" SET
  "result" = CASE WHEN "ok" THEN 'success' WHEN "error_code" = 'forbidden' AND "account_id" IS NOT NULL THEN 'denied'
    ELSE 'failure' END::"audit_result",
  "status" = CASE WHEN "ok" THEN 200 ELSE CASE "error_code"
    WHEN 'bad_request' THEN 400 WHEN 'upstream_rejected' THEN 400 WHEN 'unauthenticated' THEN 401
    WHEN 'forbidden' THEN 403 WHEN 'not_found' THEN 404 WHEN 'conflict' THEN 409 WHEN 'unprocessable' THEN 422
    WHEN 'rate_limited' THEN 429 WHEN 'upstream_unavailable' THEN 502 WHEN 'upstream_unauthorized' THEN 502
    ELSE 500 END END;--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "result" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "status" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
ALTER TABLE "audit_log" DROP COLUMN "ok";--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "ok" boolean GENERATED ALWAYS AS (result = 'success') STORED;

