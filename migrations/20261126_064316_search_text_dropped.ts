import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "service_search_text_trgm_idx";
  ALTER TABLE "service_search" DROP COLUMN "search_text";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "service_search" ADD COLUMN "search_text" varchar NOT NULL;
  CREATE INDEX "service_search_text_trgm_idx" ON "service_search" USING gin ("search_text" gin_trgm_ops);`)
}
