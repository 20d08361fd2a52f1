import type { Payload, TypedUser } from 'payload'

import { sql } from '@payloadcms/db-postgres/drizzle'

import { daysFromToday, HOUR, startOfDay } from '../lib/dates'
import { CITY, CITY_TIME_ZONE } from './cities'
import { personalCheckCharacter } from '../lib/fiscal'
import { runSql } from '../lib/sql'
import { confirmedCode } from '../plugins/identity/confirmation'
import { applyTransition } from '../plugins/requests/transition'
import { DEMO_PASSWORD } from './accounts'

/** The funding scheme of the demo vouchers; some services accept it. */
export const VOUCHER_SCHEME = 'Bonus famiglie 2026'

/** Whether a service accepts the demo voucher: decided by its slug, so reseeding gives the same answer. */
export const acceptsDemoVoucher = (slug: string): boolean => [...slug].reduce((sum, char) => sum + char.charCodeAt(0), 0) % 5 < 2

const withCheck = (first15: string) => first15 + personalCheckCharacter(first15)

const REVIEWERS = [
  {
    firstName: 'Anna',
    lastName: 'Colombo',
    fiscalCode: withCheck(`CLMNNA52A41${CITY.placeCode}`),
    scores: [5, 5, 4],
    comment: 'Puntuali e gentili, mia madre si è trovata benissimo.',
  },
  {
    firstName: 'Paolo',
    lastName: 'Ricci',
    fiscalCode: withCheck(`RCCPLA60B12${CITY.placeCode}`),
    scores: [4, 5, 4],
    comment: 'Operatrice preparata, qualche ritardo la prima settimana.',
  },
  {
    firstName: 'Sara',
    lastName: 'Greco',
    fiscalCode: withCheck(`GRCSRA75C55${CITY.placeCode}`),
    scores: [5, 4, 5],
    comment: 'Hanno risposto in giornata e il servizio è partito subito.',
  },
]

type Party = { user: TypedUser }

/**
 * A lived-in marketplace for the demo: vouchers for the demo citizen, one of her requests with
 * two quotes to compare and one still waiting, one service delivered that she can review, one
 * under way with home visits planned for the demo operator, and a few published reviews behind
 * the demo ente's rating. Everything goes through the lifecycle, as people would do it. Runs
 * once: nothing happens if the demo citizen already has requests.
 */
