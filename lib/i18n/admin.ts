import type { Bilingual } from './language'
import { RECEIPT_TEXT } from './messages'

/** The admin's own screens, one table each. The rules' messages are in ./messages. */

/** The conversation panel of a request (ThreadPanel). */
export const THREAD_PANEL_TEXT = {
  loading: { it: 'Caricamento…', en: 'Loading…' },
  request: { it: 'Richiesta', en: 'Request' },
  status: { it: 'Stato', en: 'Status' },
  from: { it: 'Da', en: 'From' },
  for: { it: 'Per', en: 'For' },
  where: { it: 'Dove', en: 'Where' },
  when: { it: 'Quando', en: 'When' },
  notes: { it: 'Note del cittadino', en: 'The resident’s notes' },
  answerBy: { it: 'Rispondere entro', en: 'Answer by' },
  payBy: { it: 'Pagamento atteso entro', en: 'Payment expected by' },
  quotes: { it: 'Preventivi', en: 'Quotes' },
  current: { it: 'in vigore', en: 'current' },
  superseded: { it: 'sostituito', en: 'superseded' },
  validUntil: { it: 'valido fino al', en: 'valid until' },
  period: { it: 'Trimestre', en: 'Quarter' },
  conditions: { it: 'Condizioni', en: 'Conditions' },
  messages: { it: 'Messaggi', en: 'Messages' },
  noMessages: { it: 'Ancora nessun messaggio.', en: 'No messages yet.' },
  citizen: { it: 'Cittadino', en: 'Resident' },
  ente: { it: 'Ente', en: 'Organisation' },
  admin: { it: 'WeMi', en: 'WeMi' },
  payments: { it: 'Pagamenti', en: 'Payments' },
  downloadReceipt: RECEIPT_TEXT.download,
  review: { it: 'Recensione', en: 'Review' },
  amount: { it: 'Importo in euro', en: 'Amount in euros' },
  amountHint: {
    it: 'Per esempio 120 oppure 120,50. Scrivi 0 per un servizio gratuito.',
    en: 'For example 120 or 120.50. Write 0 for a free service.',
  },
  amountInvalid: { it: 'Indica un importo in euro, per esempio 120,50.', en: 'Enter an amount in euros, for example 120.50.' },
  periodStart: { it: 'Inizio del servizio', en: 'Service starts' },
  periodEnd: { it: 'Fine del servizio', en: 'Service ends' },
  attachment: { it: 'Allegato (PDF o immagine, massimo 5 MB)', en: 'Attachment (PDF or image, 5 MB at most)' },
  reason: { it: 'Motivo', en: 'Reason' },
  message: { it: 'Messaggio', en: 'Message' },
  refundAmount: { it: 'Importo da rimborsare in euro (vuoto: tutto)', en: 'Amount to refund in euros (empty: all of it)' },
  send: { it: 'Invia', en: 'Send' },
  done: { it: 'Fatto.', en: 'Done.' },
  failed: { it: 'L’operazione non è riuscita.', en: 'The operation failed.' },
  nothingToDo: { it: 'Nessuna azione possibile in questo stato.', en: 'No action is possible in this state.' },
} satisfies Record<string, Bilingual>

/** A company's welfare credit: its panel in the admin, its report and its quarterly invoice. */
export const COMPANY_TEXT = {
  loading: THREAD_PANEL_TEXT.loading,
  title: { it: 'Credito welfare', en: 'Welfare credit' },
  bought: { it: 'Acquistato', en: 'Bought' },
  given: { it: 'Assegnato ai dipendenti', en: 'Given to employees' },
  reserved: { it: 'In attesa di attivazione', en: 'Waiting to be taken up' },
  available: { it: 'Da assegnare', en: 'Left to give' },
  takeUp: {
    it: '{{takenUp}} dipendenti su {{invited}} invitati hanno attivato il credito.',
    en: '{{takenUp}} of {{invited}} invited employees have taken up the credit.',
  },
  buyHeading: { it: 'Acquista credito', en: 'Buy credit' },
  buyAmount: { it: 'Importo in euro', en: 'Amount in euros' },
  buy: { it: 'Vai al pagamento', en: 'Go to payment' },
  pendingPurchase: {
    it: 'Un pagamento di {{amount}} è in attesa di conferma.',
    en: 'A payment of {{amount}} is waiting for confirmation.',
  },
  quarter: { it: '{{n}}º trimestre {{year}}', en: 'Q{{n}} {{year}}' },
  reportHeading: { it: 'Come è stato usato nel {{period}}', en: 'How it was used in {{period}}' },
  spent: { it: 'Speso nel trimestre: {{amount}}', en: 'Spent in the quarter: {{amount}}' },
  nothingSpent: { it: 'Nessuna spesa in questo trimestre.', en: 'Nothing spent in this quarter.' },
  area: { it: 'Area di servizi', en: 'Area of services' },
  amount: { it: 'Importo', en: 'Amount' },
  share: { it: 'Quota', en: 'Share' },
  privacy: {
    it: 'Per rispetto dei dipendenti il rapporto mostra solo totali per area, e un’area solo se vi hanno speso almeno {{min}} persone: non dice mai chi ha comprato cosa.',
    en: 'Out of respect for employees the report shows only totals by area, and an area only when at least {{min}} people spent on it: it never says who bought what.',
  },
  otherServices: { it: 'Altri servizi', en: 'Other services' },
  invoices: { it: 'Fatture trimestrali', en: 'Quarterly invoices' },
  noInvoices: { it: 'Nessuna fattura: il credito non è ancora stato speso.', en: 'No invoices: the credit has not been spent yet.' },
  invoiceLink: { it: 'Fattura del {{period}} (PDF)', en: 'Invoice for {{period}} (PDF)' },
  invoiceTitle: { it: 'Fattura welfare aziendale n. {{number}}', en: 'Company welfare invoice no. {{number}}' },
  company: { it: 'Azienda', en: 'Company' },
  vatNumber: { it: 'Partita IVA', en: 'VAT number' },
  address: { it: 'Sede legale', en: 'Registered office' },
  period: { it: 'Trimestre', en: 'Quarter' },
  invoiceLines: {
    it: 'Credito welfare speso dai dipendenti, per area di servizi',
    en: 'Welfare credit spent by employees, by area of services',
  },
  invoiceTotal: { it: 'Totale del trimestre', en: 'Total for the quarter' },
  invoiceFooter: {
    it: 'Documento emesso da WeMi sul credito welfare acquistato e speso presso enti accreditati. Generato il {{date}}.',
    en: 'Document issued by WeMi on welfare credit bought and spent with accredited organisations. Generated on {{date}}.',
  },
} satisfies Record<string, Bilingual>

