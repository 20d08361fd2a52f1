import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField } from '../../access/isAdmin'
import { hiddenUnless } from '../../access/hiddenUnless'
import { nobodyField } from '../../access/nobody'
import {
  contactRow,
  coordinatesFields,
  normaliseTaxCodeHook,
  slugField,
  validateOrganisationFiscalCode,
  validatePersonalFiscalCode,
  validateVatNumber,
} from '../../lib/fields'
import { cityLabel, districtLabel, label, LANGUAGES } from '../../lib/i18n'
import { stateOptions } from '../../lib/workflow'
import { accreditationStatusField, ownEnteAdminOrAdminField, readOrganisations, updateOrganisations } from './access/organisationAccess'
import { accreditation } from './accreditation'
import { applyAccreditation } from './hooks/applyAccreditation'
import { keepServices } from './hooks/keepServices'

export const LEGAL_FORMS = [
  { value: 'social-cooperative', label: label('Cooperativa sociale', 'Social cooperative') },
  { value: 'association', label: label('Associazione (APS/ODV)', 'Association (APS/ODV)') },
  { value: 'foundation', label: label('Fondazione', 'Foundation') },
  { value: 'social-enterprise', label: label('Impresa sociale', 'Social enterprise') },
  { value: 'consortium', label: label('Consorzio', 'Consortium') },
  { value: 'other', label: label('Altro ente del terzo settore', 'Other third-sector organisation') },
]

/** What Stripe says of the ente's connected account, in words. */
export const PAYMENT_ACCOUNT_STATUSES = [
  { value: 'pending', label: label('In attesa dei dati dell’ente', 'Waiting for the organisation’s details') },
  { value: 'enabled', label: label('Attivo', 'Active') },
  { value: 'restricted', label: label('Limitato da Stripe', 'Restricted by Stripe') },
]

const stampField = (name: string, fieldLabel: ReturnType<typeof label>) => ({
  name,
  type: 'date' as const,
  label: fieldLabel,
  access: { create: isAdminField, update: nobodyField },
  admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' as const } },
})

