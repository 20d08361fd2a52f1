import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_page_feedback_answer" AS ENUM('clear', 'complete', 'knew-progress', 'no-technical-problems', 'other-liked', 'unclear', 'incomplete', 'unsure-progress', 'technical-problems', 'other-difficulty');
  CREATE TYPE "public"."enum_page_feedback_language" AS ENUM('it', 'en');
  CREATE TYPE "public"."enum_inefficiency_reports_status" AS ENUM('new', 'in-progress', 'answered', 'closed');
  CREATE TYPE "public"."enum_inefficiency_reports_category" AS ENUM('service-not-as-described', 'ente-conduct', 'desk', 'website', 'accessibility', 'payments', 'other');
  CREATE TYPE "public"."enum_inefficiency_reports_language" AS ENUM('it', 'en');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'send-inefficiency-email' BEFORE 'refresh-insights';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'send-inefficiency-email' BEFORE 'refresh-insights';
  CREATE TABLE "page_feedback" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"page" varchar NOT NULL,
  	"page_title" varchar,
  	"service_id" uuid,
  	"organisation_id" uuid,
  	"rating" numeric NOT NULL,
  	"answer" "enum_page_feedback_answer",
  	"language" "enum_page_feedback_language",
  	"details" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "inefficiency_reports" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"number" varchar,
  	"status" "enum_inefficiency_reports_status" DEFAULT 'new' NOT NULL,
  	"category" "enum_inefficiency_reports_category" NOT NULL,
  	"subject" varchar,
  	"service_id" uuid,
  	"description" varchar NOT NULL,
  	"name" varchar,
  	"email" varchar NOT NULL,
  	"language" "enum_inefficiency_reports_language",
  	"citizen_id" uuid,
  	"reply" varchar,
  	"replied_at" timestamp(3) with time zone,
  	"replied_by_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "page_feedback_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "inefficiency_reports_id" uuid;
  ALTER TABLE "page_feedback" ADD CONSTRAINT "page_feedback_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "page_feedback" ADD CONSTRAINT "page_feedback_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "inefficiency_reports" ADD CONSTRAINT "inefficiency_reports_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "inefficiency_reports" ADD CONSTRAINT "inefficiency_reports_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "inefficiency_reports" ADD CONSTRAINT "inefficiency_reports_replied_by_id_users_id_fk" FOREIGN KEY ("replied_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "page_feedback_page_idx" ON "page_feedback" USING btree ("page");
  CREATE INDEX "page_feedback_service_idx" ON "page_feedback" USING btree ("service_id");
  CREATE INDEX "page_feedback_organisation_idx" ON "page_feedback" USING btree ("organisation_id");
  CREATE INDEX "page_feedback_updated_at_idx" ON "page_feedback" USING btree ("updated_at");
  CREATE INDEX "page_feedback_created_at_idx" ON "page_feedback" USING btree ("created_at");
  CREATE UNIQUE INDEX "inefficiency_reports_number_idx" ON "inefficiency_reports" USING btree ("number");
  CREATE INDEX "inefficiency_reports_status_idx" ON "inefficiency_reports" USING btree ("status");
  CREATE INDEX "inefficiency_reports_category_idx" ON "inefficiency_reports" USING btree ("category");
  CREATE INDEX "inefficiency_reports_service_idx" ON "inefficiency_reports" USING btree ("service_id");
  CREATE INDEX "inefficiency_reports_citizen_idx" ON "inefficiency_reports" USING btree ("citizen_id");
  CREATE INDEX "inefficiency_reports_replied_by_idx" ON "inefficiency_reports" USING btree ("replied_by_id");
  CREATE INDEX "inefficiency_reports_updated_at_idx" ON "inefficiency_reports" USING btree ("updated_at");
  CREATE INDEX "inefficiency_reports_created_at_idx" ON "inefficiency_reports" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_page_feedback_fk" FOREIGN KEY ("page_feedback_id") REFERENCES "public"."page_feedback"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_inefficiency_reports_fk" FOREIGN KEY ("inefficiency_reports_id") REFERENCES "public"."inefficiency_reports"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_page_feedback_id_idx" ON "payload_locked_documents_rels" USING btree ("page_feedback_id");
  CREATE INDEX "payload_locked_documents_rels_inefficiency_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("inefficiency_reports_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "page_feedback" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "inefficiency_reports" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "page_feedback" CASCADE;
  DROP TABLE "inefficiency_reports" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_page_feedback_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_inefficiency_reports_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'thread-timer', 'thread-reminder', 'group-timer', 'group-settle', 'send-notification-email', 'send-appointment-email', 'publish-desk-slots', 'send-validation-decision-email', 'accreditation-reminder', 'accreditation-expiry', 'accreditation-invitation', 'application-correction-email', 'refresh-insights');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'thread-timer', 'thread-reminder', 'group-timer', 'group-settle', 'send-notification-email', 'send-appointment-email', 'publish-desk-slots', 'send-validation-decision-email', 'accreditation-reminder', 'accreditation-expiry', 'accreditation-invitation', 'application-correction-email', 'refresh-insights');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_page_feedback_id_idx";
  DROP INDEX "payload_locked_documents_rels_inefficiency_reports_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "page_feedback_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "inefficiency_reports_id";
  DROP TYPE "public"."enum_page_feedback_answer";
  DROP TYPE "public"."enum_page_feedback_language";
  DROP TYPE "public"."enum_inefficiency_reports_status";
  DROP TYPE "public"."enum_inefficiency_reports_category";
  DROP TYPE "public"."enum_inefficiency_reports_language";`)
}
