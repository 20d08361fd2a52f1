import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import type { Citizen } from '../../payload-types'
import { closePayload } from '../../server/instance'
import type { TestApp } from '../helpers/app'
import { createTestDatabase } from '../helpers/database'
import { buildFixtures, type Fixtures, PASSWORD } from '../helpers/fixtures'
import { dayFromNow } from '../helpers/marketplace'

/**
 * The shared groups' pages as the site handles them (site/src/lib/groups.ts), on the site's own
 * Payload instance over this file's database, posted as a browser would post them: who reads
 * what of a group, and refusals that are said in the reader's language and change nothing.
 */
type GroupPages = typeof import('../../site/src/lib/groups')
type Search = typeof import('../../plugins/search/query')
let app: TestApp
let fx: Fixtures
let pages: GroupPages
let search: Search
const savedUrl = process.env.DATABASE_URL
const ORIGIN = 'http://localhost:4321'
/** Each family's session, as its browser would send it. */
const tokens: Record<'sara' | 'laura' | 'piero', string> = { sara: '', laura: '', piero: '' }
const people: Record<keyof typeof tokens, Citizen> = {} as never
let reference = ''
let groupId = ''

beforeAll(async () => {
  const database = await createTestDatabase(inject('databaseServer'), inject('databaseRun'))
  process.env.DATABASE_URL = database.url
  app = await (await import('../helpers/app')).startTestApp(database)
  fx = await buildFixtures(app.payload, app.rest)
  pages = await import('../../site/src/lib/groups')
  search = await import('../../plugins/search/query')
  // A babysitter shared by up to three families in two districts: 14 € alone, 12 € in two, 8 € in three.
  await app.payload.update({
    collection: 'services',
    id: fx.services.publishedA,
    data: {
      deliveryMode: 'both',
      priceCents: 1400,
      sharedPrices: [
        { people: 2, priceCents: 1200 },
        { people: 3, priceCents: 800 },
      ],
      districts: [fx.districts.d1, fx.districts.d2],
    },
    overrideAccess: true,
  })
  const piero = await app.payload.create({
    collection: 'citizens',
    data: { email: 'piero@test.example', password: PASSWORD, firstName: 'Piero', lastName: 'Verdi', _verified: true } as never,
    disableVerificationEmail: true,
    overrideAccess: true,
  })
  const signIn = async (email: string) =>
    (await app.rest('POST', '/api/citizens/login', { body: { email, password: PASSWORD } })).body.token
  tokens.sara = String(fx.actors.citizen.token)
  tokens.laura = String(fx.extraActors.citizen2.token)
  tokens.piero = await signIn('piero@test.example')
  people.sara = (await app.payload.findByID({ collection: 'citizens', id: fx.citizens.citizen1, depth: 0 })) as Citizen
  people.laura = (await app.payload.findByID({ collection: 'citizens', id: fx.citizens.citizen2, depth: 0 })) as Citizen
  people.piero = piero as Citizen
})
afterAll(async () => {
  await closePayload(await (await import('../../site/src/lib/payload')).payload())
  process.env.DATABASE_URL = savedUrl
  await app?.close()
})

/** A visit to a page of the site: a GET, or a POST of the fields given, from the site itself, signed in as someone or not. */
const visit = (address: string, { as, fields }: { as?: keyof typeof tokens; fields?: Record<string, string | string[]> } = {}) => {
  const url = new URL(address, ORIGIN)
  const body = new URLSearchParams()
  for (const [name, value] of Object.entries(fields ?? {})) for (const one of [value].flat()) body.append(name, one)
  const headers: Record<string, string> = as ? { authorization: `JWT ${tokens[as]}` } : {}
  return {
    url,
    request: new Request(url, fields ? { method: 'POST', body, headers: { ...headers, origin: ORIGIN } } : { headers }),
    clientAddress: '127.0.0.1',
    cookies: { get: () => undefined, set: () => undefined } as never,
    redirect: (to: string, status = 302) => new Response(null, { status, headers: { location: to } }),
  }
}

const openForm = (overrides: Record<string, string | string[]> = {}) => ({
  service: fx.services.publishedA,
  district: fx.districts.d1,
  days: ['mon', 'wed'],
  timeBands: ['afternoon'],
  startDate: dayFromNow(30),
  joinBy: dayFromNow(20),
  minMembers: '3',
  maxMembers: '3',
  description: 'Tre famiglie di via Padova 10',
  street: 'Via Padova 10',
  postcode: '20127',
  ...overrides,
})

