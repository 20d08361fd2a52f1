import { label } from './language'

/** The words of the public open-data page. */
export const OPEN_DATA_TEXT = {
  title: label('Dati aperti', 'Open data'),
  intro: label(
    'Che cosa cercano e chiedono i residenti e che cosa offre la rete dei servizi: gli stessi dati che la città usa per programmare, resi anonimi e liberi di essere riusati.',
    'What residents look for and ask for, and what the network of services offers: the same figures the city plans with, anonymised and free to reuse.',
  ),
  licence: label('Licenza', 'Licence'),
  licenceText: label(
    'Puoi copiare, distribuire e modificare questi dati, anche per fini commerciali, citando la fonte: «{{publisher}}, WeMi».',
    'You may copy, share and adapt these figures, commercially too, as long as you credit the source: “{{publisher}}, WeMi”.',
  ),
  privacy: label('Protezione dei dati personali', 'Personal data protection'),
  privacyText: label(
    'Nessun dato riguarda meno di {{min}} persone: le celle più piccole sono lasciate vuote. Nessun file riporta totali, così una cella vuota non si ricava per differenza.',
    'No figure concerns fewer than {{min}} people: smaller cells are left empty. No file carries totals, so an empty cell cannot be worked out by subtraction.',
  ),
  updated: label('Aggiornati al {{when}}.', 'Updated on {{when}}.'),
  notYet: label('I dati non sono ancora stati calcolati.', 'The figures have not been computed yet.'),
  datasets: label('I dataset', 'The datasets'),
  columns: label('Colonne', 'Columns'),
  downloadCsv: label('CSV', 'CSV'),
  downloadJson: label('JSON', 'JSON'),
  downloadOf: label('Scarica «{{title}}» in {{format}}', 'Download “{{title}}” as {{format}}'),
  catalogue: label('Catalogo dei metadati (DCAT-AP_IT, JSON-LD)', 'Metadata catalogue (DCAT-AP_IT, JSON-LD)'),
  catalogueTitle: label('Dati aperti di WeMi – {{city}}', 'WeMi open data – {{city}}'),
  suppressedNote: label('Celle vuote: meno di {{min}} persone.', 'Empty cells: fewer than {{min}} people.'),
}
