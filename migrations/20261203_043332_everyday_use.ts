import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_citizens_contact_preference" AS ENUM('email', 'phone', 'desk');
  ALTER TYPE "public"."enum_services_validation_status" ADD VALUE 'to-correct' BEFORE 'published';
  ALTER TYPE "public"."enum__services_v_version_validation_status" ADD VALUE 'to-correct' BEFORE 'published';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'send-validation-decision-email';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'send-validation-decision-email';
  DROP INDEX "news_slug_idx";
  DROP INDEX "_news_v_version_version_slug_idx";
  ALTER TABLE "citizens" ALTER COLUMN "email" DROP NOT NULL;
  ALTER TABLE "services" ADD COLUMN "unusual_price_confirmed" boolean DEFAULT false;
  ALTER TABLE "services" ADD COLUMN "agreed_part_with_voucher" boolean DEFAULT false;
  ALTER TABLE "_services_v" ADD COLUMN "version_unusual_price_confirmed" boolean DEFAULT false;
  ALTER TABLE "_services_v" ADD COLUMN "version_agreed_part_with_voucher" boolean DEFAULT false;
  ALTER TABLE "news_locales" ADD COLUMN "slug" varchar;
  ALTER TABLE "_news_v_locales" ADD COLUMN "version_slug" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_w480_url" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_w480_width" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_w480_height" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_w480_mime_type" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_w480_filesize" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_w480_filename" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_w960_url" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_w960_width" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_w960_height" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_w960_mime_type" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_w960_filesize" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_w960_filename" varchar;
  ALTER TABLE "citizens" ADD COLUMN "contact_preference" "enum_citizens_contact_preference" DEFAULT 'email';
  ALTER TABLE "threads" ADD COLUMN "title" varchar;
  ALTER TABLE "service_search" ADD COLUMN "individual_price_cents" integer;
  ALTER TABLE "service_search" ADD COLUMN "shared_price_people" integer;
  -- Published news keep their address: the slug they had becomes their Italian one.
  UPDATE "news_locales" AS l SET "slug" = n."slug" FROM "news" AS n WHERE l."_parent_id" = n."id" AND l."_locale" = 'it';
  UPDATE "_news_v_locales" AS l SET "version_slug" = v."version_slug" FROM "_news_v" AS v WHERE l."_parent_id" = v."id" AND l."_locale" = 'it';
  CREATE UNIQUE INDEX "news_slug_idx" ON "news_locales" USING btree ("slug","_locale");
  CREATE INDEX "_news_v_version_version_slug_idx" ON "_news_v_locales" USING btree ("version_slug","_locale");
  CREATE INDEX "media_sizes_w480_sizes_w480_filename_idx" ON "media" USING btree ("sizes_w480_filename");
  CREATE INDEX "media_sizes_w960_sizes_w960_filename_idx" ON "media" USING btree ("sizes_w960_filename");
  ALTER TABLE "news" DROP COLUMN "slug";
  ALTER TABLE "_news_v" DROP COLUMN "version_slug";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "services" ALTER COLUMN "validation_status" SET DATA TYPE text;
  ALTER TABLE "services" ALTER COLUMN "validation_status" SET DEFAULT 'draft'::text;
  DROP TYPE "public"."enum_services_validation_status";
  CREATE TYPE "public"."enum_services_validation_status" AS ENUM('draft', 'submitted', 'published', 'suspended', 'archived');
  ALTER TABLE "services" ALTER COLUMN "validation_status" SET DEFAULT 'draft'::"public"."enum_services_validation_status";
  ALTER TABLE "services" ALTER COLUMN "validation_status" SET DATA TYPE "public"."enum_services_validation_status" USING "validation_status"::"public"."enum_services_validation_status";
  ALTER TABLE "_services_v" ALTER COLUMN "version_validation_status" SET DATA TYPE text;
  ALTER TABLE "_services_v" ALTER COLUMN "version_validation_status" SET DEFAULT 'draft'::text;
  DROP TYPE "public"."enum__services_v_version_validation_status";
  CREATE TYPE "public"."enum__services_v_version_validation_status" AS ENUM('draft', 'submitted', 'published', 'suspended', 'archived');
  ALTER TABLE "_services_v" ALTER COLUMN "version_validation_status" SET DEFAULT 'draft'::"public"."enum__services_v_version_validation_status";
  ALTER TABLE "_services_v" ALTER COLUMN "version_validation_status" SET DATA TYPE "public"."enum__services_v_version_validation_status" USING "version_validation_status"::"public"."enum__services_v_version_validation_status";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'thread-timer', 'thread-reminder', 'send-notification-email', 'send-appointment-email', 'publish-desk-slots');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'thread-timer', 'thread-reminder', 'send-notification-email', 'send-appointment-email', 'publish-desk-slots');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "news_slug_idx";
  DROP INDEX "_news_v_version_version_slug_idx";
  DROP INDEX "media_sizes_w480_sizes_w480_filename_idx";
  DROP INDEX "media_sizes_w960_sizes_w960_filename_idx";
  ALTER TABLE "citizens" ALTER COLUMN "email" SET NOT NULL;
  ALTER TABLE "news" ADD COLUMN "slug" varchar;
  ALTER TABLE "_news_v" ADD COLUMN "version_slug" varchar;
  UPDATE "news" AS n SET "slug" = l."slug" FROM "news_locales" AS l WHERE l."_parent_id" = n."id" AND l."_locale" = 'it';
  UPDATE "_news_v" AS v SET "version_slug" = l."version_slug" FROM "_news_v_locales" AS l WHERE l."_parent_id" = v."id" AND l."_locale" = 'it';
  CREATE UNIQUE INDEX "news_slug_idx" ON "news" USING btree ("slug");
  CREATE INDEX "_news_v_version_version_slug_idx" ON "_news_v" USING btree ("version_slug");
  ALTER TABLE "services" DROP COLUMN "unusual_price_confirmed";
  ALTER TABLE "services" DROP COLUMN "agreed_part_with_voucher";
  ALTER TABLE "_services_v" DROP COLUMN "version_unusual_price_confirmed";
  ALTER TABLE "_services_v" DROP COLUMN "version_agreed_part_with_voucher";
  ALTER TABLE "news_locales" DROP COLUMN "slug";
  ALTER TABLE "_news_v_locales" DROP COLUMN "version_slug";
  ALTER TABLE "media" DROP COLUMN "sizes_w480_url";
  ALTER TABLE "media" DROP COLUMN "sizes_w480_width";
  ALTER TABLE "media" DROP COLUMN "sizes_w480_height";
  ALTER TABLE "media" DROP COLUMN "sizes_w480_mime_type";
  ALTER TABLE "media" DROP COLUMN "sizes_w480_filesize";
  ALTER TABLE "media" DROP COLUMN "sizes_w480_filename";
  ALTER TABLE "media" DROP COLUMN "sizes_w960_url";
  ALTER TABLE "media" DROP COLUMN "sizes_w960_width";
  ALTER TABLE "media" DROP COLUMN "sizes_w960_height";
  ALTER TABLE "media" DROP COLUMN "sizes_w960_mime_type";
  ALTER TABLE "media" DROP COLUMN "sizes_w960_filesize";
  ALTER TABLE "media" DROP COLUMN "sizes_w960_filename";
  ALTER TABLE "citizens" DROP COLUMN "contact_preference";
  ALTER TABLE "threads" DROP COLUMN "title";
  ALTER TABLE "service_search" DROP COLUMN "individual_price_cents";
  ALTER TABLE "service_search" DROP COLUMN "shared_price_people";
  DROP TYPE "public"."enum_citizens_contact_preference";`)
}
