import { type Bilingual, LANGUAGES } from '../../lib/i18n'
import { OPEN_DATA_TEXT } from '../../lib/i18n/open-data'
import { translate } from '../../lib/i18n/language'
import { LICENCE, OPEN_DATASETS } from './open-data'

const EU = 'http://publications.europa.eu/resource/authority'

/** Who publishes the data: the city, by its code in the Indice delle Pubbliche Amministrazioni. */
export type Publisher = { name: string; ipaCode: string; email: string | null; website: string | null }

const texts = (text: Bilingual, vars?: Record<string, string | number>) =>
  LANGUAGES.map((language) => ({ '@value': translate(text, language, vars), '@language': language }))

/**
 * The open data's metadata in DCAT-AP_IT (the Italian profile of DCAT-AP), as JSON-LD: the
 * catalogue, each dataset with its theme, frequency, rights holder and contact, and each file
 * with its format and licence, so that dati.gov.it and other harvesters can list them.
 */
export const dcatCatalogue = ({
  origin,
  publisher,
  modified,
  pages,
}: {
  origin: string
  publisher: Publisher
  modified: Date | null
  /** The open-data page and a dataset's files, as addresses on this site. */
  pages: { home: string; file: (slug: string, format: 'csv' | 'json') => string }
}) => {
  const agent = {
    '@type': ['foaf:Agent', 'dcatapit:Agent'],
    'dct:identifier': publisher.ipaCode,
    'foaf:name': publisher.name,
  }
  const day = { '@value': (modified ?? new Date()).toISOString().slice(0, 10), '@type': 'xsd:date' }
  const licence = {
    '@id': LICENCE.url,
    '@type': ['dct:LicenseDocument', 'dcatapit:LicenseDocument'],
    'dct:type': { '@id': 'http://purl.org/adms/licencetype/Attribution' },
    'foaf:name': texts(LICENCE.name),
  }
  const contact = {
    '@type': ['vcard:Organization', 'dcatapit:Organization'],
    'vcard:fn': publisher.name,
    ...(publisher.email ? { 'vcard:hasEmail': { '@id': `mailto:${publisher.email}` } } : {}),
    ...(publisher.website ? { 'vcard:hasURL': { '@id': publisher.website } } : {}),
  }
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      dcatapit: 'http://dati.gov.it/onto/dcatapit#',
      foaf: 'http://xmlns.com/foaf/0.1/',
      vcard: 'http://www.w3.org/2006/vcard/ns#',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@id': `${origin}${pages.home}#catalogo`,
    '@type': ['dcat:Catalog', 'dcatapit:Catalog'],
    'dct:title': texts(OPEN_DATA_TEXT.catalogueTitle, { city: publisher.name }),
    'dct:description': texts(OPEN_DATA_TEXT.intro),
    'dct:publisher': agent,
    'dct:modified': day,
    'dct:language': LANGUAGES.map((language) => ({ '@id': `${EU}/language/${language === 'it' ? 'ITA' : 'ENG'}` })),
    'foaf:homepage': { '@id': `${origin}${pages.home}` },
    'dcat:dataset': OPEN_DATASETS.map((dataset) => ({
      '@id': `${origin}${pages.home}#${dataset.slug}`,
      '@type': ['dcat:Dataset', 'dcatapit:Dataset'],
      'dct:identifier': `${publisher.ipaCode}:wemi-${dataset.slug}`,
      'dct:title': texts(dataset.title),
      'dct:description': texts(dataset.description),
      'dct:modified': day,
      'dcat:theme': { '@id': `${EU}/data-theme/SOCI` },
      'dct:accrualPeriodicity': { '@id': `${EU}/frequency/CONT` },
      'dct:publisher': agent,
      'dct:rightsHolder': agent,
      'dcat:contactPoint': contact,
      'dcat:keyword': dataset.keywords.flatMap((keyword) => texts(keyword)),
      'dcat:landingPage': { '@id': `${origin}${pages.home}#${dataset.slug}` },
      'dcat:distribution': (['csv', 'json'] as const).map((format) => ({
        '@id': `${origin}${pages.file(dataset.slug, format)}`,
        '@type': ['dcat:Distribution', 'dcatapit:Distribution'],
        'dct:title': texts(dataset.title),
        'dct:format': { '@id': `${EU}/file-type/${format.toUpperCase()}` },
        'dcat:mediaType': format === 'csv' ? 'text/csv' : 'application/json',
        'dcat:accessURL': { '@id': `${origin}${pages.home}` },
        'dcat:downloadURL': { '@id': `${origin}${pages.file(dataset.slug, format)}` },
        'dct:license': licence,
      })),
    })),
  }
}