/** The actions panel of a temporary housing application (HousingPanel). */
export const HOUSING_PANEL_TEXT = {
  loading: THREAD_PANEL_TEXT.loading,
  title: { it: 'Azioni sulla domanda', en: 'Actions on the application' },
  unit: { it: 'Alloggio', en: 'Unit' },
  chooseUnit: { it: 'Scegli un alloggio', en: 'Choose a unit' },
  unitOption: { it: '{{name}} ({{places}} posti, fino a {{months}} mesi)', en: '{{name}} ({{places}} places, up to {{months}} months)' },
  noUnits: {
    it: 'Il tuo ente non ha alloggi visibili nel catalogo: rendine visibile uno in «Alloggi temporanei» per proporlo.',
    en: 'Your organisation has no unit shown in the catalogue: show one in “Temporary housing units” to offer it.',
  },
  startsOn: { it: 'Ingresso', en: 'Arrival' },
  endsOn: { it: 'Uscita', en: 'Departure' },
  offerHint: {
    it: 'Il nucleo ha tre giorni per rispondere; intanto l’alloggio resta riservato per quelle date.',
    en: 'The household has three days to answer; meanwhile the unit is held for those dates.',
  },
  reason: {
    it: 'Motivo, che il nucleo leggerà (almeno 10 caratteri)',
    en: 'Reason, which the household will read (at least 10 characters)',
  },
  departedOn: { it: 'Giorno dell’uscita (vuoto: oggi)', en: 'Day of departure (empty: today)' },
  done: THREAD_PANEL_TEXT.done,
  failed: THREAD_PANEL_TEXT.failed,
  nothingToDo: THREAD_PANEL_TEXT.nothingToDo,
} satisfies Record<string, Bilingual>

/** The home-care operator’s visits page (OperatorVisits, and its menu link). */
export const OPERATOR_VISITS_TEXT = {
  title: { it: 'Le mie visite', en: 'My visits' },
  intro: {
    it: 'Le visite a domicilio che il tuo ente ti ha assegnato, di oggi e dei prossimi giorni.',
    en: 'The home visits your organisation assigned to you, today and in the coming days.',
  },
  today: { it: 'Oggi', en: 'Today' },
  upcoming: { it: 'Prossime visite', en: 'Coming visits' },
  noneToday: { it: 'Nessuna visita oggi.', en: 'No visits today.' },
  noneUpcoming: { it: 'Nessuna visita nei prossimi giorni.', en: 'No visits in the coming days.' },
  onlyOperators: {
    it: 'Questa pagina è per gli operatori domiciliari degli enti.',
    en: 'This page is for the home-care operators of organisations.',
  },
  status: { it: 'Stato', en: 'Status' },
  address: { it: 'Indirizzo', en: 'Address' },
  checkedIn: { it: 'Arrivo', en: 'Checked in' },
  checkedOut: { it: 'Uscita', en: 'Checked out' },
} satisfies Record<string, Bilingual>

