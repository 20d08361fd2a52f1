/**
 * The catalogue's areas and categories — the real platform's 2020 list plus temporary social
 * housing — each with the material the seed writes services from. Texts are ours.
 */

type Text = readonly [it: string, en: string]

type Band = 'morning' | 'afternoon' | 'evening' | 'night'

export type CategorySeed = {
  slug: string
  name: Text
  description: Text
  icon: string
  targetGroups: readonly string[]
  /** Price models this kind of service uses, with a range in cents for each paid one. */
  prices: readonly { model: 'per-hour' | 'per-visit' | 'per-month' | 'package' | 'free'; min?: number; max?: number }[]
  /** Whether families can share it, which adds a price table by number of people. */
  shareable: boolean
  bands: readonly Band[]
  titles: readonly Text[]
  summary: Text
  body: Text
  audience: Text
  outcome: Text
  requirements: Text
  qualifications: Text
}

export type AreaSeed = { slug: string; name: Text; description: Text; icon: string; categories: readonly CategorySeed[] }

export const TARGET_GROUPS = [
  {
    slug: 'anziani',
    name: ['Anziani', 'Older people'],
    description: ['Persone anziane e le loro famiglie.', 'Older people and their families.'],
  },
  { slug: 'minori', name: ['Bambini e ragazzi', 'Children and young people'], description: ['Da 0 a 18 anni.', 'From birth to 18.'] },
  {
    slug: 'disabilita',
    name: ['Persone con disabilità', 'People with disabilities'],
    description: ['Disabilità fisica, sensoriale, intellettiva.', 'Physical, sensory and intellectual disabilities.'],
  },
  {
    slug: 'famiglie',
    name: ['Famiglie', 'Families'],
    description: ['Genitori, coppie, nuclei con figli.', 'Parents, couples, households with children.'],
  },
  {
    slug: 'caregiver',
    name: ['Caregiver familiari', 'Family carers'],
    description: ['Chi si prende cura di un familiare.', 'People who look after a relative.'],
  },
  {
    slug: 'adulti-fragili',
    name: ['Adulti in difficoltà', 'Adults in difficulty'],
    description: ['Momenti di fragilità economica o sociale.', 'Times of economic or social hardship.'],
  },
  {
    slug: 'stranieri',
    name: ['Cittadini stranieri', 'Foreign residents'],
    description: ['Chi è arrivato da poco in città.', 'People who recently came to the city.'],
  },
] as const

/** Titles that name a time of day: a service called so is offered then, whatever else it offers. */
export const BAND_IN_TITLE: Readonly<Record<string, Band>> = {
  'Aiuto in casa al mattino': 'morning',
  'Assistenza notturna a domicilio': 'night',
  'Babysitter per la sera': 'evening',
}

