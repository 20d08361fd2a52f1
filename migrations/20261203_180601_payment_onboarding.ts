import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_organisations_payment_account_status" AS ENUM('pending', 'enabled', 'restricted');
  ALTER TABLE "organisations" RENAME COLUMN "payment_account_id" TO "payment_account_account_id";
  ALTER TABLE "organisations" ADD COLUMN "payment_account_status" "enum_organisations_payment_account_status";
  ALTER TABLE "organisations" ADD COLUMN "payment_account_updated_at" timestamp(3) with time zone;
  CREATE INDEX "organisations_payment_account_payment_account_account_id_idx" ON "organisations" USING btree ("payment_account_account_id");`)
  // An account typed in by a WeMi admin already received payments: it stays in use until Stripe
  // reports its state (account.updated, or the ente's next onboarding).
  await db.execute(sql`
  UPDATE "organisations" SET "payment_account_status" = 'enabled', "payment_account_updated_at" = now()
   WHERE "payment_account_account_id" IS NOT NULL AND "payment_account_account_id" <> '';
  UPDATE "organisations" SET "payment_account_account_id" = NULL WHERE "payment_account_account_id" = '';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "organisations_payment_account_payment_account_account_id_idx";
  ALTER TABLE "organisations" RENAME COLUMN "payment_account_account_id" TO "payment_account_id";
  ALTER TABLE "organisations" DROP COLUMN "payment_account_status";
  ALTER TABLE "organisations" DROP COLUMN "payment_account_updated_at";
  DROP TYPE "public"."enum_organisations_payment_account_status";`)
}