const groupRow = () => app.payload.findByID({ collection: 'groups', id: groupId, depth: 0, overrideAccess: true })
const counts = async () => ({
  groups: (await app.payload.count({ collection: 'groups', overrideAccess: true })).totalDocs,
  members: (await app.payload.count({ collection: 'group-members', overrideAccess: true })).totalDocs,
  messages: (await app.payload.count({ collection: 'group-messages', overrideAccess: true })).totalDocs,
})

/** The group's page as someone reads it. */
const read = async (as?: keyof typeof tokens, lang: 'it' | 'en' = 'it') => {
  const page = await pages.handleGroupPage(visit(`/gruppi/${reference}`, { as }), reference, lang)
  if (!page || page instanceof Response) throw new Error('no page')
  return page
}
const post = (as: keyof typeof tokens, fields: Record<string, string>, lang: 'it' | 'en' = 'it') =>
  pages.handleGroupPage(visit(`/gruppi/${reference}`, { as, fields }), reference, lang)

/** The words a refused form says at its top. */
const refusal = (page: Awaited<ReturnType<typeof post>>): string => {
  if (!page || page instanceof Response) throw new Error('not refused')
  const error = page.errors.form
  return typeof error === 'object' && error ? error.text : String(error)
}

describe('opening a group from the site', () => {
  it('names each wrong field, in the reader’s language, and opens nothing', async () => {
    const before = await counts()
    const page = await pages.handleNewGroup(
      visit('/en/personal-area/groups/new', {
        fields: openForm({ days: [], timeBands: [], minMembers: '3', maxMembers: '2', joinBy: dayFromNow(40), street: '' }),
      }),
      people.sara,
      'en',
    )
    if (page instanceof Response) throw new Error(`opened: ${page.headers.get('location')}`)
    expect(page.status).toBe(400)
    expect(page.errors).toEqual({
      days: 'errorGroupDays',
      timeBands: 'errorGroupTimes',
      joinBy: 'errorGroupJoinBy',
      minMembers: 'errorGroupMinMax',
      street: 'errorRequired',
    })
    // A district the service is not offered in is refused by the server's own check too.
    const elsewhere = await pages.handleNewGroup(
      visit('/area-personale/gruppi/nuovo', { fields: openForm({ district: fx.districts.d3 }) }),
      people.sara,
      'it',
    )
    expect(elsewhere).toMatchObject({ status: 400, errors: { district: 'errorGroupDistrict' } })
    expect(await counts()).toEqual(before)
  })

  it('offers nothing to open for a service that is not shared', async () => {
    const page = await pages.handleNewGroup(visit(`/area-personale/gruppi/nuovo?service=${fx.services.publishedB}`), people.sara, 'it')
    expect(page).toMatchObject({ status: 404, service: null })
  })

  it('prefills the district from the profile and the limits from the service, then opens the group and shows its page', async () => {
    await app.payload.update({
      collection: 'citizens',
      id: people.sara.id,
      data: { address: { street: 'Via Padova 10', district: fx.districts.d1 } } as never,
      overrideAccess: true,
    })
    people.sara = (await app.payload.findByID({ collection: 'citizens', id: people.sara.id, depth: 0 })) as Citizen
    const form = await pages.handleNewGroup(visit(`/area-personale/gruppi/nuovo?service=${fx.services.publishedA}`), people.sara, 'it')
    if (form instanceof Response) throw new Error('redirected')
    expect(form.values.district).toBe(fx.districts.d1)
    expect(form.limits).toEqual({ min: 2, max: 3 })
    expect(form.districts.map((district) => district.id).sort()).toEqual([fx.districts.d1, fx.districts.d2].sort())

    const opened = await pages.handleNewGroup(visit('/area-personale/gruppi/nuovo', { fields: openForm() }), people.sara, 'it')
    expect(opened).toBeInstanceOf(Response)
    const location = (opened as Response).headers.get('location')!
    expect(location).toMatch(/^\/gruppi\/G-\d{4}-\d{6}\?done=open$/)
    reference = location.slice('/gruppi/'.length, location.indexOf('?'))
    const { docs } = await app.payload.find({ collection: 'groups', where: { reference: { equals: reference } }, overrideAccess: true })
    groupId = docs[0]!.id
    expect(docs[0]).toMatchObject({ status: 'open', memberCount: 1, priceCents: 1400 })
  })
})

