/**
 * The words search understands beyond the catalogue's own text, in Italian and English at once:
 * a resident may type Italian on the English site, and the reverse.
 */

/**
 * Words that carry no need of their own. PostgreSQL drops them only in the language it parses
 * with, so "per" (Italian) or "at" (English) would otherwise become a word every service must
 * contain: the query keeps only content words, whichever language they are stop words in.
 * This is the union of PostgreSQL's Italian and English stop word lists.
 */
const STOP_WORDS = new Set(
  `ad al allo ai agli all agl alla alle con col coi da dal dallo dai dagli dall dagl dalla dalle di del dello dei degli dell
  degl della delle in nel nello nei negli nell negl nella nelle su sul sullo sui sugli sull sugl sulla sulle per tra contro io
  tu lui lei noi voi loro mio mia miei mie tuo tua tuoi tue suo sua suoi sue nostro nostra nostri nostre vostro vostra vostri
  vostre mi ti ci vi lo la li le gli ne il un uno una ma ed se perche anche come dov dove che chi cui non piu quale quanto
  quanti quanta quante quello quelli quella quelle questo questi questa queste si tutto tutti a c e i l o ho hai ha abbiamo
  avete hanno abbia abbiate abbiano avro avrai avra avremo avrete avranno avrei avresti avrebbe avremmo avreste avrebbero
  avevo avevi aveva avevamo avevate avevano ebbi avesti ebbe avemmo aveste ebbero avessi avesse avessimo avessero avendo
  avuto avuta avuti avute sono sei siamo siete sia siate siano saro sarai sara saremo sarete saranno sarei saresti sarebbe
  saremmo sareste sarebbero ero eri era eravamo eravate erano fui fosti fu fummo foste furono fossi fosse fossimo fossero
  essendo faccio fai facciamo fanno faccia facciate facciano faro farai fara faremo farete faranno farei faresti farebbe
  faremmo fareste farebbero facevo facevi faceva facevamo facevate facevano feci facesti fece facemmo faceste fecero
  facessi facesse facessimo facessero facendo sto stai sta stiamo stanno stia stiate stiano staro starai stara staremo
  starete staranno starei staresti starebbe staremmo stareste starebbero stavo stavi stava stavamo stavate stavano stetti
  stesti stette stemmo steste stettero stessi stesse stessimo stessero stando
  me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself it its
  itself they them their theirs themselves what which who whom this that these those am is are was were be been being have
  has had having do does did doing an the and but if or because as until while of at by for with about against between
  into through during before after above below to from up down out on off over under again further then once here there
  when where why how all any both each few more most other some such no nor not only own same so than too very s t can
  will just don should now`.split(/\s+/),
)

/**
 * Words that say someone is looking for help, or for whom in the family, rather than what
 * help: they count towards the order of results but never exclude a service ("aiuto per la
 * spesa" finds every shopping service, with those that say "aiuto" first; "badante per mia
 * madre" finds every badante).
 */
const SOFT_WORDS = new Set(
  `aiuto aiuti aiutare servizio servizi cerco cerca cercasi vorrei voglio serve servono bisogno necessita qualcuno
  persona persone people help helping service services need needs looking want someone somebody please
  madre padre mamma papa nonna nonno nonni genitore genitori marito moglie suocera suocero zia zio sorella fratello
  mother father mum mom dad grandmother grandfather grandma grandpa parent parents husband wife sister brother`.split(/\s+/),
)

/** The weekday and time-band values of a service's availability, with the words people use for each. */
export const TIME_BAND_WORDS: Record<string, string[]> = {
  morning: ['mattina', 'mattino', 'mattinata', 'mattine', 'morning', 'mornings'],
  afternoon: ['pomeriggio', 'pomeriggi', 'pomeridiano', 'pomeridiana', 'afternoon', 'afternoons'],
  evening: ['sera', 'sere', 'serale', 'serata', 'evening', 'evenings'],
  night: ['notte', 'notti', 'notturno', 'notturna', 'night', 'nights', 'overnight'],
}

export const DAY_WORDS: Record<string, string[]> = {
  mon: ['lunedi', 'monday', 'mondays'],
  tue: ['martedi', 'tuesday', 'tuesdays'],
  wed: ['mercoledi', 'wednesday', 'wednesdays'],
  thu: ['giovedi', 'thursday', 'thursdays'],
  fri: ['venerdi', 'friday', 'fridays'],
  sat: ['sabato', 'sabati', 'saturday', 'saturdays'],
  sun: ['domenica', 'domeniche', 'sunday', 'sundays'],
}

/** Words for both days of the weekend, which the search document carries for either. */
export const WEEKEND_WORDS = ['weekend', 'fine settimana']

/**
 * Words and phrases residents use for the same need. Each group is one need: typing any of its
 * terms finds services described with any other. Terms are lower case without accents.
 */
