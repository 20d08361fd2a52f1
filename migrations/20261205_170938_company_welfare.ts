import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_company_invites_language" AS ENUM('it', 'en');
  CREATE TYPE "public"."enum_company_invites_status" AS ENUM('invited', 'accepted', 'revoked');
  CREATE TYPE "public"."enum_credit_purchases_status" AS ENUM('pending', 'paid', 'expired');
  ALTER TYPE "public"."enum_users_roles" ADD VALUE 'company-hr';
  CREATE TABLE "companies" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"vat_number" varchar NOT NULL,
  	"invoice_email" varchar NOT NULL,
  	"address" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "company_invites" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"company_id" uuid NOT NULL,
  	"email" varchar NOT NULL,
  	"name" varchar,
  	"allowance_cents" numeric NOT NULL,
  	"language" "enum_company_invites_language" DEFAULT 'it' NOT NULL,
  	"status" "enum_company_invites_status" DEFAULT 'invited' NOT NULL,
  	"expires_at" timestamp(3) with time zone,
  	"accepted_at" timestamp(3) with time zone,
  	"token_hash" varchar,
  	"voucher_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "credit_purchases" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar NOT NULL,
  	"company_id" uuid NOT NULL,
  	"amount_cents" numeric NOT NULL,
  	"status" "enum_credit_purchases_status" DEFAULT 'pending' NOT NULL,
  	"paid_at" timestamp(3) with time zone,
  	"bought_by_id" uuid,
  	"stripe_checkout_session_id" varchar,
  	"stripe_checkout_url" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users" ADD COLUMN "company_id" uuid;
  ALTER TABLE "vouchers" ADD COLUMN "company_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "companies_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "company_invites_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "credit_purchases_id" uuid;
  ALTER TABLE "company_invites" ADD CONSTRAINT "company_invites_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "company_invites" ADD CONSTRAINT "company_invites_voucher_id_vouchers_id_fk" FOREIGN KEY ("voucher_id") REFERENCES "public"."vouchers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "credit_purchases" ADD CONSTRAINT "credit_purchases_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "credit_purchases" ADD CONSTRAINT "credit_purchases_bought_by_id_users_id_fk" FOREIGN KEY ("bought_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "companies_vat_number_idx" ON "companies" USING btree ("vat_number");
  CREATE INDEX "companies_updated_at_idx" ON "companies" USING btree ("updated_at");
  CREATE INDEX "companies_created_at_idx" ON "companies" USING btree ("created_at");
  CREATE INDEX "company_invites_company_idx" ON "company_invites" USING btree ("company_id");
  CREATE INDEX "company_invites_status_idx" ON "company_invites" USING btree ("status");
  CREATE INDEX "company_invites_token_hash_idx" ON "company_invites" USING btree ("token_hash");
  CREATE INDEX "company_invites_voucher_idx" ON "company_invites" USING btree ("voucher_id");
  CREATE INDEX "company_invites_updated_at_idx" ON "company_invites" USING btree ("updated_at");
  CREATE INDEX "company_invites_created_at_idx" ON "company_invites" USING btree ("created_at");
  CREATE INDEX "credit_purchases_company_idx" ON "credit_purchases" USING btree ("company_id");
  CREATE INDEX "credit_purchases_status_idx" ON "credit_purchases" USING btree ("status");
  CREATE INDEX "credit_purchases_bought_by_idx" ON "credit_purchases" USING btree ("bought_by_id");
  CREATE INDEX "credit_purchases_stripe_stripe_checkout_session_id_idx" ON "credit_purchases" USING btree ("stripe_checkout_session_id");
  CREATE INDEX "credit_purchases_updated_at_idx" ON "credit_purchases" USING btree ("updated_at");
  CREATE INDEX "credit_purchases_created_at_idx" ON "credit_purchases" USING btree ("created_at");
  ALTER TABLE "users" ADD CONSTRAINT "users_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "vouchers" ADD CONSTRAINT "vouchers_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_companies_fk" FOREIGN KEY ("companies_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_company_invites_fk" FOREIGN KEY ("company_invites_id") REFERENCES "public"."company_invites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_credit_purchases_fk" FOREIGN KEY ("credit_purchases_id") REFERENCES "public"."credit_purchases"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_company_idx" ON "users" USING btree ("company_id");
  CREATE INDEX "vouchers_company_idx" ON "vouchers" USING btree ("company_id");
  CREATE INDEX "payload_locked_documents_rels_companies_id_idx" ON "payload_locked_documents_rels" USING btree ("companies_id");
  CREATE INDEX "payload_locked_documents_rels_company_invites_id_idx" ON "payload_locked_documents_rels" USING btree ("company_invites_id");
  CREATE INDEX "payload_locked_documents_rels_credit_purchases_id_idx" ON "payload_locked_documents_rels" USING btree ("credit_purchases_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // The HR accounts go with their role (it is the whole of their account); employees' vouchers stay, without their company.
  await db.execute(sql`
   DELETE FROM "users" WHERE "id" IN (SELECT "parent_id" FROM "users_roles" WHERE "value" = 'company-hr');
  ALTER TABLE "companies" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "company_invites" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "credit_purchases" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "companies" CASCADE;
  DROP TABLE "company_invites" CASCADE;
  DROP TABLE "credit_purchases" CASCADE;
  ALTER TABLE "users" DROP CONSTRAINT IF EXISTS "users_company_id_companies_id_fk";
  
  ALTER TABLE "vouchers" DROP CONSTRAINT IF EXISTS "vouchers_company_id_companies_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_companies_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_company_invites_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_credit_purchases_fk";
  
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_roles";
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'operator', 'ente-admin', 'ente-operator');
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_roles" USING "value"::"public"."enum_users_roles";
  DROP INDEX "users_company_idx";
  DROP INDEX "vouchers_company_idx";
  DROP INDEX "payload_locked_documents_rels_companies_id_idx";
  DROP INDEX "payload_locked_documents_rels_company_invites_id_idx";
  DROP INDEX "payload_locked_documents_rels_credit_purchases_id_idx";
  ALTER TABLE "users" DROP COLUMN "company_id";
  ALTER TABLE "vouchers" DROP COLUMN "company_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "companies_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "company_invites_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "credit_purchases_id";
  DROP TYPE "public"."enum_company_invites_language";
  DROP TYPE "public"."enum_company_invites_status";
  DROP TYPE "public"."enum_credit_purchases_status";`)
}
