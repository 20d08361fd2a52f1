/** The site's interface text, Italian first. Content comes localised from Payload. */

export type Lang = 'it' | 'en'

export const LANGS: readonly Lang[] = ['it', 'en']

const strings = {
  siteName: { it: 'WeMi', en: 'WeMi' },
  tagline: { it: 'Il welfare di tutti', en: 'Welfare for everyone' },
  cityOf: { it: 'Comune di {city}', en: 'City of {city}' },
  skipToContent: { it: 'Vai al contenuto principale', en: 'Skip to main content' },
  skipToFooter: { it: 'Vai al piè di pagina', en: 'Skip to footer' },
  language: { it: 'Lingua', en: 'Language' },
  otherLanguage: { it: 'English', en: 'Italiano' },
  otherLanguageLabel: { it: 'Read this page in English', en: 'Leggi questa pagina in italiano' },
  mainMenu: { it: 'Menu principale', en: 'Main menu' },
  menu: { it: 'Menu', en: 'Menu' },
  services: { it: 'Servizi', en: 'Services' },
  desks: { it: 'Spazi WeMi', en: 'WeMi desks' },
  news: { it: 'Notizie', en: 'News' },
  howItWorks: { it: 'Come funziona', en: 'How it works' },
  faq: { it: 'Domande frequenti', en: 'Frequently asked questions' },
  reportNeed: { it: 'Segnala un bisogno', en: 'Report a need' },
  signIn: { it: 'Accedi all’area personale', en: 'Sign in to your area' },
  signInSoon: {
    it: 'L’accesso dei cittadini con SPID, CIE o e-mail arriverà a breve.',
    en: 'Sign-in for residents with SPID, CIE or e-mail is coming soon.',
  },
  home: { it: 'Home', en: 'Home' },
  breadcrumb: { it: 'Percorso di navigazione', en: 'Breadcrumb' },
  // Home
  whatDoYouNeed: { it: 'Di cosa hai bisogno?', en: 'What do you need?' },
  homeIntro: {
    it: 'Trova servizi di cura e di aiuto a casa offerti da enti accreditati dal Comune, chiedi preventivi e scegli.',
    en: 'Find care and home-help services offered by organisations accredited by the city, ask for quotes and choose.',
  },
  searchLabel: { it: 'Cerca un servizio', en: 'Search for a service' },
  searchPlaceholder: { it: 'Per esempio: badante, pasti a domicilio, doposcuola', en: 'For example: carer, meals at home, after-school' },
  districtLabel: { it: 'Municipio', en: 'District' },
  anyDistrict: { it: 'Tutta la città', en: 'The whole city' },
  search: { it: 'Cerca', en: 'Search' },
  browseAreas: { it: 'Esplora per area', en: 'Browse by area' },
  servicesCount: { it: '{n} servizi', en: '{n} services' },
  howItWorksSteps: {
    it: 'Cerca il servizio|Chiedi un preventivo a più enti insieme|Scegli l’offerta e paga in sicurezza|Racconta com’è andata',
    en: 'Search for the service|Ask several organisations for a quote at once|Choose the offer and pay safely|Tell us how it went',
  },
  readMore: { it: 'Scopri di più', en: 'Find out more' },
  latestNews: { it: 'Ultime notizie', en: 'Latest news' },
  allNews: { it: 'Tutte le notizie', en: 'All news' },
  desksNearYou: { it: 'Spazi WeMi vicino a te', en: 'WeMi desks near you' },
  desksIntro: {
    it: 'Negli Spazi WeMi un operatore ti aiuta di persona a trovare un servizio e a inviare la richiesta.',
    en: 'At a WeMi desk a member of staff helps you in person to find a service and send your request.',
  },
  showDesks: { it: 'Mostra gli Spazi', en: 'Show the desks' },
  // Search
  searchTitle: { it: 'Cerca un servizio', en: 'Search for a service' },
  resultsFor: { it: '{n} servizi trovati', en: '{n} services found' },
  oneResult: { it: '1 servizio trovato', en: '1 service found' },
  correctedTo: { it: 'Nessun risultato per «{typed}». Ecco i risultati per «{corrected}».', en: 'No results for “{typed}”. Showing results for “{corrected}”.' },
  filters: { it: 'Filtri', en: 'Filters' },
  removeFilter: { it: 'Rimuovi il filtro {filter}', en: 'Remove the {filter} filter' },
  removeAllFilters: { it: 'Rimuovi tutti i filtri', en: 'Remove all filters' },
  activeFilters: { it: 'Filtri attivi', en: 'Active filters' },
  category: { it: 'Categoria', en: 'Category' },
  targetGroup: { it: 'Per chi', en: 'Who it is for' },
  price: { it: 'Prezzo', en: 'Price' },
  freeOnly: { it: 'Solo gratuiti', en: 'Free only' },
  sharedOnly: { it: 'Condivisibili tra famiglie', en: 'Can be shared between families' },
  upTo: { it: 'Fino a {price}', en: 'Up to {price}' },
  timeBand: { it: 'Fascia oraria', en: 'Time of day' },
  day: { it: 'Giorno', en: 'Day' },
  sortBy: { it: 'Ordina per', en: 'Sort by' },
  sortRelevance: { it: 'Pertinenza', en: 'Relevance' },
  sortPrice: { it: 'Prezzo più basso', en: 'Lowest price' },
  sortRating: { it: 'Valutazione', en: 'Rating' },
  pagination: { it: 'Pagine dei risultati', en: 'Result pages' },
  previous: { it: 'Pagina precedente', en: 'Previous page' },
  next: { it: 'Pagina successiva', en: 'Next page' },
  pageN: { it: 'Pagina {n}', en: 'Page {n}' },
  noResultsTitle: { it: 'Non abbiamo trovato servizi per questa ricerca', en: 'We found no services for this search' },
  noResultsHelp: {
    it: 'Prova con parole diverse o togli qualche filtro. Qui sotto trovi qualche alternativa.',
    en: 'Try other words or remove some filters. Here are a few alternatives.',
  },
  didYouMean: { it: 'Forse cercavi «{words}»?', en: 'Did you mean “{words}”?' },
  nearbyDistricts: { it: 'Nei municipi vicini', en: 'In nearby districts' },
  broaderCategory: { it: 'In tutta l’area {area}', en: 'In the whole {area} area' },
  allCategories: { it: 'In tutte le categorie', en: 'In all categories' },
  reportNeedInvite: {
    it: 'Non trovi quello che ti serve? Segnalalo al Comune: ci aiuta a capire quali servizi mancano.',
    en: 'Cannot find what you need? Tell the city: it helps us understand which services are missing.',
  },
  // Service card & page
  from: { it: 'da {price}', en: 'from {price}' },
  sharedFrom: { it: 'condiviso da {price} a persona', en: 'shared from {price} per person' },
  free: { it: 'Gratuito', en: 'Free' },
  districtsServed: { it: 'Municipi', en: 'Districts' },
  rating: { it: 'Valutazione {value} su 5 ({count} recensioni)', en: 'Rated {value} out of 5 ({count} reviews)' },
  noRatingYet: { it: 'Ancora nessuna recensione', en: 'No reviews yet' },
  offeredBy: { it: 'Offerto da', en: 'Offered by' },
  pageIndex: { it: 'Indice della pagina', en: 'On this page' },
  audience: { it: 'A chi è rivolto', en: 'Who it is for' },
  description: { it: 'Descrizione', en: 'Description' },
  howTo: { it: 'Come fare', en: 'How to apply' },
  requirements: { it: 'Cosa serve', en: 'What you need' },
  outcome: { it: 'Cosa si ottiene', en: 'What you get' },
  timing: { it: 'Tempi e scadenze', en: 'Times and deadlines' },
  costs: { it: 'Costi', en: 'Costs' },
  contacts: { it: 'Contatti', en: 'Contacts' },
  accessibility: { it: 'Accessibilità', en: 'Accessibility' },
  languagesSpoken: { it: 'Lingue parlate', en: 'Languages spoken' },
  staff: { it: 'Personale', en: 'Staff' },
  availability: { it: 'Disponibilità', en: 'Availability' },
  noticeNeeded: { it: 'Preavviso richiesto: {hours} ore.', en: 'Notice needed: {hours} hours.' },
  cancellation: { it: 'Disdetta senza costi fino a {hours} ore prima.', en: 'Free cancellation up to {hours} hours before.' },
  individualPrice: { it: 'Servizio individuale', en: 'Individual service' },
  sharedPrices: { it: 'Prezzo a persona se condiviso', en: 'Price per person when shared' },
  people: { it: 'Persone', en: 'People' },
  pricePerPerson: { it: 'Prezzo a persona', en: 'Price per person' },
  vouchers: { it: 'Voucher accettati', en: 'Accepted vouchers' },
  requestService: { it: 'Richiedi il servizio', en: 'Request the service' },
  requestSoon: {
    it: 'Le richieste online arriveranno a breve. Intanto puoi contattare l’ente o rivolgerti a uno Spazio WeMi.',
    en: 'Online requests are coming soon. Meanwhile you can contact the organisation or visit a WeMi desk.',
  },
  otherServicesOf: { it: 'Altri servizi di {name}', en: 'Other services by {name}' },
  // Organisation
  organisation: { it: 'Ente', en: 'Organisation' },
  offices: { it: 'Sedi', en: 'Offices' },
  accreditedFor: { it: 'Accreditato dal Comune per', en: 'Accredited by the city for' },
  servicesOf: { it: 'I servizi di {name}', en: 'Services by {name}' },
  website: { it: 'Sito web', en: 'Website' },
  phone: { it: 'Telefono', en: 'Phone' },
  email: { it: 'E-mail', en: 'E-mail' },
  // Categories & desks
  categoriesIn: { it: 'Categorie', en: 'Categories' },
  seeAllAndFilter: { it: 'Vedi tutti i {n} servizi e filtra', en: 'See all {n} services and filter' },
  openingHours: { it: 'Orari di apertura', en: 'Opening hours' },
  whatItHelpsWith: { it: 'Di cosa si occupa', en: 'What it helps with' },
  address: { it: 'Indirizzo', en: 'Address' },
  desksInDistrict: { it: 'Spazi WeMi nel {district}', en: 'WeMi desks in {district}' },
  chooseDistrict: { it: 'Scegli il municipio', en: 'Choose the district' },
  noDesksHere: { it: 'Non ci sono Spazi WeMi in questo municipio: ecco quelli dei municipi vicini.', en: 'There is no WeMi desk in this district: here are those in nearby districts.' },
  // Editorial
  publishedOn: { it: 'Pubblicato il {date}', en: 'Published on {date}' },
  // Report a need
  reportNeedIntro: {
    it: 'Raccontaci di cosa avresti bisogno e non hai trovato. Non serve registrarsi; se vuoi essere ricontattato lascia un indirizzo e-mail.',
    en: 'Tell us what you need and could not find. No account is needed; leave an e-mail address if you would like us to contact you.',
  },
  needDescription: { it: 'Di cosa hai bisogno', en: 'What you need' },
  needDescriptionHelp: { it: 'Da 10 a 1000 caratteri. Non scrivere dati sulla salute di altre persone.', en: '10 to 1000 characters. Do not write about other people’s health.' },
  optional: { it: 'facoltativo', en: 'optional' },
  emailHelp: { it: 'Lo useremo solo per risponderti su questa segnalazione.', en: 'We will use it only to answer you about this report.' },
  send: { it: 'Invia la segnalazione', en: 'Send the report' },
  needSent: { it: 'Grazie: la tua segnalazione è arrivata al Comune.', en: 'Thank you: your report has reached the city.' },
  errorsTitle: { it: 'Correggi questi campi per continuare:', en: 'Please correct these fields to continue:' },
  errorDescriptionLength: { it: 'Descrivi il bisogno in 10–1000 caratteri.', en: 'Describe the need in 10–1,000 characters.' },
  errorEmail: { it: 'Controlla l’indirizzo e-mail, per esempio nome@esempio.it.', en: 'Check the e-mail address, for example name@example.com.' },
  errorTooMany: {
    it: 'Hai già inviato diverse segnalazioni nell’ultima ora: riprova più tardi.',
    en: 'You have sent several reports in the last hour: please try again later.',
  },
  errorOrigin: { it: 'Il modulo non è stato inviato da questo sito.', en: 'The form was not sent from this site.' },
  privacyNote: {
    it: 'I dati sono trattati dal Comune secondo l’informativa sulla privacy.',
    en: 'The city processes the data according to the privacy notice.',
  },
  // Errors
  notFoundTitle: { it: 'Pagina non trovata', en: 'Page not found' },
  notFoundText: {
    it: 'La pagina che cerchi non esiste o è stata spostata. Prova a cercare un servizio o torna alla home.',
    en: 'The page you are looking for does not exist or has moved. Try searching for a service or go back home.',
  },
  errorTitle: { it: 'Si è verificato un errore', en: 'Something went wrong' },
  errorText: {
    it: 'Non siamo riusciti a mostrare la pagina. Riprova tra qualche minuto; se il problema continua, scrivici.',
    en: 'We could not show the page. Please try again in a few minutes; if the problem continues, write to us.',
  },
  goHome: { it: 'Torna alla home', en: 'Back to home' },
  // Footer
  footerAbout: {
    it: 'WeMi è il servizio del Comune per trovare aiuto a casa e servizi di cura offerti da enti accreditati.',
    en: 'WeMi is the city’s service for finding help at home and care services from accredited organisations.',
  },
  accessibilityStatement: { it: 'Dichiarazione di accessibilità', en: 'Accessibility statement' },
  privacy: { it: 'Informativa privacy', en: 'Privacy notice' },
  cookies: { it: 'Cookie', en: 'Cookies' },
  aboutUs: { it: 'Chi siamo', en: 'About us' },
  forOrganisations: { it: 'Per gli enti', en: 'For organisations' },
  staffArea: { it: 'Area riservata a enti e staff', en: 'Area for organisations and staff' },
  sitemap: { it: 'Mappa del sito', en: 'Site map' },
} satisfies Record<string, Record<Lang, string>>

