import type { Bilingual } from '../../lib/i18n/language'

/** The city's editorial content for the demo, in Italian and English. */

type Paragraphs = { it: string[]; en: string[] }

export type PageSeed = { slug: string; title: Bilingual; summary: Bilingual; content: Paragraphs }

export const PAGES: PageSeed[] = [
  {
    slug: 'chi-siamo',
    title: { it: 'Chi siamo', en: 'About us' },
    summary: {
      it: 'WeMi è il luogo unico del Comune per trovare servizi di cura e di aiuto a casa offerti da enti accreditati.',
      en: 'WeMi is the city’s one place to find care and home-help services offered by accredited organisations.',
    },
    content: {
      it: [
        'WeMi è la piattaforma del welfare collaborativo del Comune. Riunisce in un solo luogo i servizi di cura, educazione e aiuto a domicilio offerti da cooperative, associazioni e fondazioni che il Comune ha accreditato.',
        'Il Comune non vende servizi: verifica gli enti, controlla ogni scheda prima della pubblicazione e garantisce che prezzi e condizioni siano chiari.',
        'Chi ha bisogno di aiuto può chiedere un preventivo a più enti insieme, confrontare le offerte e pagare in sicurezza. Le famiglie con lo stesso bisogno possono condividere un servizio e spendere meno.',
        'Ogni ricerca e ogni richiesta, in forma anonima, aiuta il Comune a capire di cosa hanno bisogno le persone e dove l’offerta non basta.',
      ],
      en: [
        'WeMi is the city’s collaborative-welfare platform. It brings together in one place the care, education and home-help services offered by cooperatives, associations and foundations accredited by the city.',
        'The city does not sell services: it checks the organisations, reviews every listing before it is published and makes sure prices and conditions are clear.',
        'People who need help can ask several organisations for a quote at once, compare the offers and pay safely. Families with the same need can share a service and spend less.',
        'Every search and request, anonymously, helps the city understand what people need and where the offer falls short.',
      ],
    },
  },
  {
    slug: 'come-funziona',
    title: { it: 'Come funziona', en: 'How it works' },
    summary: {
      it: 'Cerca un servizio, chiedi un preventivo a più enti, scegli, paga e lascia una recensione.',
      en: 'Search for a service, ask several organisations for a quote, choose, pay and leave a review.',
    },
    content: {
      it: [
        'Cerca: scrivi di cosa hai bisogno e scegli il tuo {{districtWord}}. Puoi filtrare per destinatari, prezzo, giorni e fasce orarie.',
        'Chiedi: invia una sola richiesta fino a cinque enti. Ognuno ti risponde con un preventivo o ti dice che non può aiutarti.',
        'Scegli e paga: confronta i preventivi, accetta quello che preferisci e paga con carta, PayPal, voucher del Comune o come concordato con l’ente.',
        'Racconta: a servizio concluso puoi valutare puntualità, professionalità e rapidità. Le recensioni sono controllate dalla redazione.',
        'Se preferisci farti aiutare di persona, vieni in uno Spazio WeMi: gli operatori fanno tutto questo con te.',
      ],
      en: [
        'Search: write what you need and choose your district. You can filter by who the service is for, price, days and times.',
        'Ask: send one request to up to five organisations. Each replies with a quote or tells you it cannot help.',
        'Choose and pay: compare the quotes, accept the one you prefer and pay by card, PayPal, a city voucher or as agreed with the organisation.',
        'Tell us: when the service is over you can rate punctuality, professionalism and speed. Reviews are checked by our editors.',
        'If you prefer help in person, come to a WeMi desk: the staff will do all this with you.',
      ],
    },
  },
  {
    slug: 'privacy',
    title: { it: 'Informativa sulla privacy', en: 'Privacy notice' },
    summary: {
      it: 'Come trattiamo i tuoi dati personali e quali sono i tuoi diritti.',
      en: 'How we process your personal data and what your rights are.',
    },
    content: {
      it: [
        'Titolare del trattamento è il Comune. I dati che ci dai servono a farti usare i servizi di WeMi: cercare, chiedere preventivi, pagare, ricevere comunicazioni.',
        'Alcuni dati, come quelli sulla salute o sulla disabilità di chi riceve il servizio, sono dati particolari: li trattiamo solo con il tuo consenso e li vedono solo le persone che ne hanno bisogno.',
        'Le ricerche sono registrate in forma anonima per capire i bisogni della città: non colleghiamo mai una ricerca alla persona che l’ha fatta.',
        'Puoi scaricare i tuoi dati, correggerli o chiederne la cancellazione dalla tua area personale. Conserviamo i dati dei pagamenti solo per il tempo richiesto dalla legge.',
      ],
      en: [
        'The data controller is the city. The data you give us lets you use WeMi: search, ask for quotes, pay, receive messages.',
        'Some data, such as the health or disability of the person receiving the service, are special categories: we process them only with your consent and only the people who need them can see them.',
        'Searches are recorded anonymously to understand the city’s needs: we never link a search to the person who made it.',
        'You can download your data, correct it or ask for it to be deleted from your personal area. We keep payment records only as long as the law requires.',
      ],
    },
  },
  {
    slug: 'dichiarazione-di-accessibilita',
    title: { it: 'Dichiarazione di accessibilità', en: 'Accessibility statement' },
    summary: {
      it: 'Il Comune si impegna a rendere WeMi accessibile secondo la normativa italiana ed europea.',
      en: 'The city is committed to making WeMi accessible under Italian and European law.',
    },
    content: {
      it: [
        'Il Comune si impegna a rendere il proprio sito accessibile, conformemente alla legge 9 gennaio 2004, n. 4 e alle Linee guida AgID, che richiamano la norma EN 301 549 e le WCAG 2.1 di livello AA.',
        'Ogni pagina pubblica viene verificata con strumenti automatici a ogni rilascio e con prove manuali da tastiera e con lettore di schermo.',
        'Se trovi un contenuto che non riesci a usare, scrivici: ti risponderemo entro 30 giorni e, intanto, ti daremo le informazioni in un altro modo.',
        'Se la risposta non ti soddisfa puoi rivolgerti al difensore civico digitale dell’AgID.',
      ],
      en: [
        'The city is committed to making its website accessible under Italian Law no. 4 of 9 January 2004 and the AgID guidelines, which refer to standard EN 301 549 and WCAG 2.1 level AA.',
        'Every public page is checked with automated tools at each release and manually with the keyboard and a screen reader.',
        'If you find content you cannot use, write to us: we will answer within 30 days and, meanwhile, give you the information another way.',
        'If you are not satisfied with the answer, you can contact AgID’s digital ombudsman.',
      ],
    },
  },
  {
    slug: 'cookie',
    title: { it: 'Cookie', en: 'Cookies' },
    summary: { it: 'Quali cookie usa WeMi.', en: 'Which cookies WeMi uses.' },
    content: {
      it: [
        'WeMi usa solo cookie tecnici, necessari a farti accedere e a ricordare la lingua scelta. Non usiamo cookie di profilazione né strumenti di terze parti prima del tuo consenso.',
      ],
      en: [
        'WeMi only uses technical cookies, needed to sign you in and remember your language. We use no profiling cookies and no third-party tools before you consent.',
      ],
    },
  },
  {
    slug: 'note-legali',
    title: { it: 'Note legali', en: 'Legal notes' },
    summary: {
      it: 'Chi è responsabile di WeMi e con quale licenza se ne possono riusare i contenuti.',
      en: 'Who is responsible for WeMi and under which licence its content may be reused.',
    },
    content: {
      it: [
        'WeMi è il servizio del Comune che raccoglie in un solo luogo i servizi di cura e di aiuto offerti dagli enti del terzo settore accreditati. Il Comune accredita gli enti e valida le schede dei servizi; ogni ente risponde dei servizi che offre e dei preventivi che invia.',
        'Chi riusa i testi, le schede dei servizi o i dati di questo sito cita la fonte «WeMi – Comune» con il collegamento alla pagina. I dati aperti riportano la stessa licenza nel loro catalogo.',
        'Restano dei loro titolari i loghi, le fotografie con l’indicazione dell’autore e i documenti caricati dagli enti. Le recensioni sono dei cittadini che le hanno scritte e sono pubblicate dopo la moderazione di WeMi.',
      ],
      en: [
        'WeMi is the city’s service that brings together in one place the care and help services offered by accredited third-sector organisations. The city accredits the organisations and validates each service sheet; each organisation answers for the services it offers and the quotes it sends.',
        'Whoever reuses the texts, service sheets or data of this site credits “WeMi – City” with a link to the page. The open data carry the same licence in their catalogue.',
        'Logos, photographs credited to their author and documents uploaded by the organisations remain their owners’. Reviews belong to the residents who wrote them and are published after WeMi’s moderation.',
      ],
    },
  },
  {
    slug: 'condizioni-di-servizio',
    title: { it: 'Condizioni generali di servizio', en: 'General terms of service' },
    summary: {
      it: 'Come funzionano richieste, preventivi, pagamenti e disdette dei servizi offerti su WeMi.',
      en: 'How requests, quotes, payments and cancellations work for the services offered on WeMi.',
    },
    content: {
      it: [
        'I servizi di WeMi sono offerti dagli enti del terzo settore accreditati dal Comune. WeMi ti mette in contatto con loro: l’accordo sul servizio è tra te e l’ente che scegli, e l’ente risponde di come lo svolge.',
        'Chiedere un servizio è gratuito e non ti impegna. Puoi inviare la stessa richiesta fino a cinque enti della stessa categoria; ognuno può risponderti con un preventivo che indica prezzo, orari, durata e fino a quando è valido.',
        'Accetti un solo preventivo e paghi solo dopo averlo accettato, con carta o con un voucher del Comune dove l’ente lo accetta. Ricevi la ricevuta nella tua area personale. Il prezzo pagato è quello del preventivo: l’ente non può chiederti altro per lo stesso servizio.',
        'Ogni scheda indica fino a quante ore prima puoi disdire senza costi. Una disdetta più tardiva segue le condizioni del preventivo che hai accettato.',
        'Un servizio condiviso parte quando il gruppo raggiunge il numero di persone indicato e l’ente lo conferma; fino ad allora non paghi nulla. Ognuno paga la propria quota, che scende al crescere del gruppo.',
        'Se qualcosa non va, scrivi all’ente nei messaggi della richiesta. Se non trovate un accordo puoi aprire una contestazione: lo staff di WeMi legge la conversazione e vi aiuta a risolverla. Per un disservizio di WeMi o di un ente usa «Segnala disservizio» in fondo a ogni pagina.',
        'Dopo il servizio puoi lasciare una recensione: viene pubblicata dopo la moderazione di WeMi, che verifica solo che rispetti le regole della comunità.',
      ],
      en: [
        'The services on WeMi are offered by third-sector organisations accredited by the city. WeMi puts you in touch with them: the agreement on the service is between you and the organisation you choose, which answers for how it is carried out.',
        'Requesting a service is free and commits you to nothing. You can send the same request to up to five organisations of the same category; each may answer with a quote that states the price, times, duration and how long it is valid.',
        'You accept one quote and pay only after accepting it, by card or with a city voucher where the organisation accepts it. The receipt is in your personal area. The price you pay is the quote’s: the organisation cannot ask you for more for the same service.',
        'Each service sheet says up to how many hours before you can cancel free of charge. A later cancellation follows the terms of the quote you accepted.',
        'A shared service starts when the group reaches the stated number of people and the organisation confirms it; until then you pay nothing. Each person pays their own share, which falls as the group grows.',
        'If something goes wrong, write to the organisation in the request’s messages. If you cannot agree you can open a dispute: WeMi staff read the conversation and help you settle it. For a problem with WeMi or an organisation use “Report a problem” at the bottom of every page.',
        'After the service you can leave a review: it is published after WeMi’s moderation, which only checks that it keeps to the community rules.',
      ],
    },
  },
  {
    slug: 'contatti',
    title: { it: 'Contatti', en: 'Contacts' },
    summary: { it: 'Come raggiungere la redazione e lo staff di WeMi.', en: 'How to reach the WeMi team.' },
    content: {
      it: [
        'Per domande sui servizi puoi venire in uno Spazio WeMi o scrivere alla redazione. Per un problema con una richiesta in corso usa i messaggi nella tua area personale: rispondiamo entro due giorni lavorativi.',
      ],
      en: [
        'For questions about services you can visit a WeMi desk or write to the team. For a problem with an ongoing request use the messages in your personal area: we reply within two working days.',
      ],
    },
  },
]

