import { type Bilingual, label } from './language'

/**
 * Messages of our own rules (validation, workflows). They live beside Payload's translations
 * under the `wemi` namespace so that every error reaches the user in the request's language.
 */
export const messages = {
  slotEndsBeforeStart: label('La fascia deve finire dopo l’inizio.', 'The slot must end after it starts.'),
  slotCapacityBelowBookings: label(
    'Questa fascia ha già {{booked}} prenotazioni: i posti non possono essere meno di così.',
    'This slot already has {{booked}} bookings: it cannot have fewer places than that.',
  ),
  tooManyAttempts: label(
    'Troppi tentativi in poco tempo: per sicurezza riprova tra {{minutes}} minuti.',
    'Too many attempts in a short time: for your security, try again in {{minutes}} minutes.',
  ),
  privacyConsentRequired: label(
    'Per aprire un account occorre accettare l’informativa privacy.',
    'To open an account you need to accept the privacy notice.',
  ),
  slotAtOtherDesk: label('Puoi gestire solo le fasce del tuo Spazio WeMi.', 'You can only manage the slots of your own WeMi desk.'),
  slotHasBookings: label(
    'In questa fascia ci sono persone prenotate: annulla prima i loro appuntamenti.',
    'People are booked in this slot: cancel their appointments first.',
  ),
  slotFull: label('Questa fascia è al completo: scegli un altro orario.', 'This slot is fully booked: please choose another time.'),
  slotUnavailable: label(
    'Questa fascia non è più prenotabile: scegli un altro orario.',
    'This slot can no longer be booked: please choose another time.',
  ),
  appointmentStatusChange: label(
    'Questo cambio di stato non è possibile: un appuntamento prenotato si può annullare; solo lo sportello registra se la persona si è presentata.',
    'This status change is not possible: a booked appointment can be cancelled; only the desk records whether the person came.',
  ),
  assistanceCitizen: label('Indica il cittadino da assistere.', 'Say which citizen you are helping.'),
  assistanceReason: label(
    'Scrivi il motivo dell’assistenza (almeno 10 caratteri): resta registrato e il cittadino lo vede.',
    'Write why you are helping (at least 10 characters): it is recorded and the citizen sees it.',
  ),
  assistanceConsent: label(
    'Serve il consenso del cittadino, presente allo sportello, per aprire l’assistenza.',
    'The consent of the citizen, present at the desk, is needed to open the assistance.',
  ),
  actionNotOnBehalf: label(
    'Allo sportello non si può {{action}} per conto del cittadino: deve farlo lui o lei.',
    'At a desk you cannot {{action}} for the citizen: they must do it themselves.',
  ),
  visitThreadNotYours: label(
    'Scegli una richiesta ricevuta dal tuo ente: le visite si programmano solo per quelle.',
    'Choose a request your organisation received: visits are planned only for those.',
  ),
  visitThreadNotPaid: label(
    'Le visite si programmano solo per una richiesta accettata e pagata; questa è nello stato «{{state}}».',
    'Visits can be planned only for an accepted and paid request; this one is “{{state}}”.',
  ),
  visitOperatorInvalid: label(
    'Assegna la visita a un operatore domiciliare del tuo ente.',
    'Assign the visit to a home-care operator of your organisation.',
  ),
  visitOperatorBusy: label(
    'L’operatore ha già una visita che si sovrappone, il {{when}}: scegli un altro orario o un altro operatore.',
    'The operator already has a visit that overlaps, on {{when}}: choose another time or another operator.',
  ),
  visitEndsBeforeStart: label('La visita deve finire dopo l’inizio.', 'The visit must end after it starts.'),
  visitTooLong: label('Una visita può durare al massimo 12 ore.', 'A visit can last 12 hours at most.'),
  visitNotPlanned: label(
    'Solo una visita ancora da svolgere si può spostare o riassegnare.',
    'Only a visit that has not started yet can be moved or reassigned.',
  ),
  visitNotYours: label(
    'Solo l’operatore a cui è assegnata la visita può registrare l’arrivo e l’uscita.',
    'Only the operator the visit is assigned to can check in and out.',
  ),
  visitThreadClosed: label(
    'La richiesta di questa visita non è più in corso: non si possono registrare arrivi e uscite.',
    'The request of this visit is no longer running: check-ins and check-outs cannot be recorded.',
  ),
  visitTooEarly: label(
    'È presto: puoi registrare l’arrivo da un’ora prima dell’inizio della visita.',
    'It is too early: you can check in from one hour before the visit starts.',
  ),
  accountDisabled: label(
    'Questo account è stato disattivato: per riattivarlo rivolgiti a WeMi o a uno Spazio WeMi.',
    'This account has been disabled: to have it enabled again, contact WeMi or a WeMi desk.',
  ),
  fiscalCodeConfirmed: label(
    'Il codice fiscale è confermato (con SPID/CIE o allo sportello) e non si può cambiare. Se è sbagliato, rivolgiti a uno Spazio WeMi.',
    'Your tax code is confirmed (with SPID/CIE or at a desk) and cannot be changed. If it is wrong, ask at a WeMi desk.',
  ),
  emailNeeded: label(
    'Serve un indirizzo e-mail, a meno che la persona sia registrata allo sportello e preferisca essere contattata per telefono o allo sportello.',
    'An e-mail address is needed, unless the person is registered at a desk and prefers to be contacted by phone or at the desk.',
  ),
  phoneNeededForContact: label(
    'Per essere contattata per telefono la persona deve lasciare un numero di telefono.',
    'To be contacted by phone the person must leave a phone number.',
  ),
  invalidFiscalCode: label(
    'Il codice fiscale non è valido: controlla lettere, cifre e carattere di controllo.',
    'The tax code (codice fiscale) is not valid: check its letters, digits and check character.',
  ),
  invalidVatNumber: label(
    'La partita IVA non è valida: deve avere 11 cifre con la cifra di controllo corretta.',
    'The VAT number (partita IVA) is not valid: it must have 11 digits with a correct check digit.',
  ),
  invalidCents: label('Indica un importo in euro, ad esempio 22 o 17,50.', 'Enter an amount in euros, for example 22 or 17.50.'),
  invalidTime: label('Indica un orario nel formato HH:MM.', 'Enter a time as HH:MM.'),
  erasureWaitsForThreads: label(
    'L’account non si può ancora cancellare: le richieste {{references}} hanno un pagamento o un servizio in corso.',
    'The account cannot be deleted yet: the requests {{references}} have a payment or a service in progress.',
  ),
  holderFiscalCodeRequired: label(
    'Indica il codice fiscale del titolare del voucher.',
    'Enter the tax code (codice fiscale) of the voucher’s holder.',
  ),
  closingBeforeOpening: label(
    "L'orario di chiusura deve seguire quello di apertura.",
    'The closing time must come after the opening time.',
  ),
  categoryTooDeep: label(
    'Le categorie hanno due livelli: scegli come categoria superiore un’area, non una sottocategoria.',
    'Categories have two levels: choose an area as the parent, not a sub-category.',
  ),
  categoryHasChildren: label(
    'Questa area contiene già delle categorie e non può diventare una sottocategoria.',
    'This area already contains categories and cannot become a sub-category.',
  ),
  serviceNeedsSubcategory: label(
    'Scegli una categoria, non un’area: un servizio appartiene a una categoria di secondo livello.',
    'Choose a category, not an area: a service belongs to a second-level category.',
  ),
  organisationRequired: label(
    'Gli utenti di un ente devono essere collegati al loro ente.',
    'Users of an organisation must be linked to it.',
  ),
  deskRequired: label(
    'Gli operatori di sportello devono essere collegati al loro Spazio WeMi.',
    'Help-desk operators must be linked to their desk.',
  ),
  onlyOperatorRole: label(
    'Un amministratore di ente può creare soltanto operatori del proprio ente.',
    'An organisation admin can only create operators of their own organisation.',
  ),
  companyRequired: label(
    'Gli utenti del welfare aziendale devono essere collegati alla loro azienda.',
    'Company welfare users must be linked to their company.',
  ),
  companyRoleAlone: label(
    'Il ruolo di welfare aziendale non si combina con altri ruoli.',
    'The company welfare role cannot be combined with other roles.',
  ),
  ownCompanyOnly: label('Puoi lavorare soltanto sui dati della tua azienda.', 'You can only work on your own company’s data.'),
  companyCreditInsufficient: label(
    'Il credito welfare ancora da assegnare è {{available}}: acquista altro credito o assegna un importo minore.',
    'The welfare credit left to give is {{available}}: buy more credit or give a smaller amount.',
  ),
  allowanceRequired: label('Indica un credito maggiore di zero.', 'Enter a credit greater than zero.'),
  inviteStatusLocked: label(
    'Un invito si può solo revocare, e solo finché il dipendente non lo ha accettato.',
    'An invitation can only be revoked, and only until the employee has taken it up.',
  ),
  inviteNotValid: label(
    'Questo invito non è valido: è scaduto, è stato revocato o è già stato usato. Chiedi all’ufficio del personale un nuovo invito.',
    'This invitation is not valid: it has expired, was revoked or was already used. Ask your HR office for a new one.',
  ),
  inviteNeedsIdentity: label(
    'Il credito welfare è intestato al tuo codice fiscale, che deve essere confermato: entra con SPID o CIE, oppure fallo confermare con un documento a uno Spazio WeMi.',
    'The welfare credit is issued to your tax code, which must be confirmed: sign in with SPID or CIE, or have it confirmed with a document at a WeMi desk.',
  ),
  creditPurchaseAmount: label(
    'Indica un importo tra 100 € e 1.000.000 €, in euro interi.',
    'Enter an amount between €100 and €1,000,000, in whole euros.',
  ),
  invoicePeriodInvalid: label('Indica un trimestre come 2026-T4.', 'Give a quarter such as 2026-Q4.'),
  ownOrganisationOnly: label('Puoi lavorare soltanto sui dati del tuo ente.', 'You can only work on your own organisation’s data.'),
  categoryNotAccredited: label(
    'Il tuo ente non è accreditato per questa categoria.',
    'Your organisation is not accredited for this category.',
  ),
  districtNotAccredited: label(
    'Il tuo ente non è accreditato per questi {{districtsWord}}: {{districts}}.',
    'Your organisation is not accredited for these {{districtsWord}}: {{districts}}.',
  ),
  transitionNotAllowed: label('Non puoi passare da «{{from}}» a «{{to}}».', 'You cannot move from “{{from}}” to “{{to}}”.'),
  initialStateOnly: label('Un nuovo elemento parte dallo stato «{{state}}».', 'A new item starts in the “{{state}}” state.'),
  correctionNotesRequired: label(
    'Per chiedere correzioni scrivi nelle note che cosa va corretto.',
    'To ask for corrections, write in the notes what needs correcting.',
  ),
  accreditationScopeRequired: label(
    'Per accreditare un ente indica almeno una categoria e un {{districtWord}}.',
    'To accredit an organisation, choose at least one category and one {{districtWord}}.',
  ),
  accreditationExpiryInFuture: label(
    'Per accreditare un ente indica una data di scadenza futura.',
    'To accredit an organisation, give an expiry date in the future.',
  ),
  invalidAgidDeclaration: label(
    'Indica l’indirizzo della dichiarazione sul sito di AgID: inizia con https://form.agid.gov.it/.',
    'Give the address of the statement on AgID’s site: it starts with https://form.agid.gov.it/.',
  ),
  applicationFieldRequired: label('Questo dato serve per la domanda.', 'The application needs this.'),
  applicationChoiceRequired: label('Scegli almeno una voce.', 'Choose at least one.'),
  applicationStatuteRequired: label('Allega lo statuto dell’ente (PDF).', 'Attach the organisation’s statute (PDF).'),
  applicationLinkInvalid: label(
    'Il collegamento alla domanda non è valido o è scaduto. Usa quello dell’ultima e-mail di WeMi.',
    'The link to the application is not valid or has expired. Use the one in WeMi’s latest e-mail.',
  ),
  applicationNotToCorrect: label(
    'La domanda non è in correzione: si può inviare di nuovo solo quando WeMi chiede di correggerla.',
    'The application is not being corrected: it can be sent again only when WeMi asks for corrections.',
  ),
  applicationAlreadyRegistered: label(
    'Un ente con questo codice fiscale è già registrato su WeMi. Per aggiornarlo scrivi a WeMi.',
    'An organisation with this tax code is already registered on WeMi. To update it, write to WeMi.',
  ),
  organisationNotAccredited: label(
    'L’ente non è accreditato: i suoi servizi non possono essere inviati né pubblicati.',
    'The organisation is not accredited: its services cannot be submitted or published.',
  ),
  serviceSectionsMissing: label(
    'Prima di inviarlo a WeMi o di pubblicarlo, compila queste sezioni del servizio: {{sections}}.',
    'Before sending it to WeMi or publishing it, fill in these sections of the service: {{sections}}.',
  ),
  serviceAlreadySubmitted: label('Questo servizio è già in attesa di validazione.', 'This service is already waiting for validation.'),
  serviceAlreadyPublished: label('Questo servizio è già pubblicato.', 'This service is already published.'),
  serviceAlreadyToCorrect: label(
    'Questo servizio è già stato rimandato all’ente per le correzioni.',
    'This service has already been sent back to the organisation for corrections.',
  ),
  organisationAlreadySubmitted: label(
    'Questo ente è già in attesa dell’accreditamento.',
    'This organisation is already waiting for accreditation.',
  ),
  organisationAlreadyAccredited: label('Questo ente è già accreditato.', 'This organisation is already accredited.'),
  organisationAlreadyToCorrect: label(
    'Questo ente è già stato rimandato indietro per le correzioni.',
    'This organisation has already been sent back for corrections.',
  ),
  workflowActionUnknown: label('Questa azione non esiste.', 'This action does not exist.'),
  workflowCommentRequired: label(
    'Scrivi che cosa va corretto: l’ente riceve il commento per e-mail.',
    'Write what needs correcting: the organisation receives the comment by e-mail.',
  ),
  onlyWeMiPublishes: label(
    'Solo lo staff WeMi può pubblicare un servizio: salvalo come bozza e invialo per la validazione.',
    'Only WeMi staff can publish a service: save it as a draft and submit it for validation.',
  ),
  liveStateNeedsPublish: label(
    'Per pubblicare, sospendere o archiviare un servizio usa «Pubblica»: un salvataggio in bozza non cambia la versione pubblica.',
    'To publish, suspend or archive a service use “Publish”: saving a draft does not change the public version.',
  ),
  freeServiceHasPrice: label('Un servizio gratuito non può avere prezzi.', 'A free service cannot have prices.'),
  priceRequired: label('Indica il prezzo per il servizio individuale.', 'Enter the price for the individual service.'),
  sharedPricesRequired: label(
    'Un servizio condiviso ha bisogno della tabella dei prezzi per numero di persone.',
    'A shared service needs the price table by number of people.',
  ),
  sharedPricesNotAllowed: label(
    'La tabella dei prezzi condivisi vale solo per i servizi erogati in forma condivisa.',
    'The shared price table only applies to services delivered in shared form.',
  ),
  receiptUnavailable: label('Non c’è una ricevuta da scaricare per questo pagamento.', 'There is no receipt to download for this payment.'),
  unusualPrice: label(
    'Il prezzo di {{price}} è molto lontano da quanto costano i servizi pubblicati della stessa categoria ({{usual}}). Ricorda che gli importi sono in euro: correggilo, oppure spunta «Confermo questo prezzo insolito» se è davvero questo.',
    'The price of {{price}} is far from what published services of the same category cost ({{usual}}). Amounts are in euros: correct it, or tick “I confirm this unusual price” if it really is this.',
  ),
  usualPriceRange: label('di solito da {{low}} a {{high}} {{unit}}', 'usually from {{low}} to {{high}} {{unit}}'),
  usualPriceFloor: label('di solito almeno {{low}}', 'usually at least {{low}}'),
  sharedPeopleRepeated: label(
    'Ogni numero di persone può comparire una sola volta nella tabella dei prezzi.',
    'Each number of people can appear only once in the price table.',
  ),
  fileTooLarge: label('Il file è troppo grande: il limite è {{limit}}.', 'The file is too large: the limit is {{limit}}.'),
  organisationHasServices: label(
    'Questo ente ha dei servizi e non può essere eliminato: revoca il suo accreditamento.',
    'This organisation has services and cannot be deleted: revoke its accreditation instead.',
  ),
  invalidColour: label('Indica un colore nel formato #RRGGBB.', 'Enter a colour as #RRGGBB.'),
  colourTooLight: label(
    'Su questo colore il testo bianco dell’intestazione non si legge bene: scegli un colore più scuro, con contrasto di almeno 4,5:1.',
    'White header text is hard to read on this colour: choose a darker colour, with a contrast of at least 4.5:1.',
  ),
  altRequired: label('Scrivi un testo alternativo che descriva l’immagine.', 'Write an alternative text that describes the image.'),
  unknownAction: label('Azione sconosciuta: «{{action}}».', 'Unknown action: “{{action}}”.'),
  housingNotOffered: label(
    'Questo ente non offre alloggi temporanei: scegline uno dal catalogo della residenzialità temporanea.',
    'This organisation offers no temporary housing: choose one from the temporary housing catalogue.',
  ),
  housingApplicantRequired: label('Indica per chi è la domanda.', 'Say whom the application is for.'),
  housingActionNotNow: label(
    '«{{action}}» non è possibile ora: la domanda è nello stato «{{state}}».',
    '“{{action}}” is not possible now: the application is “{{state}}”.',
  ),
  housingActionNotYours: label(
    '«{{action}}» non spetta a te per questa domanda (stato «{{state}}»).',
    '“{{action}}” is not for you to do on this application (“{{state}}”).',
  ),
  housingUnitNotYours: label('Puoi proporre soltanto gli alloggi del tuo ente.', 'You can only offer your own organisation’s housing.'),
  housingDatesInvalid: label(
    'Indica le date nel formato AAAA-MM-GG, con l’uscita dopo l’ingresso.',
    'Enter the dates as YYYY-MM-DD, with the departure after the arrival.',
  ),
  housingStartPast: label('L’ingresso non può essere in un giorno già passato.', 'The arrival cannot be on a day that has passed.'),
  housingTooLong: label('In questo alloggio si resta al massimo {{months}} mesi.', 'This unit takes stays of at most {{months}} months.'),
  housingTooSmall: label(
    'Questo alloggio ha {{places}} posti: il nucleo è di {{people}} persone.',
    'This unit has {{places}} places: the household has {{people}} people.',
  ),
  housingUnitTaken: label(
    'L’alloggio è già assegnato o proposto a qualcun altro in alcuni di questi giorni: scegli altre date o un altro alloggio.',
    'The unit is already assigned or offered to someone else on some of these days: choose other dates or another unit.',
  ),
  housingOfferExpired: label('La proposta è scaduta.', 'The offer has expired.'),
  housingMoveInBeforeStart: label(
    'L’ingresso è previsto il {{start}}: puoi registrarlo solo da quel giorno.',
    'The arrival is planned for {{start}}: you can record it only from that day.',
  ),
  housingExtensionPending: label(
    'C’è già una richiesta di proroga in attesa di risposta.',
    'An extension request is already waiting for an answer.',
  ),
  housingNoExtensionPending: label('Non c’è una richiesta di proroga da valutare.', 'There is no extension request to answer.'),
  housingExtensionInvalid: label(
    'La nuova data di uscita deve essere dopo il {{end}} e non oltre il {{latest}}.',
    'The new departure date must be after {{end}} and no later than {{latest}}.',
  ),
  housingDepartureInvalid: label(
    'L’uscita va registrata tra il giorno dell’ingresso e oggi.',
    'The departure must be recorded between the day of arrival and today.',
  ),
  housingReasonRequired: label(
    'Scrivi il motivo (almeno 10 caratteri): la persona lo leggerà.',
    'Write the reason (at least 10 characters): the person will read it.',
  ),
  actionNotNow: label(
    'Non è possibile {{action}}: la richiesta è nello stato «{{state}}».',
    'You cannot {{action}}: the request is “{{state}}”.',
  ),
  actionNotYours: label(
    'Non spetta a te {{action}} in questa richiesta (stato «{{state}}»).',
    'It is not for you to {{action}} in this request (“{{state}}”).',
  ),
  quoteNotCurrent: label(
    'Questo preventivo non è più quello in vigore: ricarica la pagina per vedere l’ultimo.',
    'This quote is no longer the current one: reload the page to see the latest.',
  ),
  quoteExpired: label('Il preventivo è scaduto.', 'The quote has expired.'),
  deliveredBeforeStart: label(
    'Il servizio inizia il {{start}}: puoi segnarlo come erogato solo da quel giorno.',
    'The service starts on {{start}}: you can mark it as delivered only from that day.',
  ),
  notYetDue: label('La scadenza non è ancora arrivata.', 'The deadline has not come yet.'),
  paymentDeadlinePassed: label('Il tempo per pagare è scaduto.', 'The time to pay has run out.'),
  cancellationNoticePassed: label(
    'Il preavviso per annullare con rimborso è passato. Se c’è un problema con il servizio, puoi contestarlo: WeMi valuterà il caso.',
    'The notice period for cancelling with a refund has passed. If something is wrong with the service you can dispute it: WeMi will look into it.',
  ),
  reviewWindowClosed: label('Il periodo per lasciare una recensione è chiuso.', 'The time to leave a review is over.'),
  dateNotInFuture: label('Indica una data valida, da oggi in poi.', 'Enter a valid date, from today onwards.'),
  periodEndBeforeStart: label(
    'La data di fine deve essere uguale o successiva a quella di inizio.',
    'The end date must be on or after the start date.',
  ),
  invalidChoice: label('Scegli tra le opzioni proposte.', 'Choose among the options offered.'),
  textTooLong: label('Il testo è troppo lungo: al massimo {{max}} caratteri.', 'The text is too long: {{max}} characters at most.'),
  attachmentNotInThread: label('Gli allegati devono essere caricati in questa richiesta.', 'Attachments must be uploaded to this request.'),
  tooManyAttachments: label('Puoi allegare al massimo 5 file a un messaggio.', 'You can attach at most 5 files to a message.'),
  messageEmpty: label('Scrivi il testo del messaggio.', 'Write the text of the message.'),
  reasonRequired: label('Spiega il motivo in almeno 10 caratteri.', 'Explain the reason in at least 10 characters.'),
  scoreOutOfRange: label('Dai un voto da 1 a 5.', 'Give a score from 1 to 5.'),
  payTableLevels: label(
    'Indica i minimi di ogni livello, una volta sola: {{levels}}.',
    'Give the minimum pay of each level, once: {{levels}}.',
  ),
  countOutOfRange: label('Indica un numero intero da {{min}} a {{max}}.', 'Enter a whole number from {{min}} to {{max}}.'),
  requestNeedsServices: label('Scegli almeno un servizio a cui chiedere un preventivo.', 'Choose at least one service to ask for a quote.'),
  requestNeedsDays: label('Scegli almeno un giorno.', 'Choose at least one day.'),
  requestNeedsTimeBands: label('Scegli almeno una fascia oraria.', 'Choose at least one time of day.'),
  requestTooManyServices: label('Puoi chiedere un preventivo al massimo a 5 enti insieme.', 'You can ask at most 5 organisations at once.'),
  requestServiceUnavailable: label(
    'Uno dei servizi scelti non è più disponibile: torna alla ricerca e sceglilo di nuovo.',
    'One of the services chosen is no longer available: go back to the search and choose again.',
  ),
  requestMixedCategories: label(
    'I servizi di una richiesta devono essere della stessa categoria.',
    'The services of one request must belong to the same category.',
  ),
  requestSameOrganisation: label(
    'Scegli un solo servizio per ente: ogni ente risponde con un suo preventivo.',
    'Choose one service per organisation: each organisation answers with its own quote.',
  ),
  voucherNotYours: label('Questo voucher non è intestato a te.', 'This voucher is not in your name.'),
  voucherNotValid: label('Il voucher non è valido oggi.', 'The voucher is not valid today.'),
  voucherNotAccepted: label('Questo servizio non accetta il voucher scelto.', 'This service does not accept the chosen voucher.'),
  voucherEmpty: label('Il voucher è esaurito.', 'The voucher has been used up.'),
  checkoutVoucherPart: label(
    'Totale {{total}}: {{voucher}} con il voucher, qui paghi il resto.',
    'Total {{total}}: {{voucher}} by voucher, here you pay the rest.',
  ),
  agreedPartNotAccepted: label(
    'Questo servizio non accetta una parte pagata con un metodo concordato insieme al voucher.',
    'This service does not accept a part paid by an agreed method together with the voucher.',
  ),
  voucherInsufficient: label(
    'Il voucher non copre tutto l’importo: usalo insieme al pagamento online.',
    'The voucher does not cover the whole amount: use it together with an online payment.',
  ),
  voucherCoversAll: label(
    'Il voucher copre tutto l’importo: paga solo con il voucher.',
    'The voucher covers the whole amount: pay with the voucher alone.',
  ),
  freeQuoteNoPayment: label(
    'Questo preventivo è gratuito: non c’è nulla da pagare, l’ente confermerà.',
    'This quote is free: there is nothing to pay, the organisation will confirm.',
  ),
  freeOnlyForZero: label('Solo un preventivo di 0 € può essere confermato come gratuito.', 'Only a quote of €0 can be confirmed as free.'),
  paymentNotFound: label('Pagamento non trovato per questa richiesta.', 'Payment not found for this request.'),
  paymentNotPending: label('Questo pagamento non è più in attesa.', 'This payment is no longer pending.'),
  paymentAlreadyMade: label(
    'Il pagamento online risulta appena completato: attendi la conferma prima di procedere.',
    'The online payment has just been completed: wait for the confirmation before going on.',
  ),
  paymentProviderUnavailable: label(
    'Il servizio di pagamento non risponde. Nulla è stato addebitato: riprova tra poco.',
    'The payment service is not answering. Nothing was charged: please try again shortly.',
  ),
  paymentAccountNotEnabled: label(
    'Questo ente non può ancora ricevere pagamenti online: il suo conto di pagamento non è attivo. Nulla è stato addebitato; puoi riprovare più tardi o scrivere all’ente.',
    'This organisation cannot receive online payments yet: its payment account is not active. Nothing was charged; you can try again later or write to the organisation.',
  ),
  paymentOnboardingRefused: label(
    'Solo l’amministratore dell’ente o WeMi può collegare il conto di pagamento di questo ente.',
    'Only the organisation’s administrator or WeMi can connect this organisation’s payment account.',
  ),
  paymentOnboardingSignIn: label('Accedi per collegare il conto di pagamento.', 'Sign in to connect the payment account.'),
  nothingToRefund: label('Non c’è nessun pagamento da rimborsare.', 'There is no payment to refund.'),
  refundTooLarge: label(
    'L’importo del rimborso non è valido: deve essere positivo e non superare quanto resta da rimborsare.',
    'The refund amount is not valid: it must be positive and no more than what is left to refund.',
  ),
  queryRefused: label(
    'Non puoi filtrare né ordinare per «{{path}}»: è un dato che non puoi consultare.',
    'You cannot filter or sort by “{{path}}”: it is data you may not look up.',
  ),
  groupActionNotNow: label(
    'Non è possibile {{action}}: il gruppo è nello stato «{{state}}».',
    'You cannot {{action}}: the group is “{{state}}”.',
  ),
  groupActionNotYours: label(
    'Non spetta a te {{action}} (il gruppo è nello stato «{{state}}»).',
    'It is not for you to {{action}} (the group is “{{state}}”).',
  ),
  groupFull: label('Il gruppo è al completo: non ci sono più posti.', 'The group is full: there are no places left.'),
  groupPriceChanged: label(
    'Il prezzo è cambiato: ora è {{price}} a famiglia. Controlla e conferma il nuovo prezzo.',
    'The price has changed: it is now {{price}} per family. Check and confirm the new price.',
  ),
  groupJoinClosed: label('Le adesioni a questo gruppo sono chiuse.', 'Joining this group is closed.'),
  groupMemberNotFound: label('Questa famiglia non fa parte del gruppo.', 'This family is not a member of the group.'),
  groupOrganiserStays: label(
    'Chi ha aperto il gruppo non può togliersi: può uscire dal gruppo.',
    'Whoever opened the group cannot remove themselves: they can leave it.',
  ),
  groupNobodyOut: label(
    'Nessuna famiglia ha annullato la sua quota: il gruppo resta com’è.',
    'No family has cancelled its share: the group stays as it is.',
  ),
  groupNotReadyToStart: label(
    'Il gruppo si avvia quando ogni famiglia ha pagato la sua quota o ha rinunciato.',
    'The group starts once every family has paid its share or given up.',
  ),
  groupNotReadyToComplete: label(
    'Il gruppo si conclude quando il servizio è stato erogato a ogni famiglia.',
    'The group is completed once the service has been delivered to every family.',
  ),
  groupServiceNotShared: label(
    'Questo servizio non è offerto in forma condivisa: non si possono aprire gruppi.',
    'This service is not offered in shared form: groups cannot be opened for it.',
  ),
  groupDistrictNotServed: label(
    'Scegli uno dei {{districtsWord}} in cui l’ente offre il servizio.',
    'Choose one of the {{districtsWord}} the service is offered in.',
  ),
  groupJoinByOutOfRange: label(
    'La scadenza per aderire deve essere tra oggi e la data di inizio.',
    'The joining deadline must be between today and the start date.',
  ),
  groupMinMembers: label('Un gruppo ha almeno {{min}} famiglie.', 'A group has at least {{min}} families.'),
  groupMaxMembers: label(
    'Un gruppo per questo servizio ha al massimo {{max}} famiglie.',
    'A group for this service has at most {{max}} families.',
  ),
  groupMinAboveMax: label(
    'Il numero minimo di famiglie non può superare il massimo.',
    'The minimum number of families cannot be above the maximum.',
  ),
  groupOpenNotAllowed: label(
    'Un gruppo può essere aperto da un cittadino registrato o dall’ente che offre il servizio.',
    'A group can be opened by a registered resident or by the organisation offering the service.',
  ),
  groupAddressRequired: label('Indica l’indirizzo dove si svolge il servizio.', 'Enter the address where the service takes place.'),
  requiredField: label('Questo campo è obbligatorio.', 'This field is required.'),
  requiredToSubmit: label('Serve per inviare: compila questo campo.', 'Needed to submit: please fill in this field.'),
  workerApplicationLocked: label(
    'WeMi ha già valutato la candidatura: per cambiarla rivolgiti allo sportello Tate Colf Badanti.',
    'WeMi has already assessed the application: to change it, contact the Tate Colf Badanti desk.',
  ),
  expectedPayBelowMinimum: label(
    'La paga richiesta è sotto il minimo del contratto nazionale per {{job}} (livello {{level}}): nel {{year}} sono {{minimum}} l’ora.',
    'The pay asked is below the national contract’s minimum for {{job}} (level {{level}}): in {{year}} it is {{minimum}} an hour.',
  ),
  workerDecisionNotesRequired: label(
    'Scrivi nelle note di WeMi il motivo della decisione.',
    'Write the reason for the decision in WeMi’s notes.',
  ),
  workerInterviewNotBooked: label(
    'Il colloquio si prenota allo sportello, scegliendo l’argomento «Tate, colf e badanti».',
    'The interview is booked at a desk, choosing the topic “Nannies, domestic and care workers”.',
  ),
  workerInterviewStillBooked: label(
    'C’è ancora un colloquio prenotato: annulla prima l’appuntamento.',
    'An interview is still booked: cancel the appointment first.',
  ),
  workerApplicationNotFound: label('Candidatura non trovata.', 'Application not found.'),
  workerNotSuitable: label('Si possono proporre solo lavoratori giudicati idonei.', 'Only workers judged suitable can be proposed.'),
  workerFailsHardFilters: label(
    'Questa persona non fa il lavoro richiesto, non lavora in quella zona o non è disponibile nei giorni e nelle fasce chiesti.',
    'This person does not do the job asked, does not work in that area or is not free on the days and times asked.',
  ),
  workerAlreadyProposed: label(
    'Questa persona è già stata proposta alla famiglia.',
    'This person has already been proposed to the family.',
  ),
  tooManyProposals: label(
    'Alla famiglia sono già proposte {{max}} persone: ritirane una prima di proporne un’altra.',
    '{{max}} people are already proposed to the family: withdraw one before proposing another.',
  ),
  careRequestLocked: label(
    'WeMi sta già cercando per questa richiesta: per cambiarla annullala e inviane una nuova.',
    'WeMi is already searching for this request: to change it, cancel it and send a new one.',
  ),
  careRequestNotFound: label('Richiesta non trovata.', 'Request not found.'),
  careRequestNotOpen: label(
    'La richiesta non è aperta: non si possono proporre lavoratori.',
    'The request is not open: no workers can be proposed.',
  ),
  careRequestNoHire: label(
    'Si chiude con un’assunzione registrando l’esito «assunzione fatta» di una proposta.',
    'A request closes with a hire by recording a proposal as “hired”.',
  ),
  careRequestOutcomeNoteRequired: label(
    'Scrivi nella nota di WeMi perché la richiesta si chiude senza assunzione.',
    'Write in WeMi’s note why the request closes without a hire.',
  ),
  // Inefficiency reports ("Segnala disservizio")
  inefficiencyReplyRequired: label(
    'Scrivi la risposta prima di segnare la segnalazione come «Risposta inviata»: arriva per e-mail a chi ha segnalato.',
    'Write the reply before marking the report “Answered”: it is e-mailed to the reporter.',
  ),
  // Page-clarity rating
  feedbackRating: label('Scegli da 1 a 5 stelle.', 'Choose from 1 to 5 stars.'),
  feedbackAnswerMismatch: label(
    'Questa risposta non corrisponde alla valutazione: con 1, 2 o 3 stelle scegli una difficoltà, con 4 o 5 un aspetto che hai preferito.',
    'This answer does not match the rating: with 1, 2 or 3 stars choose a difficulty, with 4 or 5 something you liked.',
  ),
} satisfies Record<string, Bilingual>

