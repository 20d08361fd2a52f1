import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { runSql, sqlArray } from '../lib/sql'
import { refreshInsights } from '../plugins/insights/refresh'
import { CITY } from './cities'
import type { Random } from './random'

/** How far back the demo city's search history goes. */
const WEEKS = 12

/** What residents type, with the category they pick (if any) and how often the catalogue finds nothing. */
const SEARCHES: readonly { terms: string; category?: string; perWeek: number; emptyShare: number }[] = [
  { terms: 'badante', category: 'assistenza-domiciliare', perWeek: 9, emptyShare: 0 },
  { terms: 'badante notte', category: 'assistenza-domiciliare', perWeek: 3, emptyShare: 0.6 },
  { terms: 'babysitter', category: 'babysitting', perWeek: 7, emptyShare: 0 },
  { terms: 'pulizie casa', category: 'collaborazione-domestica', perWeek: 5, emptyShare: 0.1 },
  { terms: 'pasti a domicilio', category: 'pasti-a-domicilio', perWeek: 3, emptyShare: 0.2 },
  { terms: 'accompagnamento visite mediche', category: 'accompagnamento-visite', perWeek: 2, emptyShare: 0.1 },
  { terms: 'corso di italiano', category: 'corsi-di-italiano', perWeek: 2, emptyShare: 0.3 },
  { terms: 'psicologo', perWeek: 2, emptyShare: 0.2 },
  { terms: 'dopo scuola', perWeek: 2, emptyShare: 0.3 },
]

/** District 5, where "dopo scuola" triples in the last month and a third of those searches find nothing. */
const RISING = { terms: 'dopo scuola', district: 5, fromWeek: WEEKS - 4, factor: 3 }

const NEEDS = [
  { description: 'Un doposcuola vicino a casa per mio figlio di 9 anni, anche il sabato.', district: 5, category: 'sostegno-educativo' },
  { description: 'Una badante per la notte per mia madre, solo tre notti a settimana.', district: 8, category: 'assistenza-domiciliare' },
  { description: 'Qualcuno che porti fuori il cane di mio padre quando è in ospedale.', district: 6, category: 'cura-animali' },
]

/**
 * Twelve weeks of the demo city's searches and reported needs, up to the day of seeding, so
 * that the insights page has something to read: the same on every machine for the same seed.
 * Then the insights tables are computed once, without waiting for the job.
 */
export const seedDemandHistory = async (
  payload: Payload,
  { random, districtId, categoryId }: { random: Random; districtId: (n: number) => string; categoryId: (slug: string) => string },
  log: (line: string) => void,
): Promise<boolean> => {
  if ((await payload.count({ collection: 'search-log' })).totalDocs > 0) return false
  const now = Date.now()
  const rows: { terms: string; category: string | null; district: string; results: number; at: string }[] = []
  for (let week = 0; week < WEEKS; week++) {
    for (const { number: district } of CITY.districts) {
      for (const search of SEARCHES) {
        const rising = search.terms === RISING.terms && district === RISING.district && week >= RISING.fromWeek
        const times = random.int(0, search.perWeek) * (rising ? RISING.factor : 1)
        for (let time = 0; time < times; time++) {
          const daysAgo = (WEEKS - week) * 7 - random.int(0, 6)
          rows.push({
            terms: search.terms,
            category: search.category ?? null,
            district: districtId(district),
            results: random.chance(rising ? 0.34 : search.emptyShare) ? 0 : random.int(1, 40),
            at: new Date(now - daysAgo * 24 * 3600 * 1000 - random.int(0, 12 * 3600) * 1000).toISOString(),
          })
        }
      }
    }
  }
  log(`Search history (${rows.length} searches) and reported needs`)
  await runSql(
    payload,
    sql`INSERT INTO search_log (terms, filters, district_id, result_count, language, created_at, updated_at)
      SELECT terms, CASE WHEN category = '' THEN '{}'::jsonb ELSE jsonb_build_object('category', category) END,
        district, results, 'it', at, at
      FROM unnest(${sqlArray(
        rows.map((row) => row.terms),
        'text',
      )}, ${sqlArray(
        rows.map((row) => row.category ?? ''),
        'text',
      )}, ${sqlArray(
        rows.map((row) => row.district),
        'uuid',
      )}, ${sqlArray(
        rows.map((row) => row.results),
        'int',
      )}, ${sqlArray(
        rows.map((row) => row.at),
        'text',
      )}::timestamptz[]) AS search(terms, category, district, results, at)`,
  )
  for (const need of NEEDS) {
    await payload.create({
      collection: 'reported-needs',
      data: { description: need.description, district: districtId(need.district), category: categoryId(need.category), language: 'it' },
      depth: 0,
    })
  }
  await refreshInsights(payload)
  return true
}
