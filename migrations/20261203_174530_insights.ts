import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'refresh-insights';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'refresh-insights';
  CREATE TABLE "insights_demand" (
  	"week" date NOT NULL,
  	"district_id" uuid,
  	"category_id" uuid,
  	"area_id" uuid,
  	"target_group_id" uuid,
  	"searches" integer DEFAULT 0 NOT NULL,
  	"searches_empty" integer DEFAULT 0 NOT NULL,
  	"searches_few" integer DEFAULT 0 NOT NULL,
  	"needs" integer DEFAULT 0 NOT NULL,
  	"requests" integer DEFAULT 0 NOT NULL
  );
  
  CREATE TABLE "insights_search_terms" (
  	"week" date NOT NULL,
  	"district_id" uuid,
  	"category_id" uuid,
  	"area_id" uuid,
  	"target_group_id" uuid,
  	"terms" varchar NOT NULL,
  	"searches" integer DEFAULT 0 NOT NULL,
  	"searches_empty" integer DEFAULT 0 NOT NULL,
  	"searches_few" integer DEFAULT 0 NOT NULL
  );
  
  CREATE TABLE "insights_requests" (
  	"week" date NOT NULL,
  	"district_id" uuid,
  	"category_id" uuid,
  	"area_id" uuid,
  	"requests" integer DEFAULT 0 NOT NULL,
  	"requesters" integer DEFAULT 0 NOT NULL,
  	"paid" integer DEFAULT 0 NOT NULL,
  	"unanswered" integer DEFAULT 0 NOT NULL,
  	"quoted" integer DEFAULT 0 NOT NULL,
  	"hours_to_first_quote" numeric DEFAULT '0' NOT NULL,
  	"threads" integer DEFAULT 0 NOT NULL,
  	"declined" integer DEFAULT 0 NOT NULL,
  	"expired" integer DEFAULT 0 NOT NULL,
  	"delivered" integer DEFAULT 0 NOT NULL,
  	"delivered_shared" integer DEFAULT 0 NOT NULL
  );
  
  CREATE TABLE "insights_quotes" (
  	"week" date NOT NULL,
  	"district_id" uuid,
  	"category_id" uuid,
  	"area_id" uuid,
  	"amount_cents" integer NOT NULL,
  	"catalogue_price_cents" integer
  );
  
  CREATE TABLE "insights_groups" (
  	"week" date NOT NULL,
  	"district_id" uuid,
  	"category_id" uuid,
  	"area_id" uuid,
  	"opened" integer DEFAULT 0 NOT NULL,
  	"formed" integer DEFAULT 0 NOT NULL,
  	"dissolved" integer DEFAULT 0 NOT NULL
  );
  
  CREATE TABLE "insights_care" (
  	"week" date NOT NULL,
  	"district_id" uuid,
  	"job" varchar NOT NULL,
  	"requests" integer DEFAULT 0 NOT NULL,
  	"proposals" integer DEFAULT 0 NOT NULL,
  	"hired" integer DEFAULT 0 NOT NULL
  );
  
  CREATE TABLE "insights_served" (
  	"week" date NOT NULL,
  	"district_id" uuid,
  	"category_id" uuid,
  	"area_id" uuid,
  	"person" integer NOT NULL,
  	"first_week" date NOT NULL,
  	"shared" boolean DEFAULT false NOT NULL
  );
  
  CREATE TABLE "insights_vouchers" (
  	"week" date NOT NULL,
  	"district_id" uuid,
  	"category_id" uuid,
  	"area_id" uuid,
  	"payments" integer DEFAULT 0 NOT NULL,
  	"spent_cents" bigint DEFAULT 0 NOT NULL
  );
  
  CREATE TABLE "insights_refreshes" (
  	"refreshed_at" timestamp (3) with time zone PRIMARY KEY NOT NULL,
  	"duration_ms" integer NOT NULL
  );
  
  ALTER TABLE "city" ADD COLUMN "ipa_code" varchar;
  CREATE INDEX "insights_demand_week_idx" ON "insights_demand" USING btree ("week");
  CREATE INDEX "insights_search_terms_week_idx" ON "insights_search_terms" USING btree ("week");
  CREATE INDEX "insights_requests_week_idx" ON "insights_requests" USING btree ("week");
  CREATE INDEX "insights_quotes_week_idx" ON "insights_quotes" USING btree ("week");
  CREATE INDEX "insights_groups_week_idx" ON "insights_groups" USING btree ("week");
  CREATE INDEX "insights_care_week_idx" ON "insights_care" USING btree ("week");
  CREATE INDEX "insights_served_week_idx" ON "insights_served" USING btree ("week");
  CREATE INDEX "insights_vouchers_week_idx" ON "insights_vouchers" USING btree ("week");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "insights_demand" CASCADE;
  DROP TABLE "insights_search_terms" CASCADE;
  DROP TABLE "insights_requests" CASCADE;
  DROP TABLE "insights_quotes" CASCADE;
  DROP TABLE "insights_groups" CASCADE;
  DROP TABLE "insights_care" CASCADE;
  DROP TABLE "insights_served" CASCADE;
  DROP TABLE "insights_vouchers" CASCADE;
  DROP TABLE "insights_refreshes" CASCADE;
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'thread-timer', 'thread-reminder', 'group-timer', 'group-settle', 'send-notification-email', 'send-appointment-email', 'publish-desk-slots', 'send-validation-decision-email');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'thread-timer', 'thread-reminder', 'group-timer', 'group-settle', 'send-notification-email', 'send-appointment-email', 'publish-desk-slots', 'send-validation-decision-email');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  ALTER TABLE "city" DROP COLUMN "ipa_code";`)
}
