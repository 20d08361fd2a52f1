import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "organisation_documents" ADD COLUMN "prefix" varchar DEFAULT 'organisation-documents';
  ALTER TABLE "organisation_documents" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "media" ADD COLUMN "prefix" varchar DEFAULT 'media';
  ALTER TABLE "media" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "thread_files" ADD COLUMN "prefix" varchar DEFAULT 'thread-files';
  ALTER TABLE "thread_files" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "voucher_imports" ADD COLUMN "prefix" varchar DEFAULT 'voucher-imports';
  ALTER TABLE "voucher_imports" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "worker_documents" ADD COLUMN "prefix" varchar DEFAULT 'worker-documents';
  ALTER TABLE "worker_documents" ADD COLUMN "_objectkey" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "organisation_documents" DROP COLUMN "prefix";
  ALTER TABLE "organisation_documents" DROP COLUMN "_objectkey";
  ALTER TABLE "media" DROP COLUMN "prefix";
  ALTER TABLE "media" DROP COLUMN "_objectkey";
  ALTER TABLE "thread_files" DROP COLUMN "prefix";
  ALTER TABLE "thread_files" DROP COLUMN "_objectkey";
  ALTER TABLE "voucher_imports" DROP COLUMN "prefix";
  ALTER TABLE "voucher_imports" DROP COLUMN "_objectkey";
  ALTER TABLE "worker_documents" DROP COLUMN "prefix";
  ALTER TABLE "worker_documents" DROP COLUMN "_objectkey";`)
}
