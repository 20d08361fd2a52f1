import { sql } from '@payloadcms/db-postgres/drizzle'
import {
  boolean,
  customType,
  index,
  integer,
  numeric,
  type pgTable,
  timestamp,
  uuid,
  varchar,
} from '@payloadcms/db-postgres/drizzle/pg-core'
import type { PostgresSchemaHook } from '@payloadcms/drizzle/postgres'

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' })

/**
 * The catalogue's search read model: one row per publicly visible service, with a weighted
 * full-text document, the filters as plain columns and the text the cards show. Declared in
 * the schema so that generated migrations create and keep its GIN indexes.
 */
export const searchTables: PostgresSchemaHook = ({ adapter, schema }) => {
  // The adapter's own table builder honours a configured schema name; its type omits it.
  const { table } = (adapter as unknown as { pgSchema: { table: typeof pgTable } }).pgSchema
  const services = schema.tables.services!
  const serviceSearch = table(
    'service_search',
    {
      serviceId: uuid('service_id')
        .primaryKey()
        .references(() => services.id, { onDelete: 'cascade' }),
      slug: varchar('slug').notNull(),
      organisationId: uuid('organisation_id').notNull(),
      organisationSlug: varchar('organisation_slug'),
      organisationName: varchar('organisation_name').notNull(),
      categoryId: uuid('category_id'),
      areaId: uuid('area_id'),
      districtIds: uuid('district_ids')
        .array()
        .notNull()
        .default(sql`'{}'`),
      targetGroupIds: uuid('target_group_ids')
        .array()
        .notNull()
        .default(sql`'{}'`),
      timeBands: varchar('time_bands')
        .array()
        .notNull()
        .default(sql`'{}'`),
      days: varchar('days')
        .array()
        .notNull()
        .default(sql`'{}'`),
      priceModel: varchar('price_model').notNull(),
      // What a card leads with and the price filter and sort use: alone when the service is
      // offered to one person, otherwise one person's share in the cheapest group.
      priceFromCents: integer('price_from_cents').notNull(),
      individualPriceCents: integer('individual_price_cents'),
      sharedPriceFromCents: integer('shared_price_from_cents'),
      /** The size of the group that pays the shared price from. */
      sharedPricePeople: integer('shared_price_people'),
      isFree: boolean('is_free').notNull(),
      isShared: boolean('is_shared').notNull(),
      ratingAverage: numeric('rating_average'),
      ratingCount: integer('rating_count').notNull().default(0),
      titleIt: varchar('title_it').notNull(),
      titleEn: varchar('title_en'),
      summaryIt: varchar('summary_it'),
      summaryEn: varchar('summary_en'),
      document: tsvector('document').notNull(),
      updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    },
    (columns) => [
      index('service_search_document_idx').using('gin', columns.document),
      index('service_search_districts_idx').using('gin', columns.districtIds),
      index('service_search_category_idx').on(columns.categoryId),
      index('service_search_area_idx').on(columns.areaId),
      index('service_search_organisation_idx').on(columns.organisationId),
      index('service_search_price_idx').on(columns.priceFromCents),
    ],
  )
  const searchWords = table('search_words', { word: varchar('word').primaryKey() }, (columns) => [
    index('search_words_trgm_idx').using('gin', columns.word.op('gin_trgm_ops')),
  ])
  return { ...schema, tables: { ...schema.tables, service_search: serviceSearch, search_words: searchWords } }
}