export const seedMarketplace = async (
  payload: Payload,
  {
    citizenEmail,
    enteEmail,
    organisationIds,
    log,
  }: { citizenEmail: string; enteEmail: string; organisationIds: Map<string, string>; log: (line: string) => void },
): Promise<number> => {
  const citizenDoc = (await payload.find({ collection: 'citizens', where: { email: { equals: citizenEmail } }, limit: 1, depth: 0 }))
    .docs[0]
  const enteDoc = (await payload.find({ collection: 'users', where: { email: { equals: enteEmail } }, limit: 1, depth: 0 })).docs[0]
  if (!citizenDoc || !enteDoc) return 0
  if ((await payload.count({ collection: 'requests', where: { citizen: { equals: citizenDoc.id } } })).totalDocs > 0) return 0
  log('Requests, quotes, vouchers and reviews')
  const giulia: Party = { user: { ...citizenDoc, collection: 'citizens' } as TypedUser }
  const paola: Party = { user: { ...enteDoc, collection: 'users' } as TypedUser }
  const girasole = String(enteDoc.organisation)
  const day = (days: number) => daysFromToday(days, CITY_TIME_ZONE)

  for (const [amountCents, months] of [
    [15_000, 12],
    [4_000, 3],
  ] as const) {
    await payload.create({
      collection: 'vouchers',
      data: {
        code: `BF26-${citizenDoc.confirmedFiscalCode?.slice(0, 6)}-${amountCents / 100}`,
        scheme: VOUCHER_SCHEME,
        holderFiscalCode: citizenDoc.confirmedFiscalCode!,
        amountCents,
        validFrom: day(-30),
        validUntil: day(months * 30),
        status: 'active',
      },
    })
  }

  // A category where the demo ente and two other enti offer a service, for a three-way request.
  const [offer] = await runSql<{ services: string[]; organisations: string[] }>(
    payload,
    sql`SELECT array_agg(service_id ORDER BY organisation_id = ${girasole} DESC, service_id) AS services,
               array_agg(organisation_id ORDER BY organisation_id = ${girasole} DESC, service_id) AS organisations
        FROM (SELECT DISTINCT ON (category_id, organisation_id) category_id, organisation_id, service_id
              FROM service_search ORDER BY category_id, organisation_id, service_id) offers
        GROUP BY category_id HAVING bool_or(organisation_id = ${girasole}) AND count(*) >= 3 ORDER BY category_id LIMIT 1`,
  )
  if (!offer) return 0
  const otherEnti: Party[] = []
  for (const organisation of offer.organisations.slice(1, 3)) {
    const slug = [...organisationIds].find(([, id]) => id === organisation)?.[0] ?? organisation
    const user = await payload.create({
      collection: 'users',
      data: { email: `richieste@${slug}.example`, password: DEMO_PASSWORD, name: 'Ufficio richieste', roles: ['ente-admin'], organisation },
    })
    otherEnti.push({ user: { ...user, collection: 'users' } as TypedUser })
  }

  const act = (party: Party, threadId: string, action: string, input: Record<string, unknown> = {}) =>
    applyTransition(payload, { threadId, action, as: party, input })
  const request = async (party: Party, services: string[], notes: string) => {
    const created = await payload.create({
      collection: 'requests',
      data: {
        services,
        beneficiary: { name: 'Maria Rossi', relationship: 'parent', birthYear: 1941 },
        address: { street: CITY.resident.street, postcode: CITY.resident.postcode, district: citizenDoc.address?.district as string },
        period: { start: day(10), end: day(70), days: ['mon', 'wed', 'fri'], timeBands: ['morning'] },
        notes,
      } as never,
      user: party.user,
      overrideAccess: false,
      depth: 0,
    })
    const { docs } = await payload.find({
      collection: 'threads',
      where: { request: { equals: created.id } },
      depth: 0,
      overrideAccess: true,
    })
    return (organisation: string) => docs.find((thread) => thread.organisation === organisation)!.id
  }
  const quote = (amountCents: number, periodStart = day(10), periodEnd = day(70)) => ({
    amountCents,
    validUntil: day(20),
    periodStart,
    periodEnd,
    days: ['mon', 'wed', 'fri'],
    timeBands: ['morning'],
    conditions: 'Tre mattine a settimana, due ore ciascuna. Operatrice fissa.',
  })

  const threeWay = await request(
    giulia,
    offer.services.slice(0, 3),
    'Mia madre vive da sola: serve aiuto per la spesa e per l’igiene personale.',
  )
  await act(paola, threeWay(girasole), 'quote', quote(12_000))
  await act(otherEnti[0]!, threeWay(offer.organisations[1]!), 'quote', quote(13_500))
  await act(paola, threeWay(girasole), 'message', { body: 'Buongiorno, possiamo fare un primo incontro conoscitivo gratuito a casa.' })

  // Services already given: the demo citizen can review one; three other families did.
  const delivered = async (party: Party, comment?: { scores: readonly number[]; text: string }) => {
    const threadOf = await request(party, [offer.services[0]!], 'Assistenza per un mese dopo una dimissione ospedaliera.')
    const id = threadOf(girasole)
    await act(paola, id, 'quote', quote(9_000, day(0), day(1)))
    const { quote: current } = await payload.findByID({ collection: 'threads', id, depth: 0, overrideAccess: true })
    await act(party, id, 'accept', { quote: current })
    await act(paola, id, 'confirm-payment', { method: 'other' })
    await act(paola, id, 'deliver')
    if (!comment) return
    const [punctuality, professionalism, speed] = comment.scores
    const { review } = await act(party, id, 'review', { punctuality, professionalism, speed, comment: comment.text })
    await payload.update({ collection: 'reviews', id: String(review), data: { status: 'published' } })
  }
  await delivered(giulia)

  // A service under way: paid, with the demo operator's visits at her mother's home this week.
  const operator = (
    await payload.find({
      collection: 'users',
      where: { and: [{ organisation: { equals: girasole } }, { roles: { in: ['ente-operator'] } }] },
      limit: 1,
      depth: 0,
    })
  ).docs[0]
  if (operator) {
    const id = (await request(giulia, [offer.services[0]!], 'Aiuto a casa tre mattine a settimana mentre sono al lavoro.'))(girasole)
    await act(paola, id, 'quote', quote(18_000, day(0), day(30)))
    const { quote: current } = await payload.findByID({ collection: 'threads', id, depth: 0, overrideAccess: true })
    await act(giulia, id, 'accept', { quote: current })
    await act(paola, id, 'confirm-payment', { method: 'other' })
    for (const days of [0, 2, 4]) {
      const startsAt = startOfDay(day(days), CITY_TIME_ZONE).getTime() + 9 * HOUR
      await payload.create({
        collection: 'visits',
        data: {
          thread: id,
          operator: operator.id,
          startsAt: new Date(startsAt).toISOString(),
          endsAt: new Date(startsAt + 2 * HOUR).toISOString(),
        } as never,
        user: paola.user,
        overrideAccess: false,
        depth: 0,
      })
    }
  }
  for (const reviewer of REVIEWERS) {
    const citizen = await payload.create({
      collection: 'citizens',
      data: {
        email: `${reviewer.firstName.toLowerCase()}.${reviewer.lastName.toLowerCase()}@famiglie.example`,
        password: DEMO_PASSWORD,
        firstName: reviewer.firstName,
        lastName: reviewer.lastName,
        ...confirmedCode(reviewer.fiscalCode, 'desk', 'identity-card'),
        address: citizenDoc.address,
        language: 'it',
        _verified: true,
      } as never,
      disableVerificationEmail: true,
    })
    await delivered({ user: { ...citizen, collection: 'citizens' } as TypedUser }, { scores: reviewer.scores, text: reviewer.comment })
  }
  return 1
}
