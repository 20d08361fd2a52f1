import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'read';
  ALTER TABLE "payments" ALTER COLUMN "thread_id" DROP NOT NULL;
  ALTER TABLE "payments" ALTER COLUMN "citizen_id" DROP NOT NULL;
  ALTER TABLE "vouchers" ALTER COLUMN "holder_fiscal_code" DROP NOT NULL;
  ALTER TABLE "voucher_transactions" ALTER COLUMN "citizen_id" DROP NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_action";
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'update', 'delete', 'transition');
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_log_action" USING "action"::"public"."enum_audit_log_action";
  ALTER TABLE "payments" ALTER COLUMN "thread_id" SET NOT NULL;
  ALTER TABLE "payments" ALTER COLUMN "citizen_id" SET NOT NULL;
  ALTER TABLE "vouchers" ALTER COLUMN "holder_fiscal_code" SET NOT NULL;
  ALTER TABLE "voucher_transactions" ALTER COLUMN "citizen_id" SET NOT NULL;`)
}