/** A news item's address differs by language, so it has a slug in each. */
export type NewsSeed = { slug: Bilingual; title: Bilingual; summary: Bilingual; content: Paragraphs; daysFromBase: number }

export const NEWS: NewsSeed[] = [
  {
    slug: { it: 'nuovi-servizi-estate', en: 'new-services-for-the-summer' },
    title: { it: 'Nuovi servizi per l’estate', en: 'New services for the summer' },
    summary: {
      it: 'Centri estivi, accompagnamento e pasti a domicilio: le novità di giugno e luglio.',
      en: 'Summer camps, accompaniment and home meals: what is new in June and July.',
    },
    content: {
      it: [
        'Con l’estate aumentano le richieste di aiuto per anziani soli e per i bambini a casa da scuola. Diciotto enti hanno ampliato orari e {{districtsWord}} serviti.',
      ],
      en: [
        'In summer, requests for help for older people living alone and for children home from school increase. Eighteen organisations have extended their hours and districts.',
      ],
    },
    daysFromBase: 150,
  },
  {
    slug: { it: 'babysitter-condivisa', en: 'shared-babysitter' },
    title: { it: 'La babysitter condivisa conviene', en: 'A shared babysitter saves money' },
    summary: {
      it: 'Tre famiglie dello stesso palazzo, una babysitter: come funziona e quanto si risparmia.',
      en: 'Three families in one building, one babysitter: how it works and how much you save.',
    },
    content: {
      it: [
        'Quando più famiglie condividono lo stesso servizio il prezzo per ciascuna scende anche della metà. Su WeMi trovi i servizi che si possono condividere e i gruppi già aperti nel tuo quartiere.',
      ],
      en: [
        'When several families share a service the price for each can drop by half. On WeMi you will find services that can be shared and groups already open in your neighbourhood.',
      ],
    },
    daysFromBase: 120,
  },
  {
    slug: { it: 'spazio-wemi-giambellino', en: 'giambellino-wemi-desk-opens' },
    title: { it: 'Apre lo Spazio WeMi Giambellino', en: 'The Giambellino WeMi desk opens' },
    summary: {
      it: 'Un nuovo sportello vicino al mercato per chi preferisce farsi aiutare di persona.',
      en: 'A new desk near the market for people who prefer help in person.',
    },
    content: {
      it: [
        'Lo sportello è aperto dal lunedì al venerdì. Gli operatori aiutano a cercare i servizi, a inviare le richieste e ad attivare lo SPID.',
      ],
      en: ['The desk is open Monday to Friday. Staff help you find services, send requests and set up SPID.'],
    },
    daysFromBase: 90,
  },
  {
    slug: { it: 'voucher-0-18', en: 'vouchers-for-families-with-children' },
    title: { it: 'Voucher per famiglie con figli', en: 'Vouchers for families with children' },
    summary: {
      it: 'Contributi da 100 a 400 euro per servizi educativi e di cura, in base all’ISEE.',
      en: 'Contributions of 100 to 400 euros for education and care services, based on ISEE.',
    },
    content: {
      it: [
        'I voucher si usano per pagare, in tutto o in parte, i servizi degli enti accreditati. L’importo dipende dalla fascia ISEE della famiglia.',
      ],
      en: ['Vouchers pay for all or part of the services of accredited organisations. The amount depends on the family’s ISEE band.'],
    },
    daysFromBase: 60,
  },
  {
    slug: { it: 'caregiver-non-siete-soli', en: 'family-carers-not-alone' },
    title: { it: 'Caregiver: non siete soli', en: 'Family carers: you are not alone' },
    summary: {
      it: 'Gruppi di sostegno, sollievo a domicilio e consulenza per chi assiste un familiare.',
      en: 'Support groups, respite at home and advice for people caring for a relative.',
    },
    content: {
      it: [
        'Prendersi cura di un familiare è un impegno che pesa. Gli enti di WeMi offrono ore di sollievo, gruppi di mutuo aiuto e colloqui con uno psicologo.',
      ],
      en: [
        'Caring for a relative is a heavy commitment. WeMi organisations offer respite hours, self-help groups and sessions with a psychologist.',
      ],
    },
    daysFromBase: 30,
  },
  {
    slug: { it: 'servizi-autunno', en: 'autumn-services' },
    title: { it: 'In arrivo i servizi d’autunno', en: 'Autumn services are coming' },
    summary: {
      it: 'Doposcuola e corsi di italiano ripartono a settembre: le iscrizioni aprono presto.',
      en: 'After-school clubs and Italian courses restart in September: enrolment opens soon.',
    },
    content: {
      it: ['Questa notizia è programmata: diventa pubblica alla data indicata dalla redazione.'],
      en: ['This news item is scheduled: it becomes public on the date set by the editors.'],
    },
    daysFromBase: 100000,
  },
]

