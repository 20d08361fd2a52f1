import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "citizens" ADD COLUMN "birth_date" timestamp(3) with time zone;
  ALTER TABLE "citizens" ADD COLUMN "digital_identity_issuer" varchar;
  ALTER TABLE "citizens" ADD COLUMN "digital_identity_subject" varchar;
  ALTER TABLE "citizens" ADD COLUMN "digital_identity_level" varchar;
  ALTER TABLE "citizens" ADD COLUMN "digital_identity_last_sign_in_at" timestamp(3) with time zone;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "citizens" DROP COLUMN "birth_date";
  ALTER TABLE "citizens" DROP COLUMN "digital_identity_issuer";
  ALTER TABLE "citizens" DROP COLUMN "digital_identity_subject";
  ALTER TABLE "citizens" DROP COLUMN "digital_identity_level";
  ALTER TABLE "citizens" DROP COLUMN "digital_identity_last_sign_in_at";`)
}