export type MessageKey = keyof typeof messages

/** The payment receipt (PDF), the same document for the resident, the ente and WeMi. */
export const RECEIPT_TEXT = {
  title: { it: 'Ricevuta di pagamento n. {{number}}', en: 'Payment receipt no. {{number}}' },
  organisation: { it: 'Ente', en: 'Organisation' },
  taxCode: { it: 'Codice fiscale', en: 'Tax code' },
  vatNumber: { it: 'Partita IVA', en: 'VAT number' },
  service: { it: 'Servizio', en: 'Service' },
  request: { it: 'Richiesta', en: 'Request' },
  payer: { it: 'Pagato da', en: 'Paid by' },
  paidOn: { it: 'Data del pagamento', en: 'Date of payment' },
  amounts: { it: 'Importi', en: 'Amounts' },
  card: { it: 'Con carta o altro metodo online', en: 'By card or another online method' },
  voucher: { it: 'Con voucher {{scheme}} ({{code}})', en: 'By voucher {{scheme}} ({{code}})' },
  agreed: { it: 'Con un metodo concordato con l’ente', en: 'By a method agreed with the organisation' },
  total: { it: 'Totale', en: 'Total' },
  refunded: { it: 'Rimborsato', en: 'Refunded' },
  issued: {
    it: 'Ricevuta emessa da WeMi per il pagamento all’ente indicato sopra. Generata il {{date}}.',
    en: 'Receipt issued by WeMi for the payment to the organisation named above. Generated on {{date}}.',
  },
  filename: { it: 'ricevuta-{{number}}.pdf', en: 'receipt-{{number}}.pdf' },
  download: { it: 'Scarica la ricevuta (PDF)', en: 'Download the receipt (PDF)' },
} satisfies Record<string, Bilingual>
