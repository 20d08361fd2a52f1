import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "assistances" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"citizen_id" uuid NOT NULL,
  	"reason" varchar NOT NULL,
  	"citizen_agreed" boolean,
  	"operator_id" uuid,
  	"desk_id" uuid,
  	"consent_id" uuid,
  	"opened_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone,
  	"closed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "audit_log" ADD COLUMN "on_behalf_of_id" uuid;
  ALTER TABLE "audit_log" ADD COLUMN "assistance_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "assistances_id" uuid;
  ALTER TABLE "assistances" ADD CONSTRAINT "assistances_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assistances" ADD CONSTRAINT "assistances_operator_id_users_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assistances" ADD CONSTRAINT "assistances_desk_id_desks_id_fk" FOREIGN KEY ("desk_id") REFERENCES "public"."desks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assistances" ADD CONSTRAINT "assistances_consent_id_consents_id_fk" FOREIGN KEY ("consent_id") REFERENCES "public"."consents"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "assistances_citizen_idx" ON "assistances" USING btree ("citizen_id");
  CREATE INDEX "assistances_operator_idx" ON "assistances" USING btree ("operator_id");
  CREATE INDEX "assistances_desk_idx" ON "assistances" USING btree ("desk_id");
  CREATE INDEX "assistances_consent_idx" ON "assistances" USING btree ("consent_id");
  CREATE INDEX "assistances_updated_at_idx" ON "assistances" USING btree ("updated_at");
  CREATE INDEX "assistances_created_at_idx" ON "assistances" USING btree ("created_at");
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_on_behalf_of_id_citizens_id_fk" FOREIGN KEY ("on_behalf_of_id") REFERENCES "public"."citizens"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_assistance_id_assistances_id_fk" FOREIGN KEY ("assistance_id") REFERENCES "public"."assistances"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_assistances_fk" FOREIGN KEY ("assistances_id") REFERENCES "public"."assistances"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "audit_log_on_behalf_of_idx" ON "audit_log" USING btree ("on_behalf_of_id");
  CREATE INDEX "audit_log_assistance_idx" ON "audit_log" USING btree ("assistance_id");
  CREATE INDEX "payload_locked_documents_rels_assistances_id_idx" ON "payload_locked_documents_rels" USING btree ("assistances_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "assistances" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "assistances" CASCADE;
  ALTER TABLE "audit_log" DROP CONSTRAINT "audit_log_on_behalf_of_id_citizens_id_fk";
  
  ALTER TABLE "audit_log" DROP CONSTRAINT "audit_log_assistance_id_assistances_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_assistances_fk";
  
  DROP INDEX "audit_log_on_behalf_of_idx";
  DROP INDEX "audit_log_assistance_idx";
  DROP INDEX "payload_locked_documents_rels_assistances_id_idx";
  ALTER TABLE "audit_log" DROP COLUMN "on_behalf_of_id";
  ALTER TABLE "audit_log" DROP COLUMN "assistance_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "assistances_id";`)
}