export const AREAS: readonly AreaSeed[] = [
  {
    slug: 'assistenza-e-cura',
    name: ['Assistenza e cura', 'Care and assistance'],
    description: ['Aiuto a casa per chi non è più del tutto autonomo.', 'Help at home for people who need support.'],
    icon: 'it-user',
    categories: [
      {
        slug: 'assistenza-domiciliare',
        name: ['Assistenza domiciliare', 'Home care'],
        description: ['Aiuto nelle attività quotidiane a casa.', 'Help with daily activities at home.'],
        icon: 'it-pa',
        targetGroups: ['anziani', 'caregiver', 'disabilita'],
        prices: [{ model: 'per-hour', min: 1600, max: 2400 }],
        shareable: true,
        bands: ['morning', 'afternoon', 'evening', 'night'],
        titles: [
          ['Assistenza domiciliare per anziani', 'Home care for older people'],
          ['Badante a ore', 'Hourly care worker'],
          ['Aiuto in casa al mattino', 'Morning help at home'],
          ['Assistenza notturna a domicilio', 'Overnight care at home'],
          ['Sollievo per chi assiste un familiare', 'Respite for family carers'],
        ],
        summary: [
          'Un operatore qualificato aiuta in casa nell’igiene personale, nei pasti e nella compagnia, con orari concordati.',
          'A qualified worker helps at home with personal care, meals and company, at agreed times.',
        ],
        body: [
          'L’operatore affianca la persona nelle attività di ogni giorno: alzarsi e lavarsi, vestirsi, preparare e consumare i pasti, prendere le medicine all’ora giusta, fare due passi. Il piano di assistenza si decide insieme alla famiglia nel primo incontro e si rivede ogni mese.',
          'The worker supports the person in everyday activities: getting up and washing, dressing, preparing and eating meals, taking medicines on time, going for a short walk. The care plan is agreed with the family at the first meeting and reviewed every month.',
        ],
        audience: [
          'Persone anziane o con una fragilità temporanea che vivono a casa propria, e i familiari che se ne prendono cura.',
          'Older people, or people with a temporary frailty, living in their own home, and the relatives who look after them.',
        ],
        outcome: [
          'Ore di assistenza a domicilio con lo stesso operatore, un piano scritto e un referente dell’ente sempre raggiungibile.',
          'Hours of care at home with the same worker, a written plan and a contact person at the organisation you can always reach.',
        ],
        requirements: [
          'Il codice fiscale della persona assistita e, se ci sono, le indicazioni del medico curante.',
          'The tax code of the person receiving care and, if any, the family doctor’s instructions.',
        ],
        qualifications: [
          'Operatori socio-sanitari (OSS) e assistenti familiari con attestato regionale.',
          'Certified social-care workers (OSS) and family assistants with a regional certificate.',
        ],
      },
      {
        slug: 'assistenza-disabilita',
        name: ['Assistenza a persone con disabilità', 'Support for people with disabilities'],
        description: ['Sostegno alla vita indipendente.', 'Support for independent living.'],
        icon: 'it-user',
        targetGroups: ['disabilita', 'famiglie', 'caregiver'],
        prices: [{ model: 'per-hour', min: 1800, max: 2600 }],
        shareable: false,
        bands: ['morning', 'afternoon', 'evening'],
        titles: [
          ['Assistenza educativa a domicilio per persone con disabilità', 'Educational support at home for people with disabilities'],
          ['Sostegno alla vita indipendente', 'Support for independent living'],
          ['Affiancamento nel tempo libero', 'Support in leisure time'],
        ],
        summary: [
          'Educatori e operatori accompagnano la persona nelle autonomie di casa e fuori casa, con un progetto personale.',
          'Educators and care workers support the person’s independence at home and outside, with a personal plan.',
        ],
        body: [
          'Il servizio parte dai desideri della persona: imparare a muoversi in città, gestire la spesa, coltivare un interesse. L’educatore costruisce con lei e con la famiglia un progetto con obiettivi chiari e tempi di verifica.',
          'The service starts from what the person wants: learning to get around the city, managing the shopping, following an interest. The educator builds a plan with clear goals and review dates together with the person and the family.',
        ],
        audience: [
          'Persone con disabilità di ogni età che vivono in famiglia o da sole, e i loro familiari.',
          'People with disabilities of any age living with their family or on their own, and their relatives.',
        ],
        outcome: [
          'Un progetto individuale, incontri regolari con un educatore e una verifica periodica con la famiglia.',
          'An individual plan, regular sessions with an educator and periodic reviews with the family.',
        ],
        requirements: [
          'Il verbale di invalidità o di disabilità, se disponibile, e il codice fiscale.',
          'The disability assessment, if available, and the tax code.',
        ],
        qualifications: ['Educatori professionali e operatori socio-sanitari.', 'Professional educators and social-care workers.'],
      },
      {
        slug: 'assistenza-sanitaria',
        name: ['Assistenza sanitaria a domicilio', 'Health care at home'],
        description: ['Prestazioni infermieristiche e riabilitative a casa.', 'Nursing and rehabilitation at home.'],
        icon: 'it-plus-circle',
        targetGroups: ['anziani', 'disabilita'],
        prices: [{ model: 'per-visit', min: 2500, max: 6000 }],
        shareable: false,
        bands: ['morning', 'afternoon'],
        titles: [
          ['Infermiere a domicilio', 'Nurse at home'],
          ['Fisioterapia a domicilio', 'Physiotherapy at home'],
          ['Prelievi e medicazioni a casa', 'Blood tests and dressings at home'],
        ],
        summary: [
          'Un infermiere o un fisioterapista viene a casa per prelievi, medicazioni, terapie e riabilitazione.',
          'A nurse or physiotherapist comes to your home for blood tests, dressings, treatments and rehabilitation.',
        ],
        body: [
          'Le prestazioni sono svolte da professionisti iscritti al proprio ordine, secondo la prescrizione del medico. Dopo ogni visita lasciamo una nota scritta per la famiglia e, se serve, per il medico curante.',
          'Treatments are carried out by registered professionals, following the doctor’s prescription. After each visit we leave a written note for the family and, when needed, for the family doctor.',
        ],
        audience: [
          'Chi ha bisogno di cure a casa perché non può spostarsi facilmente, dopo un ricovero o per una malattia cronica.',
          'People who need care at home because they cannot easily travel, after a hospital stay or with a chronic illness.',
        ],
        outcome: [
          'La prestazione richiesta a casa, con una nota scritta dopo ogni visita.',
          'The treatment you need at home, with a written note after each visit.',
        ],
        requirements: [
          'La prescrizione del medico, quando la prestazione la richiede.',
          'The doctor’s prescription, when the treatment requires one.',
        ],
        qualifications: ['Infermieri e fisioterapisti iscritti all’albo.', 'Registered nurses and physiotherapists.'],
      },
      {
        slug: 'cura-della-persona',
        name: ['Cura della persona', 'Personal care'],
        description: ['Parrucchiere, pedicure e cura estetica a casa.', 'Hairdresser, pedicure and beauty care at home.'],
        icon: 'it-star-outline',
        targetGroups: ['anziani', 'disabilita'],
        prices: [{ model: 'per-visit', min: 1500, max: 4000 }],
        shareable: false,
        bands: ['morning', 'afternoon'],
        titles: [
          ['Parrucchiere a domicilio', 'Hairdresser at home'],
          ['Pedicure curativa a casa', 'Foot care at home'],
          ['Cura estetica per chi non esce di casa', 'Beauty care for people who cannot go out'],
        ],
        summary: [
          'Taglio, piega, pedicure e piccola cura estetica a casa, per chi fa fatica a uscire.',
          'Haircut, styling, pedicure and small beauty treatments at home, for people who find it hard to go out.',
        ],
        body: [
          'Sentirsi in ordine aiuta a stare bene. Portiamo a casa gli strumenti e lasciamo tutto pulito; i prodotti sono delicati e adatti alle pelli sensibili.',
          'Looking good helps you feel good. We bring our tools to your home and leave everything clean; our products are gentle and suitable for sensitive skin.',
        ],
        audience: ['Persone anziane o con mobilità ridotta.', 'Older people or people with reduced mobility.'],
        outcome: ['Il trattamento scelto, a casa, nell’orario concordato.', 'The treatment you chose, at home, at the agreed time.'],
        requirements: ['Nessun documento: basta concordare l’appuntamento.', 'No documents: just agree on an appointment.'],
        qualifications: ['Acconciatori ed estetisti abilitati.', 'Licensed hairdressers and beauticians.'],
      },
    ],
  },
  {
    slug: 'educazione-e-famiglia',
    name: ['Educazione e famiglia', 'Education and family'],
    description: ['Bambini, ragazzi e genitori.', 'Children, young people and parents.'],
    icon: 'it-card',
    categories: [
      {
        slug: 'babysitting',
        name: ['Babysitting', 'Babysitting'],
        description: ['Baby sitter a casa, anche condivisa tra famiglie.', 'Babysitters at home, also shared between families.'],
        icon: 'it-horn',
        targetGroups: ['minori', 'famiglie'],
        prices: [{ model: 'per-hour', min: 1100, max: 1800 }],
        shareable: true,
        bands: ['morning', 'afternoon', 'evening'],
        titles: [
          ['Babysitter a domicilio', 'Babysitter at home'],
          ['Babysitter condivisa tra famiglie', 'Babysitter shared between families'],
          ['Babysitting il pomeriggio dopo la scuola', 'After-school babysitting'],
          ['Babysitter per la sera', 'Evening babysitter'],
        ],
        summary: [
          'Baby sitter formate e selezionate dall’ente, anche per due o tre famiglie insieme a un prezzo più basso per ciascuna.',
          'Babysitters trained and selected by the organisation, also for two or three families together at a lower price for each.',
        ],
        body: [
          'Prima di iniziare incontriamo la famiglia per conoscere i bambini e le loro abitudini. Nella formula condivisa la baby sitter segue i bambini di più famiglie nella casa di una di loro o a turno.',
          'Before starting we meet the family to get to know the children and their routines. In the shared formula the babysitter looks after the children of several families in one of their homes or in turn.',
        ],
        audience: ['Famiglie con bambini da 0 a 12 anni.', 'Families with children aged 0 to 12.'],
        outcome: [
          'Una baby sitter di riferimento, una sostituta in caso di assenza e un colloquio di verifica dopo il primo mese.',
          'A regular babysitter, a replacement when she is away and a review meeting after the first month.',
        ],
        requirements: ['Le informazioni su allergie e abitudini dei bambini.', 'Information about the children’s allergies and routines.'],
        qualifications: ['Baby sitter con corso di primo soccorso pediatrico.', 'Babysitters trained in paediatric first aid.'],
      },
      {
        slug: 'sostegno-educativo',
        name: ['Sostegno educativo e doposcuola', 'Educational support and after-school'],
        description: ['Aiuto nei compiti e nello studio.', 'Help with homework and study.'],
        icon: 'it-pencil',
        targetGroups: ['minori', 'famiglie', 'stranieri'],
        prices: [
          { model: 'per-month', min: 8000, max: 22000 },
          { model: 'per-hour', min: 1500, max: 2500 },
        ],
        shareable: true,
        bands: ['afternoon'],
        titles: [
          ['Doposcuola di quartiere', 'Neighbourhood after-school club'],
          ['Aiuto compiti a domicilio', 'Homework help at home'],
          ['Sostegno allo studio per ragazzi con DSA', 'Study support for young people with learning difficulties'],
        ],
        summary: [
          'Educatori che aiutano bambini e ragazzi nei compiti e nel metodo di studio, da soli o in piccoli gruppi.',
          'Educators who help children and young people with homework and study skills, on their own or in small groups.',
        ],
        body: [
          'Lavoriamo in accordo con la scuola e con la famiglia. Nei piccoli gruppi i ragazzi imparano anche a organizzarsi e ad aiutarsi a vicenda.',
          'We work together with the school and the family. In small groups young people also learn to organise themselves and help each other.',
        ],
        audience: ['Studenti della scuola primaria e secondaria.', 'Primary and secondary school pupils.'],
        outcome: [
          'Pomeriggi di studio seguiti, con un confronto mensile con la famiglia.',
          'Supervised study afternoons, with a monthly talk with the family.',
        ],
        requirements: [
          'Il diario e i materiali scolastici; l’eventuale piano didattico personalizzato.',
          'The school diary and materials; any personalised learning plan.',
        ],
        qualifications: [
          'Educatori e insegnanti con esperienza nei disturbi dell’apprendimento.',
          'Educators and teachers experienced with learning difficulties.',
        ],
      },
      {
        slug: 'supporto-psicologico',
        name: ['Supporto psicologico', 'Psychological support'],
        description: ['Colloqui individuali, di coppia e familiari.', 'Individual, couple and family sessions.'],
        icon: 'it-comment',
        targetGroups: ['famiglie', 'caregiver', 'adulti-fragili', 'minori'],
        prices: [{ model: 'per-visit', min: 3500, max: 6500 }, { model: 'free' }],
        shareable: false,
        bands: ['morning', 'afternoon', 'evening'],
        titles: [
          ['Colloqui di sostegno psicologico', 'Psychological support sessions'],
          ['Sportello di ascolto per famiglie', 'Listening desk for families'],
          ['Gruppo di sostegno per caregiver', 'Support group for family carers'],
        ],
        summary: [
          'Uno spazio per parlare con uno psicologo di un momento difficile, in sede oppure online.',
          'A space to talk with a psychologist about a difficult time, in person or online.',
        ],
        body: [
          'I primi colloqui servono a capire insieme di che cosa c’è bisogno. Tutto ciò che viene detto resta riservato, secondo il codice deontologico degli psicologi.',
          'The first sessions help us understand together what is needed. Everything said stays confidential, under the psychologists’ code of ethics.',
        ],
        audience: [
          'Adulti, coppie, genitori e ragazzi che attraversano un periodo difficile.',
          'Adults, couples, parents and young people going through a hard time.',
        ],
        outcome: ['Un ciclo di colloqui concordato con lo psicologo.', 'A course of sessions agreed with the psychologist.'],
        requirements: ['Nessun documento per il primo colloquio.', 'No documents for the first session.'],
        qualifications: ['Psicologi e psicoterapeuti iscritti all’albo.', 'Registered psychologists and psychotherapists.'],
      },
      {
        slug: 'corsi-di-italiano',
        name: ['Corsi di italiano', 'Italian courses'],
        description: ['Italiano per stranieri, dai primi passi al B1.', 'Italian for foreigners, from beginner to B1.'],
        icon: 'it-book',
        targetGroups: ['stranieri', 'famiglie'],
        prices: [{ model: 'package', min: 4000, max: 12000 }, { model: 'free' }],
        shareable: true,
        bands: ['morning', 'evening'],
        titles: [
          ['Corso di italiano per adulti', 'Italian course for adults'],
          ['Italiano per mamme con spazio bimbi', 'Italian for mothers, with a children’s corner'],
          ['Preparazione all’esame di italiano A2', 'Preparing for the A2 Italian exam'],
        ],
        summary: [
          'Lezioni di italiano in piccoli gruppi, con attenzione alla vita di tutti i giorni: uffici, scuola, lavoro.',
          'Italian lessons in small groups, focused on everyday life: offices, school, work.',
        ],
        body: [
          'Un test iniziale ci dice da quale livello partire. Le lezioni usano situazioni reali: prenotare una visita, parlare con gli insegnanti, leggere un contratto.',
          'A placement test tells us where to start. Lessons use real situations: booking a doctor’s appointment, talking to teachers, reading a contract.',
        ],
        audience: ['Cittadini stranieri che vivono in città.', 'Foreign residents living in the city.'],
        outcome: ['Un corso di 40 ore con attestato di frequenza.', 'A 40-hour course with a certificate of attendance.'],
        requirements: ['Un documento di identità.', 'An identity document.'],
        qualifications: [
          'Docenti con certificazione per l’insegnamento dell’italiano a stranieri.',
          'Teachers certified to teach Italian as a foreign language.',
        ],
      },
    ],
  },
  {
    slug: 'casa-e-vita-quotidiana',
    name: ['Casa e vita quotidiana', 'Home and daily life'],
    description: ['Pasti, spesa, pulizie e piccoli lavori.', 'Meals, shopping, cleaning and small jobs.'],
    icon: 'it-pa',
    categories: [
      {
        slug: 'collaborazione-domestica',
        name: ['Collaborazione domestica', 'Domestic help'],
        description: ['Pulizie, bucato, stiro.', 'Cleaning, laundry, ironing.'],
        icon: 'it-pa',
        targetGroups: ['anziani', 'famiglie', 'disabilita'],
        prices: [{ model: 'per-hour', min: 1100, max: 1600 }],
        shareable: false,
        bands: ['morning', 'afternoon'],
        titles: [
          ['Colf a ore', 'Hourly domestic helper'],
          ['Pulizie e riordino della casa', 'Cleaning and tidying the home'],
          ['Bucato e stiro a domicilio', 'Laundry and ironing at home'],
        ],
        summary: [
          'Aiuto per le pulizie, il bucato e lo stiro, con personale regolarmente assunto.',
          'Help with cleaning, laundry and ironing, by properly employed staff.',
        ],
        body: [
          'Concordiamo le attività e gli orari; la persona che viene a casa è sempre la stessa e, se si assenta, viene sostituita.',
          'We agree on the tasks and times; the same person always comes to your home and is replaced if absent.',
        ],
        audience: ['Persone sole, anziani, famiglie con poco tempo.', 'People living alone, older people, busy families.'],
        outcome: ['Le ore di aiuto concordate ogni settimana.', 'The agreed hours of help every week.'],
        requirements: ['Nessun documento.', 'No documents.'],
        qualifications: ['Collaboratrici domestiche con esperienza.', 'Experienced domestic helpers.'],
      },
      {
        slug: 'pasti-a-domicilio',
        name: ['Pasti a domicilio', 'Meals at home'],
        description: ['Pranzo e cena consegnati a casa.', 'Lunch and dinner delivered to your home.'],
        icon: 'it-box',
        targetGroups: ['anziani', 'disabilita', 'adulti-fragili'],
        prices: [{ model: 'per-visit', min: 650, max: 1200 }],
        shareable: false,
        bands: ['morning', 'evening'],
        titles: [
          ['Pasti caldi a domicilio', 'Hot meals at home'],
          ['Pranzo a casa per anziani', 'Lunch at home for older people'],
          ['Pasti per diete speciali', 'Meals for special diets'],
        ],
        summary: [
          'Un pasto completo consegnato a casa ogni giorno, anche per diete particolari, con un saluto di chi lo porta.',
          'A full meal delivered to your home every day, also for special diets, with a friendly word from whoever brings it.',
        ],
        body: [
          'Il menu cambia ogni settimana e si può scegliere tra due proposte. Chi consegna il pasto si ferma un momento e avvisa la famiglia se nota qualcosa che non va.',
          'The menu changes every week with a choice of two options. Whoever delivers the meal stops for a moment and lets the family know if something seems wrong.',
        ],
        audience: ['Anziani e persone che non possono cucinare da sole.', 'Older people and people who cannot cook for themselves.'],
        outcome: ['Un pasto al giorno, dal lunedì al sabato.', 'One meal a day, Monday to Saturday.'],
        requirements: ['Eventuali indicazioni mediche sulla dieta.', 'Any medical advice about diet.'],
        qualifications: ['Cucina con certificazione HACCP.', 'HACCP-certified kitchen.'],
      },
      {
        slug: 'commissioni-e-spesa',
        name: ['Commissioni e spesa', 'Errands and shopping'],
        description: ['Spesa, farmacia, posta.', 'Shopping, pharmacy, post office.'],
        icon: 'it-exchange-circle',
        targetGroups: ['anziani', 'disabilita'],
        prices: [{ model: 'per-visit', min: 800, max: 1500 }, { model: 'free' }],
        shareable: false,
        bands: ['morning', 'afternoon'],
        titles: [
          ['Spesa a domicilio', 'Grocery shopping delivered'],
          ['Commissioni in farmacia e in posta', 'Errands to the pharmacy and post office'],
          ['Vicini che aiutano: piccole commissioni', 'Neighbours who help: small errands'],
        ],
        summary: [
          'Qualcuno che fa la spesa, ritira le medicine o paga una bolletta per te.',
          'Someone who does the shopping, collects medicines or pays a bill for you.',
        ],
        body: [
          'Ci dici cosa ti serve per telefono o di persona; consegniamo con lo scontrino e il resto.',
          'Tell us what you need by phone or in person; we deliver with the receipt and your change.',
        ],
        audience: ['Anziani e persone che non possono uscire facilmente.', 'Older people and people who cannot easily go out.'],
        outcome: ['La commissione fatta, con lo scontrino.', 'The errand done, with the receipt.'],
        requirements: ['La lista della spesa o la ricetta del medico.', 'The shopping list or the doctor’s prescription.'],
        qualifications: ['Operatori e volontari formati.', 'Trained staff and volunteers.'],
      },
      {
        slug: 'piccole-riparazioni',
        name: ['Piccole riparazioni in casa', 'Small home repairs'],
        description: ['Lavoretti, sicurezza in casa, piccoli traslochi.', 'Odd jobs, home safety, small moves.'],
        icon: 'it-settings',
        targetGroups: ['anziani', 'famiglie'],
        prices: [{ model: 'per-visit', min: 2500, max: 6000 }],
        shareable: false,
        bands: ['morning', 'afternoon'],
        titles: [
          ['Piccole riparazioni a domicilio', 'Small repairs at home'],
          ['Casa sicura: maniglioni e luci', 'Safe home: grab bars and lights'],
          ['Aiuto per piccoli traslochi', 'Help with small moves'],
        ],
        summary: [
          'Un tecnico per i piccoli lavori: una lampadina, un rubinetto, un maniglione in bagno.',
          'A handyman for small jobs: a light bulb, a tap, a grab bar in the bathroom.',
        ],
        body: [
          'Facciamo un sopralluogo gratuito e un preventivo chiaro prima di iniziare.',
          'We visit free of charge and give a clear quote before starting.',
        ],
        audience: ['Anziani e famiglie.', 'Older people and families.'],
        outcome: ['Il lavoro concordato, con garanzia di 12 mesi.', 'The agreed job, with a 12-month guarantee.'],
        requirements: ['Nessun documento.', 'No documents.'],
        qualifications: ['Tecnici manutentori.', 'Maintenance technicians.'],
      },
      {
        slug: 'cura-animali',
        name: ['Cura degli animali', 'Pet care'],
        description: ['Passeggiate e cura degli animali domestici.', 'Walks and care for pets.'],
        icon: 'it-favorite',
        targetGroups: ['anziani', 'disabilita'],
        prices: [{ model: 'per-visit', min: 800, max: 2000 }],
        shareable: true,
        bands: ['morning', 'afternoon', 'evening'],
        titles: [
          ['Dog sitter di quartiere', 'Neighbourhood dog sitter'],
          ['Cura del tuo animale quando sei in ospedale', 'Pet care while you are in hospital'],
        ],
        summary: [
          'Passeggiate, pappa e compagnia per cani e gatti di chi non può occuparsene per un periodo.',
          'Walks, food and company for the dogs and cats of people who cannot look after them for a while.',
        ],
        body: [
          'Il primo incontro serve a conoscere l’animale e le sue abitudini.',
          'The first meeting is to get to know the animal and its habits.',
        ],
        audience: [
          'Anziani e persone con mobilità ridotta che hanno un animale.',
          'Older people and people with reduced mobility who have a pet.',
        ],
        outcome: ['Visite o passeggiate nei giorni concordati.', 'Visits or walks on the agreed days.'],
        requirements: ['Il libretto sanitario dell’animale.', 'The animal’s health booklet.'],
        qualifications: ['Operatori con corso di educazione cinofila.', 'Workers trained in dog handling.'],
      },
    ],
  },
  {
    slug: 'accompagnamento-e-trasporto',
    name: ['Accompagnamento e trasporto', 'Accompaniment and transport'],
    description: ['Per spostarsi in città in sicurezza.', 'Getting around the city safely.'],
    icon: 'it-car',
    categories: [
      {
        slug: 'accompagnamento-trasporto',
        name: ['Accompagnamento con trasporto', 'Accompaniment with transport'],
        description: ['Trasporto con auto attrezzata e accompagnatore.', 'Transport by adapted car with a companion.'],
        icon: 'it-car',
        targetGroups: ['anziani', 'disabilita'],
        prices: [{ model: 'per-visit', min: 1500, max: 4000 }],
        shareable: true,
        bands: ['morning', 'afternoon'],
        titles: [
          ['Trasporto con accompagnatore', 'Transport with a companion'],
          ['Trasporto con mezzo attrezzato per carrozzine', 'Transport in a wheelchair-accessible vehicle'],
          ['Accompagnamento al centro diurno', 'Accompaniment to the day centre'],
        ],
        summary: [
          'Un autista e un accompagnatore ti portano dove serve e ti riportano a casa.',
          'A driver and a companion take you where you need to go and bring you home.',
        ],
        body: [
          'Il mezzo è attrezzato per carrozzine. L’accompagnatore resta con te per tutto il tempo necessario.',
          'The vehicle carries wheelchairs. The companion stays with you for as long as needed.',
        ],
        audience: ['Persone anziane o con disabilità.', 'Older people or people with disabilities.'],
        outcome: ['Il viaggio di andata e ritorno con accompagnatore.', 'The return journey with a companion.'],
        requirements: ['Data, ora e indirizzo della destinazione.', 'Date, time and address of the destination.'],
        qualifications: ['Autisti con corso di primo soccorso.', 'Drivers trained in first aid.'],
      },
      {
        slug: 'accompagnamento-visite',
        name: ['Accompagnamento a visite mediche', 'Accompaniment to medical appointments'],
        description: ['Qualcuno che ti accompagna e ti aspetta.', 'Someone who goes with you and waits for you.'],
        icon: 'it-calendar',
        targetGroups: ['anziani', 'disabilita', 'caregiver'],
        prices: [{ model: 'per-visit', min: 1800, max: 3500 }],
        shareable: false,
        bands: ['morning', 'afternoon'],
        titles: [
          ['Accompagnamento a visite mediche', 'Accompaniment to medical appointments'],
          ['Accompagnamento in ospedale e agli esami', 'Accompaniment to hospital and tests'],
        ],
        summary: [
          'Un operatore ti accompagna alla visita, ti aiuta con l’accettazione e ti riporta a casa.',
          'A worker goes with you to the appointment, helps you check in and brings you home.',
        ],
        body: [
          'Su richiesta l’operatore prende appunti su quello che dice il medico e li lascia a te o alla famiglia.',
          'If you wish, the worker takes notes of what the doctor says and leaves them with you or your family.',
        ],
        audience: [
          'Anziani soli e persone che hanno bisogno di aiuto per le visite.',
          'Older people living alone and people who need help with appointments.',
        ],
        outcome: ['L’accompagnamento alla visita e il ritorno a casa.', 'Accompaniment to the appointment and back home.'],
        requirements: ['L’appuntamento e l’impegnativa del medico.', 'The appointment and the doctor’s referral.'],
        qualifications: ['Operatori socio-sanitari.', 'Social-care workers.'],
      },
    ],
  },
  {
    slug: 'pratiche-e-lavoro-domestico',
    name: ['Pratiche e lavoro domestico', 'Paperwork and domestic employment'],
    description: ['Moduli, uffici e contratti per colf e badanti.', 'Forms, offices and contracts for domestic workers.'],
    icon: 'it-file',
    categories: [
      {
        slug: 'disbrigo-pratiche',
        name: ['Disbrigo pratiche', 'Help with paperwork'],
        description: ['Moduli, domande, appuntamenti online.', 'Forms, applications, online bookings.'],
        icon: 'it-file',
        targetGroups: ['anziani', 'stranieri', 'adulti-fragili'],
        prices: [{ model: 'per-visit', min: 1000, max: 3000 }, { model: 'free' }],
        shareable: false,
        bands: ['morning', 'afternoon'],
        titles: [
          ['Aiuto con le pratiche online', 'Help with online paperwork'],
          ['Assistenza per domande di bonus e agevolazioni', 'Help applying for benefits and allowances'],
          ['Aiuto per attivare lo SPID', 'Help setting up SPID'],
        ],
        summary: [
          'Ti aiutiamo a compilare moduli, prenotare appuntamenti e presentare domande agli uffici.',
          'We help you fill in forms, book appointments and submit applications to offices.',
        ],
        body: [
          'Porta con te i documenti che hai: li guardiamo insieme e ti spieghiamo ogni passaggio.',
          'Bring the documents you have: we look at them together and explain every step.',
        ],
        audience: ['Chi ha difficoltà con moduli e servizi online.', 'Anyone who finds forms and online services difficult.'],
        outcome: ['La pratica compilata e inviata, con una copia per te.', 'The application filled in and sent, with a copy for you.'],
        requirements: [
          'Documento di identità, codice fiscale e i documenti della pratica.',
          'Identity document, tax code and the documents for the application.',
        ],
        qualifications: ['Operatori di patronato e CAF.', 'Staff of welfare and tax advice centres.'],
      },
      {
        slug: 'gestione-lavoro-domestico',
        name: ['Gestione del lavoro domestico', 'Managing domestic employment'],
        description: [
          'Contratti, buste paga e contributi per colf e badanti.',
          'Contracts, payslips and contributions for domestic workers.',
        ],
        icon: 'it-files',
        targetGroups: ['famiglie', 'anziani', 'caregiver'],
        prices: [{ model: 'package', min: 6000, max: 18000 }],
        shareable: false,
        bands: ['morning', 'afternoon'],
        titles: [
          ['Assunzione e contratto di colf e badanti', 'Hiring and contracts for domestic and care workers'],
          ['Buste paga e contributi per il lavoro domestico', 'Payslips and contributions for domestic work'],
        ],
        summary: [
          'Ci occupiamo di assunzione, buste paga, contributi e fine rapporto secondo il contratto nazionale.',
          'We handle hiring, payslips, contributions and termination under the national contract.',
        ],
        body: [
          'Calcoliamo il costo reale del rapporto di lavoro prima di iniziare, così sai cosa aspettarti.',
          'We work out the real cost of the employment before it starts, so you know what to expect.',
        ],
        audience: [
          'Famiglie che assumono una colf, una badante o una baby sitter.',
          'Families hiring a domestic worker, carer or babysitter.',
        ],
        outcome: [
          'Contratto, comunicazioni obbligatorie e buste paga per un anno.',
          'Contract, mandatory notices and payslips for a year.',
        ],
        requirements: ['I documenti del datore di lavoro e del lavoratore.', 'The employer’s and the worker’s documents.'],
        qualifications: ['Consulenti del lavoro.', 'Employment consultants.'],
      },
    ],
  },
  {
    slug: 'abitare',
    name: ['Abitare', 'Housing'],
    description: ['Soluzioni abitative temporanee.', 'Temporary housing solutions.'],
    icon: 'it-pa',
    categories: [
      {
        slug: 'residenzialita-temporanea',
        name: ['Residenzialità sociale temporanea', 'Temporary social housing'],
        description: ['Un alloggio per un periodo di difficoltà.', 'A home for a difficult period.'],
        icon: 'it-pa',
        targetGroups: ['famiglie', 'adulti-fragili', 'stranieri'],
        prices: [{ model: 'per-month', min: 25000, max: 55000 }],
        shareable: false,
        bands: ['morning', 'afternoon', 'evening', 'night'],
        titles: [
          ['Alloggio temporaneo per famiglie', 'Temporary home for families'],
          ['Appartamento condiviso per lavoratori in trasferta', 'Shared flat for people relocating for work'],
          ['Housing sociale per genitori separati', 'Social housing for separated parents'],
        ],
        summary: [
          'Un alloggio arredato a canone calmierato per un periodo da 3 a 18 mesi, con un educatore di riferimento.',
          'A furnished home at a reduced rent for 3 to 18 months, with a support worker.',
        ],
        body: [
          'L’alloggio fa parte di un progetto: insieme all’educatore si lavora per trovare una casa stabile.',
          'The home is part of a plan: together with the support worker you work towards a stable home.',
        ],
        audience: [
          'Famiglie e persone che hanno perso la casa o devono lasciarla.',
          'Families and people who have lost their home or must leave it.',
        ],
        outcome: ['Un alloggio arredato e un percorso di accompagnamento.', 'A furnished home and ongoing support.'],
        requirements: ['ISEE in corso di validità e documenti di identità.', 'A valid ISEE statement and identity documents.'],
        qualifications: ['Educatori e assistenti sociali.', 'Support workers and social workers.'],
      },
    ],
  },
  {
    slug: 'socialita-e-benessere',
    name: ['Socialità e benessere', 'Social life and wellbeing'],
    description: ['Stare insieme e stare bene.', 'Being together and feeling well.'],
    icon: 'it-star-full',
    categories: [
      {
        slug: 'socializzazione',
        name: ['Attività di socializzazione', 'Social activities'],
        description: ['Laboratori, gite, pomeriggi insieme.', 'Workshops, outings, afternoons together.'],
        icon: 'it-star-full',
        targetGroups: ['anziani', 'disabilita', 'caregiver'],
        prices: [{ model: 'free' }, { model: 'package', min: 2000, max: 8000 }],
        shareable: true,
        bands: ['morning', 'afternoon'],
        titles: [
          ['Pomeriggi insieme in quartiere', 'Afternoons together in the neighbourhood'],
          ['Laboratorio di memoria', 'Memory workshop'],
          ['Gite e uscite culturali', 'Outings and cultural visits'],
        ],
        summary: [
          'Incontri di gruppo per fare cose insieme e conoscere persone nuove nel quartiere.',
          'Group meetings to do things together and meet new people in the neighbourhood.',
        ],
        body: [
          'Ogni settimana un programma diverso: musica, giochi, racconti, piccole gite.',
          'A different programme every week: music, games, stories, short trips.',
        ],
        audience: ['Anziani e persone che vogliono compagnia.', 'Older people and anyone who wants company.'],
        outcome: ['Incontri settimanali in un gruppo stabile.', 'Weekly meetings in a steady group.'],
        requirements: ['Nessun documento.', 'No documents.'],
        qualifications: ['Animatori ed educatori.', 'Activity leaders and educators.'],
      },
      {
        slug: 'attivita-motoria',
        name: ['Benessere e attività motoria', 'Wellbeing and exercise'],
        description: ['Ginnastica dolce, camminate, yoga.', 'Gentle exercise, walking groups, yoga.'],
        icon: 'it-chart-line',
        targetGroups: ['anziani', 'disabilita'],
        prices: [{ model: 'package', min: 3000, max: 9000 }],
        shareable: true,
        bands: ['morning', 'afternoon', 'evening'],
        titles: [
          ['Ginnastica dolce per over 65', 'Gentle exercise for over-65s'],
          ['Gruppi di cammino nei parchi', 'Walking groups in the parks'],
          ['Yoga sulla sedia', 'Chair yoga'],
        ],
        summary: [
          'Attività fisica leggera in gruppo, seguita da un istruttore, per restare in forma.',
          'Light group exercise, led by an instructor, to stay fit.',
        ],
        body: [
          'Gli esercizi sono adatti a chi non fa sport da tempo e si adattano alle esigenze di ciascuno.',
          'The exercises suit people who have not exercised for a while and adapt to each person.',
        ],
        audience: ['Anziani e persone con ridotta mobilità.', 'Older people and people with reduced mobility.'],
        outcome: ['Un ciclo di 10 incontri.', 'A course of 10 sessions.'],
        requirements: ['Certificato medico per attività non agonistica.', 'A medical certificate for non-competitive exercise.'],
        qualifications: ['Laureati in scienze motorie.', 'Graduates in sports science.'],
      },
    ],
  },
]