/** The buttons of one visit on the operator’s phone (VisitActions). */
export const VISIT_ACTIONS_TEXT = {
  checkIn: { it: 'Registra l’arrivo', en: 'Check in' },
  checkOut: { it: 'Registra l’uscita', en: 'Check out' },
  note: { it: 'Nota sulla visita', en: 'Note on the visit' },
  noteHint: {
    it: 'Che cosa hai fatto, o perché la visita non si è potuta fare. Al massimo 2000 caratteri.',
    en: 'What you did, or why the visit could not take place. 2000 characters at most.',
  },
  saveNote: { it: 'Salva la nota', en: 'Save the note' },
  saving: { it: 'Salvataggio…', en: 'Saving…' },
  checkedIn: { it: 'Arrivo registrato.', en: 'Checked in.' },
  checkedOut: { it: 'Uscita registrata.', en: 'Checked out.' },
  noteSaved: { it: 'Nota salvata.', en: 'Note saved.' },
  failed: { it: 'L’operazione non è riuscita: riprova.', en: 'The operation failed: please try again.' },
} satisfies Record<string, Bilingual>

/** One desk's day above the appointments list (DeskDay). */
export const DESK_DAY_TEXT = {
  title: { it: 'La giornata dello sportello', en: 'The desk’s day' },
  chooseDesk: { it: 'Scegli lo sportello', en: 'Choose the desk' },
  dayBefore: { it: '← Giorno prima', en: '← Day before' },
  today: { it: 'Oggi', en: 'Today' },
  dayAfter: { it: 'Giorno dopo →', en: 'Day after →' },
  noSlots: { it: 'Nessuna fascia di appuntamento in questo giorno.', en: 'No appointment slots on this day.' },
  time: { it: 'Ora', en: 'Time' },
  places: { it: 'Posti', en: 'Places' },
  whoIsComing: { it: 'Chi viene', en: 'Who is coming' },
  free: { it: 'Libera', en: 'Free' },
  attended: { it: '{{name}}: presente', en: '{{name}}: came' },
  missed: { it: '{{name}}: non presentato/a', en: '{{name}}: did not come' },
} satisfies Record<string, Bilingual>

/** The link above the voucher transactions (VoucherExportLink). */
export const VOUCHER_EXPORT_TEXT = {
  download: { it: 'Scarica tutte le transazioni (CSV)', en: 'Download all transactions (CSV)' },
} satisfies Record<string, Bilingual>

/** An amount typed in euros (MoneyField). */
export const MONEY_FIELD_TEXT = {
  placeholder: { it: 'es. 22 o 17,50', en: 'e.g. 22 or 17.50' },
} satisfies Record<string, Bilingual>

/**
 * Payload's own wording where its dictionaries write Title Case ("Salva Bozza") or give a
 * collection's name a gender and number it may not have ("Notizia creato", "1 recensioni"):
 * the same messages, in sentence case and worded so that any collection name fits.
 */
