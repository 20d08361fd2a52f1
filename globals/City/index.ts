import type { GlobalConfig, Validate } from 'payload'

import { anyone } from '../../access/anyone'
import { hiddenUnless } from '../../access/hiddenUnless'
import { isAdmin } from '../../access/isAdmin'
import { contrastRatio, MIN_TEXT_CONTRAST } from '../../lib/colour'
import { contactRow } from '../../lib/fields'
import { cityLabel, label, message } from '../../lib/i18n'
import { loadCityWording } from './wording'
import { forgetSettings } from './settings'

const dayCount = (name: string, fieldLabel: ReturnType<typeof label>, defaultValue: number) => ({
  name,
  type: 'number' as const,
  label: fieldLabel,
  min: 1,
  max: 365,
  defaultValue,
  required: true,
  admin: { step: 1 },
})

/** The city that runs this instance. Another city changes this record, not the code. */
export const City: GlobalConfig = {
  slug: 'city',
  label: label('Profilo della città', 'City profile'),
  admin: { group: label('Impostazioni', 'Settings'), hidden: hiddenUnless('admin') },
  access: { read: anyone, update: isAdmin },
  hooks: {
    afterChange: [
      async ({ req }) => {
        forgetSettings(req.payload)
        await loadCityWording(req.payload, req)
      },
    ],
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', label: label('Nome', 'Name'), required: true },
        {
          name: 'ipaCode',
          type: 'text',
          label: label('Codice IPA', 'IPA code'),
          maxLength: 20,
          admin: {
            description: label(
              'Il codice del Comune nell’Indice delle Pubbliche Amministrazioni («c_» e il codice catastale): identifica chi pubblica i dati aperti.',
              'The city’s code in the Italian public administrations index ("c_" and its cadastral code): it names the publisher of the open data.',
            ),
          },
        },
        {
          name: 'timeZone',
          type: 'text',
          label: label('Fuso orario', 'Time zone'),
          required: true,
        },
      ],
    },
    {
      name: 'otherNames',
      type: 'text',
      hasMany: true,
      label: label('Altri nomi della città', 'Other names of the city'),
      admin: {
        description: label(
          'Come la chiama chi scrive in un’altra lingua: chi cerca «badante» seguito dal nome della città trova le badanti.',
          'What people writing in another language call it: a search for "carer" followed by the city’s name finds carers.',
        ),
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'districtLabel',
          type: 'text',
          label: label('Come si chiama una delle sue circoscrizioni', 'What one of its districts is called'),
          localized: true,
          admin: {
            description: label(
              'Al singolare, con l’iniziale maiuscola: il sito e l’amministrazione lo usano in ogni testo («Scegli il …», «nel tuo …»).',
              'Singular, capitalised: the site and the admin use it in every text ("Choose the …").',
            ),
          },
        },
        {
          name: 'districtsLabel',
          type: 'text',
          label: label('E più di una', 'And more than one'),
          localized: true,
          admin: { description: label('Al plurale, con l’iniziale maiuscola.', 'Plural, capitalised.') },
        },
      ],
    },
    {
      name: 'districts',
      type: 'relationship',
      relationTo: 'districts',
      hasMany: true,
      label: cityLabel('{{DistrictsWord}} della città', 'The city’s {{districtsWord}}'),
    },
    {
      name: 'contacts',
      type: 'group',
      label: label('Contatti', 'Contacts'),
      fields: [
        contactRow,
        { name: 'address', type: 'text', label: label('Indirizzo', 'Address') },
        { name: 'website', type: 'text', label: label('Sito istituzionale', 'Official website') },
        {
          name: 'accessibilityDeclarationUrl',
          type: 'text',
          label: label('Dichiarazione di accessibilità su AgID', 'Accessibility statement on AgID'),
          admin: {
            description: label(
              'L’indirizzo della dichiarazione pubblicata con il modulo di AgID (https://form.agid.gov.it/…): il sito la collega nel piè di pagina al posto della propria pagina.',
              'The address of the statement published with AgID’s form (https://form.agid.gov.it/…): the site links it in the footer instead of its own page.',
            ),
          },
          validate: ((value, { req }) =>
            value == null || value === '' || /^https:\/\/form\.agid\.gov\.it\/\S+$/.test(value)
              ? true
              : message(req, 'invalidAgidDeclaration')) as Validate<string>,
        },
      ],
    },
    {
      name: 'branding',
      type: 'group',
      label: label('Aspetto', 'Branding'),
      fields: [
        { name: 'tagline', type: 'text', label: label('Sottotitolo', 'Tagline'), localized: true },
        {
          name: 'primaryColor',
          type: 'text',
          label: label('Colore principale', 'Primary colour'),
          defaultValue: '#0066cc',
          admin: {
            description: label(
              'Sfondo dell’intestazione del sito, con testo bianco: deve essere abbastanza scuro da leggerlo (contrasto di almeno 4,5:1).',
              'The background of the site’s header, under white text: it must be dark enough to read it (contrast of at least 4.5:1).',
            ),
          },
          validate: ((value, { req }) => {
            if (value == null || value === '') return true
            if (!/^#[0-9a-fA-F]{6}$/.test(value)) return message(req, 'invalidColour')
            return contrastRatio(value, '#ffffff') >= MIN_TEXT_CONTRAST ? true : message(req, 'colourTooLight')
          }) as Validate<string>,
        },
        {
          name: 'logo',
          type: 'upload',
          relationTo: 'media',
          label: label('Stemma o logo', 'Coat of arms or logo'),
          admin: {
            description: label(
              'Compare nell’intestazione del sito accanto al nome WeMi, al posto del simbolo della pubblica amministrazione.',
              'Shown in the site’s header beside the WeMi name, in place of the public administration’s symbol.',
            ),
          },
        },
      ],
    },
    {
      name: 'marketplace',
      type: 'group',
      label: label('Richieste e pagamenti', 'Requests and payments'),
      admin: {
        description: label(
          'Tempi delle richieste e commissione della piattaforma. Valgono per le richieste inviate da ora in poi.',
          'Request deadlines and the platform fee. They apply to requests sent from now on.',
        ),
      },
      fields: [
        {
          type: 'row',
          fields: [
            dayCount('responseDays', label('Giorni per rispondere a una richiesta', 'Days to answer a request'), 5),
            dayCount('paymentHours', label('Ore per pagare dopo l’accettazione', 'Hours to pay after accepting'), 48),
            dayCount('reviewDays', label('Giorni per lasciare una recensione', 'Days to leave a review'), 14),
            dayCount('reminderHours', label('Promemoria: ore prima di ogni scadenza', 'Reminders: hours before each deadline'), 24),
          ],
        },
        {
          name: 'platformFeeBasisPoints',
          type: 'number',
          label: label('Commissione della piattaforma in punti base (100 = 1%)', 'Platform fee in basis points (100 = 1%)'),
          admin: {
            description: label('100 = 1% del pagamento online. 0 = nessuna commissione.', '100 = 1% of the online payment. 0 = no fee.'),
          },
          min: 0,
          max: 2000,
          defaultValue: 0,
          required: true,
        },
      ],
    },
  ],
}
