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
  // Account
  personalArea: { it: 'Area personale', en: 'Personal area' },
  signInTitle: { it: 'Accedi', en: 'Sign in' },
  signInIntro: {
    it: 'Entra con l’e-mail e la password del tuo account WeMi per chiedere preventivi e seguire le tue richieste.',
    en: 'Sign in with the e-mail and password of your WeMi account to ask for quotes and follow your requests.',
  },
  signInSpidSoon: { it: 'L’accesso con SPID e CIE arriverà a breve.', en: 'Sign-in with SPID and CIE is coming soon.' },
  signInButton: { it: 'Accedi', en: 'Sign in' },
  noAccountYet: { it: 'Non hai un account?', en: 'No account yet?' },
  signUpTitle: { it: 'Crea un account', en: 'Create an account' },
  signUpIntro: {
    it: 'Con un account puoi chiedere preventivi a più enti, pagare in sicurezza e lasciare una recensione. Ti manderemo un’e-mail per confermare l’indirizzo.',
    en: 'With an account you can ask several organisations for quotes, pay safely and leave a review. We will send you an e-mail to confirm the address.',
  },
  signUpButton: { it: 'Crea l’account', en: 'Create the account' },
  signUpSent: {
    it: 'Ti abbiamo scritto a {email}: apri il messaggio e segui il collegamento per attivare l’account.',
    en: 'We have written to {email}: open the message and follow the link to activate your account.',
  },
  signUpSentTitle: { it: 'Controlla la tua e-mail', en: 'Check your e-mail' },
  haveAccount: { it: 'Hai già un account?', en: 'Already have an account?' },
  signOut: { it: 'Esci', en: 'Sign out' },
  signedOut: { it: 'Sei uscito/a dall’area personale.', en: 'You have signed out.' },
  firstName: { it: 'Nome', en: 'First name' },
  lastName: { it: 'Cognome', en: 'Last name' },
  password: { it: 'Password', en: 'Password' },
  passwordHint: { it: 'Almeno 10 caratteri.', en: 'At least 10 characters.' },
  passwordConfirm: { it: 'Ripeti la password', en: 'Repeat the password' },
  acceptPrivacy: { it: 'Ho letto l’informativa sulla privacy', en: 'I have read the privacy notice' },
  verifyTitle: { it: 'Conferma dell’indirizzo e-mail', en: 'E-mail address confirmation' },
  verifyDone: { it: 'Indirizzo confermato: ora puoi accedere.', en: 'Address confirmed: you can now sign in.' },
  verifyFailed: {
    it: 'Il collegamento non è valido o è già stato usato. Se hai già confermato l’indirizzo, accedi; altrimenti registrati di nuovo.',
    en: 'The link is not valid or has already been used. If you have already confirmed the address, sign in; otherwise sign up again.',
  },
  forgotTitle: { it: 'Password dimenticata', en: 'Forgotten password' },
  forgotIntro: {
    it: 'Scrivi l’e-mail del tuo account: ti manderemo un collegamento per scegliere una nuova password.',
    en: 'Enter your account’s e-mail: we will send you a link to choose a new password.',
  },
  forgotButton: { it: 'Invia il collegamento', en: 'Send the link' },
  forgotSent: {
    it: 'Se esiste un account con questo indirizzo, ti abbiamo scritto: il collegamento vale un’ora.',
    en: 'If an account with this address exists, we have written to it: the link is valid for one hour.',
  },
  forgotLink: { it: 'Hai dimenticato la password?', en: 'Forgotten your password?' },
  resetTitle: { it: 'Scegli una nuova password', en: 'Choose a new password' },
  resetButton: { it: 'Salva la password e accedi', en: 'Save the password and sign in' },
  resetFailed: {
    it: 'Il collegamento non è valido o è scaduto: chiedine uno nuovo.',
    en: 'The link is not valid or has expired: ask for a new one.',
  },
  profileTitle: { it: 'Il mio profilo', en: 'My profile' },
  profileSaved: { it: 'Profilo salvato.', en: 'Profile saved.' },
  saveProfile: { it: 'Salva il profilo', en: 'Save the profile' },
  fiscalCode: { it: 'Codice fiscale', en: 'Tax code (codice fiscale)' },
  fiscalCodeHint: { it: '16 caratteri, per esempio RSSMRA80A01F205X.', en: '16 characters, for example RSSMRA80A01F205X.' },
  street: { it: 'Via e numero civico', en: 'Street and number' },
  postcode: { it: 'CAP', en: 'Postcode' },
  preferredLanguage: { it: 'Lingua per le e-mail', en: 'Language for e-mails' },
  beneficiaries: { it: 'Persone di cui mi occupo', en: 'People I care for' },
  beneficiariesIntro: {
    it: 'Familiari o altre persone per cui chiedi i servizi: le ritroverai nel modulo di richiesta.',
    en: 'Relatives or others you request services for: you will find them in the request form.',
  },
  beneficiary: { it: 'Persona {n}', en: 'Person {n}' },
  newBeneficiary: { it: 'Aggiungi una persona', en: 'Add a person' },
  name: { it: 'Nome', en: 'Name' },
  relationship: { it: 'Relazione', en: 'Relationship' },
  birthYear: { it: 'Anno di nascita', en: 'Year of birth' },
  removeBeneficiary: { it: 'Togli questa persona', en: 'Remove this person' },
  areaWelcome: { it: 'Ciao {name}', en: 'Hello {name}' },
  areaSections: { it: 'Sezioni dell’area personale', en: 'Personal area sections' },
  dashboard: { it: 'Da fare', en: 'To do' },
  errorRequired: { it: 'Compila questo campo.', en: 'Fill in this field.' },
  errorPasswordShort: { it: 'La password deve avere almeno 10 caratteri.', en: 'The password must have at least 10 characters.' },
  errorPasswordMismatch: { it: 'Le due password non coincidono.', en: 'The two passwords do not match.' },
  errorPrivacy: { it: 'Per creare l’account conferma di aver letto l’informativa.', en: 'To create the account, confirm that you have read the notice.' },
  errorEmailTaken: {
    it: 'Esiste già un account con questa e-mail: accedi oppure reimposta la password.',
    en: 'An account with this e-mail already exists: sign in or reset the password.',
  },
  errorCredentials: { it: 'E-mail o password non corrette.', en: 'Incorrect e-mail or password.' },
  errorLocked: {
    it: 'Troppi tentativi non riusciti: l’account è bloccato per 15 minuti.',
    en: 'Too many failed attempts: the account is locked for 15 minutes.',
  },
  errorUnverified: {
    it: 'Prima conferma l’indirizzo e-mail con il collegamento che ti abbiamo mandato.',
    en: 'First confirm your e-mail address with the link we sent you.',
  },
  errorFiscalCode: { it: 'Il codice fiscale non è valido: controlla le 16 lettere e cifre.', en: 'The tax code is not valid: check its 16 letters and digits.' },
  errorFiscalCodeTaken: { it: 'Questo codice fiscale è già usato da un altro account.', en: 'This tax code is already used by another account.' },
  errorPostcode: { it: 'Il CAP ha 5 cifre.', en: 'The postcode has 5 digits.' },
  errorPhone: { it: 'Scrivi un numero di telefono, per esempio 333 123 4567.', en: 'Enter a phone number, for example 333 123 4567.' },
  errorBirthYear: { it: 'Scrivi l’anno con 4 cifre, per esempio 1945.', en: 'Enter the year with 4 digits, for example 1945.' },
  errorChoice: { it: 'Scegli una delle voci.', en: 'Choose one of the options.' },
  errorSaving: { it: 'Non siamo riusciti a salvare: riprova.', en: 'We could not save: please try again.' },
  // Requests
  newRequestTitle: { it: 'Chiedi un preventivo', en: 'Ask for a quote' },
  newRequestIntro: {
    it: 'Scegli fino a 5 enti che offrono questo tipo di servizio: ognuno riceve la tua richiesta e ti risponde con un preventivo. Non paghi nulla finché non accetti.',
    en: 'Choose up to 5 organisations offering this kind of service: each receives your request and answers with a quote. You pay nothing until you accept one.',
  },
  requestServices: { it: 'A quali enti chiedere ({category})', en: 'Which organisations to ask ({category})' },
  requestServicesHint: { it: 'Da 1 a 5 enti.', en: '1 to 5 organisations.' },
  priceFrom: { it: 'da {price}', en: 'from {price}' },
  free: { it: 'Gratuito', en: 'Free' },
  ratingOf: { it: 'valutazione {rating} su 5', en: 'rated {rating} out of 5' },
  whoFor: { it: 'Per chi è il servizio', en: 'Who the service is for' },
  forMyself: { it: 'Per me', en: 'For myself' },
  forSomeoneElse: { it: 'Per un’altra persona', en: 'For someone else' },
  whereService: { it: 'Dove', en: 'Where' },
  whenService: { it: 'Quando', en: 'When' },
  periodStart: { it: 'Dal giorno', en: 'From' },
  periodEnd: { it: 'Al giorno', en: 'Until' },
  dateHint: { it: 'Per esempio 2026-12-31.', en: 'For example 2026-12-31.' },
  preferredDays: { it: 'Giorni preferiti', en: 'Preferred days' },
  preferredTimes: { it: 'Fasce orarie preferite', en: 'Preferred times' },
  notesLabel: { it: 'Note per gli enti', en: 'Notes for the organisations' },
  notesHint: {
    it: 'Cosa serve, abitudini, accesso alla casa. Non scrivere dati sanitari che non servono.',
    en: 'What is needed, routines, access to the home. Do not write health details that are not needed.',
  },
  sendRequest: { it: 'Invia la richiesta', en: 'Send the request' },
  requestServiceLink: { it: 'Chiedi un preventivo', en: 'Ask for a quote' },
  requestSignInFirst: { it: 'Accedi per chiedere un preventivo', en: 'Sign in to ask for a quote' },
  noCandidates: { it: 'Non ci sono servizi da chiedere in questa categoria.', en: 'There are no services to ask for in this category.' },
  errorRequestServices: { it: 'Scegli almeno un ente.', en: 'Choose at least one organisation.' },
  errorRequestTooMany: { it: 'Puoi chiedere al massimo a 5 enti.', en: 'You can ask 5 organisations at most.' },
  errorDate: { it: 'Scrivi una data, per esempio 2026-12-31.', en: 'Enter a date, for example 2026-12-31.' },
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