export const PAYLOAD_WORDING = {
  'authentication:alreadyActivated': { it: 'Già attivato', en: 'Already activated' },
  'authentication:changePassword': { it: 'Cambia la password', en: 'Change the password' },
  'authentication:confirmPassword': { it: 'Conferma la password', en: 'Confirm the password' },
  'authentication:emailSent': { it: 'E-mail inviata', en: 'E-mail sent' },
  'authentication:forceUnlock': { it: 'Sblocca l’account', en: 'Unlock the account' },
  'authentication:forgotPassword': { it: 'Password dimenticata', en: 'Forgotten password' },
  'authentication:lockUntil': { it: 'Bloccato fino al', en: 'Locked until' },
  'authentication:loginAttempts': { it: 'Tentativi di accesso', en: 'Sign-in attempts' },
  'authentication:logBackIn': { it: 'Accedi di nuovo', en: 'Sign in again' },
  'authentication:newPassword': { it: 'Nuova password', en: 'New password' },
  'authentication:resetPassword': { it: 'Reimposta la password', en: 'Reset the password' },
  'authentication:resetYourPassword': { it: 'Reimposta la tua password', en: 'Reset your password' },
  'authentication:verifyUser': { it: 'Verifica l’utente', en: 'Verify the user' },
  'general:addFilter': { it: 'Aggiungi un filtro', en: 'Add a filter' },
  'general:adminTheme': { it: 'Tema del pannello', en: 'Panel theme' },
  'general:backToDashboard': { it: 'Torna alla dashboard', en: 'Back to the dashboard' },
  'general:clearAll': { it: 'Cancella tutto', en: 'Clear all' },
  'general:columnToSort': { it: 'Colonna da ordinare', en: 'Column to sort by' },
  'general:createdAt': { it: 'Creato il', en: 'Created on' },
  'general:createNew': { it: 'Crea nuovo', en: 'Create new' },
  'general:createNewLabel': { it: 'Aggiungi: {{label}}', en: 'Add: {{label}}' },
  'general:creatingNewLabel': { it: 'Nuovo elemento: {{label}}', en: 'New item: {{label}}' },
  'general:deletedAt': { it: 'Eliminato il', en: 'Deleted on' },
  'general:deletedCountSuccessfully': { it: 'Eliminati: {{count}} ({{label}}).', en: 'Deleted: {{count}} ({{label}}).' },
  'general:editAll': { it: 'Modifica tutto', en: 'Edit all' },
  'general:emailAddress': { it: 'Indirizzo e-mail', en: 'E-mail address' },
  'general:lastModified': { it: 'Ultima modifica', en: 'Last changed' },
  'general:newLabel': { it: 'Nuovo elemento: {{label}}', en: 'New item: {{label}}' },
  'general:newPassword': { it: 'Nuova password', en: 'New password' },
  'general:noResults': {
    it: 'Nessun risultato in «{{label}}»: non ce ne sono ancora, oppure nessuno corrisponde ai filtri indicati sopra.',
    en: 'Nothing in “{{label}}”: there is none yet, or none matches the filters above.',
  },
  'general:notFound': { it: 'Non trovato', en: 'Not found' },
  'general:perPage': { it: 'Per pagina: {{limit}}', en: 'Per page: {{limit}}' },
  'general:permanentlyDelete': { it: 'Elimina definitivamente', en: 'Delete permanently' },
  'general:saveChanges': { it: 'Salva le modifiche', en: 'Save the changes' },
  'general:selectAll': { it: 'Seleziona tutti ({{count}})', en: 'Select all ({{count}})' },
  'general:selectedCount': { it: 'Selezionati: {{count}}', en: 'Selected: {{count}}' },
  'general:showAllLabel': { it: 'Mostra tutto: {{label}}', en: 'Show all: {{label}}' },
  'general:successfullyCreated': { it: 'Creazione riuscita ({{label}}).', en: '{{label}} created.' },
  'general:successfullyDuplicated': { it: 'Copia salvata ({{label}}).', en: 'Copy saved ({{label}}).' },
  'general:titleDeleted': { it: 'Eliminato: {{label}} «{{title}}».', en: 'Deleted: {{label}} “{{title}}”.' },
  'general:updatedAt': { it: 'Modificato il', en: 'Changed on' },
  'general:updatedCountSuccessfully': { it: 'Modifiche salvate: {{count}} ({{label}}).', en: 'Changes saved: {{count}} ({{label}}).' },
  'general:updatedLabelSuccessfully': { it: 'Modifiche salvate ({{label}}).', en: 'Changes saved ({{label}}).' },
  'general:upcomingEvents': { it: 'Prossimi eventi', en: 'Upcoming events' },
  'fields:addNewLabel': { it: 'Aggiungi: {{label}}', en: 'Add: {{label}}' },
  'fields:addRelationship': { it: 'Aggiungi un collegamento', en: 'Add a link' },
  'fields:editRelationship': { it: 'Modifica il collegamento', en: 'Edit the link' },
  'fields:newLabel': { it: 'Nuovo elemento: {{label}}', en: 'New item: {{label}}' },
  'fields:relatedDocument': { it: 'Documento collegato', en: 'Linked document' },
  'fields:removeRelationship': { it: 'Rimuovi il collegamento', en: 'Remove the link' },
  'fields:removeUpload': { it: 'Rimuovi il file', en: 'Remove the file' },
  'fields:swapRelationship': { it: 'Cambia il collegamento', en: 'Change the link' },
  'fields:swapUpload': { it: 'Cambia il file', en: 'Change the file' },
  'fields:uploadNewLabel': { it: 'Carica un file: {{label}}', en: 'Upload a file: {{label}}' },
  'fields:addLink': { it: 'Aggiungi un link', en: 'Add a link' },
  'fields:editLink': { it: 'Modifica il link', en: 'Edit the link' },
  'upload:addFiles': { it: 'Aggiungi file', en: 'Add files' },
  'upload:bulkUpload': { it: 'Carica più file', en: 'Upload several files' },
  'upload:fileName': { it: 'Nome del file', en: 'File name' },
  'upload:fileSize': { it: 'Dimensione del file', en: 'File size' },
  'upload:focalPoint': { it: 'Punto focale', en: 'Focal point' },
  'upload:pasteURL': { it: 'Incolla un indirizzo web', en: 'Paste a web address' },
  'upload:previewSizes': { it: 'Dimensioni delle anteprime', en: 'Preview sizes' },
  'version:compareVersions': { it: 'Confronta le versioni', en: 'Compare the versions' },
  'version:currentDraft': { it: 'Bozza attuale', en: 'Current draft' },
  'version:currentlyPublished': { it: 'Pubblicato ora', en: 'Published now' },
  'version:currentPublishedVersion': { it: 'Versione pubblicata ora', en: 'Version published now' },
  'version:noRowsFound': { it: 'Nessun risultato ({{label}})', en: 'Nothing found ({{label}})' },
  'version:previousVersion': { it: 'Versione precedente', en: 'Previous version' },
  'version:previouslyDraft': { it: 'Prima era una bozza', en: 'Previously a draft' },
  'version:previouslyPublished': { it: 'Pubblicato in precedenza', en: 'Previously published' },
  'version:saveDraft': { it: 'Salva la bozza', en: 'Save the draft' },
  'version:schedulePublish': { it: 'Programma la pubblicazione', en: 'Schedule the publication' },
  'version:specificVersion': { it: 'Versione specifica', en: 'Specific version' },
  'error:noUser': { it: 'Nessun utente', en: 'No user' },
} satisfies Record<`${string}:${string}`, Bilingual>

