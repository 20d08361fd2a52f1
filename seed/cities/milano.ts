import type { CitySeed } from './types'

const MUNICIPI = [
  {
    number: 1,
    name: 'Municipio 1 – Centro storico',
    neighbourhoods: ['Duomo', 'Brera', 'Magenta', 'Porta Romana', 'Ticinese'],
    streets: ['Via Brera', 'Corso Magenta', 'Via Torino', 'Via Larga', 'Corso di Porta Romana'],
    postcodes: ['20121', '20122', '20123'],
    centre: [45.4642, 9.19],
  },
  {
    number: 2,
    name: 'Municipio 2 – Stazione Centrale, Gorla, Turro, Greco, Crescenzago',
    neighbourhoods: ['Stazione Centrale', 'Greco', 'Gorla', 'Turro', 'Precotto', 'Crescenzago'],
    streets: ['Viale Monza', 'Via Padova', 'Via Rucellai', 'Via Crescenzago', 'Via Gluck'],
    postcodes: ['20125', '20126', '20127'],
    centre: [45.496, 9.218],
  },
  {
    number: 3,
    name: 'Municipio 3 – Città Studi, Lambrate, Porta Venezia',
    neighbourhoods: ['Città Studi', 'Lambrate', 'Porta Venezia', 'Casoretto'],
    streets: ['Via Pacini', 'Corso Buenos Aires', 'Via Casoretto', 'Via Conte Rosso', 'Viale Romagna'],
    postcodes: ['20131', '20133', '20134'],
    centre: [45.478, 9.23],
  },
  {
    number: 4,
    name: 'Municipio 4 – Porta Vittoria, Forlanini, Corvetto, Rogoredo',
    neighbourhoods: ['Porta Vittoria', 'Forlanini', 'Corvetto', 'Rogoredo'],
    streets: ['Corso Lodi', 'Piazzale dei Cinquecento', 'Viale Forlanini', 'Via Mompiani', 'Via Rogoredo'],
    postcodes: ['20135', '20137', '20138', '20139'],
    centre: [45.449, 9.225],
  },
  {
    number: 5,
    name: 'Municipio 5 – Vigentino, Chiaravalle, Gratosoglio',
    neighbourhoods: ['Vigentino', 'Chiaravalle', 'Gratosoglio', 'Stadera'],
    streets: ['Via Ripamonti', 'Via dei Missaglia', 'Via Vigentina', 'Via Boifava', 'Via San Bernardo'],
    postcodes: ['20141', '20142'],
    centre: [45.43, 9.185],
  },
  {
    number: 6,
    name: 'Municipio 6 – Barona, Lorenteggio, Giambellino',
    neighbourhoods: ['Barona', 'Lorenteggio', 'Giambellino', 'Navigli'],
    streets: ['Via Giambellino', 'Via Lorenteggio', 'Via Inganni', 'Piazza Tirana', 'Via Ettore Ponti'],
    postcodes: ['20143', '20144', '20146', '20147'],
    centre: [45.448, 9.145],
  },
  {
    number: 7,
    name: 'Municipio 7 – Baggio, De Angeli, San Siro, Quarto Cagnino',
    neighbourhoods: ['Baggio', 'De Angeli', 'San Siro', 'Quarto Cagnino'],
    streets: ['Via delle Forze Armate', 'Via Ranzoni', 'Via Novara', 'Piazzale Segesta', 'Via Val Bisagno'],
    postcodes: ['20147', '20148', '20152', '20153'],
    centre: [45.47, 9.115],
  },
  {
    number: 8,
    name: 'Municipio 8 – Fiera, Gallaratese, QT8, Quarto Oggiaro',
    neighbourhoods: ['Fiera', 'Gallaratese', 'QT8', 'Quarto Oggiaro'],
    streets: ['Via Console Marcello', 'Via Appennini', 'Via Lessona', 'Via Gallarate', 'Viale Certosa'],
    postcodes: ['20155', '20156', '20157'],
    centre: [45.49, 9.14],
  },
  {
    number: 9,
    name: 'Municipio 9 – Porta Garibaldi, Isola, Niguarda, Bovisa, Affori, Comasina',
    neighbourhoods: ['Porta Garibaldi', 'Isola', 'Niguarda', 'Bovisa', 'Affori', 'Comasina'],
    streets: ['Via Borsieri', 'Via Hermada', 'Via Bovisasca', 'Viale Affori', 'Via Comasinella'],
    postcodes: ['20158', '20159', '20161', '20162'],
    centre: [45.505, 9.185],
  },
] as const

