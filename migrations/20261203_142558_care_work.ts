import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_permissions" AS ENUM('care-work');
  CREATE TYPE "public"."enum_worker_applications_jobs" AS ENUM('babysitter', 'colf', 'badante');
  CREATE TYPE "public"."enum_worker_applications_tasks" AS ENUM('child-care', 'school-run', 'homework', 'cleaning', 'ironing', 'cooking', 'shopping', 'personal-care', 'mobility', 'medication', 'company', 'night-care');
  CREATE TYPE "public"."enum_worker_applications_arrangements" AS ENUM('hourly', 'live-in', 'nights');
  CREATE TYPE "public"."enum_worker_applications_slots" AS ENUM('mon-morning', 'mon-afternoon', 'mon-evening', 'mon-night', 'tue-morning', 'tue-afternoon', 'tue-evening', 'tue-night', 'wed-morning', 'wed-afternoon', 'wed-evening', 'wed-night', 'thu-morning', 'thu-afternoon', 'thu-evening', 'thu-night', 'fri-morning', 'fri-afternoon', 'fri-evening', 'fri-night', 'sat-morning', 'sat-afternoon', 'sat-evening', 'sat-night', 'sun-morning', 'sun-afternoon', 'sun-evening', 'sun-night');
  CREATE TYPE "public"."enum_worker_applications_languages_language" AS ENUM('it', 'en', 'fr', 'es', 'de', 'ar', 'zh', 'ro', 'uk', 'ru', 'sq', 'tl', 'bn', 'pt');
  CREATE TYPE "public"."enum_worker_applications_languages_level" AS ENUM('A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native');
  CREATE TYPE "public"."enum_worker_applications_experience_kind" AS ENUM('children-0-2', 'children-3-6', 'children-7-12', 'teenagers', 'elderly', 'elderly-dependent', 'disability', 'household');
  CREATE TYPE "public"."enum_worker_applications_status" AS ENUM('draft', 'submitted', 'interview-booked', 'suitable', 'not-suitable', 'suspended');
  CREATE TYPE "public"."enum_worker_documents_kind" AS ENUM('identity', 'residence-permit', 'certificate', 'other');
  CREATE TYPE "public"."enum_care_requests_slots" AS ENUM('mon-morning', 'mon-afternoon', 'mon-evening', 'mon-night', 'tue-morning', 'tue-afternoon', 'tue-evening', 'tue-night', 'wed-morning', 'wed-afternoon', 'wed-evening', 'wed-night', 'thu-morning', 'thu-afternoon', 'thu-evening', 'thu-night', 'fri-morning', 'fri-afternoon', 'fri-evening', 'fri-night', 'sat-morning', 'sat-afternoon', 'sat-evening', 'sat-night', 'sun-morning', 'sun-afternoon', 'sun-evening', 'sun-night');
  CREATE TYPE "public"."enum_care_requests_tasks" AS ENUM('child-care', 'school-run', 'homework', 'cleaning', 'ironing', 'cooking', 'shopping', 'personal-care', 'mobility', 'medication', 'company', 'night-care');
  CREATE TYPE "public"."enum_care_requests_languages_language" AS ENUM('it', 'en', 'fr', 'es', 'de', 'ar', 'zh', 'ro', 'uk', 'ru', 'sq', 'tl', 'bn', 'pt');
  CREATE TYPE "public"."enum_care_requests_languages_level" AS ENUM('A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native');
  CREATE TYPE "public"."enum_care_requests_status" AS ENUM('draft', 'submitted', 'in-progress', 'closed-hired', 'closed-nobody', 'cancelled');
  CREATE TYPE "public"."enum_care_requests_job" AS ENUM('babysitter', 'colf', 'badante');
  CREATE TYPE "public"."enum_care_requests_arrangement" AS ENUM('hourly', 'live-in', 'nights');
  CREATE TYPE "public"."enum_care_requests_cared_for" AS ENUM('children-0-2', 'children-3-6', 'children-7-12', 'teenagers', 'elderly', 'elderly-dependent', 'disability', 'household');
  CREATE TYPE "public"."enum_care_proposals_status" AS ENUM('proposed', 'to-meet', 'not-chosen', 'meeting-accepted', 'meeting-declined', 'hired', 'not-hired', 'withdrawn');
  CREATE TYPE "public"."enum_care_proposals_job" AS ENUM('babysitter', 'colf', 'badante');
  CREATE TYPE "public"."enum_care_proposals_arrangement" AS ENUM('hourly', 'live-in', 'nights');
  ALTER TYPE "public"."enum_notifications_kind" ADD VALUE 'care-proposed';
  ALTER TYPE "public"."enum_notifications_kind" ADD VALUE 'care-meeting-accepted';
  ALTER TYPE "public"."enum_notifications_kind" ADD VALUE 'care-meeting-asked';
  ALTER TYPE "public"."enum_notifications_kind" ADD VALUE 'worker-assessed';
  CREATE TABLE "users_permissions" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_users_permissions",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "worker_applications_jobs" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_worker_applications_jobs",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "worker_applications_tasks" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_worker_applications_tasks",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "worker_applications_arrangements" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_worker_applications_arrangements",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "worker_applications_slots" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_worker_applications_slots",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "worker_applications_languages" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"language" "enum_worker_applications_languages_language" NOT NULL,
  	"level" "enum_worker_applications_languages_level" NOT NULL
  );
  
  CREATE TABLE "worker_applications_experience" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_worker_applications_experience_kind" NOT NULL,
  	"years" numeric NOT NULL
  );
  
  CREATE TABLE "worker_applications_references" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"phone" varchar,
  	"relation" varchar
  );
  
  CREATE TABLE "worker_applications" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"display_name" varchar,
  	"reference" varchar,
  	"status" "enum_worker_applications_status" DEFAULT 'draft' NOT NULL,
  	"citizen_id" uuid,
  	"expected_hourly_cents" numeric,
  	"driving_licence" boolean,
  	"home_district_id" uuid,
  	"street" varchar,
  	"birth_year" numeric,
  	"interview_id" uuid,
  	"staff_notes" varchar,
  	"submitted_at" timestamp(3) with time zone,
  	"decided_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "worker_applications_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"districts_id" uuid
  );
  
  CREATE TABLE "worker_documents" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"application_id" uuid,
  	"kind" "enum_worker_documents_kind" NOT NULL,
  	"expires_on" timestamp(3) with time zone,
  	"citizen_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "care_requests_slots" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_care_requests_slots",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "care_requests_tasks" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_care_requests_tasks",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "care_requests_languages" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"language" "enum_care_requests_languages_language" NOT NULL,
  	"level" "enum_care_requests_languages_level" NOT NULL
  );
  
  CREATE TABLE "care_requests" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"reference" varchar,
  	"status" "enum_care_requests_status" DEFAULT 'draft' NOT NULL,
  	"citizen_id" uuid,
  	"job" "enum_care_requests_job",
  	"arrangement" "enum_care_requests_arrangement",
  	"cared_for" "enum_care_requests_cared_for",
  	"cared_for_notes" varchar,
  	"district_id" uuid,
  	"start_on" timestamp(3) with time zone,
  	"weekly_hours" numeric,
  	"budget_hourly_cents" numeric,
  	"outcome_note" varchar,
  	"submitted_at" timestamp(3) with time zone,
  	"closed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "care_proposals" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"candidate_code" varchar,
  	"status" "enum_care_proposals_status" DEFAULT 'proposed' NOT NULL,
  	"score" numeric,
  	"care_request_id" uuid,
  	"application_id" uuid,
  	"family_id" uuid,
  	"worker_id" uuid,
  	"job" "enum_care_proposals_job",
  	"arrangement" "enum_care_proposals_arrangement",
  	"district_id" uuid,
  	"start_on" timestamp(3) with time zone,
  	"reasons" jsonb,
  	"contact_name" varchar,
  	"contact_email" varchar,
  	"contact_phone" varchar,
  	"decided_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "notifications" ADD COLUMN "care_request_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "worker_applications_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "care_requests_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "care_proposals_id" uuid;
  ALTER TABLE "users_permissions" ADD CONSTRAINT "users_permissions_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "worker_applications_jobs" ADD CONSTRAINT "worker_applications_jobs_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."worker_applications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "worker_applications_tasks" ADD CONSTRAINT "worker_applications_tasks_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."worker_applications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "worker_applications_arrangements" ADD CONSTRAINT "worker_applications_arrangements_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."worker_applications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "worker_applications_slots" ADD CONSTRAINT "worker_applications_slots_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."worker_applications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "worker_applications_languages" ADD CONSTRAINT "worker_applications_languages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."worker_applications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "worker_applications_experience" ADD CONSTRAINT "worker_applications_experience_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."worker_applications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "worker_applications_references" ADD CONSTRAINT "worker_applications_references_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."worker_applications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "worker_applications" ADD CONSTRAINT "worker_applications_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "worker_applications" ADD CONSTRAINT "worker_applications_home_district_id_districts_id_fk" FOREIGN KEY ("home_district_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "worker_applications" ADD CONSTRAINT "worker_applications_interview_id_appointments_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."appointments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "worker_applications_rels" ADD CONSTRAINT "worker_applications_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."worker_applications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "worker_applications_rels" ADD CONSTRAINT "worker_applications_rels_districts_fk" FOREIGN KEY ("districts_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "worker_documents" ADD CONSTRAINT "worker_documents_application_id_worker_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."worker_applications"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "worker_documents" ADD CONSTRAINT "worker_documents_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "care_requests_slots" ADD CONSTRAINT "care_requests_slots_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."care_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "care_requests_tasks" ADD CONSTRAINT "care_requests_tasks_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."care_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "care_requests_languages" ADD CONSTRAINT "care_requests_languages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."care_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "care_requests" ADD CONSTRAINT "care_requests_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "care_requests" ADD CONSTRAINT "care_requests_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "care_proposals" ADD CONSTRAINT "care_proposals_care_request_id_care_requests_id_fk" FOREIGN KEY ("care_request_id") REFERENCES "public"."care_requests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "care_proposals" ADD CONSTRAINT "care_proposals_application_id_worker_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."worker_applications"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "care_proposals" ADD CONSTRAINT "care_proposals_family_id_citizens_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."citizens"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "care_proposals" ADD CONSTRAINT "care_proposals_worker_id_citizens_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."citizens"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "care_proposals" ADD CONSTRAINT "care_proposals_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "users_permissions_order_idx" ON "users_permissions" USING btree ("order");
  CREATE INDEX "users_permissions_parent_idx" ON "users_permissions" USING btree ("parent_id");
  CREATE INDEX "worker_applications_jobs_order_idx" ON "worker_applications_jobs" USING btree ("order");
  CREATE INDEX "worker_applications_jobs_parent_idx" ON "worker_applications_jobs" USING btree ("parent_id");
  CREATE INDEX "worker_applications_tasks_order_idx" ON "worker_applications_tasks" USING btree ("order");
  CREATE INDEX "worker_applications_tasks_parent_idx" ON "worker_applications_tasks" USING btree ("parent_id");
  CREATE INDEX "worker_applications_arrangements_order_idx" ON "worker_applications_arrangements" USING btree ("order");
  CREATE INDEX "worker_applications_arrangements_parent_idx" ON "worker_applications_arrangements" USING btree ("parent_id");
  CREATE INDEX "worker_applications_slots_order_idx" ON "worker_applications_slots" USING btree ("order");
  CREATE INDEX "worker_applications_slots_parent_idx" ON "worker_applications_slots" USING btree ("parent_id");
  CREATE INDEX "worker_applications_languages_order_idx" ON "worker_applications_languages" USING btree ("_order");
  CREATE INDEX "worker_applications_languages_parent_id_idx" ON "worker_applications_languages" USING btree ("_parent_id");
  CREATE INDEX "worker_applications_experience_order_idx" ON "worker_applications_experience" USING btree ("_order");
  CREATE INDEX "worker_applications_experience_parent_id_idx" ON "worker_applications_experience" USING btree ("_parent_id");
  CREATE INDEX "worker_applications_references_order_idx" ON "worker_applications_references" USING btree ("_order");
  CREATE INDEX "worker_applications_references_parent_id_idx" ON "worker_applications_references" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "worker_applications_reference_idx" ON "worker_applications" USING btree ("reference");
  CREATE INDEX "worker_applications_status_idx" ON "worker_applications" USING btree ("status");
  CREATE UNIQUE INDEX "worker_applications_citizen_idx" ON "worker_applications" USING btree ("citizen_id");
  CREATE INDEX "worker_applications_home_district_idx" ON "worker_applications" USING btree ("home_district_id");
  CREATE INDEX "worker_applications_interview_idx" ON "worker_applications" USING btree ("interview_id");
  CREATE INDEX "worker_applications_updated_at_idx" ON "worker_applications" USING btree ("updated_at");
  CREATE INDEX "worker_applications_created_at_idx" ON "worker_applications" USING btree ("created_at");
  CREATE INDEX "worker_applications_rels_order_idx" ON "worker_applications_rels" USING btree ("order");
  CREATE INDEX "worker_applications_rels_parent_idx" ON "worker_applications_rels" USING btree ("parent_id");
  CREATE INDEX "worker_applications_rels_path_idx" ON "worker_applications_rels" USING btree ("path");
  CREATE INDEX "worker_applications_rels_districts_id_idx" ON "worker_applications_rels" USING btree ("districts_id");
  CREATE INDEX "worker_documents_application_idx" ON "worker_documents" USING btree ("application_id");
  CREATE INDEX "worker_documents_citizen_idx" ON "worker_documents" USING btree ("citizen_id");
  CREATE INDEX "worker_documents_updated_at_idx" ON "worker_documents" USING btree ("updated_at");
  CREATE INDEX "worker_documents_created_at_idx" ON "worker_documents" USING btree ("created_at");
  CREATE UNIQUE INDEX "worker_documents_filename_idx" ON "worker_documents" USING btree ("filename");
  CREATE INDEX "care_requests_slots_order_idx" ON "care_requests_slots" USING btree ("order");
  CREATE INDEX "care_requests_slots_parent_idx" ON "care_requests_slots" USING btree ("parent_id");
  CREATE INDEX "care_requests_tasks_order_idx" ON "care_requests_tasks" USING btree ("order");
  CREATE INDEX "care_requests_tasks_parent_idx" ON "care_requests_tasks" USING btree ("parent_id");
  CREATE INDEX "care_requests_languages_order_idx" ON "care_requests_languages" USING btree ("_order");
  CREATE INDEX "care_requests_languages_parent_id_idx" ON "care_requests_languages" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "care_requests_reference_idx" ON "care_requests" USING btree ("reference");
  CREATE INDEX "care_requests_status_idx" ON "care_requests" USING btree ("status");
  CREATE INDEX "care_requests_citizen_idx" ON "care_requests" USING btree ("citizen_id");
  CREATE INDEX "care_requests_district_idx" ON "care_requests" USING btree ("district_id");
  CREATE INDEX "care_requests_updated_at_idx" ON "care_requests" USING btree ("updated_at");
  CREATE INDEX "care_requests_created_at_idx" ON "care_requests" USING btree ("created_at");
  CREATE INDEX "care_proposals_status_idx" ON "care_proposals" USING btree ("status");
  CREATE INDEX "care_proposals_care_request_idx" ON "care_proposals" USING btree ("care_request_id");
  CREATE INDEX "care_proposals_application_idx" ON "care_proposals" USING btree ("application_id");
  CREATE INDEX "care_proposals_family_idx" ON "care_proposals" USING btree ("family_id");
  CREATE INDEX "care_proposals_worker_idx" ON "care_proposals" USING btree ("worker_id");
  CREATE INDEX "care_proposals_district_idx" ON "care_proposals" USING btree ("district_id");
  CREATE INDEX "care_proposals_updated_at_idx" ON "care_proposals" USING btree ("updated_at");
  CREATE INDEX "care_proposals_created_at_idx" ON "care_proposals" USING btree ("created_at");
  CREATE UNIQUE INDEX "careRequest_application_idx" ON "care_proposals" USING btree ("care_request_id","application_id");
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_care_request_id_care_requests_id_fk" FOREIGN KEY ("care_request_id") REFERENCES "public"."care_requests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_worker_applications_fk" FOREIGN KEY ("worker_applications_id") REFERENCES "public"."worker_applications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_care_requests_fk" FOREIGN KEY ("care_requests_id") REFERENCES "public"."care_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_care_proposals_fk" FOREIGN KEY ("care_proposals_id") REFERENCES "public"."care_proposals"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "notifications_care_request_idx" ON "notifications" USING btree ("care_request_id");
  CREATE INDEX "payload_locked_documents_rels_worker_applications_id_idx" ON "payload_locked_documents_rels" USING btree ("worker_applications_id");
  CREATE INDEX "payload_locked_documents_rels_care_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("care_requests_id");
  CREATE INDEX "payload_locked_documents_rels_care_proposals_id_idx" ON "payload_locked_documents_rels" USING btree ("care_proposals_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users_permissions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "worker_applications_jobs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "worker_applications_tasks" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "worker_applications_arrangements" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "worker_applications_slots" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "worker_applications_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "worker_applications_experience" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "worker_applications_references" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "worker_applications" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "worker_applications_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "worker_documents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "care_requests_slots" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "care_requests_tasks" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "care_requests_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "care_requests" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "care_proposals" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "users_permissions" CASCADE;
  DROP TABLE "worker_applications_jobs" CASCADE;
  DROP TABLE "worker_applications_tasks" CASCADE;
  DROP TABLE "worker_applications_arrangements" CASCADE;
  DROP TABLE "worker_applications_slots" CASCADE;
  DROP TABLE "worker_applications_languages" CASCADE;
  DROP TABLE "worker_applications_experience" CASCADE;
  DROP TABLE "worker_applications_references" CASCADE;
  DROP TABLE "worker_applications" CASCADE;
  DROP TABLE "worker_applications_rels" CASCADE;
  DROP TABLE "worker_documents" CASCADE;
  DROP TABLE "care_requests_slots" CASCADE;
  DROP TABLE "care_requests_tasks" CASCADE;
  DROP TABLE "care_requests_languages" CASCADE;
  DROP TABLE "care_requests" CASCADE;
  DROP TABLE "care_proposals" CASCADE;
  ALTER TABLE "notifications" DROP CONSTRAINT "notifications_care_request_id_care_requests_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_worker_applications_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_care_requests_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_care_proposals_fk";
  
  ALTER TABLE "notifications" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_notifications_kind";
  CREATE TYPE "public"."enum_notifications_kind" AS ENUM('new-request', 'answer-due', 'new-quote', 'quote-expiring', 'quote-expired', 'expired', 'declined', 'quote-accepted', 'not-chosen', 'payment-due', 'payment-expired', 'payment-confirmed', 'payment-received', 'delivered', 'review-closing', 'reviewed', 'cancelled', 'refunded', 'disputed', 'resolved', 'message-for-citizen', 'message-for-ente', 'group-minimum-reached', 'group-to-confirm', 'group-member-joined', 'group-member-removed', 'group-confirmed', 'group-declined', 'group-decide', 'group-dissolved', 'group-message-for-members', 'group-message-for-ente');
  ALTER TABLE "notifications" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_notifications_kind" USING "kind"::"public"."enum_notifications_kind";
  DROP INDEX "notifications_care_request_idx";
  DROP INDEX "payload_locked_documents_rels_worker_applications_id_idx";
  DROP INDEX "payload_locked_documents_rels_care_requests_id_idx";
  DROP INDEX "payload_locked_documents_rels_care_proposals_id_idx";
  ALTER TABLE "notifications" DROP COLUMN "care_request_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "worker_applications_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "care_requests_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "care_proposals_id";
  DROP TYPE "public"."enum_users_permissions";
  DROP TYPE "public"."enum_worker_applications_jobs";
  DROP TYPE "public"."enum_worker_applications_tasks";
  DROP TYPE "public"."enum_worker_applications_arrangements";
  DROP TYPE "public"."enum_worker_applications_slots";
  DROP TYPE "public"."enum_worker_applications_languages_language";
  DROP TYPE "public"."enum_worker_applications_languages_level";
  DROP TYPE "public"."enum_worker_applications_experience_kind";
  DROP TYPE "public"."enum_worker_applications_status";
  DROP TYPE "public"."enum_worker_documents_kind";
  DROP TYPE "public"."enum_care_requests_slots";
  DROP TYPE "public"."enum_care_requests_tasks";
  DROP TYPE "public"."enum_care_requests_languages_language";
  DROP TYPE "public"."enum_care_requests_languages_level";
  DROP TYPE "public"."enum_care_requests_status";
  DROP TYPE "public"."enum_care_requests_job";
  DROP TYPE "public"."enum_care_requests_arrangement";
  DROP TYPE "public"."enum_care_requests_cared_for";
  DROP TYPE "public"."enum_care_proposals_status";
  DROP TYPE "public"."enum_care_proposals_job";
  DROP TYPE "public"."enum_care_proposals_arrangement";`)
}
