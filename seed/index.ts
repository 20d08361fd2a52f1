import type { CollectionSlug, Payload, Where } from 'payload'
import sharp from 'sharp'

import { creditPurchaseTitle } from '../collections/CreditPurchases'
import { EXPIRY } from '../collections/Organisations/accreditation'
import { DAY_MS } from '../lib/dates'
import { type Language, LANGUAGES } from '../lib/i18n'
import { fill } from '../lib/i18n/language'
import { slugify } from '../lib/slug'
import { publishDeskSlots } from '../plugins/appointments/publish-slots'
import { confirmedCode } from '../plugins/identity/confirmation'
import { rebuildSearchIndex, SKIP_SEARCH_INDEX } from '../plugins/search'
import { seedDemandHistory } from './demand'
import { DEMO_ACCOUNTS, DEMO_COMPANY, DEMO_PASSWORD } from './accounts'
import { seedCareWorkers } from './care-work'
import { AREAS, TARGET_GROUPS } from './data/categories'
import { HOUSING_DEMO_SITUATION, HOUSING_UNITS } from './data/housing'
import { CITY, CITY_PROFILE, demoDistrict, districtSlugOf } from './cities'
import { FAQS, NEWS, PAGES } from './data/editorial'
import { DOMESTIC_WORK_PAY_2026, DOMESTIC_WORK_PAY_SOURCES } from './data/domestic-work-pay'
import { paragraphs } from './lexical'
import { acceptsDemoVoucher, seedMarketplace, VOUCHER_SCHEME } from './marketplace'
import {
  BASE_DATE,
  dateAfterBase,
  type DeskPlan,
  type OrganisationPlan,
  personalFiscalCode,
  planDesks,
  planOrganisations,
  planServices,
  type ServicePlan,
} from './plan'
import { Random } from './random'

/** A demo text in the city's own words for its districts ({{districtWord}}, {{districtsWord}}). */
const inCity = (text: string, language: Language) => {
  const { districtLabel, districtsLabel } = CITY_PROFILE.wording[language]
  return fill(text, { districtWord: districtLabel.toLowerCase(), districtsWord: districtsLabel.toLowerCase() })
}

/** The catalogue category whose enti also publish housing units. */
const HOUSING_CATEGORY = 'residenzialita-temporanea'

export const DEFAULT_SEED = 2026
export const DEFAULT_SERVICES = 320

export type SeedOptions = { seed?: number; services?: number; concurrency?: number; log?: (line: string) => void }
export type SeedSummary = { created: Record<string, number>; existing: Record<string, number>; milliseconds: number }

type Ids = Map<string, string>

/** Runs `work` over `items`, at most `limit` at a time, keeping order of results. */
const mapLimit = async <T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> => {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index]!)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

/**
 * Fills an empty database with a realistic city (the one `WEMI_CITY` names), or completes a partial one. Every record is
 * found by its natural key (slug, number, e-mail) first, so running it again changes nothing.
 */
