import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_notifications_kind" ADD VALUE 'group-member-removed' BEFORE 'group-confirmed';
  ALTER TABLE "groups" ADD COLUMN "units" numeric;
  ALTER TABLE "group_members" ADD COLUMN "left_reason" varchar;
  ALTER TABLE "notifications" ADD COLUMN "subject" varchar;`)
  // Groups confirmed before a share counted its quantity were quoted for one unit.
  await db.execute(sql`UPDATE "groups" SET "units" = 1 WHERE "status" IN ('confirmed', 'active', 'completed');`)
  // Notifications already sent take the title of what they are about, as new ones do.
  await db.execute(sql`
   UPDATE "notifications" n SET "subject" = coalesce(t."title", t."reference") FROM "threads" t WHERE t."id" = n."thread_id";
   UPDATE "notifications" n SET "subject" = concat_ws(' — ', g."reference", g."title")
     FROM "groups" g WHERE g."id" = n."group_id" AND n."thread_id" IS NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DELETE FROM \"notifications\" WHERE \"kind\" = 'group-member-removed';
   ALTER TABLE "notifications" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_notifications_kind";
  CREATE TYPE "public"."enum_notifications_kind" AS ENUM('new-request', 'answer-due', 'new-quote', 'quote-expiring', 'quote-expired', 'expired', 'declined', 'quote-accepted', 'not-chosen', 'payment-due', 'payment-expired', 'payment-confirmed', 'payment-received', 'delivered', 'review-closing', 'reviewed', 'cancelled', 'refunded', 'disputed', 'resolved', 'message-for-citizen', 'message-for-ente', 'group-minimum-reached', 'group-to-confirm', 'group-member-joined', 'group-confirmed', 'group-declined', 'group-decide', 'group-dissolved', 'group-message-for-members', 'group-message-for-ente');
  ALTER TABLE "notifications" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_notifications_kind" USING "kind"::"public"."enum_notifications_kind";
  ALTER TABLE "groups" DROP COLUMN "units";
  ALTER TABLE "group_members" DROP COLUMN "left_reason";
  ALTER TABLE "notifications" DROP COLUMN "subject";`)
}