describe('a group’s page', () => {
  it('shows anyone the public facts and no person, and asks a visitor to sign in to join', async () => {
    const page = await read()
    expect(page.party).toBe('anonymous')
    expect(page.view.members).toEqual([])
    expect(page.view.messages).toEqual([])
    expect(page.view.membership).toBeNull()
    expect(page.card).toMatchObject({ memberCount: 1, minMembers: 3, maxMembers: 3, priceCents: 1400 })
    expect(page.table.rows).toEqual([
      { size: 1, priceCents: 1400 },
      { size: 2, priceCents: 1200 },
      { size: 3, priceCents: 800 },
    ])
    expect(page.inviteUrl).toContain(`/gruppi/${reference}`)
    expect(page.inviteText).toContain(page.inviteUrl)
    expect(JSON.stringify(page)).not.toMatch(/Rossi|Via Padova 10|citizen1@/)
  })

  it('lets a signed-in family join at the price for one more, and the price falls for everyone', async () => {
    const page = await read('laura')
    expect(page.party).toBe('visitor')
    expect(page.canJoin).toBe(true)
    expect(page.view.group.joinPriceCents).toBe(1200)
    expect(page.view.members).toEqual([])

    // Without accepting the price, nothing happens.
    const before = await counts()
    const unaccepted = await post('laura', { action: 'join', street: 'Via Padova 10', priceCents: '1200' })
    expect(unaccepted).toMatchObject({ status: 400, errors: { accept: 'errorGroupAccept' } })
    // A price that is no longer the current one is refused in the reader's language.
    const stale = await post('laura', { action: 'join', street: 'Via Padova 10', priceCents: '1400', accept: 'yes' }, 'en')
    expect(stale).toMatchObject({ status: 409 })
    expect(refusal(stale)).toMatch(/price/i)
    expect(await counts()).toEqual(before)
    expect((await groupRow()).memberCount).toBe(1)

    const joined = await post('laura', { action: 'join', street: 'Via Padova 10', postcode: '20127', priceCents: '1200', accept: 'yes' })
    expect((joined as Response).headers.get('location')).toBe(`/gruppi/${reference}?done=join`)
    expect(await groupRow()).toMatchObject({ memberCount: 2, priceCents: 1200 })
    const member = await read('laura')
    expect(member.party).toBe('member')
    expect(member.view.members.map((row) => row.displayName)).toEqual(['Mario R.', 'Laura B.'])
  })

  it('shows members the group’s messages, and a non-member neither the members nor the messages', async () => {
    const sent = await post('sara', { action: 'message', body: 'Ci vediamo giovedì in cortile.' })
    expect((sent as Response).headers.get('location')).toBe(`/gruppi/${reference}?done=message`)
    expect((await read('laura')).view.messages.map((message) => message.body)).toEqual(['Ci vediamo giovedì in cortile.'])

    const outsider = await read('piero')
    expect(outsider.party).toBe('visitor')
    expect(outsider.view.members).toEqual([])
    expect(outsider.view.messages).toEqual([])
    expect(JSON.stringify(outsider)).not.toMatch(/cortile|Laura|Mario/)

    // Writing to a group one is not in is refused, in the reader's language, and writes nothing.
    const before = await counts()
    const refused = await post('piero', { action: 'message', body: 'Posso entrare?' }, 'en')
    expect(refused).toMatchObject({ status: 403 })
    expect(refusal(refused)).toMatch(/not for you/i)
    expect(await counts()).toEqual(before)
  })

  it('asks a member to confirm before leaving, saying it costs nothing before the ente confirms', async () => {
    const asked = await post('laura', { action: 'leave' })
    expect(asked).toMatchObject({ confirmingLeave: true, leave: { kind: 'free' }, status: 200 })
    expect((await groupRow()).memberCount).toBe(2)

    // A family that is not a member cannot leave it: refused, nothing changed.
    const refused = await post('piero', { action: 'leave', confirmed: 'yes' })
    expect(refused).toMatchObject({ status: 403 })
    expect((await groupRow()).memberCount).toBe(2)

    const left = await post('laura', { action: 'leave', confirmed: 'yes' })
    expect((left as Response).headers.get('location')).toBe(`/gruppi/${reference}?done=leave`)
    expect(await groupRow()).toMatchObject({ memberCount: 1, priceCents: 1400 })
    expect((await read('laura')).party).toBe('visitor')
  })

  it('lets the organiser take a family out after confirming it, with a reason the family is told; nobody else', async () => {
    await post('piero', { action: 'join', street: 'Via Padova 30', priceCents: '1200', accept: 'yes' })
    expect(await groupRow()).toMatchObject({ memberCount: 2, priceCents: 1200 })
    const pieroRow = (await read('sara')).view.members.find((member) => member.displayName === 'Piero V.')!
    const saraRow = (await read('sara')).view.members.find((member) => member.organiser)!
    expect((await read('sara')).canRemove).toBe(true)
    expect((await read('piero')).canRemove).toBe(false)

    // A member who did not open the group cannot take anyone out: refused, nothing changed.
    const before = await counts()
    const refused = await post('piero', { action: 'remove-member', member: saraRow.id, confirmed: 'yes' }, 'en')
    expect(refused).toMatchObject({ status: 403 })
    expect(refusal(refused)).toMatch(/not for you/i)
    expect(await counts()).toEqual(before)
    expect((await groupRow()).memberCount).toBe(2)

    // The organiser is asked first; a reason too long is refused at its field, on the same confirmation.
    expect(await post('sara', { action: 'remove-member', member: pieroRow.id })).toMatchObject({
      confirmingRemove: pieroRow.id,
      status: 200,
    })
    const long = await post('sara', { action: 'remove-member', member: pieroRow.id, confirmed: 'yes', reason: 'x'.repeat(2001) })
    expect(long).toMatchObject({ status: 400, confirmingRemove: pieroRow.id, errors: { reason: expect.anything() } })
    expect((await groupRow()).memberCount).toBe(2)

    const removed = await post('sara', {
      action: 'remove-member',
      member: pieroRow.id,
      confirmed: 'yes',
      reason: 'Il gruppo è per le famiglie della nostra scala.',
    })
    expect((removed as Response).headers.get('location')).toBe(`/gruppi/${reference}?done=remove-member`)
    expect(await groupRow()).toMatchObject({ memberCount: 1, priceCents: 1400 })
    expect(await app.payload.findByID({ collection: 'group-members', id: pieroRow.id, depth: 0, overrideAccess: true })).toMatchObject({
      status: 'removed',
      leftReason: 'Il gruppo è per le famiglie della nostra scala.',
    })
    const { docs: notices } = await app.payload.find({
      collection: 'notifications',
      where: { and: [{ group: { equals: groupId } }, { kind: { equals: 'group-member-removed' } }] },
      depth: 0,
      overrideAccess: true,
    })
    expect(notices.map((notice) => [notice.citizen, notice.subject])).toEqual([[people.piero.id, expect.stringContaining(reference)]])
    expect((await read('piero')).party).toBe('visitor')
  })

  it('refuses a form posted from another site and an anonymous post, changing nothing', async () => {
    const before = await counts()
    const forged = visit(`/gruppi/${reference}`, {
      as: 'piero',
      fields: { action: 'join', street: 'Via Roma 1', priceCents: '1200', accept: 'yes' },
    })
    const foreign = new Request(forged.url, {
      method: 'POST',
      body: new URLSearchParams({ action: 'join' }),
      headers: { origin: 'https://evil.example' },
    })
    expect(await pages.handleGroupPage({ ...forged, request: foreign }, reference, 'it')).toMatchObject({
      status: 403,
      errors: { form: 'errorOrigin' },
    })
    const anonymous = await pages.handleGroupPage(visit(`/gruppi/${reference}`, { fields: { action: 'join' } }), reference, 'it')
    expect((anonymous as Response).headers.get('location')).toBe(`/accedi?next=${encodeURIComponent(`/gruppi/${reference}`)}`)
    expect(await counts()).toEqual(before)
  })

  it('does not exist under a reference no group has', async () => {
    expect(await pages.handleGroupPage(visit('/gruppi/G-2026-000000'), 'G-2026-000000', 'it')).toBeNull()
    expect(await pages.handleGroupPage(visit('/gruppi/nonsense'), 'nonsense', 'it')).toBeNull()
  })
})

