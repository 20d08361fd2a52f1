import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestApp, type TestApp } from '../helpers/app'
import { buildFixtures, type Fixtures } from '../helpers/fixtures'

/** The city profile's link to its accessibility statement on AgID's form. */
let app: TestApp
let fx: Fixtures
beforeAll(async () => {
  app = await startTestApp()
  fx = await buildFixtures(app.payload, app.rest)
})
afterAll(async () => app?.close())

const setStatement = (url: string, language: 'it' | 'en' = 'it') =>
  app.rest('POST', '/api/globals/city', {
    token: fx.actors.admin.token,
    language,
    body: { contacts: { accessibilityDeclarationUrl: url } },
  })

describe('the accessibility statement’s address', () => {
  it('takes only a statement published with AgID’s form, saying why otherwise, and keeps the last good one', async () => {
    const good = 'https://form.agid.gov.it/view/7c5e-wemi-milano'
    expect((await setStatement(good)).status).toBe(200)
    for (const wrong of ['http://form.agid.gov.it/view/x', 'https://example.org/accessibilita', 'form.agid.gov.it/view/x']) {
      const refused = await setStatement(wrong)
      expect(refused.status, wrong).toBe(400)
      expect(refused.body.errors[0].data.errors[0].message).toBe(
        'Indica l’indirizzo della dichiarazione sul sito di AgID: inizia con https://form.agid.gov.it/.',
      )
    }
    expect((await setStatement('https://example.org', 'en')).body.errors[0].data.errors[0].message).toBe(
      'Give the address of the statement on AgID’s site: it starts with https://form.agid.gov.it/.',
    )
    const city = await app.payload.findGlobal({ slug: 'city', depth: 0 })
    expect(city.contacts?.accessibilityDeclarationUrl).toBe(good)
    // Only WeMi's admins change the city profile.
    const byEnte = await app.rest('POST', '/api/globals/city', {
      token: fx.actors.enteAdmin.token,
      body: { contacts: { accessibilityDeclarationUrl: 'https://form.agid.gov.it/view/altro' } },
    })
    expect(byEnte.status).toBe(403)
    expect((await app.payload.findGlobal({ slug: 'city', depth: 0 })).contacts?.accessibilityDeclarationUrl).toBe(good)
  })
})