export const runSeed = async (payload: Payload, options: SeedOptions = {}): Promise<SeedSummary> => {
  const started = Date.now()
  const log = options.log ?? (() => {})
  const { name: seeded } = await payload.findGlobal({ slug: 'city', depth: 0 })
  if (seeded && seeded !== CITY_PROFILE.name) {
    throw new Error(
      `This database holds the WeMi of ${seeded}; WEMI_CITY asks for ${CITY_PROFILE.name}. Use another database or data folder.`,
    )
  }
  const random = new Random(options.seed ?? DEFAULT_SEED)
  const organisations = planOrganisations(random)
  const desks = planDesks(random, organisations)
  const citizenCode = personalFiscalCode(random, 'Rossi', 'Giulia')
  const services = planServices(random, organisations, options.services ?? DEFAULT_SERVICES)

  const created: Record<string, number> = {}
  const existing: Record<string, number> = {}
  const count = (bucket: Record<string, number>, collection: string) => {
    bucket[collection] = (bucket[collection] ?? 0) + 1
  }

  /** The id of the record matching `where`, creating it with `create` when there is none. */
  const ensure = async (collection: CollectionSlug, where: Where, create: () => Promise<{ id: string | number }>) => {
    const { docs } = await payload.find({ collection, where, limit: 1, depth: 0, pagination: false })
    if (docs[0]) {
      count(existing, collection)
      return String(docs[0].id)
    }
    const doc = await create()
    count(created, collection)
    return String(doc.id)
  }

  /** Creates in Italian, then adds the English text of the localised fields. */
  const createBilingual = async (
    collection: CollectionSlug,
    italian: Record<string, unknown>,
    english: Record<string, unknown>,
    draft = false,
  ) => {
    // Seed records are checked by Payload's own validation at run time; the slug union defeats typing.
    const doc = await payload.create({ collection, data: italian as never, locale: 'it', draft, depth: 0 })
    const publish = draft ? {} : { _status: italian._status }
    await payload.update({ collection, id: doc.id, data: { ...english, ...publish } as never, locale: 'en', draft, depth: 0 })
    return doc
  }

  log('Districts, target groups and categories')
  const districtIds: Ids = new Map()
  for (const district of CITY.districts) {
    const id = await ensure('districts', { number: { equals: district.number } }, () =>
      payload.create({
        collection: 'districts',
        data: {
          name: district.name,
          number: district.number,
          slug: districtSlugOf(district),
          neighbourhoods: [...district.neighbourhoods],
        },
      }),
    )
    districtIds.set(String(district.number), id)
  }
  const districtId = (number: number) => districtIds.get(String(number))!
  for (const district of CITY.districts) {
    const id = districtId(district.number)
    const current = await payload.findByID({ collection: 'districts', id, depth: 0 })
    if (!current.adjacent?.length) {
      await payload.update({ collection: 'districts', id, data: { adjacent: district.adjacent.map(districtId) } })
    }
  }

  const targetGroupIds: Ids = new Map()
  for (const [order, group] of TARGET_GROUPS.entries()) {
    const id = await ensure('target-groups', { slug: { equals: group.slug } }, () =>
      createBilingual(
        'target-groups',
        { slug: group.slug, order, name: group.name[0], description: group.description[0] },
        { name: group.name[1], description: group.description[1] },
      ),
    )
    targetGroupIds.set(group.slug, id)
  }

  const categoryIds: Ids = new Map()
  for (const [areaOrder, area] of AREAS.entries()) {
    const areaId = await ensure('categories', { slug: { equals: area.slug } }, () =>
      createBilingual(
        'categories',
        { slug: area.slug, order: areaOrder, icon: area.icon, name: area.name[0], description: area.description[0] },
        { name: area.name[1], description: area.description[1] },
      ),
    )
    categoryIds.set(area.slug, areaId)
    for (const [order, category] of area.categories.entries()) {
      const id = await ensure('categories', { slug: { equals: category.slug } }, () =>
        createBilingual(
          'categories',
          {
            slug: category.slug,
            parent: areaId,
            order,
            icon: category.icon,
            name: category.name[0],
            description: category.description[0],
          },
          { name: category.name[1], description: category.description[1] },
        ),
      )
      categoryIds.set(category.slug, id)
    }
  }

  log('Organisations')
  const organisationIds: Ids = new Map()
  for (const organisation of organisations) {
    const id = await ensure('organisations', { slug: { equals: organisation.slug } }, () =>
      createBilingual('organisations', organisationData(organisation, districtId, categoryIds), {
        summary: organisation.summary.en,
        description: paragraphs([organisation.summary.en]),
      }),
    )
    organisationIds.set(organisation.slug, id)
  }

  log('Desks')
  const deskIds: Ids = new Map()
  for (const desk of desks) {
    const id = await ensure('desks', { slug: { equals: desk.slug } }, () =>
      createBilingual('desks', deskData(desk, districtId, organisationIds, categoryIds), { description: desk.description.en }),
    )
    deskIds.set(desk.slug, id)
  }
  // Slots for the weeks ahead; the hourly job adds each new day from then on.
  await publishDeskSlots(payload)

  log('Demo company')
  const companyId = await ensure('companies', { vatNumber: { equals: DEMO_COMPANY.vatNumber } }, async () => {
    const { creditCents, ...company } = DEMO_COMPANY
    const created = await payload.create({
      collection: 'companies',
      data: { ...company, address: `Via del Lavoro 10, ${CITY_PROFILE.name}` },
      depth: 0,
    })
    await payload.create({
      collection: 'credit-purchases',
      data: {
        title: creditPurchaseTitle(creditCents, company.name),
        company: created.id,
        amountCents: creditCents,
        status: 'paid',
        paidAt: new Date(BASE_DATE).toISOString(),
      },
      depth: 0,
    })
    return created
  })

  log('Demo accounts')
  for (const account of DEMO_ACCOUNTS) {
    if (account.role === 'citizen') {
      const [firstName, lastName] = account.name.split(' ')
      await ensure('citizens', { email: { equals: account.email } }, () =>
        payload.create({
          collection: 'citizens',
          data: {
            email: account.email,
            password: DEMO_PASSWORD,
            firstName,
            lastName,
            // Confirmed as a desk operator would, so that the demo vouchers issued to it are hers.
            ...confirmedCode(citizenCode, 'desk', 'identity-card'),
            phone: '333 123 4567',
            address: { ...CITY.resident, district: districtId(CITY.resident.district) },
            beneficiaries: [{ name: 'Lucia', relationship: 'parent', birthYear: 1944 }],
            language: 'it',
            _verified: true,
          },
          disableVerificationEmail: true,
        }),
      )
      continue
    }
    await ensure('users', { email: { equals: account.email } }, () =>
      payload.create({
        collection: 'users',
        data: {
          email: account.email,
          password: DEMO_PASSWORD,
          name: account.name,
          roles: [account.role as Exclude<typeof account.role, 'citizen'>],
          permissions: account.permissions,
          organisation: account.organisation ? organisationIds.get(account.organisation) : undefined,
          desk: account.desk ? deskIds.get(account.desk) : undefined,
          company: account.company ? companyId : undefined,
        },
      }),
    )
  }

  log('Temporary housing')
  // The demo ente keeps the first two units, so that its staff's demo accounts can answer
  // applications; the others go to the accredited enti whose catalogue has temporary housing.
  const demoEnte = DEMO_ACCOUNTS.find((account) => account.role === 'ente-admin')!.organisation!
  const housingEnti = [
    demoEnte,
    demoEnte,
    ...organisations
      .filter((plan) => plan.status === 'accredited' && plan.categories.includes(HOUSING_CATEGORY) && plan.slug !== demoEnte)
      .map((plan) => plan.slug),
  ]
  for (const [index, unit] of HOUSING_UNITS.entries()) {
    const slug = housingEnti[index % housingEnti.length]!
    const home = organisations.find((plan) => plan.slug === slug)!.homeDistrict
    const { description, rules, ...fields } = unit
    await ensure('housing-units', { name: { equals: unit.name } }, () =>
      createBilingual(
        'housing-units',
        {
          ...fields,
          organisation: organisationIds.get(slug),
          district: districtId(home),
          description: description.it,
          rules: rules.it,
          published: true,
        },
        { description: description.en, rules: rules.en },
      ),
    )
  }

  // One application waiting for the demo ente's answer, so that its staff find one in the admin.
  const demoCitizen = DEMO_ACCOUNTS.find((account) => account.role === 'citizen')!
  const [giulia] = (await payload.find({ collection: 'citizens', where: { email: { equals: demoCitizen.email } }, limit: 1, depth: 0 }))
    .docs
  await ensure('housing-applications', { citizen: { equals: giulia!.id } }, () =>
    payload.create({
      collection: 'housing-applications',
      data: {
        citizen: giulia!.id,
        organisation: organisationIds.get(demoEnte)!,
        reason: 'separation',
        adults: 1,
        children: 1,
        situation: HOUSING_DEMO_SITUATION,
        wantedFrom: `${dateAfterBase(14).slice(0, 10)}T00:00:00.000Z`,
        wantedMonths: 4,
      } as never,
      depth: 0,
    }),
  )

  log(`Services (${services.length})`)
  const { docs: present } = await payload.find({
    collection: 'services',
    pagination: false,
    depth: 0,
    select: { slug: true },
  })
  const presentSlugs = new Set(present.map((doc) => doc.slug))
  existing.services = services.filter((plan) => presentSlugs.has(plan.slug)).length
  const missing = services.filter((plan) => !presentSlugs.has(plan.slug))
  let done = 0
  await mapLimit(missing, options.concurrency ?? 6, async (plan) => {
    await writeService(payload, plan, { districtId, categoryIds, targetGroupIds, organisationIds })
    count(created, 'services')
    if (++done % 500 === 0) log(`  ${done}/${missing.length}`)
  })
  if (missing.length > 0) await rebuildSearchIndex(payload)

  log('Pages, news and questions')
  for (const page of PAGES) {
    await ensure('pages', { slug: { equals: page.slug } }, () =>
      createBilingual(
        'pages',
        {
          slug: page.slug,
          title: page.title.it,
          summary: page.summary.it,
          content: paragraphs(page.content.it.map((text) => inCity(text, 'it'))),
          publishedAt: new Date(BASE_DATE).toISOString(),
          _status: 'published',
        },
        { title: page.title.en, summary: page.summary.en, content: paragraphs(page.content.en.map((text) => inCity(text, 'en'))) },
      ),
    )
  }
  for (const item of NEWS) {
    await ensure('news', { slug: { equals: item.slug.it } }, () =>
      createBilingual(
        'news',
        {
          slug: item.slug.it,
          title: item.title.it,
          summary: item.summary.it,
          content: paragraphs(item.content.it.map((text) => inCity(text, 'it'))),
          publishedAt: dateAfterBase(item.daysFromBase),
          _status: 'published',
        },
        {
          slug: item.slug.en,
          title: item.title.en,
          summary: item.summary.en,
          content: paragraphs(item.content.en.map((text) => inCity(text, 'en'))),
        },
      ),
    )
  }
  for (const [order, faq] of FAQS.entries()) {
    await ensure('faqs', { question: { equals: faq.question.it } }, () =>
      createBilingual(
        'faqs',
        { question: faq.question.it, answer: paragraphs([inCity(faq.answer.it, 'it')]), topic: faq.topic, order, _status: 'published' },
        { question: faq.question.en, answer: paragraphs([inCity(faq.answer.en, 'en')]) },
      ),
    )
  }

  log('City profile')
  const city = await payload.findGlobal({ slug: 'city', depth: 0 })
  if (city.name && !city.districtLabel) {
    // A profile saved before it named one district as well as several.
    for (const locale of LANGUAGES) {
      const { districtLabel, districtsLabel } = CITY_PROFILE.wording[locale]
      await payload.updateGlobal({ slug: 'city', locale, data: { districtLabel, districtsLabel } })
    }
    count(existing, 'city')
  } else if (city.name) count(existing, 'city')
  else {
    const { wording, primaryColor, otherNames, coatOfArms, ...profile } = CITY_PROFILE
    // Drawn large enough for the header's widest place for it (82 px) on a sharp screen.
    const coatOfArmsImage = await sharp(Buffer.from(coatOfArms.svg)).resize({ height: 256 }).png().toBuffer()
    const logo = await payload.create({
      collection: 'media',
      locale: 'it',
      data: { alt: coatOfArms.alt.it },
      file: {
        data: coatOfArmsImage,
        mimetype: 'image/png',
        name: `stemma-${slugify(CITY_PROFILE.name)}.png`,
        size: coatOfArmsImage.length,
      },
    })
    await payload.update({ collection: 'media', id: logo.id, locale: 'en', data: { alt: coatOfArms.alt.en } })
    await payload.updateGlobal({
      slug: 'city',
      locale: 'it',
      data: {
        ...profile,
        otherNames: [...otherNames],
        ...wording.it,
        districts: CITY.districts.map((district) => districtId(district.number)),
        branding: { ...wording.it.branding, primaryColor, logo: logo.id },
      },
    })
    await payload.updateGlobal({ slug: 'city', locale: 'en', data: wording.en })
    count(created, 'city')
  }

  log('Domestic-work pay table')
  if ((await payload.findGlobal({ slug: 'domestic-work-pay', depth: 0 })).year) count(existing, 'domestic-work pay table')
  else {
    await payload.updateGlobal({
      slug: 'domestic-work-pay',
      data: {
        ...DOMESTIC_WORK_PAY_2026,
        levels: [...DOMESTIC_WORK_PAY_2026.levels],
        contributionBands: [...DOMESTIC_WORK_PAY_2026.contributionBands],
        sources: DOMESTIC_WORK_PAY_SOURCES,
      },
    })
    count(created, 'domestic-work pay table')
  }

  // The demo's care workers and needs are written against nine districts.
  const demoDistrictId = (number: number) => districtId(demoDistrict(number))
  if (await seedCareWorkers(payload, demoDistrictId, log)) count(created, 'worker-applications')
  else count(existing, 'worker-applications')

  const citizen = DEMO_ACCOUNTS.find((account) => account.role === 'citizen')!
  const ente = DEMO_ACCOUNTS.find((account) => account.role === 'ente-admin')!
  if (await seedMarketplace(payload, { citizenEmail: citizen.email, enteEmail: ente.email, organisationIds, log }))
    count(created, 'requests')
  else count(existing, 'requests')

  const demand = { random, districtId: demoDistrictId, categoryId: (slug: string) => categoryIds.get(slug)! }
  if (await seedDemandHistory(payload, demand, log)) count(created, 'search-log')
  else count(existing, 'search-log')

  return { created, existing, milliseconds: Date.now() - started }
}