/** Third-sector organisations (enti) that the city accredits to offer services. */
export const Organisations: CollectionConfig = {
  slug: 'organisations',
  labels: { singular: label('Ente', 'Organisation'), plural: label('Enti', 'Organisations') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'legalForm', 'accreditation.status', 'accreditation.notes', 'updatedAt'],
    group: label('Catalogo', 'Catalogue'),
    hidden: hiddenUnless('admin', 'operator', 'ente-admin', 'ente-operator'),
  },
  access: {
    create: isAdmin,
    read: readOrganisations,
    update: updateOrganisations,
    delete: isAdmin,
  },
  hooks: {
    beforeChange: [applyAccreditation],
    beforeDelete: [keepServices],
  },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: label('Dati legali', 'Legal data'),
          fields: [
            { name: 'name', type: 'text', label: label('Nome', 'Name'), required: true },
            { name: 'legalName', type: 'text', label: label('Ragione sociale', 'Legal name'), required: true },
            { name: 'legalForm', type: 'select', label: label('Forma giuridica', 'Legal form'), options: LEGAL_FORMS, required: true },
            {
              type: 'row',
              fields: [
                {
                  name: 'fiscalCode',
                  type: 'text',
                  label: label('Codice fiscale', 'Tax code (codice fiscale)'),
                  required: true,
                  unique: true,
                  hooks: { beforeValidate: [normaliseTaxCodeHook] },
                  validate: validateOrganisationFiscalCode,
                },
                {
                  name: 'vatNumber',
                  type: 'text',
                  label: label('Partita IVA', 'VAT number (partita IVA)'),
                  hooks: { beforeValidate: [normaliseTaxCodeHook] },
                  validate: validateVatNumber,
                },
              ],
            },
          ],
        },
        {
          label: label('Presentazione', 'Profile'),
          fields: [
            {
              name: 'summary',
              type: 'textarea',
              label: label('In breve', 'Summary'),
              localized: true,
              maxLength: 300,
            },
            { name: 'description', type: 'richText', label: label('Descrizione', 'Description'), localized: true },
            { name: 'logo', type: 'upload', relationTo: 'media', label: label('Logo', 'Logo') },
          ],
        },
        {
          label: label('Sedi e contatti', 'Offices and contacts'),
          fields: [
            contactRow,
            { name: 'website', type: 'text', label: label('Sito web', 'Website') },
            {
              name: 'offices',
              type: 'array',
              label: label('Sedi', 'Offices'),
              labels: { singular: label('Sede', 'Office'), plural: label('Sedi', 'Offices') },
              fields: [
                { name: 'name', type: 'text', label: label('Nome della sede', 'Office name') },
                {
                  type: 'row',
                  fields: [
                    { name: 'street', type: 'text', label: label('Indirizzo', 'Address'), required: true },
                    { name: 'postcode', type: 'text', label: label('CAP', 'Postcode') },
                    { name: 'district', type: 'relationship', relationTo: 'districts', label: districtLabel },
                  ],
                },
                ...coordinatesFields,
              ],
            },
          ],
        },
        {
          name: 'application',
          label: label('Domanda', 'Application'),
          admin: {
            description: label(
              'Quello che l’ente ha chiesto presentando la domanda sul sito, e i documenti che ha allegato.',
              'What the organisation asked for when it applied on the site, and the documents it attached.',
            ),
          },
          access: { read: ownEnteAdminOrAdminField, create: isAdminField, update: isAdminField },
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'representativeName', type: 'text', label: label('Legale rappresentante', 'Legal representative') },
                {
                  name: 'representativeFiscalCode',
                  type: 'text',
                  label: label('Codice fiscale del legale rappresentante', 'Legal representative’s tax code'),
                  hooks: { beforeValidate: [normaliseTaxCodeHook] },
                  validate: validatePersonalFiscalCode,
                },
              ],
            },
            {
              type: 'row',
              fields: [
                { name: 'adminName', type: 'text', label: label('Chi gestirà l’ente su WeMi', 'Who will manage the organisation on WeMi') },
                { name: 'adminEmail', type: 'email', label: label('E-mail per l’invito', 'E-mail for the invitation') },
                {
                  name: 'language',
                  type: 'select',
                  label: label('Lingua delle e-mail', 'Language of e-mails'),
                  defaultValue: 'it',
                  options: LANGUAGES.map((value) => ({ value, label: value === 'it' ? 'Italiano' : 'English' })),
                },
              ],
            },
            {
              name: 'categories',
              type: 'relationship',
              relationTo: 'categories',
              hasMany: true,
              label: label('Categorie richieste', 'Categories asked for'),
            },
            {
              name: 'districts',
              type: 'relationship',
              relationTo: 'districts',
              hasMany: true,
              label: cityLabel('{{DistrictsWord}} richiesti', '{{DistrictsWord}} asked for'),
            },
            {
              name: 'documents',
              type: 'join',
              collection: 'organisation-documents',
              on: 'organisation',
              label: label('Documenti allegati', 'Attached documents'),
              defaultSort: '-createdAt',
              admin: { defaultColumns: ['originalName', 'kind', 'createdAt'] },
            },
            {
              name: 'invitedAt',
              type: 'date',
              label: label('Amministratore invitato il', 'Administrator invited on'),
              access: { create: nobodyField, update: nobodyField },
              admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
            },
            {
              // The hash of the secret in the applicant's link; the link itself is never stored.
              name: 'tokenHash',
              type: 'text',
              index: true,
              access: { read: nobodyField, create: nobodyField, update: nobodyField },
              admin: { hidden: true },
            },
          ],
        },
        {
          name: 'accreditation',
          label: label('Accreditamento', 'Accreditation'),
          fields: [
            {
              name: 'status',
              type: 'select',
              label: label('Stato', 'Status'),
              options: stateOptions(accreditation),
              defaultValue: accreditation.initial,
              required: true,
              index: true,
              access: { create: isAdminField, update: accreditationStatusField },
              admin: { components: { Field: '/components/admin/WeMiStatusField#WeMiStatusField' } },
            },
            {
              name: 'categories',
              type: 'relationship',
              relationTo: 'categories',
              hasMany: true,
              label: label('Categorie accreditate', 'Accredited categories'),
              access: { create: isAdminField, update: isAdminField },
            },
            {
              name: 'districts',
              type: 'relationship',
              relationTo: 'districts',
              hasMany: true,
              label: cityLabel('{{DistrictsWord}} accreditati', 'Accredited {{districtsWord}}'),
              access: { create: isAdminField, update: isAdminField },
            },
            {
              name: 'notes',
              type: 'textarea',
              label: label('Note di WeMi per l’ente', 'WeMi’s notes to the organisation'),
              access: { read: ownEnteAdminOrAdminField, create: isAdminField, update: isAdminField },
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'expiresAt',
                  type: 'date',
                  label: label('Scadenza dell’accreditamento', 'Accreditation expires on'),
                  index: true,
                  access: { read: ownEnteAdminOrAdminField, create: isAdminField, update: isAdminField },
                  admin: {
                    date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' },
                    description: label(
                      'Se la lasci vuota, l’accreditamento dura tre anni. Alla scadenza l’ente viene sospeso.',
                      'Left empty, the accreditation lasts three years. At the expiry date the organisation is suspended.',
                    ),
                  },
                },
                {
                  name: 'lastReminderDays',
                  type: 'number',
                  label: label('Ultimo promemoria di scadenza (giorni prima)', 'Last expiry reminder (days before)'),
                  access: { read: ownEnteAdminOrAdminField, create: nobodyField, update: nobodyField },
                  admin: { readOnly: true },
                },
              ],
            },
            {
              type: 'row',
              fields: [
                stampField('submittedAt', label('Inviato il', 'Submitted on')),
                stampField('accreditedAt', label('Accreditato il', 'Accredited on')),
                stampField('suspendedAt', label('Sospeso il', 'Suspended on')),
                stampField('revokedAt', label('Revocato il', 'Revoked on')),
              ],
            },
          ],
        },
        {
          label: label('Pagamenti e valutazioni', 'Payments and ratings'),
          fields: [
            {
              type: 'ui',
              name: 'paymentOnboarding',
              admin: { components: { Field: '/components/admin/PaymentAccountPanel#PaymentAccountPanel' } },
            },
            {
              name: 'paymentAccount',
              type: 'group',
              label: label('Conto di incasso (Stripe)', 'Payout account (Stripe)'),
              admin: {
                description: label(
                  'Lo stato viene da Stripe: nessuno lo scrive a mano.',
                  'The state comes from Stripe: nobody types it in.',
                ),
              },
              // Written only by the server, from what Stripe reports about the connected account.
              access: { read: ownEnteAdminOrAdminField, create: nobodyField, update: nobodyField },
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'accountId',
                      type: 'text',
                      label: label('Identificativo del conto', 'Account id'),
                      index: true,
                      admin: { readOnly: true },
                    },
                    {
                      name: 'status',
                      type: 'select',
                      label: label('Stato', 'Status'),
                      options: PAYMENT_ACCOUNT_STATUSES,
                      admin: { readOnly: true },
                    },
                    {
                      name: 'updatedAt',
                      type: 'date',
                      label: label('Aggiornato il', 'Updated on'),
                      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
                    },
                  ],
                },
              ],
            },
            {
              name: 'rating',
              type: 'group',
              label: label('Valutazioni pubblicate', 'Published ratings'),
              admin: { description: label('Calcolate dalle recensioni pubblicate.', 'Computed from published reviews.') },
              access: { create: nobodyField, update: nobodyField },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'average', type: 'number', label: label('Media', 'Average'), min: 0, max: 5, admin: { readOnly: true } },
                    { name: 'count', type: 'number', label: label('Numero', 'Count'), min: 0, defaultValue: 0, admin: { readOnly: true } },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
    slugField('name'),
  ],
}
