CREATE TYPE "public"."account_role" AS ENUM('agent', 'supervisor', 'admin');--> statement-breakpoint
CREATE TYPE "public"."call_type" AS ENUM('answered', 'missed', 'voicemail', 'abandoned');--> statement-breakpoint
CREATE TYPE "public"."job_status" AS ENUM('queued', 'running', 'succeeded', 'failed', 'cancelled');--> statement-breakpoint
CREATE TABLE "accounts" (
	"id" serial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" "account_role" NOT NULL,
	"disabled" boolean DEFAULT false NOT NULL,
	"aircall_user_id" integer,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"account_id" integer,
	"actor_email" text NOT NULL,
	"role" "account_role" NOT NULL,
	"action" text NOT NULL,
	"target" text,
	"input_summary" jsonb,
	"ok" boolean NOT NULL,
	"error_code" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "budget_state" (
	"key" text PRIMARY KEY NOT NULL,
	"tokens" double precision NOT NULL,
	"updated_at" bigint NOT NULL,
	"cooldown_until" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "call_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"call_id" bigint NOT NULL,
	"event" text NOT NULL,
	"at" integer NOT NULL,
	"summary" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calls" (
	"id" bigint PRIMARY KEY NOT NULL,
	"data" jsonb NOT NULL,
	"direction" text NOT NULL,
	"status" text NOT NULL,
	"status_rank" smallint NOT NULL,
	"type" "call_type",
	"missed_call_reason" text,
	"user_id" integer,
	"number_id" integer,
	"team_ids" integer[] NOT NULL,
	"tag_ids" integer[] NOT NULL,
	"archived" boolean NOT NULL,
	"started_at" integer NOT NULL,
	"answered_at" integer,
	"ended_at" integer,
	"duration" integer NOT NULL,
	"digits" text NOT NULL,
	"contact_name" text,
	"search_text" text NOT NULL,
	"source_updated_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" bigint PRIMARY KEY NOT NULL,
	"data" jsonb NOT NULL,
	"search_text" text NOT NULL,
	"source_updated_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"data" jsonb NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"status" "job_status" NOT NULL,
	"total" integer NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"failed" integer DEFAULT 0 NOT NULL,
	"input" jsonb,
	"results" jsonb NOT NULL,
	"account_id" integer,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "leases" (
	"name" text PRIMARY KEY NOT NULL,
	"holder_id" text NOT NULL,
	"acquired_at" bigint NOT NULL,
	"expires_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "login_attempts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"ip" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "numbers" (
	"id" integer PRIMARY KEY NOT NULL,
	"data" jsonb NOT NULL,
	"name" text NOT NULL,
	"digits" text NOT NULL,
	"source_updated_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"account_id" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"idle_timeout_ms" integer NOT NULL,
	"idle_expires_at" timestamp with time zone NOT NULL,
	"absolute_expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sync_checkpoints" (
	"resource" text PRIMARY KEY NOT NULL,
	"window_from" integer,
	"window_to" integer,
	"page" integer,
	"cursor" text,
	"backfill_done" boolean DEFAULT false NOT NULL,
	"items_synced" integer DEFAULT 0 NOT NULL,
	"last_run_at" timestamp with time zone,
	"last_success_at" timestamp with time zone,
	"error" text
);
--> statement-breakpoint
CREATE TABLE "tags" (
	"id" integer PRIMARY KEY NOT NULL,
	"data" jsonb NOT NULL,
	"name" text NOT NULL,
	"color" text NOT NULL,
	"source_updated_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "team_members" (
	"team_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	CONSTRAINT "team_members_team_id_user_id_pk" PRIMARY KEY("team_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "teams" (
	"id" integer PRIMARY KEY NOT NULL,
	"data" jsonb NOT NULL,
	"name" text NOT NULL,
	"source_updated_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" integer PRIMARY KEY NOT NULL,
	"data" jsonb NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"available" boolean NOT NULL,
	"availability_status" text NOT NULL,
	"availability" text,
	"source_updated_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "webhook_inbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"dedup_key" text NOT NULL,
	"event" text NOT NULL,
	"payload" jsonb NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"applied_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"claimed_until" timestamp with time zone,
	"error" text
);
--> statement-breakpoint
CREATE TABLE "webhook_registration" (
	"name" text PRIMARY KEY NOT NULL,
	"webhook_id" text NOT NULL,
	"url" text NOT NULL,
	"token" text NOT NULL,
	"active" boolean NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_members" ADD CONSTRAINT "team_members_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_email_lower_key" ON "accounts" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "audit_log_account_idx" ON "audit_log" USING btree ("account_id","id");--> statement-breakpoint
CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action","id");--> statement-breakpoint
CREATE UNIQUE INDEX "call_events_dedup_key" ON "call_events" USING btree ("call_id","event","at");--> statement-breakpoint
CREATE INDEX "calls_started_idx" ON "calls" USING btree ("started_at","id");--> statement-breakpoint
CREATE INDEX "calls_duration_idx" ON "calls" USING btree ("duration","id");--> statement-breakpoint
CREATE INDEX "calls_direction_idx" ON "calls" USING btree ("direction","started_at","id");--> statement-breakpoint
CREATE INDEX "calls_type_idx" ON "calls" USING btree ("type","started_at","id");--> statement-breakpoint
CREATE INDEX "calls_missed_reason_idx" ON "calls" USING btree ("missed_call_reason","started_at","id");--> statement-breakpoint
CREATE INDEX "calls_user_idx" ON "calls" USING btree ("user_id","started_at","id");--> statement-breakpoint
CREATE INDEX "calls_number_idx" ON "calls" USING btree ("number_id","started_at","id");--> statement-breakpoint
CREATE INDEX "calls_archived_idx" ON "calls" USING btree ("archived","started_at","id");--> statement-breakpoint
CREATE INDEX "calls_team_ids_idx" ON "calls" USING gin ("team_ids");--> statement-breakpoint
CREATE INDEX "calls_tag_ids_idx" ON "calls" USING gin ("tag_ids");--> statement-breakpoint
CREATE INDEX "calls_digits_trgm_idx" ON "calls" USING gin ("digits" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "calls_search_trgm_idx" ON "calls" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "contacts_search_trgm_idx" ON "contacts" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "events_at_idx" ON "events" USING btree ("at");--> statement-breakpoint
CREATE INDEX "jobs_created_idx" ON "jobs" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "login_attempts_email_idx" ON "login_attempts" USING btree ("email","at");--> statement-breakpoint
CREATE INDEX "login_attempts_ip_idx" ON "login_attempts" USING btree ("ip","at");--> statement-breakpoint
CREATE INDEX "sessions_account_idx" ON "sessions" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "sessions_idle_idx" ON "sessions" USING btree ("idle_expires_at");--> statement-breakpoint
CREATE INDEX "team_members_user_idx" ON "team_members" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "webhook_inbox_dedup_key" ON "webhook_inbox" USING btree ("dedup_key");--> statement-breakpoint
CREATE INDEX "webhook_inbox_pending_idx" ON "webhook_inbox" USING btree ("id") WHERE "webhook_inbox"."applied_at" IS NULL;