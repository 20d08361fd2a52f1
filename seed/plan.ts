import { numericCheckDigit, personalCheckCharacter } from '../lib/fiscal'
import type { Bilingual } from '../lib/i18n/language'
import { slugify } from '../lib/slug'
import { AREAS, BAND_IN_TITLE, type CategorySeed } from './data/categories'
import { CITY, demoDistrict, deskSlugOf, districtOf } from './cities'
import { FIRST_NAMES, LAST_NAMES, LEGAL_FORM_PREFIXES, ORGANISATION_NAMES } from './data/organisations'
import { Random } from './random'

/**
 * The demo data as plain values, computed from the seed number alone: the same seed always
 * plans the same city, whatever the database already holds.
 */

export const BASE_DATE = Date.UTC(2025, 0, 15, 9, 0, 0)
const day = 24 * 60 * 60 * 1000
export const dateAfterBase = (days: number) => new Date(BASE_DATE + days * day).toISOString()

type LegalForm = keyof typeof LEGAL_FORM_PREFIXES
type AccreditationState = 'draft' | 'submitted' | 'to-correct' | 'accredited' | 'suspended' | 'revoked'
type ServiceState = 'draft' | 'submitted' | 'published' | 'suspended' | 'archived'

export type OrganisationPlan = {
  slug: string
  name: string
  legalName: string
  legalForm: LegalForm
  fiscalCode: string
  vatNumber: string | null
  summary: Bilingual
  email: string
  phone: string
  website: string
  homeDistrict: number
  districts: number[]
  categories: string[]
  status: AccreditationState
  notes: string | null
  submittedDays: number
  offices: { name: string; street: string; postcode: string; district: number; latitude: number; longitude: number }[]
}

export type ServicePlan = {
  slug: string
  organisation: string
  category: CategorySeed
  title: Bilingual
  summary: Bilingual
  body: Bilingual[]
  targetGroups: string[]
  districts: number[]
  deliveryMode: 'individual' | 'shared' | 'both'
  priceModel: CategorySeed['prices'][number]['model']
  priceCents: number | null
  sharedPrices: { people: number; priceCents: number }[]
  availability: { day: string; timeBands: string[] }[]
  noticeHours: number
  cancellationNoticeHours: number
  languages: string[]
  sections: Record<
    'audience' | 'howTo' | 'requirements' | 'outcome' | 'timing' | 'costs' | 'staffQualifications' | 'accessibilityNotes',
    Bilingual
  >
  contacts: { name: string; email: string; phone: string }
  status: ServiceState
  /** A published service whose edit awaits WeMi's validation. */
  pendingChange: boolean
  validatedDays: number
}

export type DeskPlan = {
  slug: string
  name: string
  district: number
  street: string
  postcode: string
  latitude: number
  longitude: number
  runBy: string | null
  topics: string[]
  description: Bilingual
  phone: string
  email: string
  openingHours: { day: string; opens: string; closes: string }[]
  /** The service areas (category slugs) the desk helps with. */
  categories: string[]
}

export const CATEGORIES = AREAS.flatMap((area) => area.categories)

const STATUS_ORDER: AccreditationState[] = [
  ...Array<AccreditationState>(38).fill('accredited'),
  'suspended',
  'suspended',
  'revoked',
  'submitted',
  'submitted',
  'to-correct',
  'draft',
]

const LEGAL_FORMS: LegalForm[] = [
  'social-cooperative',
  'social-cooperative',
  'social-cooperative',
  'association',
  'association',
  'foundation',
  'social-enterprise',
  'consortium',
]

const legalNameOf = (form: LegalForm, name: string) =>
  ({
    'social-cooperative': `${name} Società Cooperativa Sociale ONLUS`,
    association: `Associazione ${name} APS`,
    foundation: `Fondazione ${name} ETS`,
    'social-enterprise': `${name} Impresa Sociale S.r.l.`,
    consortium: `Consorzio ${name} Società Cooperativa Sociale`,
    other: `${name} ETS`,
  })[form]

const round50 = (cents: number) => Math.round(cents / 50) * 50

const jitter = (random: Random) => (random.next() - 0.5) * 0.02

const vatNumber = (random: Random) => {
  const first10 = `0${random.digits(6)}015`
  return first10 + numericCheckDigit(first10)
}

