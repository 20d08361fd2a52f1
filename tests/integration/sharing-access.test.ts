import { formatNames } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CLIENT_ADDRESS_HEADER } from '../../lib/client-address'
import { localRequest } from '../../lib/transaction'
import { openGroup } from '../../plugins/sharing/open'
import { startTestApp, type TestApp } from '../helpers/app'
import { refusal } from '../helpers/as'
import { type Actor, buildFixtures, type Fixtures, PASSWORD } from '../helpers/fixtures'
import { act, dayFromNow } from '../helpers/marketplace'
import { groupAct, groupFootprint, groupInput, join, membersOf, openAs, sharedService } from '../helpers/sharing'

/**
 * Who reads and writes what of a shared group, attacked through REST and GraphQL: a group's
 * members, messages and payments are for its members, its ente and WeMi; members know each
 * other by first name and initial; the public reads a group without a person in it; nobody
 * writes any of it but the group lifecycle.
 */

let app: TestApp
let fx: Fixtures
let outsider: Actor
let enteB: Actor
/** Citizen 1's group (citizen 2 a member) for organisation A, awaiting its confirmation, with messages. */
let forming: string
/** The same two families, confirmed by A, citizen 1 having paid its share. */
let confirmed: string
/** A group of organisation B, which A must not see. */
let ofB: string

const GROUP_COLLECTIONS = ['groups', 'group-members', 'group-messages'] as const

const PRIVATE_FILTER = '{ GroupMembers(where: { address__street: { like: "Padova" } }) { docs { id } } }'

const signIn = async (collection: 'citizens' | 'users', email: string): Promise<Actor> => {
  const response = await app.rest('POST', `/api/${collection}/login`, { body: { email, password: PASSWORD } })
  return { user: { ...response.body.user, collection }, token: response.body.token }
}

const graphql = async (actor: Actor, query: string) =>
  (await app.rest('POST', '/api/graphql', { token: actor.token, body: { query } })).body as {
    data?: Record<string, any>
    errors?: { message: string }[]
  }

/** The ids a REST list of a collection gives an actor, or the refusal's status. */
const listed = async (actor: Actor, collection: string, where = ''): Promise<string[] | number> => {
  const { status, body } = await app.rest('GET', `/api/${collection}?limit=100&depth=0${where}`, { token: actor.token })
  return status === 200 ? body.docs.map((doc: { id: string }) => doc.id) : status
}

const idsOf = async (collection: 'group-members' | 'group-messages', group: string) =>
  (await app.payload.find({ collection, where: { group: { equals: group } }, depth: 0, pagination: false, overrideAccess: true })).docs.map(
    (doc) => doc.id,
  )

beforeAll(async () => {
  app = await startTestApp()
  fx = await buildFixtures(app.payload, app.rest)
  const service = await sharedService(app.payload, fx)
  const serviceOfB = await sharedService(app.payload, fx, {
    title: 'Doposcuola condiviso',
    organisation: fx.organisations.orgB,
    districts: [fx.districts.d1],
  })
  await app.payload.create({
    collection: 'citizens',
    data: { email: 'outsider@test.example', password: PASSWORD, firstName: 'Olga', lastName: 'Esterni', _verified: true } as never,
    disableVerificationEmail: true,
  })
  outsider = await signIn('citizens', 'outsider@test.example')
  enteB = await signIn('users', 'enteadminb@test.example')

  forming = (await openAs(app.payload, fx.actors.citizen, groupInput(service, fx.districts.d1, { minMembers: 3 }))).id
  await join(app.payload, fx.extraActors.citizen2, forming, 'Via Padova 99')
  await groupAct(app.payload, fx.actors.citizen, forming, 'message', { body: 'Qualcuno ha un passeggino doppio?' })
  await groupAct(app.payload, fx.actors.enteAdmin, forming, 'message', { body: 'Vi presentiamo la babysitter.' })

  confirmed = (await openAs(app.payload, fx.actors.citizen, groupInput(service, fx.districts.d2))).id
  await join(app.payload, fx.extraActors.citizen2, confirmed, 'Via Padova 99')
  await groupAct(app.payload, fx.actors.enteAdmin, confirmed, 'confirm', { startDate: dayFromNow(10), endDate: dayFromNow(40), units: 10 })
  const [organiser] = await membersOf(app.payload, confirmed)
  await act(app.payload, fx.actors.enteAdmin, organiser!.thread as string, 'confirm-payment', { method: 'other' })

  ofB = (await openAs(app.payload, fx.extraActors.citizen2, groupInput(serviceOfB, fx.districts.d1))).id
})
afterAll(async () => app?.close())

