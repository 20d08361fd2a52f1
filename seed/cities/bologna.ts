import type { CitySeed, DistrictSeed } from './types'

/** A Quartiere's own name, without the word "Quartiere" and its zones. */
const ownName = (district: DistrictSeed) => district.name.split(' – ')[0]!.replace(/^Quartiere /, '')

/** Bologna and its 6 Quartieri (since 2016), with their zones and real streets. */
export const BOLOGNA: CitySeed = {
  profile: {
    name: 'Bologna',
    otherNames: ['Bulåggna'],
    ipaCode: 'c_a944',
    timeZone: 'Europe/Rome',
    contacts: {
      email: 'wemi@comune.bologna.example',
      pec: 'wemi@pec.comune.bologna.example',
      phone: '051 0202',
      address: 'Piazza Maggiore 6, 40124 Bologna',
      website: 'https://www.comune.bologna.example',
    },
    primaryColor: '#a6192e',
    coatOfArms: {
      // Quarterly: the cross of the commune (argent, a cross gules) in the first and fourth
      // quarters, and in the second and third azure, a bend or for the band of LIBERTAS.
      svg: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 122">
  <defs><clipPath id="shield"><path d="M6 6h88v54c0 28-18 46-44 56C24 106 6 88 6 60z"/></clipPath></defs>
  <g clip-path="url(#shield)">
    <rect width="100" height="122" fill="#ffffff"/>
    <rect x="50" width="50" height="60" fill="#1d4f91"/>
    <rect y="60" width="50" height="62" fill="#1d4f91"/>
    <rect x="24" width="9" height="60" fill="#c8102e"/>
    <rect y="26" width="50" height="9" fill="#c8102e"/>
    <rect x="71" y="60" width="9" height="62" fill="#c8102e"/>
    <rect x="50" y="86" width="50" height="9" fill="#c8102e"/>
    <path d="M50 8l50 44v10L50 18z" fill="#f2c500"/>
    <path d="M0 68l50 44v10L0 78z" fill="#f2c500"/>
  </g>
  <path d="M6 6h88v54c0 28-18 46-44 56C24 106 6 88 6 60z" fill="none" stroke="#1a1a1a" stroke-width="3"/>
</svg>`,
      alt: { it: 'Stemma del Comune di Bologna', en: 'Coat of arms of the City of Bologna' },
    },
    wording: {
      it: { districtLabel: 'Quartiere', districtsLabel: 'Quartieri', branding: { tagline: 'Il welfare di comunità' } },
      en: { districtLabel: 'District', districtsLabel: 'Districts', branding: { tagline: 'Community welfare' } },
    },
  },
  nameIn: { it: 'Bologna', en: 'Bologna' },
  placeCode: 'A944',
  phonePrefix: '051',
  districts: [
    {
      number: 1,
      name: 'Quartiere Borgo Panigale-Reno – Borgo Panigale, Birra, Barca, Santa Viola',
      neighbourhoods: ['Borgo Panigale', 'Birra', 'Barca', 'Santa Viola'],
      streets: ['Via Marco Emilio Lepido', 'Via Battindarno', 'Via Emilia Ponente', 'Via Normandia', 'Via Agucchi'],
      postcodes: ['40132', '40133'],
      centre: [44.503, 11.275],
      adjacent: [2, 3],
    },
    {
      number: 2,
      name: 'Quartiere Navile – Bolognina, Corticella, Lame',
      neighbourhoods: ['Bolognina', 'Corticella', 'Lame'],
      streets: ['Via di Corticella', 'Via Ferrarese', 'Via Matteotti', 'Via dell’Arcoveggio', 'Via di Saliceto'],
      postcodes: ['40128', '40129', '40131'],
      centre: [44.525, 11.345],
      adjacent: [1, 3, 4, 5],
    },
    {
      number: 3,
      name: 'Quartiere Porto-Saragozza – Porto, Saragozza, Marconi, Costa',
      neighbourhoods: ['Porto', 'Saragozza', 'Marconi', 'Costa'],
      streets: ['Via Saragozza', 'Via del Pratello', 'Via Andrea Costa', 'Via San Felice', 'Via Sabotino'],
      postcodes: ['40122', '40123', '40134', '40135'],
      centre: [44.49, 11.315],
      adjacent: [1, 2, 5],
    },
    {
      number: 4,
      name: 'Quartiere San Donato-San Vitale – San Donato, San Vitale, Pilastro, Scandellara',
      neighbourhoods: ['San Donato', 'San Vitale', 'Pilastro', 'Scandellara'],
      streets: ['Via San Donato', 'Via Massarenti', 'Via del Pilastro', 'Via Enrico Mattei', 'Via Scandellara'],
      postcodes: ['40126', '40127', '40138'],
      centre: [44.505, 11.385],
      adjacent: [2, 5, 6],
    },
    {
      number: 5,
      name: 'Quartiere Santo Stefano – Galvani, Irnerio, Murri, Colli',
      neighbourhoods: ['Galvani', 'Irnerio', 'Murri', 'Colli'],
      streets: ['Via Santo Stefano', 'Via Murri', 'Strada Maggiore', 'Via Castiglione', 'Via Irnerio'],
      postcodes: ['40124', '40125', '40136'],
      centre: [44.48, 11.355],
      adjacent: [2, 3, 4, 6],
    },
    {
      number: 6,
      name: 'Quartiere Savena – Mazzini, Fossolo, San Ruffillo',
      neighbourhoods: ['Mazzini', 'Fossolo', 'San Ruffillo'],
      streets: ['Via Emilia Levante', 'Via Toscana', 'Via Populonia', 'Via Faenza', 'Via Lombardia'],
      postcodes: ['40137', '40139', '40141'],
      centre: [44.475, 11.39],
      adjacent: [4, 5],
    },
  ],
  desks: [
    { district: 2, neighbourhood: 'Bolognina', street: 'Via di Saliceto 5' },
    { district: 2, neighbourhood: 'Corticella', street: 'Via di Corticella 181' },
    { district: 2, neighbourhood: 'Lame', street: 'Via Marco Polo 53' },
    { district: 1, neighbourhood: 'Borgo Panigale', street: 'Via Marco Emilio Lepido 25' },
    { district: 1, neighbourhood: 'Barca', street: 'Via Battindarno 123' },
    { district: 3, neighbourhood: 'Saragozza', street: 'Via Saragozza 100' },
    { district: 3, neighbourhood: 'Porto', street: 'Via del Pratello 53' },
    { district: 4, neighbourhood: 'Pilastro', street: 'Via del Pilastro 5' },
    { district: 4, neighbourhood: 'San Donato', street: 'Piazza Spadolini 7' },
    { district: 5, neighbourhood: 'Santo Stefano', street: 'Via Santo Stefano 119' },
    { district: 5, neighbourhood: 'Murri', street: 'Via Murri 86' },
    { district: 6, neighbourhood: 'Mazzini', street: 'Via Faenza 4' },
    { district: 6, neighbourhood: 'San Ruffillo', street: 'Via Toscana 19' },
  ],
  resident: { street: 'Via di Corticella 80', postcode: '40128', district: 2 },
  worksMainlyIn: {
    it: (districts) => `nei quartieri ${districts.map(ownName).join(', ')}`,
    en: (districts) => `in the ${districts.map(ownName).join(', ')} districts`,
  },
}