export const personalFiscalCode = (random: Random, lastName: string, firstName: string) => {
  const consonants = (text: string) => text.toUpperCase().replace(/[^B-DF-HJ-NP-TV-Z]/g, '')
  const letters = (text: string) => (consonants(text) + text.toUpperCase().replace(/[^A-Z]/g, '') + 'XXX').slice(0, 3)
  const year = String(random.int(40, 99))
  const month = 'ABCDEHLMPRST'[random.int(0, 11)]!
  const dayOfMonth = String(random.int(1, 28)).padStart(2, '0')
  const first15 = `${letters(lastName)}${letters(firstName)}${year}${month}${dayOfMonth}${CITY.placeCode}`
  return first15 + personalCheckCharacter(first15)
}

const phone = (random: Random) => `${CITY.phonePrefix} ${random.digits(4)} ${random.digits(4)}`

export const planOrganisations = (random: Random): OrganisationPlan[] =>
  STATUS_ORDER.map((status, index) => {
    const base = ORGANISATION_NAMES[index]!
    const legalForm: LegalForm = index === 0 ? 'social-cooperative' : random.pick(LEGAL_FORMS)
    const name = `${LEGAL_FORM_PREFIXES[legalForm]} ${base}`
    const slug = slugify(name)
    const homeDistrict = demoDistrict(index === 0 ? 6 : (index % 9) + 1)
    const districts =
      index === 0
        ? [...new Set([5, 6, 7, 8, 9].map(demoDistrict))].sort((a, b) => a - b)
        : [homeDistrict, ...random.sample(districtOf(homeDistrict).adjacent, random.int(1, 3))].sort((a, b) => a - b)
    const area = random.pick(AREAS)
    const categories =
      index === 0
        ? ['assistenza-domiciliare', 'accompagnamento-visite', 'pasti-a-domicilio', 'commissioni-e-spesa']
        : [
            ...new Set([
              ...random.sample(area.categories, random.int(1, Math.min(3, area.categories.length))).map((c) => c.slug),
              ...random.sample(CATEGORIES, random.int(0, 2)).map((c) => c.slug),
            ]),
          ]
    const fiscalCode = vatNumber(random)
    const year = random.int(1979, 2019)
    const workers = random.int(8, 180)
    const officeDistricts = [homeDistrict, ...(random.chance(0.4) ? [random.pick(districts)] : [])]
    const offices = [...new Set(officeDistricts)].map((number, officeIndex) => {
      const district = districtOf(number)
      const [latitude, longitude] = district.centre
      return {
        name: officeIndex === 0 ? 'Sede principale' : `Sede di ${random.pick(district.neighbourhoods)}`,
        street: `${random.pick(district.streets)} ${random.int(1, 180)}`,
        postcode: random.pick(district.postcodes),
        district: number,
        latitude: Number((latitude + jitter(random)).toFixed(5)),
        longitude: Number((longitude + jitter(random)).toFixed(5)),
      }
    })
    return {
      slug,
      name,
      legalName: legalNameOf(legalForm, base),
      legalForm,
      fiscalCode,
      vatNumber: legalForm === 'association' && random.chance(0.5) ? null : fiscalCode,
      summary: {
        it: `${name} lavora a ${CITY.nameIn.it} dal ${year} con ${workers} tra operatori e volontari, soprattutto ${CITY.worksMainlyIn.it(districts.map(districtOf))}.`,
        en: `${name} has worked in ${CITY.nameIn.en} since ${year} with ${workers} staff and volunteers, mainly ${CITY.worksMainlyIn.en(districts.map(districtOf))}.`,
      },
      email: `info@${slugify(base)}.example`,
      phone: phone(random),
      website: `https://www.${slugify(base)}.example`,
      homeDistrict,
      districts,
      categories,
      status,
      notes:
        status === 'to-correct'
          ? 'Manca lo statuto aggiornato: caricatelo e inviate di nuovo la scheda.'
          : status === 'suspended'
            ? 'Accreditamento sospeso in attesa del rinnovo della polizza assicurativa.'
            : null,
      submittedDays: random.int(0, 300),
      offices,
    }
  })

