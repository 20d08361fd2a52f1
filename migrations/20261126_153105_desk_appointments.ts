import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_appointments_topic" AS ENUM('orientation', 'care-work', 'income-support', 'digital-identity', 'internet-point', 'courses', 'housing');
  CREATE TYPE "public"."enum_appointments_language" AS ENUM('it', 'en');
  CREATE TYPE "public"."enum_appointments_status" AS ENUM('booked', 'cancelled', 'attended', 'missed');
  CREATE TABLE "desk_slots" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"desk_id" uuid NOT NULL,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"ends_at" timestamp(3) with time zone NOT NULL,
  	"capacity" numeric DEFAULT 1 NOT NULL,
  	"booked" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "appointments" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"slot_id" uuid NOT NULL,
  	"desk_id" uuid,
  	"topic" "enum_appointments_topic" NOT NULL,
  	"reason" varchar,
  	"name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"phone" varchar,
  	"citizen_id" uuid,
  	"language" "enum_appointments_language" DEFAULT 'it',
  	"status" "enum_appointments_status" DEFAULT 'booked',
  	"cancelled_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "desk_slots_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "appointments_id" uuid;
  ALTER TABLE "desk_slots" ADD CONSTRAINT "desk_slots_desk_id_desks_id_fk" FOREIGN KEY ("desk_id") REFERENCES "public"."desks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "appointments" ADD CONSTRAINT "appointments_slot_id_desk_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."desk_slots"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "appointments" ADD CONSTRAINT "appointments_desk_id_desks_id_fk" FOREIGN KEY ("desk_id") REFERENCES "public"."desks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "appointments" ADD CONSTRAINT "appointments_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "desk_slots" ADD CONSTRAINT "desk_slots_places_check" CHECK ("booked" >= 0 AND "booked" <= "capacity");
  CREATE INDEX "desk_slots_desk_idx" ON "desk_slots" USING btree ("desk_id");
  CREATE INDEX "desk_slots_updated_at_idx" ON "desk_slots" USING btree ("updated_at");
  CREATE INDEX "desk_slots_created_at_idx" ON "desk_slots" USING btree ("created_at");
  CREATE INDEX "desk_startsAt_idx" ON "desk_slots" USING btree ("desk_id","starts_at");
  CREATE INDEX "appointments_slot_idx" ON "appointments" USING btree ("slot_id");
  CREATE INDEX "appointments_desk_idx" ON "appointments" USING btree ("desk_id");
  CREATE INDEX "appointments_citizen_idx" ON "appointments" USING btree ("citizen_id");
  CREATE INDEX "appointments_updated_at_idx" ON "appointments" USING btree ("updated_at");
  CREATE INDEX "appointments_created_at_idx" ON "appointments" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_desk_slots_fk" FOREIGN KEY ("desk_slots_id") REFERENCES "public"."desk_slots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_appointments_fk" FOREIGN KEY ("appointments_id") REFERENCES "public"."appointments"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_desk_slots_id_idx" ON "payload_locked_documents_rels" USING btree ("desk_slots_id");
  CREATE INDEX "payload_locked_documents_rels_appointments_id_idx" ON "payload_locked_documents_rels" USING btree ("appointments_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "desk_slots" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "appointments" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "desk_slots" CASCADE;
  DROP TABLE "appointments" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_desk_slots_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_appointments_fk";
  
  DROP INDEX "payload_locked_documents_rels_desk_slots_id_idx";
  DROP INDEX "payload_locked_documents_rels_appointments_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "desk_slots_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "appointments_id";
  DROP TYPE "public"."enum_appointments_topic";
  DROP TYPE "public"."enum_appointments_language";
  DROP TYPE "public"."enum_appointments_status";`)
}