/** The buttons of the lifecycle's actions in a request's panel, as people name what they do. */
export const THREAD_ACTION_BUTTONS = {
  quote: { it: 'Invia un preventivo', en: 'Send a quote' },
  requote: { it: 'Aggiorna il preventivo', en: 'Update the quote' },
  decline: { it: 'Rifiuta la richiesta', en: 'Decline the request' },
  message: { it: 'Scrivi un messaggio', en: 'Write a message' },
  accept: { it: 'Accetta il preventivo', en: 'Accept the quote' },
  checkout: { it: 'Paga online', en: 'Pay online' },
  'pay-voucher': { it: 'Paga con il voucher', en: 'Pay with the voucher' },
  'pay-voucher-agreed': { it: 'Paga con il voucher e il resto come concordato', en: 'Pay with the voucher and the rest as agreed' },
  pay: { it: 'Registra il pagamento online', en: 'Record the online payment' },
  'release-checkout': { it: 'Chiudi il pagamento online non completato', en: 'Close the unfinished online payment' },
  'confirm-payment': { it: 'Conferma il pagamento ricevuto', en: 'Confirm the payment received' },
  cancel: { it: 'Annulla la richiesta', en: 'Cancel the request' },
  deliver: { it: 'Segna il servizio come erogato', en: 'Mark the service as delivered' },
  review: { it: 'Scrivi una recensione', en: 'Write a review' },
  'close-review': { it: 'Chiudi il periodo delle recensioni', en: 'Close the review window' },
  dispute: { it: 'Contesta il servizio', en: 'Dispute the service' },
  resolve: { it: 'Chiudi la contestazione senza rimborso', en: 'Resolve the dispute without a refund' },
  refund: { it: 'Rimborsa il pagamento', en: 'Refund the payment' },
  expire: { it: 'Fai scadere la richiesta senza risposta', en: 'Expire the unanswered request' },
  'expire-quote': { it: 'Fai scadere il preventivo', en: 'Expire the quote' },
  'expire-payment': { it: 'Fai scadere il pagamento atteso', en: 'Expire the awaited payment' },
} satisfies Record<string, Bilingual>

/** A shared group's panel in the admin (GroupPanel): its facts, its families, its messages, its history. */
export const GROUP_PANEL_TEXT = {
  loading: THREAD_PANEL_TEXT.loading,
  group: { it: 'Gruppo', en: 'Group' },
  status: THREAD_PANEL_TEXT.status,
  service: { it: 'Servizio', en: 'Service' },
  organisation: { it: 'Ente', en: 'Organisation' },
  schedule: { it: 'Giorni e fasce orarie', en: 'Days and time bands' },
  startDate: THREAD_PANEL_TEXT.periodStart,
  endDate: THREAD_PANEL_TEXT.periodEnd,
  joinBy: { it: 'Adesioni entro', en: 'Join by' },
  decideBy: { it: 'Decisione delle famiglie entro', en: 'Families decide by' },
  families: { it: 'Famiglie nel gruppo', en: 'Families in the group' },
  familiesCount: { it: '{{count}} (minimo {{min}}, massimo {{max}})', en: '{{count}} (at least {{min}}, at most {{max}})' },
  price: { it: 'Prezzo attuale a famiglia', en: 'Current price per family' },
  priceTable: { it: 'Prezzo a famiglia secondo il numero di famiglie', en: 'Price per family by number of families' },
  oneFamily: { it: '1 famiglia: {{price}}', en: '1 family: {{price}}' },
  someFamilies: { it: '{{people}} famiglie: {{price}}', en: '{{people}} families: {{price}}' },
  description: { it: 'Descrizione pubblica', en: 'Public description' },
  note: { it: 'Motivazione', en: 'Reason' },
  members: { it: 'Le famiglie', en: 'The families' },
  noMembers: { it: 'Nessuna famiglia nel gruppo.', en: 'No family in the group.' },
  memberName: { it: 'Nome', en: 'Name' },
  memberStatus: THREAD_PANEL_TEXT.status,
  joinedOn: { it: 'Aderito il', en: 'Joined on' },
  accepted: { it: 'Prezzo accettato', en: 'Price accepted' },
  charged: { it: 'Prezzo da pagare', en: 'Price to pay' },
  share: { it: 'Quota per il periodo', en: 'Share for the period' },
  units: { it: 'Quantità per famiglia nel periodo ({{quantity}})', en: 'Quantity per family in the period ({{quantity}})' },
  unitsHint: {
    it: 'La quota di ogni famiglia è il suo prezzo {{unit}} per questa quantità.',
    en: 'Each family’s share is its price {{unit}} times this quantity.',
  },
  quantity: { it: 'Quantità per famiglia', en: 'Quantity per family' },
  thread: { it: 'Richiesta per il pagamento', en: 'Request for the payment' },
  namesAfterConfirmation: {
    it: 'I nomi completi delle famiglie e le loro richieste compaiono quando l’ente conferma il gruppo.',
    en: 'The families’ full names and their requests appear once the organisation confirms the group.',
  },
  messages: THREAD_PANEL_TEXT.messages,
  noMessages: THREAD_PANEL_TEXT.noMessages,
  history: { it: 'Storia del gruppo', en: 'The group’s history' },
  noHistory: { it: 'Nessuna operazione registrata.', en: 'Nothing recorded.' },
  system: { it: 'Il sistema', en: 'The system' },
  fromTo: { it: 'da «{{from}}» a «{{to}}»', en: 'from “{{from}}” to “{{to}}”' },
  reason: THREAD_PANEL_TEXT.reason,
  message: THREAD_PANEL_TEXT.message,
  member: { it: 'Famiglia', en: 'Family' },
  chooseMember: { it: 'Scegli la famiglia', en: 'Choose the family' },
  confirmHint: {
    it: 'Ogni famiglia riceve una richiesta con la sua quota, da pagare come ogni altra.',
    en: 'Each family receives a request with its share, to pay like any other.',
  },
  send: THREAD_PANEL_TEXT.send,
  done: THREAD_PANEL_TEXT.done,
  failed: THREAD_PANEL_TEXT.failed,
  nothingToDo: THREAD_PANEL_TEXT.nothingToDo,
  notFound: { it: 'Questo gruppo non è disponibile.', en: 'This group is not available.' },
} satisfies Record<string, Bilingual>