describe('who reads a group’s private side', () => {
  it('gives a non-member none of a group’s members, messages or payments, through REST or GraphQL', async () => {
    const members = await idsOf('group-members', forming)
    const messages = await idsOf('group-messages', forming)
    // The same questions, asked by the group's ente, find them all.
    for (const [collection, ids] of [
      ['group-members', members],
      ['group-messages', messages],
    ] as const) {
      expect(await listed(fx.actors.enteAdmin, collection)).toEqual(expect.arrayContaining(ids))
      const names = formatNames(collection)
      const { data } = await graphql(fx.actors.enteAdmin, `{ ${names.plural}(limit: 100) { docs { id } } }`)
      expect(data?.[names.plural].docs.map((doc: { id: string }) => doc.id)).toEqual(expect.arrayContaining(ids))
    }
    expect(await listed(fx.actors.citizen, 'payments')).toHaveLength(1)
    for (const actor of [outsider, fx.actors.anonymous, fx.actors.editor, fx.actors.operator, enteB]) {
      for (const [collection, ids] of [
        ['group-members', members],
        ['group-messages', messages],
      ] as const) {
        const rest = await listed(actor, collection)
        if (typeof rest !== 'number') expect(rest.filter((id) => ids.includes(id))).toEqual([])
        for (const id of ids)
          expect([401, 403, 404]).toContain((await app.rest('GET', `/api/${collection}/${id}`, { token: actor.token })).status)
        const names = formatNames(collection)
        const { data } = await graphql(actor, `{ ${names.plural}(limit: 100) { docs { id } } }`)
        expect((data?.[names.plural]?.docs ?? []).filter((doc: { id: string }) => ids.includes(doc.id))).toEqual([])
      }
      // The families' own threads and payments are theirs and the ente's alone.
      const threads = await listed(actor, 'threads', `&where[group][equals]=${confirmed}`)
      if (typeof threads !== 'number') expect(threads).toEqual([])
      const payments = await listed(actor, 'payments')
      if (typeof payments !== 'number') expect(payments).toEqual([])
    }
  })

  it('refuses filters and sorts on a member’s private fields to anyone who may not read them', async () => {
    const citizen1 = fx.citizens.citizen1
    const attacks = [
      ['group-members', `&where[citizen][equals]=${citizen1}`],
      ['group-members', '&where[address.street][like]=Padova'],
      ['group-members', '&where[acceptedPriceCents][greater_than]=0'],
      ['group-members', '&sort=address.street'],
      ['group-members', `&where[thread][exists]=true`],
      ['group-messages', `&where[author.value][equals]=${citizen1}`],
      ['groups', `&where[organiser.value][equals]=${citizen1}`],
    ] as const
    for (const actor of [fx.extraActors.citizen2, outsider, fx.actors.anonymous]) {
      for (const [collection, where] of attacks) {
        const result = await listed(actor, collection, where)
        // Refused outright, or (for a collection the actor can list) finding nothing it could not see.
        if (typeof result === 'number') expect([400, 401, 403], `${collection}${where}`).toContain(result)
        else expect(result, `${collection}${where}`).toEqual([])
      }
      const { errors } = await graphql(actor, PRIVATE_FILTER)
      expect(errors?.length ?? 0).toBeGreaterThan(0)
    }
    // WeMi may ask it, and finds both families.
    const { data, errors } = await graphql(fx.actors.admin, PRIVATE_FILTER)
    expect(errors).toBeUndefined()
    expect(data?.GroupMembers.docs.length).toBeGreaterThanOrEqual(2)
  })

  it('shows other members only a first name and initial, and each family its own membership', async () => {
    const { body } = await app.rest('GET', `/api/group-members?where[group][equals]=${forming}&depth=0`, {
      token: fx.extraActors.citizen2.token,
    })
    const rows: Record<string, unknown>[] = body.docs
    const own = rows.find((row) => row.citizen === fx.citizens.citizen2)!
    const other = rows.find((row) => row !== own)!
    expect(own).toMatchObject({ displayName: 'Laura B.', acceptedPriceCents: 1500, address: { street: 'Via Padova 99' } })
    expect(other.displayName).toBe('Mario R.')
    for (const hidden of ['citizen', 'address', 'acceptedPriceCents', 'goAhead', 'thread']) expect(other).not.toHaveProperty(hidden)
    const messages = await app.rest('GET', `/api/group-messages?where[group][equals]=${forming}&depth=0`, {
      token: fx.extraActors.citizen2.token,
    })
    expect(messages.body.docs.map((message: Record<string, unknown>) => [message.authorName, 'author' in message])).toEqual([
      ['Mario R.', false],
      ['Ente orgA', false],
    ])
    const view = (await app.rest('GET', `/api/groups/${forming}/view`, { token: fx.extraActors.citizen2.token })).body
    expect(view.party).toBe('member')
    expect(view.members.map((member: Record<string, unknown>) => Object.keys(member).sort())).toEqual([
      ['displayName', 'id', 'joinedOn', 'organiser', 'you'],
      ['displayName', 'id', 'joinedOn', 'organiser', 'you'],
    ])
    expect(JSON.stringify(view)).not.toContain('Rossi')
    expect(JSON.stringify(view)).not.toContain('citizen1@test.example')
  })

  it('lets an ente see only the groups of its own services, and their families in full once it has confirmed', async () => {
    expect(await listed(fx.actors.enteAdmin, 'groups')).toEqual(expect.arrayContaining([forming, confirmed]))
    expect(await listed(fx.actors.enteAdmin, 'groups')).not.toContain(ofB)
    expect(await listed(enteB, 'groups')).toEqual([ofB])
    expect(await listed(enteB, 'group-members')).toEqual(await idsOf('group-members', ofB))
    expect((await app.rest('GET', `/api/groups/${forming}`, { token: enteB.token })).status).toBe(404)
    const { data } = await graphql(enteB, '{ Groups(limit: 100) { docs { id } } }')
    expect(data?.Groups.docs.map((doc: { id: string }) => doc.id)).toEqual([ofB])
    // The ente of the group reads each family's address, and their names and contacts once confirmed.
    const before = (await app.rest('GET', `/api/groups/${forming}/view`, { token: fx.actors.enteAdmin.token })).body
    expect(before.members.map((member: { address: string; email: string }) => [member.address, member.email])).toEqual([
      ['Via Padova 12, 20127', ''],
      ['Via Padova 99, 20127', ''],
    ])
    const after = (await app.rest('GET', `/api/groups/${confirmed}/view`, { token: fx.actors.enteAdmin.token })).body
    expect(after.members.map((member: { name: string; email: string }) => [member.name, member.email])).toEqual([
      ['Mario Rossi', 'citizen1@test.example'],
      ['Laura Bianchi', 'citizen2@test.example'],
    ])
    // Each family's price an hour and its share for the period's 10 hours, from its own thread,
    // with the thread to follow its payment.
    expect(after.group).toMatchObject({ priceUnit: 'all’ora', units: 10, quantity: '10 ore' })
    expect(
      after.members.map((member: { chargedPrice: string; share: string; thread: { statusLabel: string } }) => [
        member.chargedPrice,
        member.share,
        member.thread.statusLabel,
      ]),
    ).toEqual([
      ['15,00 €', '150,00 €', 'Pagata'],
      ['15,00 €', '150,00 €', 'Preventivo accettato'],
    ])
    expect(after.actions).toEqual([{ action: 'message', label: 'Scrivi al gruppo' }])
    const outsiderView = (await app.rest('GET', `/api/groups/${forming}/view`, { token: enteB.token })).body
    expect(outsiderView).toMatchObject({ party: null, members: [], messages: [], membership: null })
  })

  it('lets the public read a group without any personal data', async () => {
    const { status, body } = await app.rest('GET', `/api/groups/${forming}?depth=1`)
    expect(status).toBe(200)
    expect(body).not.toHaveProperty('organiser')
    expect(body).toMatchObject({ memberCount: 2, priceCents: 1500, status: 'open' })
    const view = (await app.rest('GET', `/api/groups/${forming}/view`)).body
    expect(view).toMatchObject({ party: null, members: [], messages: [], membership: null, actions: [] })
    expect(view.group).toMatchObject({ memberCount: 2, price: '15,00 €', joinPrice: '12,00 €', district: { name: 'Municipio 1' } })
    const { data } = await graphql(fx.actors.anonymous, `{ Group(id: "${forming}") { id memberCount organiser { relationTo } } }`)
    expect(data?.Group?.organiser ?? null).toBeNull()
    for (const text of [JSON.stringify(body), JSON.stringify(view), JSON.stringify(data)]) {
      for (const personal of [
        'Rossi',
        'Bianchi',
        'Laura',
        'Via Padova',
        'citizen1@test.example',
        fx.citizens.citizen1,
        fx.citizens.citizen2,
      ]) {
        expect(text).not.toContain(personal)
      }
    }
  })
})

