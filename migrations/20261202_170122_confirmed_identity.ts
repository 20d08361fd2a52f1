import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_citizens_fiscal_code_confirmed_by" AS ENUM('digital-identity', 'desk');
  CREATE TYPE "public"."enum_citizens_fiscal_code_document" AS ENUM('identity-card', 'passport', 'driving-licence', 'residence-permit', 'health-card');
  DROP INDEX "citizens_fiscal_code_idx";
  ALTER TABLE "citizens" ADD COLUMN "confirmed_fiscal_code" varchar;
  ALTER TABLE "citizens" ADD COLUMN "fiscal_code_confirmed_by" "enum_citizens_fiscal_code_confirmed_by";
  ALTER TABLE "citizens" ADD COLUMN "fiscal_code_document" "enum_citizens_fiscal_code_document";
  ALTER TABLE "citizens" ADD COLUMN "fiscal_code_confirmed_at" timestamp(3) with time zone;
  ALTER TABLE "citizens" ADD COLUMN "pending_email" varchar;
  CREATE UNIQUE INDEX "citizens_confirmed_fiscal_code_idx" ON "citizens" USING btree ("confirmed_fiscal_code");
  CREATE INDEX "citizens_fiscal_code_idx" ON "citizens" USING btree ("fiscal_code");`)
  // A code that SPID/CIE vouched for at sign-in was proven; every other code stays a claim.
  await db.execute(sql`
  UPDATE "citizens" SET "confirmed_fiscal_code" = "fiscal_code", "fiscal_code_confirmed_by" = 'digital-identity', "fiscal_code_confirmed_at" = "digital_identity_last_sign_in_at"
    WHERE "fiscal_code" IS NOT NULL AND "digital_identity_issuer" IS NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "citizens_confirmed_fiscal_code_idx";
  DROP INDEX "citizens_fiscal_code_idx";
  CREATE UNIQUE INDEX "citizens_fiscal_code_idx" ON "citizens" USING btree ("fiscal_code");
  ALTER TABLE "citizens" DROP COLUMN "confirmed_fiscal_code";
  ALTER TABLE "citizens" DROP COLUMN "fiscal_code_confirmed_by";
  ALTER TABLE "citizens" DROP COLUMN "fiscal_code_document";
  ALTER TABLE "citizens" DROP COLUMN "fiscal_code_confirmed_at";
  ALTER TABLE "citizens" DROP COLUMN "pending_email";
  DROP TYPE "public"."enum_citizens_fiscal_code_confirmed_by";
  DROP TYPE "public"."enum_citizens_fiscal_code_document";`)
}