const SHARE_FACTORS: Record<number, number> = { 2: 0.72, 3: 0.57, 4: 0.5 }
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri']
const OTHER_LANGUAGES = ['en', 'es', 'fr', 'ar', 'ro', 'uk', 'ru', 'sq', 'zh', 'tl']
const ACCESSIBILITY_NOTES: Bilingual[] = [
  {
    it: 'Gli operatori sanno comunicare con persone sorde o con ipoacusia.',
    en: 'Staff can communicate with people who are deaf or hard of hearing.',
  },
  {
    it: 'Materiali disponibili in formato facile da leggere.',
    en: 'Materials available in easy-to-read format.',
  },
  {
    it: 'La sede è senza barriere architettoniche.',
    en: 'The premises are step-free.',
  },
  { it: 'Possibile l’incontro con un mediatore linguistico.', en: 'A language mediator can join the meetings.' },
]

/** What the page's price list cannot say: the list itself is drawn from the prices. */
const costsText = (plan: Pick<ServicePlan, 'priceModel'>): Bilingual =>
  plan.priceModel === 'free'
    ? { it: 'Non ti verrà chiesto alcun pagamento.', en: 'You will not be asked to pay anything.' }
    : { it: 'Il prezzo definitivo è quello del preventivo che accetti.', en: 'The final price is the one in the quote you accept.' }