const SYNONYMS: readonly (readonly string[])[] = [
  ['badante', 'badanti', 'assistente familiare', 'assistenti familiari', 'care worker', 'care workers'],
  [
    'colf',
    'collaboratrice domestica',
    'collaboratrici domestiche',
    'collaboratore domestico',
    'collaborazione domestica',
    'donna delle pulizie',
    'domestic helper',
    'domestic help',
    'domestic worker',
    'housekeeper',
    'cleaner',
    'cleaning lady',
  ],
  ['babysitter', 'baby sitter', 'babysitting', 'tata', 'tate', 'bambinaia', 'nanny', 'nannies', 'childminder'],
  ['doposcuola', 'dopo scuola', 'dopo la scuola', 'after school', 'afterschool'],
  ['compiti', 'homework'],
  [
    'anziano',
    'anziani',
    'anziana',
    'anziane',
    'terza eta',
    'over 65',
    'pensionato',
    'pensionati',
    'elderly',
    'older',
    'senior',
    'seniors',
    'old people',
    'pensioner',
    'pensioners',
  ],
  [
    'disabile',
    'disabili',
    'disabilita',
    'diversamente abile',
    'handicap',
    'invalido',
    'invalidi',
    'invalidita',
    'disabled',
    'disability',
    'disabilities',
  ],
  ['pasto', 'pasti', 'pranzo', 'pranzi', 'cena', 'cene', 'meal', 'meals', 'lunch', 'dinner', 'meals on wheels'],
  ['domicilio', 'domiciliare', 'a casa', 'in casa', 'at home', 'house'],
  ['spesa', 'fare la spesa', 'supermercato', 'groceries', 'grocery', 'shopping'],
  ['commissioni', 'commissione', 'errands', 'errand'],
  ['accompagnamento', 'accompagnare', 'accompagnatore', 'accompagnatrice', 'accompaniment', 'accompany', 'escort', 'companion'],
  ['trasporto', 'trasporti', 'transport', 'passaggio in auto'],
  ['medico', 'medici', 'dottore', 'doctor', 'doctors', 'visita medica', 'visite mediche', 'medical appointment'],
  ['infermiere', 'infermiera', 'infermieri', 'nurse', 'nurses', 'nursing'],
  ['fisioterapia', 'fisioterapista', 'fisioterapisti', 'riabilitazione', 'physiotherapy', 'physio', 'physiotherapist', 'rehabilitation'],
  ['pulizie', 'pulizia', 'pulire', 'cleaning'],
  ['dieta', 'diete', 'celiaci', 'celiachia', 'senza glutine', 'diabetici', 'diet', 'diets', 'gluten free', 'coeliac', 'celiac'],
  ['prelievo', 'prelievi', 'prelievo del sangue', 'esami del sangue', 'analisi del sangue', 'blood test', 'blood tests'],
  ['psicologo', 'psicologa', 'psicologi', 'psicologico', 'psicologica', 'psychologist', 'psychological', 'counselling', 'counseling'],
  ['parrucchiere', 'parrucchiera', 'barbiere', 'taglio capelli', 'hairdresser', 'haircut', 'barber'],
  ['pedicure', 'podologo', 'piedi', 'foot care', 'feet'],
  ['cane', 'cani', 'portare fuori il cane', 'dog', 'dogs', 'dog sitter', 'dogsitter', 'dog walker', 'dog walking'],
  ['animale', 'animali', 'animali domestici', 'pet', 'pets'],
  ['trasloco', 'traslochi', 'moving house', 'removal', 'removals'],
  ['riparazioni', 'riparazione', 'aggiustare', 'lavoretti', 'tuttofare', 'handyman', 'repair', 'repairs', 'odd jobs'],
  ['alloggio', 'alloggi', 'appartamento', 'housing', 'accommodation', 'flat', 'apartment'],
  ['spid', 'identita digitale', 'digital identity'],
  ['pratiche', 'pratica', 'moduli', 'modulo', 'burocrazia', 'paperwork', 'forms'],
  ['bonus', 'agevolazioni', 'sussidi', 'sussidio', 'benefits', 'allowance', 'allowances'],
  ['busta paga', 'buste paga', 'cedolino', 'payslip', 'payslips', 'payroll'],
  ['compagnia', 'socializzazione', 'solitudine', 'company', 'loneliness', 'lonely', 'socialising', 'socializing'],
  ['ginnastica', 'attivita fisica', 'esercizio fisico', 'exercise', 'gym', 'fitness'],
  ['memoria', 'alzheimer', 'demenza', 'dementia', 'memory'],
  ['sollievo', 'respite'],
  ['caregiver', 'family carer', 'family carers', 'carer', 'carers'],
  ['ospedale', 'ospedali', 'ricovero', 'hospital'],
  ['carrozzina', 'carrozzine', 'sedia a rotelle', 'wheelchair', 'wheelchairs'],
  ['farmacia', 'farmaci', 'medicine', 'medicines', 'pharmacy'],
  ['bambino', 'bambini', 'bambina', 'bambine', 'bimbo', 'bimbi', 'figli', 'figlio', 'children', 'child', 'kids'],
  ['stranieri', 'straniero', 'immigrati', 'migranti', 'foreigners', 'foreigner', 'migrants', 'immigrants'],
  ...Object.values(TIME_BAND_WORDS),
  ...Object.values(DAY_WORDS),
  WEEKEND_WORDS,
]