/**
 * When a demo accreditation ends: its usual validity after it was granted, though never within
 * the next few months, so that a demo city started late is not suspended on its first day.
 */
const accreditationEnd = (accreditedDays: number) => {
  const usual = new Date(dateAfterBase(accreditedDays))
  usual.setUTCFullYear(usual.getUTCFullYear() + EXPIRY.validityYears)
  return new Date(Math.max(usual.getTime(), Date.now() + 120 * DAY_MS)).toISOString()
}

const organisationData = (plan: OrganisationPlan, districtId: (n: number) => string, categoryIds: Ids) => {
  const accredited = ['accredited', 'suspended', 'revoked'].includes(plan.status)
  const submitted = plan.status !== 'draft'
  return {
    slug: plan.slug,
    name: plan.name,
    legalName: plan.legalName,
    legalForm: plan.legalForm,
    fiscalCode: plan.fiscalCode,
    vatNumber: plan.vatNumber,
    summary: plan.summary.it,
    description: paragraphs([plan.summary.it]),
    email: plan.email,
    phone: plan.phone,
    website: plan.website,
    offices: plan.offices.map((office) => ({ ...office, district: districtId(office.district) })),
    accreditation: {
      status: plan.status,
      categories: accredited ? plan.categories.map((slug) => categoryIds.get(slug)!) : [],
      districts: accredited ? plan.districts.map(districtId) : [],
      notes: plan.notes,
      submittedAt: submitted ? dateAfterBase(plan.submittedDays) : null,
      accreditedAt: accredited ? dateAfterBase(plan.submittedDays + 21) : null,
      expiresAt: accredited ? accreditationEnd(plan.submittedDays + 21) : null,
      suspendedAt: plan.status === 'suspended' ? dateAfterBase(plan.submittedDays + 400) : null,
      revokedAt: plan.status === 'revoked' ? dateAfterBase(plan.submittedDays + 500) : null,
    },
  }
}

