import { type SQL, sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload, PayloadRequest } from 'payload'

import { announceSiteContentChange } from '../../lib/site-content'
import { runSql, sqlArray } from '../../lib/sql'
import { DAY_WORDS, TIME_BAND_WORDS, WEEKEND_WORDS } from './vocabulary'

/** Which services a change can have altered in the search read model. */
export type Scope =
  { services: string[] } | { organisation: string } | { category: string } | { district: string } | { targetGroup: string } | 'all'

const inScope = (scope: Scope): SQL => {
  if (scope === 'all') return sql`true`
  if ('services' in scope) return sql`s.id = ANY(${sqlArray(scope.services, 'uuid')})`
  if ('organisation' in scope) return sql`s.organisation_id = ${scope.organisation}`
  if ('category' in scope) return sql`(s.category_id = ${scope.category} OR c.parent_id = ${scope.category})`
  const path = 'district' in scope ? 'districts' : 'targetGroups'
  const id = 'district' in scope ? scope.district : scope.targetGroup
  return sql`EXISTS (SELECT 1 FROM services_rels r WHERE r.parent_id = s.id AND r.path = ${path}
    AND (r.districts_id = ${id} OR r.target_groups_id = ${id}))`
}

/** The words people use for each day and time band, so that "mattina" finds morning services. */
const availabilityWords = (words: Record<string, string[]>, extra: Record<string, string[]> = {}) =>
  sql.join(
    Object.entries(words).map(([value, names]) => sql`(${value}, ${[...names, ...(extra[value] ?? [])].join(' ')})`),
    sql`, `,
  )
const AVAILABILITY_WORDS = {
  days: availabilityWords(DAY_WORDS, { sat: WEEKEND_WORDS, sun: WEEKEND_WORDS }),
  bands: availabilityWords(TIME_BAND_WORDS),
}

/** Plain text of a Lexical rich-text value: every "text" leaf, joined. */
const richText = (column: SQL) => sql`(SELECT string_agg(leaf #>> '{}', ' ') FROM jsonb_path_query(${column}, 'strict $.**.text') leaf)`

/**
 * Rewrites the search rows of the services in scope from Payload's tables: only validated,
 * published services of accredited organisations get a row. Titles weigh most, then the
 * category, then its area, the organisation, summaries, audiences and target groups, then
 * descriptions, districts and availability; Italian text is stemmed as Italian and English as
 * English, accents removed. The area sits below the category so that "assistenza" puts home
 * care before the hairdresser, whose area is "Assistenza e cura".
 */