/** Municipio 1 is the centre; the others ring it, each touching its two neighbours. */
const adjacentTo = (number: number): number[] =>
  number === 1 ? [2, 3, 4, 5, 6, 7, 8, 9] : [1, number === 2 ? 9 : number - 1, number === 9 ? 2 : number + 1]

/** Milano and its 9 Municipi (since 2016), with well-known neighbourhoods and real streets. */
export const MILANO: CitySeed = {
  profile: {
    name: 'Milano',
    otherNames: ['Milan'],
    ipaCode: 'c_f205',
    timeZone: 'Europe/Rome',
    contacts: {
      email: 'wemi@comune.milano.example',
      pec: 'wemi@pec.comune.milano.example',
      phone: '02 0202',
      address: 'Via Larga 12, 20122 Milano',
      website: 'https://www.comune.milano.example',
    },
    primaryColor: '#0066cc',
    coatOfArms: {
      // Argent, a cross gules: the cross of Saint Ambrose on a white shield.
      svg: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 122">
  <defs><clipPath id="shield"><path d="M6 6h88v54c0 28-18 46-44 56C24 106 6 88 6 60z"/></clipPath></defs>
  <g clip-path="url(#shield)">
    <rect width="100" height="122" fill="#ffffff"/>
    <rect x="41" width="18" height="122" fill="#c8102e"/>
    <rect y="40" width="100" height="18" fill="#c8102e"/>
  </g>
  <path d="M6 6h88v54c0 28-18 46-44 56C24 106 6 88 6 60z" fill="none" stroke="#1a1a1a" stroke-width="3"/>
</svg>`,
      alt: { it: 'Stemma del Comune di Milano', en: 'Coat of arms of the City of Milan' },
    },
    wording: {
      it: { districtLabel: 'Municipio', districtsLabel: 'Municipi', branding: { tagline: 'Il welfare di tutti' } },
      en: { districtLabel: 'District', districtsLabel: 'Districts', branding: { tagline: 'Welfare for everyone' } },
    },
  },
  nameIn: { it: 'Milano', en: 'Milan' },
  placeCode: 'F205',
  phonePrefix: '02',
  districts: MUNICIPI.map((district) => ({ ...district, adjacent: adjacentTo(district.number) })),
  desks: [
    { district: 6, neighbourhood: 'Giambellino', street: 'Via Giambellino 54' },
    { district: 6, neighbourhood: 'Lorenteggio', street: 'Via Lorenteggio 181' },
    { district: 6, neighbourhood: 'Barona', street: 'Via Ettore Ponti 21' },
    { district: 8, neighbourhood: 'Quarto Oggiaro', street: 'Via Lessona 40' },
    { district: 8, neighbourhood: 'Gallaratese', street: 'Via Appennini 112' },
    { district: 8, neighbourhood: 'QT8', street: 'Via Console Marcello 9' },
    { district: 9, neighbourhood: 'Niguarda', street: 'Via Hermada 14' },
    { district: 9, neighbourhood: 'Isola', street: 'Via Borsieri 27' },
    { district: 9, neighbourhood: 'Bovisa', street: 'Via Bovisasca 70' },
    { district: 9, neighbourhood: 'Comasina', street: 'Via Comasinella 8' },
    { district: 4, neighbourhood: 'Corvetto', street: 'Piazzale dei Cinquecento 3' },
    { district: 4, neighbourhood: 'Rogoredo', street: 'Via Rogoredo 35' },
    { district: 4, neighbourhood: 'Forlanini', street: 'Viale Forlanini 88' },
    { district: 5, neighbourhood: 'Gratosoglio', street: 'Via dei Missaglia 117' },
    { district: 5, neighbourhood: 'Vigentino', street: 'Via Vigentina 46' },
    { district: 7, neighbourhood: 'San Siro', street: 'Piazzale Segesta 6' },
    { district: 7, neighbourhood: 'Baggio', street: 'Via delle Forze Armate 260' },
    { district: 7, neighbourhood: 'Quarto Cagnino', street: 'Via Novara 89' },
    { district: 2, neighbourhood: 'Crescenzago', street: 'Via Crescenzago 33' },
    { district: 2, neighbourhood: 'Greco', street: 'Via Gluck 11' },
    { district: 3, neighbourhood: 'Lambrate', street: 'Via Conte Rosso 19' },
    { district: 3, neighbourhood: 'Città Studi', street: 'Via Pacini 30' },
    { district: 1, neighbourhood: 'Centro', street: 'Via Larga 12' },
  ],
  resident: { street: 'Via Lessona 12', postcode: '20157', district: 8 },
  worksMainlyIn: {
    it: (districts) => `nei municipi ${districts.map((district) => district.number).join(', ')}`,
    en: (districts) => `in districts ${districts.map((district) => district.number).join(', ')}`,
  },
}
