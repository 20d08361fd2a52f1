import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_groups_days" AS ENUM('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
  CREATE TYPE "public"."enum_groups_time_bands" AS ENUM('morning', 'afternoon', 'evening', 'night');
  CREATE TYPE "public"."enum_groups_status" AS ENUM('open', 'awaiting-ente', 'deciding', 'confirmed', 'active', 'completed', 'declined', 'dissolved');
  CREATE TYPE "public"."enum_group_members_status" AS ENUM('active', 'left', 'removed');
  CREATE TYPE "public"."enum_group_messages_author_party" AS ENUM('member', 'ente', 'admin');
  ALTER TYPE "public"."enum_notifications_kind" ADD VALUE 'group-minimum-reached';
  ALTER TYPE "public"."enum_notifications_kind" ADD VALUE 'group-to-confirm';
  ALTER TYPE "public"."enum_notifications_kind" ADD VALUE 'group-member-joined';
  ALTER TYPE "public"."enum_notifications_kind" ADD VALUE 'group-confirmed';
  ALTER TYPE "public"."enum_notifications_kind" ADD VALUE 'group-declined';
  ALTER TYPE "public"."enum_notifications_kind" ADD VALUE 'group-decide';
  ALTER TYPE "public"."enum_notifications_kind" ADD VALUE 'group-dissolved';
  ALTER TYPE "public"."enum_notifications_kind" ADD VALUE 'group-message-for-members';
  ALTER TYPE "public"."enum_notifications_kind" ADD VALUE 'group-message-for-ente';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'group-timer' BEFORE 'send-notification-email';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'group-settle' BEFORE 'send-notification-email';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'group-timer' BEFORE 'send-notification-email';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'group-settle' BEFORE 'send-notification-email';
  CREATE TABLE "groups_days" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_groups_days",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "groups_time_bands" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_groups_time_bands",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "groups" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"reference" varchar NOT NULL,
  	"title" varchar,
  	"status" "enum_groups_status" NOT NULL,
  	"service_id" uuid NOT NULL,
  	"organisation_id" uuid NOT NULL,
  	"district_id" uuid NOT NULL,
  	"min_members" numeric NOT NULL,
  	"max_members" numeric NOT NULL,
  	"member_count" numeric DEFAULT 0 NOT NULL,
  	"price_cents" numeric,
  	"start_date" timestamp(3) with time zone NOT NULL,
  	"end_date" timestamp(3) with time zone,
  	"join_by" timestamp(3) with time zone NOT NULL,
  	"decide_by" timestamp(3) with time zone,
  	"minimum_reached_at" timestamp(3) with time zone,
  	"description" varchar,
  	"note" varchar,
  	"closed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "groups_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"citizens_id" uuid,
  	"users_id" uuid
  );
  
  CREATE TABLE "group_members" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"group_id" uuid NOT NULL,
  	"organisation_id" uuid NOT NULL,
  	"citizen_id" uuid NOT NULL,
  	"display_name" varchar NOT NULL,
  	"status" "enum_group_members_status" NOT NULL,
  	"accepted_price_cents" numeric NOT NULL,
  	"go_ahead" boolean,
  	"address_street" varchar NOT NULL,
  	"address_postcode" varchar,
  	"thread_id" uuid,
  	"joined_at" timestamp(3) with time zone NOT NULL,
  	"left_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "group_messages" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"group_id" uuid NOT NULL,
  	"organisation_id" uuid NOT NULL,
  	"author_name" varchar NOT NULL,
  	"author_party" "enum_group_messages_author_party" NOT NULL,
  	"body" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "group_messages_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"citizens_id" uuid,
  	"users_id" uuid
  );
  
  ALTER TABLE "requests" ADD COLUMN "group_id" uuid;
  ALTER TABLE "threads" ADD COLUMN "group_id" uuid;
  ALTER TABLE "notifications" ADD COLUMN "group_id" uuid;
  ALTER TABLE "groups_days" ADD CONSTRAINT "groups_days_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "groups_time_bands" ADD CONSTRAINT "groups_time_bands_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "groups" ADD CONSTRAINT "groups_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "groups" ADD CONSTRAINT "groups_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "groups" ADD CONSTRAINT "groups_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "groups_rels" ADD CONSTRAINT "groups_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "groups_rels" ADD CONSTRAINT "groups_rels_citizens_fk" FOREIGN KEY ("citizens_id") REFERENCES "public"."citizens"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "groups_rels" ADD CONSTRAINT "groups_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "group_members" ADD CONSTRAINT "group_members_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "group_members" ADD CONSTRAINT "group_members_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "group_members" ADD CONSTRAINT "group_members_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "group_members" ADD CONSTRAINT "group_members_thread_id_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."threads"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "group_messages" ADD CONSTRAINT "group_messages_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "group_messages" ADD CONSTRAINT "group_messages_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "group_messages_rels" ADD CONSTRAINT "group_messages_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."group_messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "group_messages_rels" ADD CONSTRAINT "group_messages_rels_citizens_fk" FOREIGN KEY ("citizens_id") REFERENCES "public"."citizens"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "group_messages_rels" ADD CONSTRAINT "group_messages_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "groups_days_order_idx" ON "groups_days" USING btree ("order");
  CREATE INDEX "groups_days_parent_idx" ON "groups_days" USING btree ("parent_id");
  CREATE INDEX "groups_time_bands_order_idx" ON "groups_time_bands" USING btree ("order");
  CREATE INDEX "groups_time_bands_parent_idx" ON "groups_time_bands" USING btree ("parent_id");
  CREATE UNIQUE INDEX "groups_reference_idx" ON "groups" USING btree ("reference");
  CREATE INDEX "groups_status_idx" ON "groups" USING btree ("status");
  CREATE INDEX "groups_service_idx" ON "groups" USING btree ("service_id");
  CREATE INDEX "groups_organisation_idx" ON "groups" USING btree ("organisation_id");
  CREATE INDEX "groups_district_idx" ON "groups" USING btree ("district_id");
  CREATE INDEX "groups_updated_at_idx" ON "groups" USING btree ("updated_at");
  CREATE INDEX "groups_created_at_idx" ON "groups" USING btree ("created_at");
  CREATE INDEX "groups_rels_order_idx" ON "groups_rels" USING btree ("order");
  CREATE INDEX "groups_rels_parent_idx" ON "groups_rels" USING btree ("parent_id");
  CREATE INDEX "groups_rels_path_idx" ON "groups_rels" USING btree ("path");
  CREATE INDEX "groups_rels_citizens_id_idx" ON "groups_rels" USING btree ("citizens_id");
  CREATE INDEX "groups_rels_users_id_idx" ON "groups_rels" USING btree ("users_id");
  CREATE INDEX "group_members_group_idx" ON "group_members" USING btree ("group_id");
  CREATE INDEX "group_members_organisation_idx" ON "group_members" USING btree ("organisation_id");
  CREATE INDEX "group_members_citizen_idx" ON "group_members" USING btree ("citizen_id");
  CREATE INDEX "group_members_status_idx" ON "group_members" USING btree ("status");
  CREATE INDEX "group_members_thread_idx" ON "group_members" USING btree ("thread_id");
  CREATE INDEX "group_members_updated_at_idx" ON "group_members" USING btree ("updated_at");
  CREATE INDEX "group_members_created_at_idx" ON "group_members" USING btree ("created_at");
  CREATE UNIQUE INDEX "group_citizen_idx" ON "group_members" USING btree ("group_id","citizen_id");
  CREATE INDEX "group_messages_group_idx" ON "group_messages" USING btree ("group_id");
  CREATE INDEX "group_messages_organisation_idx" ON "group_messages" USING btree ("organisation_id");
  CREATE INDEX "group_messages_updated_at_idx" ON "group_messages" USING btree ("updated_at");
  CREATE INDEX "group_messages_created_at_idx" ON "group_messages" USING btree ("created_at");
  CREATE INDEX "group_messages_rels_order_idx" ON "group_messages_rels" USING btree ("order");
  CREATE INDEX "group_messages_rels_parent_idx" ON "group_messages_rels" USING btree ("parent_id");
  CREATE INDEX "group_messages_rels_path_idx" ON "group_messages_rels" USING btree ("path");
  CREATE INDEX "group_messages_rels_citizens_id_idx" ON "group_messages_rels" USING btree ("citizens_id");
  CREATE INDEX "group_messages_rels_users_id_idx" ON "group_messages_rels" USING btree ("users_id");
  ALTER TABLE "requests" ADD CONSTRAINT "requests_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "threads" ADD CONSTRAINT "threads_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "requests_group_idx" ON "requests" USING btree ("group_id");
  CREATE INDEX "threads_group_idx" ON "threads" USING btree ("group_id");
  CREATE INDEX "notifications_group_idx" ON "notifications" USING btree ("group_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "groups_days" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "groups_time_bands" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "groups" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "groups_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "group_members" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "group_messages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "group_messages_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "groups_days" CASCADE;
  DROP TABLE "groups_time_bands" CASCADE;
  DROP TABLE "groups" CASCADE;
  DROP TABLE "groups_rels" CASCADE;
  DROP TABLE "group_members" CASCADE;
  DROP TABLE "group_messages" CASCADE;
  DROP TABLE "group_messages_rels" CASCADE;
  ALTER TABLE "requests" DROP CONSTRAINT "requests_group_id_groups_id_fk";
  
  ALTER TABLE "threads" DROP CONSTRAINT "threads_group_id_groups_id_fk";
  
  ALTER TABLE "notifications" DROP CONSTRAINT "notifications_group_id_groups_id_fk";
  
  ALTER TABLE "notifications" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_notifications_kind";
  CREATE TYPE "public"."enum_notifications_kind" AS ENUM('new-request', 'answer-due', 'new-quote', 'quote-expiring', 'quote-expired', 'expired', 'declined', 'quote-accepted', 'not-chosen', 'payment-due', 'payment-expired', 'payment-confirmed', 'payment-received', 'delivered', 'review-closing', 'reviewed', 'cancelled', 'refunded', 'disputed', 'resolved', 'message-for-citizen', 'message-for-ente');
  ALTER TABLE "notifications" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_notifications_kind" USING "kind"::"public"."enum_notifications_kind";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'thread-timer', 'thread-reminder', 'send-notification-email', 'send-appointment-email', 'publish-desk-slots', 'send-validation-decision-email');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'thread-timer', 'thread-reminder', 'send-notification-email', 'send-appointment-email', 'publish-desk-slots', 'send-validation-decision-email');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "requests_group_idx";
  DROP INDEX "threads_group_idx";
  DROP INDEX "notifications_group_idx";
  ALTER TABLE "requests" DROP COLUMN "group_id";
  ALTER TABLE "threads" DROP COLUMN "group_id";
  ALTER TABLE "notifications" DROP COLUMN "group_id";
  DROP TYPE "public"."enum_groups_days";
  DROP TYPE "public"."enum_groups_time_bands";
  DROP TYPE "public"."enum_groups_status";
  DROP TYPE "public"."enum_group_members_status";
  DROP TYPE "public"."enum_group_messages_author_party";`)
}
