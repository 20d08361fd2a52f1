import { darkerShade } from '../../../lib/colour'
import { relationId } from '../../../lib/relations'
import type { CategoryDoc, CityDoc, TargetGroupDoc } from './content'
import { timeZoneOf } from '../../../lib/dates'
import { applyCityWording } from '../../../globals/City/wording'
import { districtNamesIn } from '../../../lib/i18n/language'
import type { Lang } from './i18n'
import { pick } from './i18n'
import { payload } from './payload'

type Named = { id: string; slug: string; name: Record<Lang, string> }
export type Category = Named & { parentId: string | null; icon: string | null; description: Record<Lang, string> }
export type District = Named & { number: number; adjacent: string[]; neighbourhoods: string[] }
export type City = {
  name: string
  timeZone: string
  tagline: Record<Lang, string>
  email: string | null
  phone: string | null
  address: string | null
  /** The city's accessibility statement on AgID's form, when it has published one there. */
  accessibilityDeclarationUrl: string | null
  /** The header's background (white text on it) and its top band's darker shade. */
  colour: { main: string; dark: string }
  /** The city's coat of arms or logo, drawn in the header. */
  logo: { url: string; width: number | null; height: number | null } | null
}

export type Catalogue = {
  categories: Category[]
  districts: District[]
  targetGroups: Named[]
  city: City
  byId: <T extends Named>(list: T[], id: string | null | undefined) => T | undefined
  bySlug: <T extends Named>(list: T[], slug: string | null | undefined) => T | undefined
}

const bilingual = (value: unknown): Record<Lang, string> => ({ it: pick(value, 'it'), en: pick(value, 'en') })

/** Bootstrap Italia's blue, for a profile that names no colour. */
const DEFAULT_COLOUR = '#0066cc'
/** How much darker the header's top band is: Bootstrap Italia's own proportion of its blues. */
const TOP_BAND_SHADE = 0.125

const TTL_MS = 60_000
let cached: { at: number; value: Promise<Catalogue> } | undefined

/**
 * The small, public lists every page needs (categories, districts, target groups, the city
 * profile), read as an anonymous visitor in both languages and kept for a minute.
 */
export const catalogue = (): Promise<Catalogue> => {
  if (cached && Date.now() - cached.at < TTL_MS) return cached.value
  const value = load()
  cached = { at: Date.now(), value }
  value.catch(() => (cached = undefined))
  return value
}

const load = async (): Promise<Catalogue> => {
  const api = await payload()
  const options = { overrideAccess: false, user: null, locale: 'all', pagination: false, depth: 0 } as const
  const [categories, districts, targetGroups, city] = await Promise.all([
    api.find({ collection: 'categories', sort: 'order', ...options }),
    api.find({ collection: 'districts', sort: 'number', ...options }),
    api.find({ collection: 'target-groups', sort: 'order', ...options }),
    api.findGlobal({ slug: 'city', overrideAccess: false, user: null, locale: 'all', depth: 0 }),
  ])
  const profile = city as CityDoc
  applyCityWording(profile)
  const contacts = profile.contacts ?? {}
  const logoId = relationId(profile.branding?.logo)
  const logo = logoId
    ? await api.findByID({ collection: 'media', id: logoId, overrideAccess: false, user: null, depth: 0, disableErrors: true })
    : null
  const colour = profile.branding?.primaryColor || DEFAULT_COLOUR
  return {
    categories: (categories.docs as CategoryDoc[]).map((doc) => ({
      id: doc.id,
      slug: doc.slug ?? '',
      name: bilingual(doc.name),
      description: bilingual(doc.description),
      parentId: relationId(doc.parent),
      icon: doc.icon ?? null,
    })),
    districts: districts.docs.map((doc) => ({
      id: doc.id,
      slug: doc.slug ?? '',
      number: doc.number,
      name: { it: doc.name, en: doc.name },
      adjacent: (doc.adjacent ?? []).flatMap((district) => relationId(district) ?? []),
      neighbourhoods: doc.neighbourhoods ?? [],
    })),
    targetGroups: (targetGroups.docs as TargetGroupDoc[]).map((doc) => ({ id: doc.id, slug: doc.slug ?? '', name: bilingual(doc.name) })),
    city: {
      name: profile.name ?? 'WeMi',
      timeZone: timeZoneOf(profile),
      tagline: bilingual(profile.branding?.tagline),
      email: contacts.email ?? null,
      phone: contacts.phone ?? null,
      address: contacts.address ?? null,
      accessibilityDeclarationUrl: contacts.accessibilityDeclarationUrl || null,
      colour: { main: colour, dark: darkerShade(colour, TOP_BAND_SHADE) },
      logo:
        logo?.url && logo.mimeType?.startsWith('image/') ? { url: logo.url, width: logo.width ?? null, height: logo.height ?? null } : null,
    },
    byId: (list, wanted) => list.find((item) => item.id === wanted),
    bySlug: (list, wanted) => list.find((item) => item.slug === wanted),
  }
}

/**
 * The short name of a district for cards and filters: its name before any dash. A district
 * named after its kind and number is called by the kind's name in the reader's language.
 */
export const shortDistrictName = (district: District, lang: Lang) => {
  const base = district.name[lang].split(' – ')[0] ?? district.name[lang]
  const kind = districtNamesIn('it').one
  return base.startsWith(`${kind} `) ? `${districtNamesIn(lang).one}${base.slice(kind.length)}` : base
}