export type FaqSeed = { topic: string; question: Bilingual; answer: Bilingual }

export const FAQS: FaqSeed[] = [
  {
    topic: 'general',
    question: { it: 'Che cos’è WeMi?', en: 'What is WeMi?' },
    answer: {
      it: 'È il servizio del Comune per trovare aiuto a casa e servizi di cura offerti da enti accreditati.',
      en: 'It is the city’s service for finding help at home and care services offered by accredited organisations.',
    },
  },
  {
    topic: 'general',
    question: { it: 'Chi sono gli enti di WeMi?', en: 'Who are WeMi’s organisations?' },
    answer: {
      it: 'Cooperative sociali, associazioni e fondazioni che il Comune ha verificato e accreditato per alcune categorie e {{districtsWord}}.',
      en: 'Social cooperatives, associations and foundations that the city has checked and accredited for some categories and districts.',
    },
  },
  {
    topic: 'requests',
    question: { it: 'A quanti enti posso chiedere un preventivo?', en: 'How many organisations can I ask for a quote?' },
    answer: {
      it: 'Fino a cinque enti con una sola richiesta, per servizi della stessa categoria.',
      en: 'Up to five organisations with one request, for services in the same category.',
    },
  },
  {
    topic: 'requests',
    question: { it: 'Quanto tempo hanno gli enti per rispondere?', en: 'How long do organisations have to reply?' },
    answer: {
      it: 'Di solito rispondono in due giorni lavorativi. Se un ente non risponde in tempo, la richiesta a quell’ente scade e te lo segnaliamo.',
      en: 'They usually reply within two working days. If an organisation does not reply in time, the request to it expires and we let you know.',
    },
  },
  {
    topic: 'payments',
    question: { it: 'Come posso pagare?', en: 'How can I pay?' },
    answer: {
      it: 'Con carta, PayPal, un voucher del Comune o nel modo concordato con l’ente. Alcuni servizi sono gratuiti.',
      en: 'By card, PayPal, a city voucher or as agreed with the organisation. Some services are free.',
    },
  },
  {
    topic: 'payments',
    question: { it: 'Posso disdire dopo aver pagato?', en: 'Can I cancel after paying?' },
    answer: {
      it: 'Sì: se disdici entro il preavviso indicato nella scheda del servizio ricevi il rimborso. Per ogni dubbio puoi chiedere l’intervento di WeMi.',
      en: 'Yes: if you cancel within the notice shown on the service page you get a refund. If in doubt, you can ask WeMi to step in.',
    },
  },
  {
    topic: 'sharing',
    question: { it: 'Che cos’è un servizio condiviso?', en: 'What is a shared service?' },
    answer: {
      it: 'Un servizio che più famiglie usano insieme, per esempio una babysitter per tre famiglie: ognuna paga meno.',
      en: 'A service several families use together, for example one babysitter for three families: each pays less.',
    },
  },
  {
    topic: 'account',
    question: { it: 'Come accedo?', en: 'How do I sign in?' },
    answer: {
      it: 'Con SPID o CIE, oppure con e-mail e password. In uno Spazio WeMi un operatore può aiutarti a farlo.',
      en: 'With SPID or CIE, or with e-mail and password. At a WeMi desk a member of staff can help you.',
    },
  },
  {
    topic: 'account',
    question: { it: 'Chi vede i miei dati?', en: 'Who sees my data?' },
    answer: {
      it: 'Solo gli enti a cui invii una richiesta e lo staff di WeMi quando serve. Ogni accesso dello staff ai dati sensibili viene registrato.',
      en: 'Only the organisations you send a request to, and WeMi staff when needed. Every staff access to sensitive data is recorded.',
    },
  },
  {
    topic: 'organisations',
    question: { it: 'Come si accredita un ente?', en: 'How does an organisation get accredited?' },
    answer: {
      it: 'L’ente compila la propria scheda e la invia; lo staff di WeMi la verifica, chiede eventuali correzioni e accredita l’ente per categorie e {{districtsWord}}.',
      en: 'The organisation fills in its profile and submits it; WeMi staff check it, ask for corrections if needed and accredit it for categories and districts.',
    },
  },
  {
    topic: 'organisations',
    question: { it: 'Quando compare online un nuovo servizio?', en: 'When does a new service appear online?' },
    answer: {
      it: 'Dopo la validazione dello staff di WeMi. Le modifiche a un servizio pubblicato vengono validate allo stesso modo, mentre resta visibile la versione precedente.',
      en: 'After WeMi staff validate it. Changes to a published service are validated the same way, while the previous version stays visible.',
    },
  },
  {
    topic: 'general',
    question: { it: 'Dove sono gli Spazi WeMi?', en: 'Where are the WeMi desks?' },
    answer: {
      it: 'In tutti i {{districtsWord}}. Trovi indirizzi e orari nella pagina degli Spazi WeMi.',
      en: 'In every district. You will find addresses and opening hours on the WeMi desks page.',
    },
  },
]