/** What each state of a group means for the staff who read it, in a sentence. */
export const GROUP_STATE_EXPLAINED = {
  open: { it: 'Le famiglie possono aderire fino al {{joinBy}}.', en: 'Families may join until {{joinBy}}.' },
  'awaiting-ente': {
    it: 'Il gruppo ha il numero minimo di famiglie: l’ente lo conferma indicando inizio e fine del servizio e la quantità per famiglia, oppure lo rifiuta spiegando perché.',
    en: 'The group has its minimum of families: the organisation confirms it with the service’s start and end and the quantity per family, or declines it saying why.',
  },
  deciding: {
    it: 'Alla scadenza le famiglie erano meno del minimo: ognuna decide entro il {{decideBy}} se proseguire al prezzo per il numero attuale.',
    en: 'At the deadline there were fewer families than the minimum: each decides by {{decideBy}} whether to go ahead at the price for the current number.',
  },
  confirmed: {
    it: 'L’ente ha confermato il gruppo: ogni famiglia paga la sua quota dalla propria richiesta.',
    en: 'The organisation confirmed the group: each family pays its share from its own request.',
  },
  active: { it: 'Il servizio del gruppo è in corso.', en: 'The group’s service is under way.' },
  completed: { it: 'Il servizio del gruppo è concluso.', en: 'The group’s service is over.' },
  declined: {
    it: 'L’ente ha rifiutato il gruppo: nessuna famiglia ha pagato.',
    en: 'The organisation declined the group: no family paid.',
  },
  dissolved: { it: 'Il gruppo si è sciolto: nessuna famiglia ha pagato.', en: 'The group dissolved: no family paid.' },
} satisfies Record<string, Bilingual>

/** What happened to a group, one line of its history per action of its lifecycle. */
export const GROUP_HISTORY_TEXT = {
  open: { it: 'Gruppo aperto', en: 'Group opened' },
  join: { it: 'Adesione di una famiglia', en: 'A family joined' },
  leave: { it: 'Uscita di una famiglia', en: 'A family left' },
  'remove-member': { it: 'Famiglia tolta dal gruppo', en: 'A family removed from the group' },
  confirm: { it: 'Gruppo confermato dall’ente', en: 'Group confirmed by the organisation' },
  decline: { it: 'Gruppo rifiutato dall’ente', en: 'Group declined by the organisation' },
  message: { it: 'Messaggio al gruppo', en: 'Message to the group' },
  deadline: { it: 'Scadenza delle adesioni', en: 'Joining deadline reached' },
  'go-ahead': { it: 'Prezzo per il numero attuale accettato', en: 'Price for the current number accepted' },
  refuse: { it: 'Rinuncia di una famiglia', en: 'A family gave up' },
  dissolve: { it: 'Gruppo sciolto: le famiglie non hanno risposto in tempo', en: 'Group dissolved: the families did not answer in time' },
  expire: { it: 'Gruppo sciolto: l’ente non ha risposto in tempo', en: 'Group dissolved: the organisation did not answer in time' },
  activate: { it: 'Servizio avviato: le quote sono pagate', en: 'Service started: the shares are paid' },
  complete: { it: 'Servizio concluso', en: 'Service completed' },
  close: { it: 'Gruppo chiuso da WeMi', en: 'Group closed by WeMi' },
} satisfies Record<string, Bilingual>

