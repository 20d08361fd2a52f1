import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_io_messages_notice" AS ENUM('new-quote', 'payment-due', 'appointment-booked', 'appointment-moved');
  CREATE TYPE "public"."enum_io_messages_status" AS ENUM('queued', 'sent', 'no-app', 'turned-off', 'failed');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'send-io-message' BEFORE 'send-appointment-email';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'send-io-message' BEFORE 'send-appointment-email';
  CREATE TABLE "io_messages" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"citizen_id" uuid NOT NULL,
  	"notice" "enum_io_messages_notice" NOT NULL,
  	"notification_id" uuid,
  	"appointment_id" uuid,
  	"status" "enum_io_messages_status" DEFAULT 'queued' NOT NULL,
  	"attempts" numeric DEFAULT 0,
  	"sent_at" timestamp(3) with time zone,
  	"io_id" varchar,
  	"error" varchar,
  	"dedupe_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "io_messages" ADD CONSTRAINT "io_messages_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "io_messages" ADD CONSTRAINT "io_messages_notification_id_notifications_id_fk" FOREIGN KEY ("notification_id") REFERENCES "public"."notifications"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "io_messages" ADD CONSTRAINT "io_messages_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "io_messages_citizen_idx" ON "io_messages" USING btree ("citizen_id");
  CREATE INDEX "io_messages_notification_idx" ON "io_messages" USING btree ("notification_id");
  CREATE INDEX "io_messages_appointment_idx" ON "io_messages" USING btree ("appointment_id");
  CREATE INDEX "io_messages_status_idx" ON "io_messages" USING btree ("status");
  CREATE UNIQUE INDEX "io_messages_dedupe_key_idx" ON "io_messages" USING btree ("dedupe_key");
  CREATE INDEX "io_messages_updated_at_idx" ON "io_messages" USING btree ("updated_at");
  CREATE INDEX "io_messages_created_at_idx" ON "io_messages" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "io_messages" CASCADE;
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'thread-timer', 'thread-reminder', 'group-timer', 'group-settle', 'send-notification-email', 'send-appointment-email', 'publish-desk-slots', 'send-validation-decision-email', 'accreditation-reminder', 'accreditation-expiry', 'accreditation-invitation', 'application-correction-email', 'send-inefficiency-email', 'refresh-insights');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'thread-timer', 'thread-reminder', 'group-timer', 'group-settle', 'send-notification-email', 'send-appointment-email', 'publish-desk-slots', 'send-validation-decision-email', 'accreditation-reminder', 'accreditation-expiry', 'accreditation-invitation', 'application-correction-email', 'send-inefficiency-email', 'refresh-insights');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP TYPE "public"."enum_io_messages_notice";
  DROP TYPE "public"."enum_io_messages_status";`)
}
