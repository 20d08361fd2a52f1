import { label } from './language'

/** The words of the insights page in the admin. */
export const INSIGHTS_TEXT = {
  title: label('Analisi della domanda', 'Demand insights'),
  intro: label(
    'Che cosa cercano e chiedono i residenti, che cosa trovano e che cosa ne è stato: per programmare i servizi dove mancano.',
    'What residents look for and ask for, what they find and what became of it: to plan services where they are missing.',
  ),
  refreshed: label(
    'Dati aggiornati al {{when}}; si aggiornano ogni quarto d’ora.',
    'Figures as of {{when}}; they refresh every quarter of an hour.',
  ),
  neverRefreshed: label(
    'I dati non sono ancora stati calcolati: lo saranno entro un quarto d’ora.',
    'The figures have not been computed yet: they will be within a quarter of an hour.',
  ),
  refreshNow: label('Aggiorna ora', 'Update now'),
  onlyAdmins: label('Le analisi sono riservate allo staff WeMi.', 'Insights are for WeMi staff only.'),
  filters: label('Filtri', 'Filters'),
  from: label('Dal', 'From'),
  to: label('Al', 'To'),
  district: label('{{DistrictWord}}', '{{DistrictWord}}'),
  category: label('Categoria o area', 'Category or area'),
  targetGroup: label('Destinatari', 'Target group'),
  all: label('Tutti', 'All'),
  allCategories: label('Tutte', 'All'),
  apply: label('Applica i filtri', 'Apply the filters'),
  targetGroupNote: label(
    'Il filtro sui destinatari vale per le ricerche: bisogni segnalati e richieste non li indicano.',
    'The target-group filter applies to searches: reported needs and requests do not record one.',
  ),
  indicators: label('Indicatori del periodo', 'Indicators for the period'),
  peopleServed: label('Persone servite', 'People served'),
  peopleSplit: label('{{new}} nuove, {{returning}} che tornano', '{{new}} new, {{returning}} returning'),
  deliveredShared: label('Servizi erogati in forma condivisa', 'Services delivered in shared form'),
  jobsCreated: label('Posti di lavoro creati (assunzioni)', 'Jobs created (hires)'),
  vouchersSpent: label('Spesa pubblica con voucher', 'Public money spent with vouchers'),
  coverage: label('{{DistrictsWord}} raggiunti dall’offerta', '{{DistrictsWord}} the offer reaches'),
  coverageValue: label('{{covered}} su {{all}}', '{{covered}} of {{all}}'),
  none: label('nessun dato', 'no data'),
  weeklyChart: label('Domanda per settimana', 'Demand by week'),
  weeklyChartDescription: label(
    'Ricerche, bisogni segnalati e richieste di ogni settimana del periodo; i valori sono nella tabella qui sotto.',
    'Searches, reported needs and requests in each week of the period; the figures are in the table below.',
  ),
  searches: label('Ricerche', 'Searches'),
  needs: label('Bisogni segnalati', 'Reported needs'),
  requests: label('Richieste', 'Requests'),
  unmetChart: label('Le ricerche più frustrate', 'The most frustrated searches'),
  downloadCsv: label('Scarica in CSV', 'Download as CSV'),
  noRows: label('Nessun dato per questi filtri.', 'No figures for these filters.'),
  moreRows: label(
    'Sono mostrate le prime {{shown}} righe di {{all}}: il CSV le contiene tutte.',
    'The first {{shown}} rows of {{all}} are shown: the CSV holds them all.',
  ),
  navLink: label('Analisi della domanda', 'Demand insights'),
}
