import type { Category, City, Desk, District, Faq, News, Organisation, Page, Service, TargetGroup } from '../../../payload-types'
import type { Lang } from './i18n'

/** A localised field as Payload gives it when read with locale "all": its value in each language. */
export type Localised<T> = Partial<Record<Lang, T>>

/**
 * A document read with locale "all". The generated types describe a read in one language; the
 * localised fields (listed below, as the collections declare them) hold one value per language
 * instead.
 */
export type AllLocales<T, Key extends keyof T> = Omit<T, Key> & { [Field in Key]: Localised<T[Field]> }

/** The localised fields of each collection the public site reads in both languages. */
export const LOCALISED_FIELDS = {
  services: [
    'title',
    'summary',
    'description',
    'staffQualifications',
    'accessibilityNotes',
    'audience',
    'howTo',
    'requirements',
    'outcome',
    'timing',
    'costs',
  ],
  organisations: ['summary', 'description'],
  pages: ['title', 'summary', 'content'],
  news: ['title', 'summary', 'content', 'slug'],
  faqs: ['question', 'answer'],
  desks: ['description'],
  categories: ['name', 'description'],
  'target-groups': ['name', 'description'],
  districts: [],
  city: ['districtLabel', 'districtsLabel', 'branding.tagline'],
} as const satisfies {
  services: readonly (keyof Service)[]
  organisations: readonly (keyof Organisation)[]
  pages: readonly (keyof Page)[]
  news: readonly (keyof News)[]
  faqs: readonly (keyof Faq)[]
  desks: readonly (keyof Desk)[]
  categories: readonly (keyof Category)[]
  'target-groups': readonly (keyof TargetGroup)[]
  districts: readonly (keyof District)[]
  city: readonly ('districtLabel' | 'districtsLabel' | 'branding.tagline')[]
}

type LocalisedOf<Slug extends keyof typeof LOCALISED_FIELDS> = (typeof LOCALISED_FIELDS)[Slug][number]

export type ServiceDoc = AllLocales<Service, LocalisedOf<'services'>>
export type OrganisationDoc = AllLocales<Organisation, LocalisedOf<'organisations'>>
export type PageDoc = AllLocales<Page, LocalisedOf<'pages'>>
export type NewsDoc = AllLocales<News, LocalisedOf<'news'>>
export type FaqDoc = AllLocales<Faq, LocalisedOf<'faqs'>>
export type CategoryDoc = AllLocales<Category, LocalisedOf<'categories'>>
export type TargetGroupDoc = AllLocales<TargetGroup, LocalisedOf<'target-groups'>>
export type DistrictDoc = District
export type DeskDoc = AllLocales<Desk, LocalisedOf<'desks'>>
/** The city profile; its tagline sits in the branding group. */
export type CityDoc = AllLocales<Omit<City, 'branding'>, 'districtLabel' | 'districtsLabel'> & {
  branding?: AllLocales<NonNullable<City['branding']>, 'tagline'>
}
