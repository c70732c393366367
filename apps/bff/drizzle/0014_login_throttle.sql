-- Sign-in throttling counts attempts per key before the password is checked (one row per account and per client,
-- locked while an attempt is counted), replacing the failure log that was only read before failures were written.
CREATE TABLE "login_throttle" (
	"key" text PRIMARY KEY NOT NULL,
	"attempts" integer NOT NULL,
	"last_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
DROP TABLE "login_attempts";