export const refreshSearch = async (payload: Payload, scope: Scope, req?: Partial<PayloadRequest>): Promise<void> => {
  const where = inScope(scope)
  await runSql(
    payload,
    scope === 'all'
      ? sql`DELETE FROM service_search`
      : sql`DELETE FROM service_search WHERE service_id IN (
          SELECT s.id FROM services s LEFT JOIN categories c ON c.id = s.category_id WHERE ${where})`,
    req,
  )
  await runSql(
    payload,
    sql`
    INSERT INTO service_search (
      service_id, slug, organisation_id, organisation_slug, organisation_name, category_id, area_id,
      district_ids, target_group_ids, time_bands, days, price_model, price_from_cents, individual_price_cents,
      shared_price_from_cents, shared_price_people, is_free, is_shared, rating_average, rating_count,
      title_it, title_en, summary_it, summary_en, document)
    SELECT
      s.id, s.slug, o.id, o.slug, o.name, s.category_id, c.parent_id,
      coalesce(d.ids, '{}'), coalesce(tg.ids, '{}'), coalesce(av.bands, '{}'), coalesce(av.days, '{}'),
      s.price_model::text, coalesce(s.price_cents, s.shared_price_from_cents, 0)::int, s.price_cents::int,
      s.shared_price_from_cents::int, group_price.people::int,
      s.price_model = 'free', s.delivery_mode IN ('shared', 'both'),
      o.rating_average, coalesce(o.rating_count, 0)::int,
      it.title, en.title, it.summary, en.summary,
      setweight(to_tsvector('italian', unaccent(coalesce(it.title, ''))), 'A')
        || setweight(to_tsvector('english', unaccent(coalesce(en.title, ''))), 'A')
        || setweight(to_tsvector('italian', unaccent(coalesce(cat_it.name, ''))), 'B')
        || setweight(to_tsvector('english', unaccent(coalesce(cat_en.name, ''))), 'B')
        || setweight(to_tsvector('italian', unaccent(concat_ws(' ', area_it.name, o.name, it.summary, tg.names_it, it.audience))), 'C')
        || setweight(to_tsvector('english', unaccent(concat_ws(' ', area_en.name, en.summary, tg.names_en, en.audience))), 'C')
        || setweight(to_tsvector('italian', unaccent(concat_ws(' ', ${richText(sql`it.description`)}, d.names, av.words))), 'D')
        || setweight(to_tsvector('english', unaccent(coalesce(${richText(sql`en.description`)}, ''))), 'D')
    FROM services s
    JOIN organisations o ON o.id = s.organisation_id
    JOIN categories c ON c.id = s.category_id
    LEFT JOIN services_locales it ON it._parent_id = s.id AND it._locale = 'it'
    LEFT JOIN services_locales en ON en._parent_id = s.id AND en._locale = 'en'
    LEFT JOIN categories_locales cat_it ON cat_it._parent_id = c.id AND cat_it._locale = 'it'
    LEFT JOIN categories_locales cat_en ON cat_en._parent_id = c.id AND cat_en._locale = 'en'
    LEFT JOIN categories_locales area_it ON area_it._parent_id = c.parent_id AND area_it._locale = 'it'
    LEFT JOIN categories_locales area_en ON area_en._parent_id = c.parent_id AND area_en._locale = 'en'
    LEFT JOIN LATERAL (
      SELECT array_agg(r.districts_id ORDER BY r."order") ids,
        string_agg(concat_ws(' ', dd.name, (SELECT string_agg(t.text, ' ') FROM districts_texts t WHERE t.parent_id = dd.id)), ' ') names
      FROM services_rels r JOIN districts dd ON dd.id = r.districts_id
      WHERE r.parent_id = s.id AND r.path = 'districts') d ON true
    LEFT JOIN LATERAL (
      SELECT array_agg(r.target_groups_id ORDER BY r."order") ids, string_agg(gi.name, ' ') names_it, string_agg(ge.name, ' ') names_en
      FROM services_rels r
      LEFT JOIN target_groups_locales gi ON gi._parent_id = r.target_groups_id AND gi._locale = 'it'
      LEFT JOIN target_groups_locales ge ON ge._parent_id = r.target_groups_id AND ge._locale = 'en'
      WHERE r.parent_id = s.id AND r.path = 'targetGroups') tg ON true
    LEFT JOIN LATERAL (
      SELECT array_agg(DISTINCT b.value::text) FILTER (WHERE b.value IS NOT NULL) bands, array_agg(DISTINCT a.day::text) days,
        string_agg(DISTINCT concat_ws(' ', day_words.words, band_words.words), ' ') words
      FROM services_availability a
      LEFT JOIN services_availability_time_bands b ON b.parent_id = a.id
      LEFT JOIN (VALUES ${AVAILABILITY_WORDS.days}) day_words(value, words) ON day_words.value = a.day::text
      LEFT JOIN (VALUES ${AVAILABILITY_WORDS.bands}) band_words(value, words) ON band_words.value = b.value::text
      WHERE a._parent_id = s.id) av ON true
    LEFT JOIN LATERAL (
      SELECT p.people FROM services_shared_prices p WHERE p._parent_id = s.id ORDER BY p.price_cents, p.people DESC LIMIT 1
    ) group_price ON true
    WHERE ${where}
      AND s._status = 'published' AND s.validation_status = 'published' AND o.accreditation_status = 'accredited'`,
    req,
  )
  // The words of titles, categories, organisations and target groups, for "did you mean".
  await runSql(
    payload,
    sql`INSERT INTO search_words (word)
      SELECT DISTINCT word
      FROM service_search s
      JOIN categories_locales c ON c._parent_id IN (s.category_id, s.area_id)
      LEFT JOIN target_groups_locales g ON g._parent_id = ANY(s.target_group_ids),
      regexp_split_to_table(lower(unaccent(concat_ws(' ', s.title_it, s.title_en, s.organisation_name, c.name, g.name))), '[^a-z0-9]+') word
      WHERE length(word) >= 3 AND s.service_id IN (
        SELECT s.id FROM services s LEFT JOIN categories c ON c.id = s.category_id WHERE ${where})
      ON CONFLICT DO NOTHING`,
    req,
  )
  await announceSiteContentChange(payload, req)
}
