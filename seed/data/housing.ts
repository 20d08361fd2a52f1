import type { HOUSING_AUDIENCES, HOUSING_KINDS } from '../../collections/HousingUnits/options'
import type { Bilingual } from '../../lib/i18n/language'

type Kind = (typeof HOUSING_KINDS)[number]['value']
type Audience = (typeof HOUSING_AUDIENCES)[number]['value']

/** A demo unit of temporary social housing; the seed gives each to one of the enti that offer housing. */
export type HousingUnitSeed = {
  name: string
  kind: Kind
  places: number
  accessible: boolean
  street: string
  audiences: Audience[]
  description: Bilingual
  rules: Bilingual
  monthlyContributionCents: number
  maxMonths: number
}

const HOUSE_RULES: Bilingual = {
  it: 'Niente ospiti per la notte senza accordo con l’educatore. Un colloquio ogni due settimane. Raccolta differenziata e pulizie degli spazi comuni a turno.',
  en: 'No overnight guests without agreeing it with the support worker. A meeting every two weeks. Recycling and cleaning of the shared spaces in turns.',
}

/** Texts are ours. Contributions are monthly, for everything but food (utilities included). */
export const HOUSING_UNITS: readonly HousingUnitSeed[] = [
  {
    name: 'Bilocale Tigli',
    kind: 'two-room',
    places: 4,
    accessible: true,
    street: 'Via dei Tigli 12',
    audiences: ['families', 'single-parents'],
    description: {
      it: 'Bilocale arredato al piano terra, senza gradini: una camera con letto matrimoniale, un divano letto in soggiorno, cucina e lavatrice. Vicino a scuole e fermata del tram.',
      en: 'A furnished two-room flat on the ground floor, step-free: a bedroom with a double bed, a sofa bed in the living room, kitchen and washing machine. Close to schools and a tram stop.',
    },
    rules: HOUSE_RULES,
    monthlyContributionCents: 32_000,
    maxMonths: 6,
  },
  {
    name: 'Trilocale Castagni',
    kind: 'three-room',
    places: 5,
    accessible: false,
    street: 'Via dei Castagni 4',
    audiences: ['families'],
    description: {
      it: 'Trilocale arredato al secondo piano (senza ascensore): due camere, soggiorno con cucina, balcone. Per famiglie con bambini, con un educatore che segue il progetto verso una casa stabile.',
      en: 'A furnished three-room flat on the second floor (no lift): two bedrooms, a living room with kitchen, a balcony. For families with children, with a support worker who follows the plan towards a stable home.',
    },
    rules: HOUSE_RULES,
    monthlyContributionCents: 41_000,
    maxMonths: 12,
  },
  {
    name: 'Camera Glicine',
    kind: 'room',
    places: 1,
    accessible: true,
    street: 'Via del Glicine 27',
    audiences: ['adults', 'workers'],
    description: {
      it: 'Camera singola in un appartamento condiviso da quattro persone, con bagno e cucina in comune e ascensore. Per chi lavora lontano da casa o cerca casa.',
      en: 'A single room in a flat shared by four people, with shared bathroom and kitchen and a lift. For people working away from home or looking for a home.',
    },
    rules: HOUSE_RULES,
    monthlyContributionCents: 25_000,
    maxMonths: 6,
  },
  {
    name: 'Monolocale Aceri',
    kind: 'studio',
    places: 2,
    accessible: true,
    street: 'Via degli Aceri 8',
    audiences: ['elderly', 'disabilities'],
    description: {
      it: 'Monolocale al piano rialzato con bagno attrezzato e ingresso senza gradini, in una casa con portineria sociale.',
      en: 'A studio flat on the raised ground floor with an adapted bathroom and a step-free entrance, in a building with a social concierge.',
    },
    rules: HOUSE_RULES,
    monthlyContributionCents: 28_000,
    maxMonths: 18,
  },
]

/** The demo resident's application, as a household would describe itself. */
export const HOUSING_DEMO_SITUATION =
  'Mi sono separata da poco e devo lasciare la casa entro fine mese. Vivo con mio figlio di 9 anni, che va a scuola nel quartiere; lavoro part-time come commessa e sto cercando una casa in affitto.'
