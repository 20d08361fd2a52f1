import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { TodayQueues } from '../../components/admin/TodayQueues'
import { startTestApp, type TestApp } from '../helpers/app'
import { buildFixtures, type Actor, type Fixtures } from '../helpers/fixtures'
import { act, quoteInput, sendRequest } from '../helpers/marketplace'
import { as } from '../helpers/as'
import { applicationInput, buildCareWork, sendApplication } from '../helpers/care-work'

/**
 * The dashboard's "to do today": each role sees its own queues, counted with its own access,
 * each linking to the list filtered to it.
 */
let app: TestApp
let fx: Fixtures
beforeAll(async () => {
  app = await startTestApp()
  fx = await buildFixtures(app.payload, app.rest)
})
afterAll(async () => app?.close())

type Tile = { count: number; label: string; href: string }

/** The dashboard block as the person sees it: each tile's number, words and link. */
const queuesOf = async (actor: Actor, language = 'it'): Promise<Tile[] | null> => {
  const element = await TodayQueues({ payload: app.payload, user: actor.user, i18n: { language } } as never)
  if (!element) return null
  const html = renderToStaticMarkup(element)
  return [...html.matchAll(/<a href="([^"]+)"[^>]*><span[^>]*>(\d+)<\/span><span[^>]*>([^<]+)<\/span><\/a>/g)].map(
    ([, href, count, label]) => ({
      href: href!.replace(/&amp;/g, '&'),
      count: Number(count),
      label: label!,
    }),
  )
}

const tile = (tiles: Tile[] | null, label: string) => tiles?.find((candidate) => candidate.label === label)

const workflow = (actor: Actor, id: string, body: Record<string, unknown>) =>
  app.rest('POST', `/api/services/${id}/workflow`, { token: actor.token, body })

describe('what to do today', () => {
  it('shows WeMi what waits for its decision, with links to the filtered lists', async () => {
    expect((await workflow(fx.actors.enteAdmin, fx.services.draftA, { action: 'submit' })).status).toBe(200)
    const tiles = await queuesOf(fx.actors.admin)
    expect(tiles?.map(({ label }) => label)).toEqual([
      'Servizi in attesa di validazione',
      'Enti in attesa di accreditamento',
      'Recensioni da moderare',
      'Importazioni di voucher fatte oggi',
      'Gruppi condivisi in formazione',
    ])
    expect(tile(tiles, 'Servizi in attesa di validazione')).toEqual({
      count: 1,
      label: 'Servizi in attesa di validazione',
      href: '/admin/collections/services?where%5Bvalidation.status%5D%5Bequals%5D=submitted',
    })
    expect(tile(tiles, 'Enti in attesa di accreditamento')).toMatchObject({
      count: 1,
      href: '/admin/collections/organisations?where%5Baccreditation.status%5D%5Bequals%5D=submitted',
    })
    expect(tile(tiles, 'Recensioni da moderare')?.count).toBe(0)
  })

  it('shows an ente its own requests, plans and services sent back, never another ente’s', async () => {
    const both = await sendRequest(app.payload, fx.actors.citizen, [fx.services.publishedA, fx.services.publishedB], fx.districts.d1)
    const onlyA = await sendRequest(app.payload, fx.extraActors.citizen2, [fx.services.publishedA], fx.districts.d1)
    const { quote } = await act(app.payload, fx.actors.enteAdmin, onlyA.threads[0]!.id, 'quote', quoteInput())
    await act(app.payload, fx.extraActors.citizen2, onlyA.threads[0]!.id, 'accept', { quote })
    expect(both.threads).toHaveLength(2)

    const before = await queuesOf(fx.actors.enteAdmin)
    expect(before?.map(({ label, count }) => [label, count])).toEqual([
      ['Richieste in attesa di preventivo', 1],
      ['Gruppi da confermare', 0],
      ['Preventivi accettati da pianificare', 1],
      ['Visite di oggi', 0],
      ['Servizi rimandati per correzioni', 0],
    ])
    expect(tile(before, 'Richieste in attesa di preventivo')?.href).toBe('/admin/collections/threads?where%5Bstatus%5D%5Bequals%5D=sent')
    expect(tile(await queuesOf(fx.extraActors.enteAdminB), 'Richieste in attesa di preventivo')?.count).toBe(1)

    await workflow(fx.actors.admin, fx.services.draftA, { action: 'request-changes', comment: 'Manca il prezzo del sabato.' })
    expect(tile(await queuesOf(fx.actors.enteAdmin), 'Servizi rimandati per correzioni')?.count).toBe(1)
    expect(tile(await queuesOf(fx.extraActors.enteAdminB), 'Servizi rimandati per correzioni')?.count).toBe(0)
    expect(tile(await queuesOf(fx.actors.admin), 'Servizi in attesa di validazione')?.count).toBe(0)
  })

  it('shows an ente’s operator the visits and requests but not the services, and a desk its day, in English too', async () => {
    expect((await queuesOf(fx.actors.enteOperator))?.map(({ label }) => label)).toEqual([
      'Richieste in attesa di preventivo',
      'Gruppi da confermare',
      'Preventivi accettati da pianificare',
      'Visite di oggi',
    ])
    const desk = await queuesOf(fx.actors.operator, 'en')
    expect(desk?.map(({ label, count }) => [label, count])).toEqual([['Today’s appointments at the desk', 0]])
    expect(desk?.[0]?.href).toMatch(/^\/admin\/collections\/appointments\?where%5Band%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=booked&/)
  })

  it('shows nothing to people with no queue', async () => {
    expect(await queuesOf(fx.actors.editor)).toBeNull()
  })
  it('shows care-work staff, and only them, the workers to assess, the families to match and the jobs created this year', async () => {
    const care = await buildCareWork(app.payload, app.rest, fx)
    await sendApplication(app.payload, fx.extraActors.citizen2, applicationInput([fx.districts.d1], fx.districts.d1))
    const labels = [
      'Candidature di lavoratori da valutare',
      'Richieste di famiglie da abbinare',
      'Assunzioni (posti di lavoro creati) quest’anno',
    ]
    const counts = async () => {
      const tiles = await queuesOf(care.careStaff)
      return labels.map((label) => tile(tiles, label)?.count)
    }
    expect(await counts()).toEqual([1, 1, 0])
    for (const [actor, status] of [
      [fx.actors.citizen, 'to-meet'],
      [care.worker, 'meeting-accepted'],
      [fx.actors.citizen, 'hired'],
    ] as const)
      await app.payload.update({ collection: 'care-proposals', id: care.proposal, data: { status }, ...as(actor) })
    expect(await counts()).toEqual([1, 0, 1])
    expect(tile(await queuesOf(care.careStaff), labels[0]!)?.href).toBe(
      '/admin/collections/worker-applications?where%5Bstatus%5D%5Bin%5D%5B0%5D=submitted&where%5Bstatus%5D%5Bin%5D%5B1%5D=interview-booked',
    )
    // An administrator without the permission sees none of it.
    const plain = (await queuesOf(fx.actors.admin))?.map(({ label }) => label) ?? []
    for (const label of labels) expect(plain).not.toContain(label)
  })
})
