-- The budget is a rolling window now (see @switchboard/aircall BucketState): the grants of the last window with the
-- lane and party each was for, Aircall's own count until its reset, and until when the background lane yields to a
-- waiting live or interactive request, instead of a token bucket. A cooldown in progress
-- is kept; the window starts empty (at most one window's worth of requests may follow the deploy at once, as
-- after a restart of every instance).
ALTER TABLE "budget_state" DROP COLUMN "tokens";
--> statement-breakpoint
ALTER TABLE "budget_state" DROP COLUMN "updated_at";
--> statement-breakpoint
ALTER TABLE "budget_state" ADD COLUMN "sent" jsonb DEFAULT '[]'::jsonb NOT NULL;
--> statement-breakpoint
ALTER TABLE "budget_state" ADD COLUMN "aircall" jsonb;
--> statement-breakpoint
ALTER TABLE "budget_state" ADD COLUMN "yield_until" bigint DEFAULT 0 NOT NULL;