describe('signing up from a group’s invitation', () => {
  it('keeps the group’s address through the e-mail’s confirmation, and nothing from another site', async () => {
    const account = await import('../../site/src/lib/account')
    const kept = new Map<string, string>()
    const cookies = {
      get: (name: string) => (kept.has(name) ? { value: kept.get(name)! } : undefined),
      set: (name: string, value: string) => kept.set(name, value),
    }
    const back = `/gruppi/${reference}`
    const form = await account.handleSignUp({ ...visit(`/registrati?next=${encodeURIComponent(back)}`), cookies: cookies as never }, 'it')
    expect(form).toMatchObject({ values: { next: back } })
    const sent = await account.handleSignUp(
      {
        ...visit('/registrati', {
          fields: {
            firstName: 'Anna',
            lastName: 'Neri',
            email: 'anna.neri@test.example',
            password: PASSWORD,
            passwordConfirm: PASSWORD,
            privacy: 'yes',
            next: back,
          },
        }),
        cookies: cookies as never,
      },
      'it',
    )
    expect((sent as Response).headers.get('location')).toContain(`next=${encodeURIComponent(back)}`)
    expect(account.returnAfterSignUp(cookies as never)).toBe(back)
    kept.set('wemi-next', 'https://evil.example/')
    expect(account.returnAfterSignUp(cookies as never)).toBe('')
  })
})

