import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_housing_units_audiences" AS ENUM('families', 'single-parents', 'adults', 'elderly', 'workers', 'disabilities');
  CREATE TYPE "public"."enum_housing_units_kind" AS ENUM('bed', 'room', 'studio', 'two-room', 'three-room');
  CREATE TYPE "public"."enum_housing_applications_reason" AS ENUM('eviction', 'disaster', 'separation', 'violence', 'hospital', 'work', 'other');
  CREATE TYPE "public"."enum_housing_applications_status" AS ENUM('submitted', 'offered', 'accepted', 'staying', 'ended', 'refused', 'withdrawn');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'housing-timer' BEFORE 'send-appointment-email';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'housing-timer' BEFORE 'send-appointment-email';
  CREATE TABLE "housing_units_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_housing_units_audiences",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "housing_units" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"organisation_id" uuid NOT NULL,
  	"kind" "enum_housing_units_kind" NOT NULL,
  	"places" numeric DEFAULT 1 NOT NULL,
  	"accessible" boolean DEFAULT false,
  	"district_id" uuid NOT NULL,
  	"street" varchar NOT NULL,
  	"postcode" varchar,
  	"monthly_contribution_cents" numeric NOT NULL,
  	"max_months" numeric DEFAULT 6 NOT NULL,
  	"published" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "housing_units_locales" (
  	"description" varchar,
  	"rules" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "housing_applications" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"citizen_id" uuid,
  	"organisation_id" uuid NOT NULL,
  	"filed_by_id" uuid,
  	"reason" "enum_housing_applications_reason" NOT NULL,
  	"adults" numeric DEFAULT 1 NOT NULL,
  	"children" numeric DEFAULT 0 NOT NULL,
  	"needs_accessible" boolean DEFAULT false,
  	"situation" varchar NOT NULL,
  	"wanted_from" timestamp(3) with time zone NOT NULL,
  	"wanted_months" numeric NOT NULL,
  	"status" "enum_housing_applications_status" DEFAULT 'submitted' NOT NULL,
  	"unit_id" uuid,
  	"starts_on" timestamp(3) with time zone,
  	"ends_on" timestamp(3) with time zone,
  	"offer_expires_at" timestamp(3) with time zone,
  	"extension_until" timestamp(3) with time zone,
  	"ente_reason" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "housing_units_id" uuid;
  ALTER TABLE "housing_units_audiences" ADD CONSTRAINT "housing_units_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."housing_units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "housing_units" ADD CONSTRAINT "housing_units_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "housing_units" ADD CONSTRAINT "housing_units_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "housing_units_locales" ADD CONSTRAINT "housing_units_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."housing_units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "housing_applications" ADD CONSTRAINT "housing_applications_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "housing_applications" ADD CONSTRAINT "housing_applications_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "housing_applications" ADD CONSTRAINT "housing_applications_filed_by_id_users_id_fk" FOREIGN KEY ("filed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "housing_applications" ADD CONSTRAINT "housing_applications_unit_id_housing_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."housing_units"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "housing_units_audiences_order_idx" ON "housing_units_audiences" USING btree ("order");
  CREATE INDEX "housing_units_audiences_parent_idx" ON "housing_units_audiences" USING btree ("parent_id");
  CREATE INDEX "housing_units_organisation_idx" ON "housing_units" USING btree ("organisation_id");
  CREATE INDEX "housing_units_district_idx" ON "housing_units" USING btree ("district_id");
  CREATE INDEX "housing_units_published_idx" ON "housing_units" USING btree ("published");
  CREATE INDEX "housing_units_updated_at_idx" ON "housing_units" USING btree ("updated_at");
  CREATE INDEX "housing_units_created_at_idx" ON "housing_units" USING btree ("created_at");
  CREATE UNIQUE INDEX "housing_units_locales_locale_parent_id_unique" ON "housing_units_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "housing_applications_citizen_idx" ON "housing_applications" USING btree ("citizen_id");
  CREATE INDEX "housing_applications_organisation_idx" ON "housing_applications" USING btree ("organisation_id");
  CREATE INDEX "housing_applications_filed_by_idx" ON "housing_applications" USING btree ("filed_by_id");
  CREATE INDEX "housing_applications_status_idx" ON "housing_applications" USING btree ("status");
  CREATE INDEX "housing_applications_unit_idx" ON "housing_applications" USING btree ("unit_id");
  CREATE INDEX "housing_applications_updated_at_idx" ON "housing_applications" USING btree ("updated_at");
  CREATE INDEX "housing_applications_created_at_idx" ON "housing_applications" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_housing_units_fk" FOREIGN KEY ("housing_units_id") REFERENCES "public"."housing_units"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_housing_units_id_idx" ON "payload_locked_documents_rels" USING btree ("housing_units_id");`)
  // No unit is held by two applications on one day: an offer, an accepted offer and a stay each
  // hold their unit from arrival (included) to departure (excluded). Payload's schema cannot say
  // this; the database enforces it, whatever the timing of concurrent offers.
  await db.execute(sql`
  CREATE EXTENSION IF NOT EXISTS btree_gist;
  ALTER TABLE "housing_applications" ADD CONSTRAINT "housing_applications_unit_held_once"
    EXCLUDE USING gist ("unit_id" WITH =, tstzrange("starts_on", "ends_on", '[)') WITH &&)
    WHERE ("status" IN ('offered', 'accepted', 'staying'));`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "housing_units_audiences" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "housing_units" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "housing_units_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "housing_applications" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "housing_units_audiences" CASCADE;
  DROP TABLE "housing_units" CASCADE;
  DROP TABLE "housing_units_locales" CASCADE;
  DROP TABLE "housing_applications" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_housing_units_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'thread-timer', 'thread-reminder', 'group-timer', 'group-settle', 'send-notification-email', 'send-io-message', 'send-appointment-email', 'publish-desk-slots', 'send-validation-decision-email', 'accreditation-reminder', 'accreditation-expiry', 'accreditation-invitation', 'application-correction-email', 'send-inefficiency-email', 'refresh-insights');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'thread-timer', 'thread-reminder', 'group-timer', 'group-settle', 'send-notification-email', 'send-io-message', 'send-appointment-email', 'publish-desk-slots', 'send-validation-decision-email', 'accreditation-reminder', 'accreditation-expiry', 'accreditation-invitation', 'application-correction-email', 'send-inefficiency-email', 'refresh-insights');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_housing_units_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "housing_units_id";
  DROP TYPE "public"."enum_housing_units_audiences";
  DROP TYPE "public"."enum_housing_units_kind";
  DROP TYPE "public"."enum_housing_applications_reason";
  DROP TYPE "public"."enum_housing_applications_status";`)
}
