import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_organisations_application_language" AS ENUM('it', 'en');
  CREATE TYPE "public"."enum_organisation_documents_kind" AS ENUM('statute', 'register', 'insurance', 'other');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'accreditation-reminder' BEFORE 'refresh-insights';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'accreditation-expiry' BEFORE 'refresh-insights';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'accreditation-invitation' BEFORE 'refresh-insights';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'application-correction-email' BEFORE 'refresh-insights';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'accreditation-reminder' BEFORE 'refresh-insights';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'accreditation-expiry' BEFORE 'refresh-insights';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'accreditation-invitation' BEFORE 'refresh-insights';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'application-correction-email' BEFORE 'refresh-insights';
  CREATE TABLE "organisation_documents" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"organisation_id" uuid NOT NULL,
  	"kind" "enum_organisation_documents_kind" NOT NULL,
  	"original_name" varchar,
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
  
  ALTER TABLE "organisations" ADD COLUMN "application_representative_name" varchar;
  ALTER TABLE "organisations" ADD COLUMN "application_representative_fiscal_code" varchar;
  ALTER TABLE "organisations" ADD COLUMN "application_admin_name" varchar;
  ALTER TABLE "organisations" ADD COLUMN "application_admin_email" varchar;
  ALTER TABLE "organisations" ADD COLUMN "application_language" "enum_organisations_application_language" DEFAULT 'it';
  ALTER TABLE "organisations" ADD COLUMN "application_invited_at" timestamp(3) with time zone;
  ALTER TABLE "organisations" ADD COLUMN "application_token_hash" varchar;
  ALTER TABLE "organisations" ADD COLUMN "accreditation_expires_at" timestamp(3) with time zone;
  ALTER TABLE "organisations" ADD COLUMN "accreditation_last_reminder_days" numeric;
  ALTER TABLE "organisation_documents" ADD CONSTRAINT "organisation_documents_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "organisation_documents_organisation_idx" ON "organisation_documents" USING btree ("organisation_id");
  CREATE INDEX "organisation_documents_updated_at_idx" ON "organisation_documents" USING btree ("updated_at");
  CREATE INDEX "organisation_documents_created_at_idx" ON "organisation_documents" USING btree ("created_at");
  CREATE UNIQUE INDEX "organisation_documents_filename_idx" ON "organisation_documents" USING btree ("filename");
  CREATE INDEX "organisations_application_application_token_hash_idx" ON "organisations" USING btree ("application_token_hash");
  CREATE INDEX "organisations_accreditation_accreditation_expires_at_idx" ON "organisations" USING btree ("accreditation_expires_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "organisation_documents" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "organisation_documents" CASCADE;
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'thread-timer', 'thread-reminder', 'group-timer', 'group-settle', 'send-notification-email', 'send-appointment-email', 'publish-desk-slots', 'send-validation-decision-email', 'refresh-insights');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'thread-timer', 'thread-reminder', 'group-timer', 'group-settle', 'send-notification-email', 'send-appointment-email', 'publish-desk-slots', 'send-validation-decision-email', 'refresh-insights');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "organisations_application_application_token_hash_idx";
  DROP INDEX "organisations_accreditation_accreditation_expires_at_idx";
  ALTER TABLE "organisations" DROP COLUMN "application_representative_name";
  ALTER TABLE "organisations" DROP COLUMN "application_representative_fiscal_code";
  ALTER TABLE "organisations" DROP COLUMN "application_admin_name";
  ALTER TABLE "organisations" DROP COLUMN "application_admin_email";
  ALTER TABLE "organisations" DROP COLUMN "application_language";
  ALTER TABLE "organisations" DROP COLUMN "application_invited_at";
  ALTER TABLE "organisations" DROP COLUMN "application_token_hash";
  ALTER TABLE "organisations" DROP COLUMN "accreditation_expires_at";
  ALTER TABLE "organisations" DROP COLUMN "accreditation_last_reminder_days";
  DROP TYPE "public"."enum_organisations_application_language";
  DROP TYPE "public"."enum_organisation_documents_kind";`)
}
