import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_domestic_work_pay_levels_level" AS ENUM('A', 'AS', 'B', 'BS', 'C', 'CS', 'D', 'DS');
  CREATE TABLE "domestic_work_pay_levels" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"level" "enum_domestic_work_pay_levels_level" NOT NULL,
  	"live_in_monthly_cents" numeric NOT NULL,
  	"hourly_cents" numeric NOT NULL
  );
  
  CREATE TABLE "domestic_work_pay_contribution_bands" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"up_to_hourly_cents" numeric,
  	"total_cents" numeric NOT NULL,
  	"worker_cents" numeric NOT NULL
  );
  
  CREATE TABLE "domestic_work_pay" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"year" numeric NOT NULL,
  	"sources" varchar,
  	"food_and_lodging_daily_cents" numeric NOT NULL,
  	"child_under_six_hourly_cents" numeric NOT NULL,
  	"cassa_colf_employer_cents" numeric NOT NULL,
  	"long_week_hours" numeric NOT NULL,
  	"long_week_total_cents" numeric NOT NULL,
  	"long_week_worker_cents" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "domestic_work_pay_levels" ADD CONSTRAINT "domestic_work_pay_levels_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."domestic_work_pay"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "domestic_work_pay_contribution_bands" ADD CONSTRAINT "domestic_work_pay_contribution_bands_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."domestic_work_pay"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "domestic_work_pay_levels_order_idx" ON "domestic_work_pay_levels" USING btree ("_order");
  CREATE INDEX "domestic_work_pay_levels_parent_id_idx" ON "domestic_work_pay_levels" USING btree ("_parent_id");
  CREATE INDEX "domestic_work_pay_contribution_bands_order_idx" ON "domestic_work_pay_contribution_bands" USING btree ("_order");
  CREATE INDEX "domestic_work_pay_contribution_bands_parent_id_idx" ON "domestic_work_pay_contribution_bands" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "domestic_work_pay_levels" CASCADE;
  DROP TABLE "domestic_work_pay_contribution_bands" CASCADE;
  DROP TABLE "domestic_work_pay" CASCADE;
  DROP TYPE "public"."enum_domestic_work_pay_levels_level";`)
}