/** The buttons of the group lifecycle's actions, as people name what they do. */
export const GROUP_ACTION_BUTTONS = {
  join: { it: 'Entra nel gruppo', en: 'Join the group' },
  leave: { it: 'Esci dal gruppo', en: 'Leave the group' },
  'remove-member': { it: 'Togli una famiglia dal gruppo', en: 'Remove a family from the group' },
  confirm: { it: 'Conferma il gruppo', en: 'Confirm the group' },
  decline: { it: 'Rifiuta il gruppo', en: 'Decline the group' },
  message: { it: 'Scrivi al gruppo', en: 'Write to the group' },
  deadline: { it: 'Chiudi le adesioni alla scadenza', en: 'Close joining at the deadline' },
  'go-ahead': { it: 'Accetta il prezzo e prosegui', en: 'Accept the price and go ahead' },
  refuse: { it: 'Rinuncia al gruppo', en: 'Give up the group' },
  dissolve: { it: 'Sciogli il gruppo senza risposta', en: 'Dissolve the group without an answer' },
  expire: { it: 'Fai scadere il gruppo non confermato', en: 'Expire the unconfirmed group' },
  release: { it: 'Fai uscire chi ha annullato la quota', en: 'Let out who cancelled their share' },
  activate: { it: 'Avvia il gruppo', en: 'Start the group' },
  complete: { it: 'Concludi il gruppo', en: 'Complete the group' },
  close: { it: 'Chiudi il gruppo', en: 'Close the group' },
} satisfies Record<string, Bilingual>

/** The validation buttons in a service's or an organisation's sidebar (WorkflowActions). */
export const WORKFLOW_ACTIONS_TEXT = {
  title: { it: 'Validazione', en: 'Validation' },
  submitService: { it: 'Invia a WeMi per la validazione', en: 'Send to WeMi for validation' },
  submitOrganisation: { it: 'Invia a WeMi per l’accreditamento', en: 'Send to WeMi for accreditation' },
  approve: { it: 'Approva', en: 'Approve' },
  requestChanges: { it: 'Chiedi correzioni', en: 'Ask for corrections' },
  comment: { it: 'Commento per l’ente', en: 'Comment to the organisation' },
  commentHint: {
    it: 'Obbligatorio per chiedere correzioni. L’ente lo riceve per e-mail.',
    en: 'Required to ask for corrections. The organisation receives it by e-mail.',
  },
  saveFirst: {
    it: 'Salva le modifiche prima di inviare: si invia la versione salvata.',
    en: 'Save your changes before sending: the saved version is what is sent.',
  },
  submitted: { it: 'Inviato a WeMi. Riceverai l’esito per e-mail.', en: 'Sent to WeMi. You will receive the outcome by e-mail.' },
  approved: { it: 'Approvato. L’ente riceve un’e-mail.', en: 'Approved. The organisation receives an e-mail.' },
  changesRequested: {
    it: 'Correzioni chieste. L’ente riceve un’e-mail.',
    en: 'Corrections asked for. The organisation receives an e-mail.',
  },
  waiting: { it: 'In attesa della decisione di WeMi.', en: 'Waiting for WeMi’s decision.' },
  failed: { it: 'L’operazione non è riuscita: riprova.', en: 'The operation failed: please try again.' },
} satisfies Record<string, Bilingual>

/** What each role has to do today, above the dashboard (TodayQueues). */
export const TODAY_QUEUES_TEXT = {
  title: { it: 'Da fare oggi', en: 'To do today' },
  servicesToValidate: { it: 'Servizi in attesa di validazione', en: 'Services waiting for validation' },
  entiToAccredit: { it: 'Enti in attesa di accreditamento', en: 'Organisations waiting for accreditation' },
  reviewsToModerate: { it: 'Recensioni da moderare', en: 'Reviews to moderate' },
  disputes: { it: 'Richieste contestate da risolvere', en: 'Disputed requests to settle' },
  needsToReview: { it: 'Bisogni segnalati da esaminare', en: 'Reported needs to examine' },
  reportsToAnswer: { it: 'Segnalazioni di disservizio a cui rispondere', en: 'Inefficiency reports to answer' },
  voucherImports: { it: 'Importazioni di voucher fatte oggi', en: 'Voucher imports done today' },
  groupsForming: { it: 'Gruppi condivisi in formazione', en: 'Shared groups being formed' },
  workersToAssess: { it: 'Candidature di lavoratori da valutare', en: 'Worker applications to assess' },
  familiesToMatch: { it: 'Richieste di famiglie da abbinare', en: 'Family requests to match' },
  careJobsThisYear: { it: 'Assunzioni (posti di lavoro creati) quest’anno', en: 'Hires (jobs created) this year' },
  requestsToQuote: { it: 'Richieste in attesa di preventivo', en: 'Requests waiting for a quote' },
  quotesExpiring: { it: 'Preventivi che scadono entro dopodomani', en: 'Quotes expiring by the day after tomorrow' },
  groupsToConfirm: { it: 'Gruppi da confermare', en: 'Groups to confirm' },
  quotesToPlan: { it: 'Preventivi accettati da pianificare', en: 'Accepted quotes to plan' },
  visitsToday: { it: 'Visite di oggi', en: 'Today’s visits' },
  servicesToCorrect: { it: 'Servizi rimandati per correzioni', en: 'Services sent back for corrections' },
  appointmentsToday: { it: 'Appuntamenti di oggi allo sportello', en: 'Today’s appointments at the desk' },
  citizensHelpedThisWeek: { it: 'Cittadini aiutati allo sportello questa settimana', en: 'Citizens helped at the desk this week' },
  draftPages: { it: 'Pagine in bozza', en: 'Draft pages' },
  draftNews: { it: 'Notizie in bozza', en: 'Draft news' },
  draftFaqs: { it: 'Domande frequenti in bozza', en: 'Draft FAQs' },
  scheduledPages: { it: 'Pagine programmate', en: 'Scheduled pages' },
  scheduledNews: { it: 'Notizie programmate', en: 'Scheduled news' },
  scheduledFaqs: { it: 'Domande frequenti programmate', en: 'Scheduled FAQs' },
  rating: { it: 'Valutazione del tuo ente', en: 'Your organisation’s rating' },
  ratingFigure: { it: '{{average}} su 5 · {{count}} recensioni', en: '{{average}} out of 5 · {{count}} reviews' },
  ratingFigureOne: { it: '{{average}} su 5 · 1 recensione', en: '{{average}} out of 5 · 1 review' },
  noReviews: { it: 'Nessuna recensione', en: 'No reviews yet' },
  open: { it: 'Apri l’elenco', en: 'Open the list' },
} satisfies Record<string, Bilingual>

