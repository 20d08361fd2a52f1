/** Milano's 9 Municipi (since 2016), with well-known neighbourhoods and real streets. */
export const DISTRICTS = [
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
export const neighbouringDistricts = (number: number): number[] =>
  number === 1 ? [2, 3, 4, 5, 6, 7, 8, 9] : [1, number === 2 ? 9 : number - 1, number === 9 ? 2 : number + 1]
