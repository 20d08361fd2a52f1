import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_notifications_kind" ADD VALUE 'housing-new-application';
  ALTER TYPE "public"."enum_notifications_kind" ADD VALUE 'housing-offered';
  ALTER TYPE "public"."enum_notifications_kind" ADD VALUE 'housing-refused';
  ALTER TYPE "public"."enum_notifications_kind" ADD VALUE 'housing-offer-withdrawn';
  ALTER TYPE "public"."enum_notifications_kind" ADD VALUE 'housing-withdrawn';
  ALTER TYPE "public"."enum_notifications_kind" ADD VALUE 'housing-offer-accepted';
  ALTER TYPE "public"."enum_notifications_kind" ADD VALUE 'housing-offer-declined';
  ALTER TYPE "public"."enum_notifications_kind" ADD VALUE 'housing-offer-expired';
  ALTER TYPE "public"."enum_notifications_kind" ADD VALUE 'housing-extension-asked';
  ALTER TYPE "public"."enum_notifications_kind" ADD VALUE 'housing-extension-granted';
  ALTER TYPE "public"."enum_notifications_kind" ADD VALUE 'housing-extension-refused';
  ALTER TYPE "public"."enum_io_messages_notice" ADD VALUE 'stay-offered';
  ALTER TABLE "notifications" ADD COLUMN "housing_application_id" uuid;
  ALTER TABLE "housing_applications" ADD COLUMN "title" varchar;
  ALTER TABLE "housing_applications" ADD COLUMN "contacts" varchar;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_housing_application_id_housing_applications_id_fk" FOREIGN KEY ("housing_application_id") REFERENCES "public"."housing_applications"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "notifications_housing_application_idx" ON "notifications" USING btree ("housing_application_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // The notices the new values name go with them: an enum cannot lose a value still in use.
  await db.execute(sql`
   DELETE FROM "io_messages" WHERE "notice" = 'stay-offered';
  DELETE FROM "notifications" WHERE "kind"::text LIKE 'housing-%';
  ALTER TABLE "notifications" DROP CONSTRAINT "notifications_housing_application_id_housing_applications_id_fk";
  
  ALTER TABLE "notifications" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_notifications_kind";
  CREATE TYPE "public"."enum_notifications_kind" AS ENUM('new-request', 'answer-due', 'new-quote', 'quote-expiring', 'quote-expired', 'expired', 'declined', 'quote-accepted', 'not-chosen', 'payment-due', 'payment-expired', 'payment-confirmed', 'payment-received', 'delivered', 'review-closing', 'reviewed', 'cancelled', 'refunded', 'disputed', 'resolved', 'message-for-citizen', 'message-for-ente', 'group-minimum-reached', 'group-to-confirm', 'group-member-joined', 'group-member-removed', 'group-confirmed', 'group-declined', 'group-decide', 'group-dissolved', 'group-message-for-members', 'group-message-for-ente', 'care-proposed', 'care-meeting-accepted', 'care-meeting-asked', 'worker-assessed');
  ALTER TABLE "notifications" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_notifications_kind" USING "kind"::"public"."enum_notifications_kind";
  ALTER TABLE "io_messages" ALTER COLUMN "notice" SET DATA TYPE text;
  DROP TYPE "public"."enum_io_messages_notice";
  CREATE TYPE "public"."enum_io_messages_notice" AS ENUM('new-quote', 'payment-due', 'appointment-booked', 'appointment-moved');
  ALTER TABLE "io_messages" ALTER COLUMN "notice" SET DATA TYPE "public"."enum_io_messages_notice" USING "notice"::"public"."enum_io_messages_notice";
  DROP INDEX "notifications_housing_application_idx";
  ALTER TABLE "notifications" DROP COLUMN "housing_application_id";
  ALTER TABLE "housing_applications" DROP COLUMN "title";
  ALTER TABLE "housing_applications" DROP COLUMN "contacts";`)
}
