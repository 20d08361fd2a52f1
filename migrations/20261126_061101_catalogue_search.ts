import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_reported_needs_language" AS ENUM('it', 'en');
  CREATE TABLE "districts_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"districts_id" uuid
  );
  
  CREATE TABLE "reported_needs" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"description" varchar NOT NULL,
  	"terms" varchar,
  	"category_id" uuid,
  	"district_id" uuid,
  	"email" varchar,
  	"language" "enum_reported_needs_language",
  	"sender_key" varchar,
  	"reviewed" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "service_search" (
  	"service_id" uuid PRIMARY KEY NOT NULL,
  	"slug" varchar NOT NULL,
  	"organisation_id" uuid NOT NULL,
  	"organisation_slug" varchar,
  	"organisation_name" varchar NOT NULL,
  	"category_id" uuid,
  	"area_id" uuid,
  	"district_ids" uuid[] DEFAULT '{}' NOT NULL,
  	"target_group_ids" uuid[] DEFAULT '{}' NOT NULL,
  	"time_bands" varchar[] DEFAULT '{}' NOT NULL,
  	"days" varchar[] DEFAULT '{}' NOT NULL,
  	"price_model" varchar NOT NULL,
  	"price_from_cents" integer NOT NULL,
  	"shared_price_from_cents" integer,
  	"is_free" boolean NOT NULL,
  	"is_shared" boolean NOT NULL,
  	"rating_average" numeric,
  	"rating_count" integer DEFAULT 0 NOT NULL,
  	"title_it" varchar NOT NULL,
  	"title_en" varchar,
  	"summary_it" varchar,
  	"summary_en" varchar,
  	"search_text" varchar NOT NULL,
  	"document" "tsvector" NOT NULL,
  	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "search_words" (
  	"word" varchar PRIMARY KEY NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "reported_needs_id" uuid;
  ALTER TABLE "districts_rels" ADD CONSTRAINT "districts_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "districts_rels" ADD CONSTRAINT "districts_rels_districts_fk" FOREIGN KEY ("districts_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reported_needs" ADD CONSTRAINT "reported_needs_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reported_needs" ADD CONSTRAINT "reported_needs_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_search" ADD CONSTRAINT "service_search_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "districts_rels_order_idx" ON "districts_rels" USING btree ("order");
  CREATE INDEX "districts_rels_parent_idx" ON "districts_rels" USING btree ("parent_id");
  CREATE INDEX "districts_rels_path_idx" ON "districts_rels" USING btree ("path");
  CREATE INDEX "districts_rels_districts_id_idx" ON "districts_rels" USING btree ("districts_id");
  CREATE INDEX "reported_needs_category_idx" ON "reported_needs" USING btree ("category_id");
  CREATE INDEX "reported_needs_district_idx" ON "reported_needs" USING btree ("district_id");
  CREATE INDEX "reported_needs_sender_key_idx" ON "reported_needs" USING btree ("sender_key");
  CREATE INDEX "reported_needs_updated_at_idx" ON "reported_needs" USING btree ("updated_at");
  CREATE INDEX "reported_needs_created_at_idx" ON "reported_needs" USING btree ("created_at");
  CREATE INDEX "service_search_document_idx" ON "service_search" USING gin ("document");
  CREATE INDEX "service_search_text_trgm_idx" ON "service_search" USING gin ("search_text" gin_trgm_ops);
  CREATE INDEX "service_search_districts_idx" ON "service_search" USING gin ("district_ids");
  CREATE INDEX "service_search_category_idx" ON "service_search" USING btree ("category_id");
  CREATE INDEX "service_search_area_idx" ON "service_search" USING btree ("area_id");
  CREATE INDEX "service_search_organisation_idx" ON "service_search" USING btree ("organisation_id");
  CREATE INDEX "service_search_price_idx" ON "service_search" USING btree ("price_from_cents");
  CREATE INDEX "search_words_trgm_idx" ON "search_words" USING gin ("word" gin_trgm_ops);
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reported_needs_fk" FOREIGN KEY ("reported_needs_id") REFERENCES "public"."reported_needs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_reported_needs_id_idx" ON "payload_locked_documents_rels" USING btree ("reported_needs_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "districts_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reported_needs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_search" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "search_words" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "districts_rels" CASCADE;
  DROP TABLE "reported_needs" CASCADE;
  DROP TABLE "service_search" CASCADE;
  DROP TABLE "search_words" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_reported_needs_fk";
  
  DROP INDEX "payload_locked_documents_rels_reported_needs_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "reported_needs_id";
  DROP TYPE "public"."enum_reported_needs_language";`)
}
