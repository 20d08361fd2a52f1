import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "city_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  ALTER TABLE "city" ALTER COLUMN "time_zone" DROP DEFAULT;
  ALTER TABLE "city_locales" ADD COLUMN "district_label" varchar;
  ALTER TABLE "city_texts" ADD CONSTRAINT "city_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."city"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "city_texts_order_parent" ON "city_texts" USING btree ("order","parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "city_texts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "city_texts" CASCADE;
  ALTER TABLE "city" ALTER COLUMN "time_zone" SET DEFAULT 'Europe/Rome';
  ALTER TABLE "city_locales" DROP COLUMN "district_label";`)
}
