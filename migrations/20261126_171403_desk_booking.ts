import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'send-appointment-email';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'publish-desk-slots';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'send-appointment-email';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'publish-desk-slots';
  CREATE TABLE "desks_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"categories_id" uuid
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  DROP INDEX "desk_startsAt_idx";
  ALTER TABLE "desks" ADD COLUMN "booking_slot_minutes" numeric;
  ALTER TABLE "desks" ADD COLUMN "booking_places_per_slot" numeric DEFAULT 1;
  ALTER TABLE "desks" ADD COLUMN "booking_weeks_ahead" numeric DEFAULT 4;
  ALTER TABLE "desks" ADD COLUMN "booking_published_until" varchar;
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "desks_rels" ADD CONSTRAINT "desks_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."desks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "desks_rels" ADD CONSTRAINT "desks_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "desks_rels_order_idx" ON "desks_rels" USING btree ("order");
  CREATE INDEX "desks_rels_parent_idx" ON "desks_rels" USING btree ("parent_id");
  CREATE INDEX "desks_rels_path_idx" ON "desks_rels" USING btree ("path");
  CREATE INDEX "desks_rels_categories_id_idx" ON "desks_rels" USING btree ("categories_id");
  CREATE UNIQUE INDEX "desk_startsAt_idx" ON "desk_slots" USING btree ("desk_id","starts_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "desks_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "desks_rels" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'thread-timer', 'thread-reminder', 'send-notification-email');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'thread-timer', 'thread-reminder', 'send-notification-email');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "desk_startsAt_idx";
  CREATE INDEX "desk_startsAt_idx" ON "desk_slots" USING btree ("desk_id","starts_at");
  ALTER TABLE "desks" DROP COLUMN "booking_slot_minutes";
  ALTER TABLE "desks" DROP COLUMN "booking_places_per_slot";
  ALTER TABLE "desks" DROP COLUMN "booking_weeks_ahead";
  ALTER TABLE "desks" DROP COLUMN "booking_published_until";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";`)
}