/** The ranked workers on a family's care-work request (CareMatches). */
export const CARE_MATCHES_TEXT = {
  title: { it: 'Lavoratori idonei per questa richiesta', en: 'Suitable workers for this request' },
  loading: { it: 'Ricerca dei lavoratori…', en: 'Finding workers…' },
  incomplete: {
    it: 'La richiesta non dice ancora figura, modalità e zona: non si può cercare.',
    en: 'The request does not yet say the job, arrangement and area: nothing to search for.',
  },
  none: {
    it: 'Nessun lavoratore idoneo passa i filtri (figura, modalità, zona, giorni e fasce).',
    en: 'No suitable worker passes the filters (job, arrangement, area, days and times).',
  },
  explained: {
    it: 'Solo chi fa questo lavoro, in questa zona, con questa modalità e almeno una fascia in comune. Il punteggio (su 100) somma i motivi elencati.',
    en: 'Only people who do this job, in this area, in this arrangement and with at least one time in common. The score (out of 100) adds up the reasons listed.',
  },
  rank: { it: 'Posizione', en: 'Rank' },
  worker: { it: 'Lavoratore', en: 'Worker' },
  score: { it: 'Punteggio', en: 'Score' },
  reasons: { it: 'Motivi', en: 'Reasons' },
  propose: { it: 'Proponi alla famiglia', en: 'Propose to the family' },
  proposed: { it: 'Proposta', en: 'Proposed' },
  done: { it: '{{name}} è stata proposta alla famiglia.', en: '{{name}} has been proposed to the family.' },
  failed: { it: 'La proposta non è riuscita: riprova.', en: 'The proposal failed: please try again.' },
} satisfies Record<string, Bilingual>

/** The ente's payout account on its organisation's payments tab (PaymentAccountPanel). */
export const PAYMENT_ACCOUNT_TEXT = {
  title: { it: 'Conto di pagamento', en: 'Payment account' },
  none: {
    it: 'L’ente non ha ancora collegato un conto di pagamento: i pagamenti online restano a WeMi, che li gira all’ente.',
    en: 'The organisation has not connected a payment account yet: online payments stay with WeMi, which passes them on.',
  },
  pending: {
    it: 'Il conto di pagamento è in attesa: completa i dati richiesti da Stripe. Fino ad allora i cittadini non possono pagare online.',
    en: 'The payment account is pending: complete the details Stripe asks for. Until then residents cannot pay online.',
  },
  enabled: {
    it: 'Il conto di pagamento è attivo: i pagamenti online arrivano all’ente.',
    en: 'The payment account is active: online payments reach the organisation.',
  },
  restricted: {
    it: 'Il conto di pagamento è limitato da Stripe: riapri la procedura per completare i dati mancanti.',
    en: 'The payment account is restricted by Stripe: open the procedure again to complete what is missing.',
  },
  checking: { it: 'Verifica dello stato del conto presso Stripe…', en: 'Checking the account’s state with Stripe…' },
  expired: {
    it: 'Il collegamento alla procedura di Stripe è scaduto o è già stato usato: riaprila da qui.',
    en: 'The link to Stripe’s procedure has expired or was already used: open it again from here.',
  },
  connect: { it: 'Collega il conto di pagamento', en: 'Connect the payment account' },
  resume: { it: 'Completa il conto di pagamento', en: 'Complete the payment account' },
  opening: { it: 'Apertura della procedura di Stripe…', en: 'Opening Stripe’s procedure…' },
  failed: {
    it: 'Non è stato possibile aprire la procedura: riprova tra poco.',
    en: 'The procedure could not be opened: please try again shortly.',
  },
  explained: {
    it: 'La procedura si apre sulla pagina sicura di Stripe: l’ente vi indica l’IBAN e il rappresentante legale, poi torna qui.',
    en: 'The procedure opens on Stripe’s secure page: the organisation gives its IBAN and legal representative there, then comes back here.',
  },
} satisfies Record<string, Bilingual>
