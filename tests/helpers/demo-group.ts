import { daysFromToday } from '../../lib/dates'
import { CITY_TIME_ZONE } from '../../seed/cities'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../seed/accounts'
import { callApi, type SiteUnderTest } from './site'

/** The demo city's shared service of the demo ente (Il Girasole): help at home in the morning, in Municipio 8. */
const DEMO_SHARED_SERVICE = 'aiuto-in-casa-al-mattino-il-girasole'

export type DemoGroup = { id: string; reference: string; title: string }

/** Signs a citizen in through the API, as the site does: their session's token. */
const signIn = async (site: SiteUnderTest, email: string): Promise<string> =>
  (await callApi(site, 'POST', '/api/citizens/login', { email, password: DEMO_PASSWORD })).token as string

/**
 * A shared group in the demo city, opened as people open one: Giulia, the demo resident, opens
 * it for the Girasole's shared service in her district, as its first family; it waits for a
 * second one.
 */
export const openDemoGroup = async (site: SiteUnderTest): Promise<DemoGroup> => {
  const [service] = await site.sql<{ id: string; district: string }>(
    `SELECT s.id, r.districts_id AS district FROM services s JOIN services_rels r ON r.parent_id = s.id AND r.path = 'districts'
     WHERE s.slug = $1 ORDER BY r."order" LIMIT 1`,
    [DEMO_SHARED_SERVICE],
  )
  if (!service) throw new Error(`The demo city has no service ${DEMO_SHARED_SERVICE}`)
  const giulia = DEMO_ACCOUNTS.find((account) => account.role === 'citizen')!
  const { group } = await callApi(
    site,
    'POST',
    '/api/groups/open',
    {
      service: service.id,
      district: service.district,
      days: ['mon', 'wed', 'fri'],
      timeBands: ['morning'],
      startDate: daysFromToday(20, CITY_TIME_ZONE),
      joinBy: daysFromToday(10, CITY_TIME_ZONE),
      minMembers: 2,
      maxMembers: 4,
      description: 'Aiuto in casa al mattino per le famiglie della nostra scala.',
      address: { street: 'Via Lessona 12', postcode: '20157' },
    },
    await signIn(site, giulia.email),
  )
  return { id: group.id, reference: group.reference, title: group.title }
}

/**
 * A neighbour who has just signed up joins the group at the price its page offers, which brings
 * it to its minimum: it then waits for the ente's confirmation.
 */
export const joinDemoGroup = async (site: SiteUnderTest, group: DemoGroup, email = 'vicina.gruppo@wemi.example') => {
  const neighbour = { firstName: 'Anna', lastName: 'Moretti' }
  await callApi(site, 'POST', '/api/citizens', { email, password: DEMO_PASSWORD, ...neighbour, privacyConsent: true })
  // The address is confirmed as if she had followed the e-mail's link.
  await site.sql('UPDATE citizens SET _verified = true WHERE email = $1', [email])
  const joiner = await signIn(site, email)
  const view = await callApi(site, 'GET', `/api/groups/${group.id}/view`, undefined, joiner)
  await callApi(
    site,
    'POST',
    `/api/groups/${group.id}/actions/join`,
    { address: { street: 'Via Lessona 12', postcode: '20157' }, priceCents: view.group.joinPriceCents },
    joiner,
  )
  return neighbour
}
