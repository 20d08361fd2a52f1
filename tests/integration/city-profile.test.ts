import type { LabelFunction } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { isValidPersonalFiscalCode } from '../../lib/fiscal'
import { CITIES, CITY, CITY_PROFILE } from '../../seed/cities'
import { t as siteText } from '../../site/src/lib/i18n'
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

describe('what the city calls its districts', () => {
  // Renamed as another city the seed knows calls them, in Italian; in English, a word no city uses.
  const other = Object.values(CITIES).find((city) => city !== CITY)!
  const names = {
    it: { districtLabel: other.profile.wording.it.districtLabel, districtsLabel: other.profile.wording.it.districtsLabel },
    en: { districtLabel: 'Area', districtsLabel: 'Areas' },
  }
  const one = (wording: { districtLabel: string }) => wording.districtLabel.toLowerCase()
  const chooseOwn = `Scegli il ${one(CITY_PROFILE.wording.it)}`
  const rename = async (wording: Record<'it' | 'en', { districtLabel: string; districtsLabel: string }>) => {
    for (const language of ['it', 'en'] as const) {
      const saved = await app.rest('POST', `/api/globals/city?locale=${language}`, {
        token: fx.actors.admin.token,
        body: wording[language],
      })
      expect(saved.status).toBe(200)
    }
  }
  /** A label as the admin works it out for a screen in `language`. */
  const adminLabel = (language: 'it' | 'en', label: unknown) =>
    typeof label === 'function' ? (label as LabelFunction)({ i18n: { language } as never, t: (() => '') as never }) : label
  const districtsField = () => app.payload.collections.services.config.flattenedFields.find((field) => field.name === 'districts')!

  it('names them in the admin, the site and the rules’ messages as the profile does, from the moment it is saved', async () => {
    expect(siteText('it', 'chooseDistrict')).toBe(chooseOwn)
    await rename(names)
    try {
      expect(siteText('it', 'chooseDistrict')).toBe(`Scegli il ${one(names.it)}`)
      expect(siteText('en', 'nearbyDistricts')).toBe('In nearby areas')
      expect(adminLabel('it', app.payload.collections.districts.config.labels.plural)).toBe(names.it.districtsLabel)
      expect(adminLabel('en', app.payload.collections.districts.config.labels.singular)).toBe('Area')
      expect(adminLabel('it', districtsField().label)).toBe(`${names.it.districtsLabel} serviti`)
      const noScope = await app.rest('POST', `/api/organisations/${fx.organisations.orgPending}/workflow`, {
        token: fx.actors.admin.token,
        body: { action: 'approve' },
      })
      expect(noScope.status).toBe(400)
      expect(noScope.body.errors[0].message).toBe(`Per accreditare un ente indica almeno una categoria e un ${one(names.it)}.`)
      const inEnglish = await app.rest('POST', `/api/organisations/${fx.organisations.orgPending}/workflow`, {
        token: fx.actors.admin.token,
        body: { action: 'approve' },
        language: 'en',
      })
      expect(inEnglish.body.errors[0].message).toBe('To accredit an organisation, choose at least one category and one area.')
    } finally {
      await rename(CITY_PROFILE.wording)
    }
    expect(siteText('it', 'chooseDistrict')).toBe(chooseOwn)
  })

  it('gives forms an example codice fiscale of someone born in the city its IPA code names', async () => {
    const example = (language: 'it' | 'en') =>
      siteText(language, 'fiscalCodeUnconfirmedHint').match(/(?:per esempio|for example) (\w{16})\./)![1]!
    const own = example('it')
    expect(own).toMatch(new RegExp(`^RSSMRA80A01${CITY.placeCode}[A-Z]$`))
    expect(isValidPersonalFiscalCode(own)).toBe(true)
    const saved = await app.rest('POST', '/api/globals/city', { token: fx.actors.admin.token, body: { ipaCode: other.profile.ipaCode } })
    expect(saved.status).toBe(200)
    try {
      expect(example('en')).toMatch(new RegExp(`^RSSMRA80A01${other.placeCode}[A-Z]$`))
      expect(isValidPersonalFiscalCode(example('en'))).toBe(true)
    } finally {
      await app.rest('POST', '/api/globals/city', { token: fx.actors.admin.token, body: { ipaCode: CITY_PROFILE.ipaCode } })
    }
    expect(example('it')).toBe(own)
  })

  it('lets only WeMi’s admins rename them', async () => {
    const byEnte = await app.rest('POST', '/api/globals/city', { token: fx.actors.enteAdmin.token, body: names.it })
    expect(byEnte.status).toBe(403)
    const { name, timeZone, marketplace } = await app.payload.findGlobal({ slug: 'city', depth: 0 })
    const { responseDays, paymentHours, reviewDays, reminderHours, platformFeeBasisPoints } = marketplace!
    const byGraphql = await app.rest('POST', '/api/graphql', {
      token: fx.actors.enteAdmin.token,
      body: {
        query: 'mutation ($data: mutationCityInput!) { updateCity(data: $data) { districtLabel } }',
        variables: {
          data: {
            name,
            timeZone,
            marketplace: { responseDays, paymentHours, reviewDays, reminderHours, platformFeeBasisPoints },
            districtLabel: names.it.districtLabel,
          },
        },
      },
    })
    expect(byGraphql.body.errors[0].extensions.statusCode).toBe(403)
    const profile = await app.payload.findGlobal({ slug: 'city', locale: 'all', depth: 0 })
    expect(profile.districtLabel).toEqual({ it: CITY_PROFILE.wording.it.districtLabel, en: CITY_PROFILE.wording.en.districtLabel })
    expect(siteText('it', 'chooseDistrict')).toBe(chooseOwn)
  })
})

describe('the city’s colour', () => {
  const colour = async () => (await app.payload.findGlobal({ slug: 'city', depth: 0 })).branding?.primaryColor
  const save = (primaryColor: string, language: 'it' | 'en' = 'it') =>
    app.rest('POST', '/api/globals/city', { token: fx.actors.admin.token, language, body: { branding: { primaryColor } } })

  it('takes a colour white text reads on, and refuses a light one through REST and GraphQL, saying why', async () => {
    expect((await save('#0b5d3b')).status).toBe(200)
    expect(await colour()).toBe('#0b5d3b')
    // Yellow and a light blue: white text on them has a contrast of 1.5:1 and 2.9:1.
    for (const light of ['#ffcc00', '#3399ff']) {
      const refused = await save(light)
      expect(refused.status, light).toBe(400)
      expect(refused.body.errors[0].data.errors[0].message).toBe(
        'Su questo colore il testo bianco dell’intestazione non si legge bene: scegli un colore più scuro, con contrasto di almeno 4,5:1.',
      )
    }
    expect((await save('#ffcc00', 'en')).body.errors[0].data.errors[0].message).toBe(
      'White header text is hard to read on this colour: choose a darker colour, with a contrast of at least 4.5:1.',
    )
    const byGraphql = await app.rest('POST', '/api/graphql', {
      token: fx.actors.admin.token,
      body: { query: 'mutation { updateCity(data: { branding: { primaryColor: "#ffcc00" } }) { branding { primaryColor } } }' },
    })
    expect(byGraphql.body.data?.updateCity ?? null).toBeNull()
    expect(byGraphql.body.errors.length).toBeGreaterThan(0)
    expect(await colour()).toBe('#0b5d3b')
    expect((await save(CITY_PROFILE.primaryColor)).status).toBe(200)
  })
})