describe('finding groups', () => {
  it('lists the service’s open groups, the citizen’s own groups and the groups near a family asking for the service', async () => {
    expect((await pages.openGroupsOf(fx.services.publishedA, 'it')).map((group) => group.reference)).toEqual([reference])
    expect(await pages.openGroupsOf(fx.services.publishedA, 'it', fx.districts.d2)).toEqual([])
    const mine = await pages.myGroups(people.sara, 'it')
    expect(mine.active.map((group) => group.reference)).toEqual([reference])
    expect((await pages.myGroups(people.laura, 'it')).past.map((group) => group.reference)).toEqual([reference])
    // Piero was taken out of it: it is among his past groups.
    expect((await pages.myGroups(people.piero, 'it')).past.map((group) => group.reference)).toEqual([reference])

    const near = (district: string, days: string[], timeBands: string[]) =>
      pages.groupsMatching([fx.services.publishedA], { district, days, timeBands }, 'it', people.laura)
    expect((await near(fx.districts.d1, ['wed'], ['afternoon'])).map((group) => group.reference)).toEqual([reference])
    // Its organiser is not offered the group it is already in.
    expect(
      await pages.groupsMatching([fx.services.publishedA], { district: fx.districts.d1, days: [], timeBands: [] }, 'it', people.sara),
    ).toEqual([])
    expect(await near(fx.districts.d1, ['fri'], ['afternoon'])).toEqual([])
    expect(await near(fx.districts.d1, ['mon'], ['morning'])).toEqual([])
    expect(await near(fx.districts.d2, ['mon'], ['afternoon'])).toEqual([])
  })

  it('offers a family asking for the shared service the open group near it first', async () => {
    const form = await import('../../site/src/lib/request-form')
    // Laura, who left the group, now lives in Municipio 1 too.
    const laura = (await app.payload.update({
      collection: 'citizens',
      id: people.laura.id,
      data: { address: { ...people.laura.address, street: 'Via Padova 10', district: fx.districts.d1 } },
      depth: 0,
      overrideAccess: true,
    })) as Citizen
    const offered = async (query: string, citizen = laura) => {
      const page = await form.handleRequestForm(
        visit(`/area-personale/richieste/nuova?service=${fx.services.publishedA}${query}`),
        citizen,
        'it',
      )
      if (page instanceof Response) throw new Error('redirected')
      return page.nearbyGroups.map((group) => group.reference)
    }
    // The group meets in Municipio 1 on Monday and Wednesday afternoons.
    expect(await offered('&day=wed&time=afternoon')).toEqual([reference])
    // Sara, its organiser, is not offered the group she is in.
    expect(await offered('&day=wed&time=afternoon', people.sara)).toEqual([])
    expect(await offered('&day=fri')).toEqual([])
    expect(await offered('&time=morning')).toEqual([])
  })

  it('counts in the facet “Gruppi aperti” exactly the services its filter finds, within the district chosen', async () => {
    const run = (filters: import('../../plugins/search/query').SearchFilters) =>
      search.searchServices(app.payload, { terms: '', filters, sort: 'relevance', page: 1 })
    const all = await run({})
    expect(all.facets.groups).toBe(1)
    const withGroups = await run({ groups: true })
    expect(withGroups.total).toBe(1)
    expect(withGroups.hits.map((hit) => hit.serviceId)).toEqual([fx.services.publishedA])
    // The district filter applies to the groups: none in Municipio 2, though the service is offered there.
    const inD1 = await run({ districtId: fx.districts.d1 })
    const inD2 = await run({ districtId: fx.districts.d2 })
    expect(inD1.facets.groups).toBe(1)
    expect(inD2.facets.groups).toBe(0)
    expect((await run({ groups: true, districtId: fx.districts.d2 })).total).toBe(0)
    // Each district's count with the groups filter on is what choosing it would find.
    for (const [district, count] of withGroups.facets.district)
      expect((await run({ groups: true, districtId: district })).total, `district ${district}`).toBe(count)
    expect(withGroups.facets.district.get(fx.districts.d1)).toBe(1)
    expect(withGroups.facets.district.get(fx.districts.d2)).toBeUndefined()
  })
})