const deskData = (plan: DeskPlan, districtId: (n: number) => string, organisationIds: Ids, categoryIds: Ids) => ({
  slug: plan.slug,
  name: plan.name,
  description: plan.description.it,
  street: plan.street,
  postcode: plan.postcode,
  district: districtId(plan.district),
  latitude: plan.latitude,
  longitude: plan.longitude,
  phone: plan.phone,
  email: plan.email,
  runBy: plan.runBy ? organisationIds.get(plan.runBy) : null,
  topics: plan.topics,
  openingHours: plan.openingHours,
  categories: plan.categories.map((slug) => categoryIds.get(slug)!),
  booking: { slotMinutes: 30, placesPerSlot: 2, weeksAhead: 4 },
  active: true,
})

const writeService = async (
  payload: Payload,
  plan: ServicePlan,
  ids: { districtId: (n: number) => string; categoryIds: Ids; targetGroupIds: Ids; organisationIds: Ids },
) => {
  const live = ['published', 'suspended', 'archived'].includes(plan.status)
  const localised = (language: Language) => ({
    title: plan.title[language],
    summary: plan.summary[language],
    description: paragraphs(plan.body.map((text) => text[language])),
    ...Object.fromEntries(Object.entries(plan.sections).map(([name, text]) => [name, text[language]])),
  })
  const context = { [SKIP_SEARCH_INDEX]: true }
  const doc = await payload.create({
    collection: 'services',
    locale: 'it',
    draft: !live,
    depth: 0,
    context,
    data: {
      ...localised('it'),
      slug: plan.slug,
      organisation: ids.organisationIds.get(plan.organisation)!,
      category: ids.categoryIds.get(plan.category.slug)!,
      targetGroups: plan.targetGroups.map((slug) => ids.targetGroupIds.get(slug)!),
      districts: plan.districts.map(ids.districtId),
      deliveryMode: plan.deliveryMode,
      priceModel: plan.priceModel,
      priceCents: plan.priceCents,
      sharedPrices: plan.sharedPrices,
      availability: plan.availability as never,
      noticeHours: plan.noticeHours,
      cancellationNoticeHours: plan.cancellationNoticeHours,
      acceptedVoucherSchemes: acceptsDemoVoucher(plan.slug) ? [VOUCHER_SCHEME] : [],
      languages: plan.languages as never,
      contacts: plan.contacts,
      validation: {
        status: plan.status,
        submittedAt: dateAfterBase(plan.validatedDays - 5),
        validatedAt: live ? dateAfterBase(plan.validatedDays) : null,
      },
      _status: live ? 'published' : 'draft',
    },
  })
  await payload.update({
    collection: 'services',
    id: doc.id,
    locale: 'en',
    draft: !live,
    depth: 0,
    context,
    data: { ...localised('en'), ...(live ? { _status: 'published' as const } : {}) },
  })
  if (plan.pendingChange) {
    await payload.update({
      collection: 'services',
      id: doc.id,
      locale: 'it',
      draft: true,
      depth: 0,
      context,
      data: {
        summary: `${plan.summary.it} Da questo mese anche il sabato mattina.`,
        validation: { status: 'submitted' },
      },
    })
  }
}
