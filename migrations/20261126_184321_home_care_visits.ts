import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_visits_status" AS ENUM('planned', 'in-progress', 'done', 'cancelled');
  CREATE TABLE "visits" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"thread_id" uuid NOT NULL,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"ends_at" timestamp(3) with time zone NOT NULL,
  	"operator_id" uuid NOT NULL,
  	"operator_first_name" varchar,
  	"status" "enum_visits_status" DEFAULT 'planned' NOT NULL,
  	"checked_in_at" timestamp(3) with time zone,
  	"checked_out_at" timestamp(3) with time zone,
  	"cancelled_at" timestamp(3) with time zone,
  	"note" varchar,
  	"organisation_id" uuid,
  	"citizen_id" uuid,
  	"request_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "visits_id" uuid;
  ALTER TABLE "visits" ADD CONSTRAINT "visits_thread_id_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."threads"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "visits" ADD CONSTRAINT "visits_operator_id_users_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "visits" ADD CONSTRAINT "visits_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "visits" ADD CONSTRAINT "visits_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "visits" ADD CONSTRAINT "visits_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE set null ON UPDATE no action;
  CREATE EXTENSION IF NOT EXISTS btree_gist;
  ALTER TABLE "visits" ADD CONSTRAINT "visits_times_check" CHECK ("ends_at" > "starts_at");
  ALTER TABLE "visits" ADD CONSTRAINT "visits_operator_free" EXCLUDE USING gist ("operator_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE ("status" <> 'cancelled');
  ALTER TABLE "visits" ADD CONSTRAINT "visits_record_check" CHECK (
    ("status" = 'planned' AND "checked_in_at" IS NULL AND "checked_out_at" IS NULL)
    OR ("status" = 'in-progress' AND "checked_in_at" IS NOT NULL AND "checked_out_at" IS NULL)
    OR ("status" = 'done' AND "checked_in_at" IS NOT NULL AND "checked_out_at" >= "checked_in_at")
    OR ("status" = 'cancelled' AND "checked_in_at" IS NULL AND "cancelled_at" IS NOT NULL)
  );
  CREATE INDEX "visits_thread_idx" ON "visits" USING btree ("thread_id");
  CREATE INDEX "visits_operator_idx" ON "visits" USING btree ("operator_id");
  CREATE INDEX "visits_status_idx" ON "visits" USING btree ("status");
  CREATE INDEX "visits_organisation_idx" ON "visits" USING btree ("organisation_id");
  CREATE INDEX "visits_citizen_idx" ON "visits" USING btree ("citizen_id");
  CREATE INDEX "visits_request_idx" ON "visits" USING btree ("request_id");
  CREATE INDEX "visits_updated_at_idx" ON "visits" USING btree ("updated_at");
  CREATE INDEX "visits_created_at_idx" ON "visits" USING btree ("created_at");
  CREATE INDEX "operator_startsAt_idx" ON "visits" USING btree ("operator_id","starts_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_visits_fk" FOREIGN KEY ("visits_id") REFERENCES "public"."visits"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_visits_id_idx" ON "payload_locked_documents_rels" USING btree ("visits_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "visits" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "visits" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_visits_fk";
  
  DROP INDEX "payload_locked_documents_rels_visits_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "visits_id";
  DROP TYPE "public"."enum_visits_status";`)
}