export type StringKey = keyof typeof strings

/** A text in the page's language, with {placeholders} filled in. */
export const t = (lang: Lang, key: StringKey, vars: Record<string, string | number> = {}): string =>
  strings[key][lang].replace(/{(\w+)}/g, (_, name: string) => String(vars[name] ?? ''))

/** A localised field from Payload (read with locale "all"), falling back to Italian. */
export const pick = (value: unknown, lang: Lang): string => {
  if (value == null) return ''
  if (typeof value === 'string') return value
  const localised = value as Partial<Record<Lang, string | null>>
  return localised[lang] || localised.it || ''
}

export const langOf = (pathname: string): Lang => (pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'it')

const DATE_LOCALES: Record<Lang, string> = { it: 'it-IT', en: 'en-GB' }

const dateFormats = new Map<string, Intl.DateTimeFormat>()

/** "14 giugno 2025" in the city's time zone (formatters are costly to create, so they are kept). */
export const formatDate = (iso: string, lang: Lang, timeZone = 'Europe/Rome') => {
  const key = `${lang}|${timeZone}`
  if (!dateFormats.has(key)) {
    dateFormats.set(key, new Intl.DateTimeFormat(DATE_LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone }))
  }
  return dateFormats.get(key)!.format(new Date(iso))
}