describe('opening groups', () => {
  it('limits how many groups one account opens in an hour, through the API as on the site, saying how long to wait', async () => {
    const service = await sharedService(app.payload, fx, { title: 'Babysitter del sabato' })
    const family = await signIn('citizens', 'outsider@test.example')
    const address = '203.0.113.7'
    // Through REST (as the one-origin server passes the connection's address on) and the site's Local API, on one counter.
    const overRest = async () => {
      const response = await app.fetch(
        new Request('http://localhost/api/groups/open', {
          method: 'POST',
          headers: { authorization: `JWT ${family.token}`, 'content-type': 'application/json', [CLIENT_ADDRESS_HEADER]: address },
          body: JSON.stringify(groupInput(service, fx.districts.d1, { address: { street: 'Via Tortona 1' } })),
        }),
      )
      return { status: response.status, body: await response.json() }
    }
    const onSite = async () =>
      openGroup(app.payload, {
        as: { user: family.user as never },
        input: groupInput(service, fx.districts.d1, { address: { street: 'Via Tortona 1' } }),
        req: await localRequest(app.payload, { user: family.user as never, address }),
      })
    expect((await overRest()).status).toBe(201)
    expect((await overRest()).status).toBe(201)
    await onSite()
    await onSite()
    expect((await overRest()).status).toBe(201)
    const before = (await app.payload.count({ collection: 'groups', overrideAccess: true })).totalDocs
    const refused = await overRest()
    expect(refused.status).toBe(429)
    expect(refused.body.errors[0].message).toMatch(/^Troppi tentativi in poco tempo: per sicurezza riprova tra \d+ minuti\.$/)
    expect((await refusal(onSite())).status).toBe(429)
    expect((await app.payload.count({ collection: 'groups', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('refuses a group that breaks the service’s limits, naming every problem at its field, and writes nothing', async () => {
    const service = await sharedService(app.payload, fx, { title: 'Babysitter della domenica' })
    const before = (await app.payload.count({ collection: 'groups', overrideAccess: true })).totalDocs
    const { status, body } = await app.rest('POST', '/api/groups/open', {
      token: fx.actors.citizen.token,
      language: 'en',
      body: groupInput(service, fx.districts.d3, {
        minMembers: 1,
        maxMembers: 9,
        days: [],
        joinBy: dayFromNow(40),
        address: { street: '' },
      }),
    })
    expect(status).toBe(400)
    expect(body.errors[0].data.errors.map((error: { path: string }) => error.path)).toEqual([
      'district',
      'days',
      'joinBy',
      'minMembers',
      'maxMembers',
      'address.street',
    ])
    expect(body.errors[0].message).toContain('Choose one of the districts the service is offered in.')
    const notShared = await app.rest('POST', '/api/groups/open', {
      token: fx.actors.citizen.token,
      body: groupInput(fx.services.publishedA, fx.districts.d1),
    })
    expect(notShared.body.errors[0].message).toBe('Questo servizio non è offerto in forma condivisa: non si possono aprire gruppi.')
    expect((await app.rest('POST', '/api/groups/open', { token: enteB.token, body: groupInput(service, fx.districts.d1) })).status).toBe(
      403,
    )
    expect((await app.rest('POST', '/api/groups/open', { body: groupInput(service, fx.districts.d1) })).status).toBe(401)
    expect((await app.payload.count({ collection: 'groups', overrideAccess: true })).totalDocs).toBe(before)
  })
})

describe('who writes a group', () => {
  it('refuses every create, update and delete of groups, their members and messages through REST and GraphQL, to everyone, changing nothing', async () => {
    const before = await groupFootprint(app.payload, forming)
    const [member] = await idsOf('group-members', forming)
    const [message] = await idsOf('group-messages', forming)
    const target: Record<(typeof GROUP_COLLECTIONS)[number], string> = {
      groups: forming,
      'group-members': member!,
      'group-messages': message!,
    }
    const data = {
      groups: { status: 'confirmed', memberCount: 9, description: 'Modificato' },
      'group-members': { status: 'removed', acceptedPriceCents: 1, displayName: 'Altro' },
      'group-messages': { body: 'Messaggio falso', authorName: 'WeMi' },
    }
    const actors = [
      fx.actors.anonymous,
      fx.actors.citizen,
      fx.extraActors.citizen2,
      outsider,
      fx.actors.enteAdmin,
      fx.actors.admin,
      fx.actors.editor,
    ]
    for (const actor of actors) {
      for (const collection of GROUP_COLLECTIONS) {
        const create = await app.rest('POST', `/api/${collection}`, {
          token: actor.token,
          body: { ...data[collection], group: forming, organisation: fx.organisations.orgA },
        })
        expect([401, 403], `${collection} create`).toContain(create.status)
        const update = await app.rest('PATCH', `/api/${collection}/${target[collection]}`, { token: actor.token, body: data[collection] })
        expect([401, 403, 404], `${collection} update`).toContain(update.status)
        const bulk = await app.rest('PATCH', `/api/${collection}?where[id][exists]=true`, { token: actor.token, body: data[collection] })
        expect([200, 401, 403], `${collection} bulk update`).toContain(bulk.status)
        expect(bulk.status === 200 ? bulk.body.docs.length : 0, `${collection} bulk update`).toBe(0)
        const remove = await app.rest('DELETE', `/api/${collection}/${target[collection]}`, { token: actor.token })
        expect([401, 403, 404], `${collection} delete`).toContain(remove.status)
        const { singular } = formatNames(collection)
        for (const mutation of [
          `mutation { create${singular}(data: { }) { id } }`,
          `mutation { update${singular}(id: "${target[collection]}", data: { }) { id } }`,
          `mutation { delete${singular}(id: "${target[collection]}") { id } }`,
        ]) {
          const { data: result, errors } = await graphql(actor, mutation)
          expect(errors?.length ?? 0, mutation).toBeGreaterThan(0)
          expect(Object.values(result ?? {}).filter(Boolean)).toEqual([])
        }
      }
    }
    expect(await groupFootprint(app.payload, forming)).toEqual(before)
  })
})