/** The services of the catalogue: spread over the organisations that offer services. */
export const planServices = (random: Random, organisations: OrganisationPlan[], count: number): ServicePlan[] => {
  const offering = organisations.filter((organisation) => ['accredited', 'suspended', 'revoked'].includes(organisation.status))
  const usedSlugs = new Set<string>()
  const titleUses = new Map<string, number>()
  const plans: ServicePlan[] = []
  for (let index = 0; index < count; index++) {
    const organisation = offering[index % offering.length]!
    const categorySlug = random.pick(organisation.categories)
    const category = CATEGORIES.find((candidate) => candidate.slug === categorySlug)!
    const [titleIt, titleEn] = random.pick(category.titles)
    const uses = titleUses.get(`${organisation.slug}/${titleIt}`) ?? 0
    titleUses.set(`${organisation.slug}/${titleIt}`, uses + 1)
    const districts = random.sample(organisation.districts, random.int(1, organisation.districts.length)).sort((a, b) => a - b)
    const place = uses === 0 ? '' : ` – ${random.pick(districtOf(districts[0]!).neighbourhoods)}`
    const suffix = uses > 8 ? ` (${uses})` : ''
    const title = { it: `${titleIt}${place}${suffix}`, en: `${titleEn}${place}${suffix}` }

    const baseSlug = slugify(`${titleIt}${place} ${ORGANISATION_NAMES[organisations.indexOf(organisation)]}`)
    let slug = baseSlug
    for (let n = 2; usedSlugs.has(slug); n++) slug = `${baseSlug}-${n}`
    usedSlugs.add(slug)

    const paid = category.prices.filter((price) => price.model !== 'free')
    const offersFree = paid.length < category.prices.length
    const pricing = paid.length === 0 || (offersFree && random.chance(0.2)) ? { model: 'free' as const } : random.pick(paid)
    const deliveryMode = category.shareable ? random.pick(['individual', 'individual', 'shared', 'both'] as const) : 'individual'
    const base = pricing.model === 'free' ? 0 : round50(random.int(pricing.min!, pricing.max!))
    const priceCents = pricing.model === 'free' || deliveryMode === 'shared' ? null : base
    const sharedPrices =
      pricing.model === 'free' || deliveryMode === 'individual'
        ? []
        : [2, 3, 4].slice(0, random.int(2, 3)).map((people) => ({ people, priceCents: round50(base * SHARE_FACTORS[people]!) }))

    const days = random.sample(
      [...WEEKDAYS, ...(random.chance(0.3) ? ['sat'] : []), ...(random.chance(0.1) ? ['sun'] : [])],
      random.int(2, 6),
    )
    const availability = [...WEEKDAYS, 'sat', 'sun']
      .filter((candidate) => days.includes(candidate))
      .map((dayName) => {
        const bands = random.sample(category.bands, random.int(1, Math.min(2, category.bands.length)))
        const named = BAND_IN_TITLE[titleIt]
        return { day: dayName, timeBands: named && !bands.includes(named) ? [...bands, named] : bands }
      })
    const noticeHours = random.pick([24, 48, 72])
    const cancellationNoticeHours = random.pick([24, 48])
    const contactName = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`
    const roll = random.next()
    const status: ServiceState =
      organisation.status === 'revoked'
        ? 'archived'
        : roll < 0.03
          ? 'draft'
          : roll < 0.07
            ? 'submitted'
            : roll < 0.09
              ? 'suspended'
              : roll < 0.1
                ? 'archived'
                : 'published'
    const plan: ServicePlan = {
      slug,
      organisation: organisation.slug,
      category,
      title,
      summary: { it: category.summary[0], en: category.summary[1] },
      body: [{ it: category.body[0], en: category.body[1] }, organisation.summary],
      targetGroups: random.sample(category.targetGroups, random.int(1, category.targetGroups.length)),
      districts,
      deliveryMode,
      priceModel: pricing.model,
      priceCents,
      sharedPrices,
      availability,
      noticeHours,
      cancellationNoticeHours,
      languages: ['it', ...random.sample(OTHER_LANGUAGES, random.int(0, 2))],
      sections: {
        audience: { it: category.audience[0], en: category.audience[1] },
        howTo: {
          it: `Scegli «Richiedi» in questa pagina e indica per chi, dove e quando ti serve il servizio. ${organisation.name} ti risponde con un preventivo; puoi confrontarlo con quelli di altri enti prima di decidere.`,
          en: `Choose “Request” on this page and say who the service is for, where and when you need it. ${organisation.name} replies with a quote, which you can compare with other organisations’ quotes before deciding.`,
        },
        requirements: { it: category.requirements[0], en: category.requirements[1] },
        outcome: { it: category.outcome[0], en: category.outcome[1] },
        timing: {
          it: `Il servizio può iniziare con ${noticeHours} ore di preavviso. Puoi disdire senza costi fino a ${cancellationNoticeHours} ore prima.`,
          en: `The service can start with ${noticeHours} hours’ notice. You can cancel free of charge up to ${cancellationNoticeHours} hours before.`,
        },
        costs: costsText({ priceModel: pricing.model }),
        staffQualifications: { it: category.qualifications[0], en: category.qualifications[1] },
        accessibilityNotes: random.pick(ACCESSIBILITY_NOTES),
      },
      contacts: { name: contactName, email: organisation.email, phone: organisation.phone },
      status,
      pendingChange: status === 'published' && organisation.status === 'accredited' && random.chance(0.03),
      validatedDays: organisation.submittedDays + random.int(10, 200),
    }
    plans.push(plan)
  }
  return plans
}

const DESK_TOPICS = ['care-work', 'income-support', 'digital-identity', 'internet-point', 'courses', 'housing']

export const planDesks = (random: Random, organisations: OrganisationPlan[]): DeskPlan[] =>
  CITY.desks.map((desk, index) => {
    const district = districtOf(desk.district)
    const [latitude, longitude] = district.centre
    const runners = organisations.filter((o) => o.status === 'accredited' && o.districts.includes(desk.district))
    const afternoon = random.pick(['tue', 'thu'])
    return {
      slug: deskSlugOf(desk),
      name: `Spazio WeMi ${desk.neighbourhood}`,
      district: desk.district,
      street: desk.street,
      postcode: random.pick(district.postcodes),
      latitude: Number((latitude + jitter(random)).toFixed(5)),
      longitude: Number((longitude + jitter(random)).toFixed(5)),
      runBy: runners.length > 0 ? random.pick(runners).slug : null,
      topics: ['orientation', ...random.sample(DESK_TOPICS, random.int(2, 4))],
      description: {
        it: `Lo Spazio WeMi ${desk.neighbourhood} aiuta chi vive nel quartiere a trovare i servizi di cura, a inviare le richieste e a usare i servizi online del Comune.`,
        en: `The ${desk.neighbourhood} WeMi desk helps local residents find care services, send requests and use the city’s online services.`,
      },
      phone: phone(random),
      email: `${slugify(desk.neighbourhood)}@wemi.example`,
      openingHours: [
        ...WEEKDAYS.map((dayName) => ({ day: dayName, opens: '09:00', closes: '13:00' })),
        { day: afternoon, opens: '14:30', closes: '18:00' },
      ],
      // Every other area, alternating between desks: each area is covered by half of them.
      categories: AREAS.filter((_, area) => (area + index) % 2 === 0).map((area) => area.slug),
    }
  })