/** Lower-case words without accents, as the search document stores them. */
export const wordsOf = (text: string): string[] =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)

/** A word without its plural or gender ending, so that "badanti" meets "badante" and "nurses" "nurse". */
const keyOf = (word: string) => {
  const singular = word.length >= 4 ? word.replace(/s$/, '') : word
  return singular.length >= 4 ? singular.replace(/[aeiou]$/, '') : singular
}

export const isStopWord = (word: string) => STOP_WORDS.has(word)

/** The city's own names, which people add to what they look for: soft words, set from the city profile. */
let placeNames = new Set<string>()

/** Sets the city's names (any language) that a search takes as soft words. */
export const setPlaceNames = (names: readonly string[]): void => {
  placeNames = new Set(names.flatMap(wordsOf))
}

const contentKeys = (term: string) =>
  wordsOf(term)
    .filter((word) => !STOP_WORDS.has(word))
    .map(keyOf)

/** Every term by its content words' keys, for matching the longest phrase a visitor typed. */
const TERMS = new Map<string, readonly string[]>(
  SYNONYMS.flatMap((group) => group.map((term): [string, readonly string[]] => [contentKeys(term).join(' '), group])),
)
const LONGEST_TERM = Math.max(...[...TERMS.keys()].map((key) => key.split(' ').length))

/** The availability values (days, time bands) by the content keys of each of their words. */
const valuesByKeys = (words: Record<string, string[]>): Map<string, string[]> => {
  const values = new Map<string, string[]>()
  for (const [value, names] of Object.entries(words))
    for (const key of new Set(names.map((name) => contentKeys(name).join(' ')))) values.set(key, [...(values.get(key) ?? []), value])
  return values
}
const BANDS_BY_KEYS = valuesByKeys(TIME_BAND_WORDS)
const DAYS_BY_KEYS = valuesByKeys(DAY_WORDS)

/**
 * One need in a visitor's words: what they typed and every way of saying it. A service matches
 * a concept when it contains any of the alternatives; a soft concept only affects the order.
 */
export type Concept = {
  typed: string
  alternatives: string[]
  soft: boolean
  /** The time bands and days the words name: services offered then come first. */
  bands: string[]
  days: string[]
}

const MAX_CONCEPTS = 8

/**
 * The visitor's words as concepts: stop words dropped, known phrases ("terza età", "dopo la
 * scuola") taken as one need, each widened by its synonyms.
 */
export const conceptsOf = (terms: string): Concept[] => {
  const words = wordsOf(terms).filter((word) => !STOP_WORDS.has(word))
  const concepts: Concept[] = []
  for (let start = 0; start < words.length && concepts.length < MAX_CONCEPTS;) {
    let length = Math.min(LONGEST_TERM, words.length - start)
    let group: readonly string[] | undefined
    for (; length > 1; length--) {
      group = TERMS.get(
        words
          .slice(start, start + length)
          .map(keyOf)
          .join(' '),
      )
      if (group) break
    }
    group ??= TERMS.get(keyOf(words[start]!))
    const typed = words.slice(start, start + length).join(' ')
    const keys = contentKeys(typed).join(' ')
    concepts.push({
      typed,
      alternatives: [...new Set([typed, ...(group ?? [])])],
      soft: length === 1 && (SOFT_WORDS.has(typed) || placeNames.has(typed)),
      bands: BANDS_BY_KEYS.get(keys) ?? [],
      days: WEEKEND_WORDS.includes(typed) ? ['sat', 'sun'] : (DAYS_BY_KEYS.get(keys) ?? []),
    })
    start += length
  }
  // Soft words alone are still what the visitor is looking for.
  return concepts.every((concept) => concept.soft) ? concepts.map((concept) => ({ ...concept, soft: false })) : concepts
}

/** Every single word the vocabulary knows, as candidates for correcting a misspelt word. */
export const VOCABULARY_WORDS: readonly string[] = [...new Set(SYNONYMS.flat().flatMap(wordsOf))].filter(
  (word) => word.length >= 3 && !STOP_WORDS.has(word),
)
