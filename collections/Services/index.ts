import type { CollectionConfig, Field } from 'payload'

import { hiddenUnless } from '../../access/hiddenUnless'
import { isAdminField } from '../../access/isAdmin'
import { nobodyField } from '../../access/nobody'
import {
  centsField,
  DAYS,
  DELIVERY_MODES,
  ownOrganisationField,
  PRICE_MODELS,
  SERVICE_LANGUAGES,
  slugField,
  TIME_BANDS,
} from '../../lib/fields'
import { cityLabel, label, type Bilingual } from '../../lib/i18n'
import { stateOptions } from '../../lib/workflow'
import { readServices, readServiceVersions } from './access/readServices'
import { validationNotesReaders } from './access/validationNotesReaders'
import { createServices, deleteServices, updateServices } from './access/writeServices'
import { applyValidation } from './hooks/applyValidation'
import { checkPriceRange } from './hooks/checkPriceRange'
import { checkPrices } from './hooks/checkPrices'
import { keepEnteWritesAsDrafts } from './hooks/keepEnteWritesAsDrafts'
import { validation } from './validation'

/** The sections of a service page in the Designers Italia "Modello Comuni". */
const pageSection = (name: string, sectionLabel: Bilingual): Field => ({
  name,
  type: 'textarea',
  label: sectionLabel,
  localized: true,
})

/** One catalogue entry of an organisation, validated by WeMi before the public sees it. */
export const Services: CollectionConfig = {
  slug: 'services',
  labels: { singular: label('Servizio', 'Service'), plural: label('Servizi', 'Services') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'organisation', 'category', 'validation.status', 'validation.notes', 'updatedAt'],
    group: label('Catalogo', 'Catalogue'),
    hidden: hiddenUnless('admin', 'operator', 'ente-admin', 'ente-operator'),
  },
  versions: { drafts: { validate: true }, maxPerDoc: 25 },
  // Who may read WeMi's notes depends on the service's organisation, even when a read selects only the notes.
  forceSelect: { organisation: true },
  access: {
    create: createServices,
    read: readServices,
    readVersions: readServiceVersions,
    update: updateServices,
    delete: deleteServices,
  },
  hooks: {
    beforeOperation: [keepEnteWritesAsDrafts],
    beforeChange: [checkPrices, checkPriceRange, applyValidation],
  },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: label('Servizio', 'Service'),
          fields: [
            { name: 'title', type: 'text', label: label('Titolo', 'Title'), required: true, localized: true },
            {
              name: 'summary',
              type: 'textarea',
              label: label('In breve', 'Summary'),
              localized: true,
              maxLength: 300,
              required: true,
            },
            {
              type: 'row',
              fields: [
                ownOrganisationField(),
                {
                  name: 'category',
                  type: 'relationship',
                  relationTo: 'categories',
                  label: label('Categoria', 'Category'),
                  required: true,
                  index: true,
                  filterOptions: { parent: { exists: true } },
                },
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'targetGroups',
                  type: 'relationship',
                  relationTo: 'target-groups',
                  hasMany: true,
                  label: label('Destinatari', 'Target groups'),
                },
                {
                  name: 'districts',
                  type: 'relationship',
                  relationTo: 'districts',
                  hasMany: true,
                  required: true,
                  label: cityLabel('{{DistrictsWord}} serviti', '{{DistrictsWord}} served'),
                },
              ],
            },
            { name: 'description', type: 'richText', label: label('Descrizione', 'Description'), localized: true },
            { name: 'image', type: 'upload', relationTo: 'media', label: label('Immagine', 'Image') },
          ],
        },
        {
          label: label('Prezzi', 'Prices'),
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'deliveryMode',
                  type: 'select',
                  label: label('Modalità di erogazione', 'Delivery mode'),
                  options: DELIVERY_MODES,
                  defaultValue: 'individual',
                  required: true,
                },
                {
                  name: 'priceModel',
                  type: 'select',
                  label: label('Tipo di prezzo', 'Price model'),
                  options: PRICE_MODELS,
                  defaultValue: 'per-hour',
                  required: true,
                },
                centsField('priceCents', label('Prezzo individuale', 'Individual price')),
              ],
            },
            {
              name: 'sharedPrices',
              type: 'array',
              label: label('Prezzi per numero di persone (servizio condiviso)', 'Prices by number of people (shared service)'),
              labels: { singular: label('Fascia', 'Band'), plural: label('Fasce', 'Bands') },
              admin: {
                description: label('Prezzo a persona quando il servizio è condiviso.', 'Price per person when the service is shared.'),
              },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'people', type: 'number', label: label('Persone', 'People'), required: true, min: 2, max: 50 },
                    centsField('priceCents', label('Prezzo a persona', 'Price per person'), { required: true }),
                  ],
                },
              ],
            },
            {
              name: 'unusualPriceConfirmed',
              type: 'checkbox',
              label: label('Confermo questo prezzo insolito', 'I confirm this unusual price'),
              defaultValue: false,
              admin: {
                description: label(
                  'Serve solo se un prezzo è molto lontano da quanto costano i servizi pubblicati della stessa categoria.',
                  'Needed only when a price is far from what published services of the same category cost.',
                ),
              },
            },
            {
              type: 'row',
              fields: [
                {
                  ...centsField('priceFromCents', label('Prezzo a partire da', 'Price from'), { readOnly: true }),
                  access: { create: nobodyField, update: nobodyField },
                  index: true,
                } as Field,
                {
                  ...centsField('sharedPriceFromCents', label('Prezzo condiviso da', 'Shared price from'), { readOnly: true }),
                  access: { create: nobodyField, update: nobodyField },
                } as Field,
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'cancellationNoticeHours',
                  type: 'number',
                  label: label('Preavviso per disdire senza costi (ore)', 'Notice to cancel free of charge (hours)'),
                  min: 0,
                  defaultValue: 48,
                },
                {
                  name: 'acceptedVoucherSchemes',
                  type: 'text',
                  hasMany: true,
                  label: label('Voucher accettati', 'Accepted vouchers'),
                },
                {
                  name: 'agreedPartWithVoucher',
                  type: 'checkbox',
                  label: label(
                    'Con il voucher accetta il resto con un metodo concordato (per esempio in contanti)',
                    'With a voucher, accepts the rest by an agreed method (for example in cash)',
                  ),
                  defaultValue: false,
                },
              ],
            },
          ],
        },
        {
          label: label('Disponibilità', 'Availability'),
          fields: [
            {
              name: 'availability',
              type: 'array',
              label: label('Giorni e fasce orarie', 'Days and time bands'),
              labels: { singular: label('Giorno', 'Day'), plural: label('Giorni', 'Days') },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'day', type: 'select', label: label('Giorno', 'Day'), options: [...DAYS], required: true },
                    {
                      name: 'timeBands',
                      type: 'select',
                      hasMany: true,
                      label: label('Fasce orarie', 'Time bands'),
                      options: [...TIME_BANDS],
                      required: true,
                    },
                  ],
                },
              ],
            },
            {
              name: 'noticeHours',
              type: 'number',
              label: label('Preavviso richiesto (ore)', 'Notice needed (hours)'),
              min: 0,
              defaultValue: 48,
            },
            {
              name: 'staffQualifications',
              type: 'textarea',
              label: label('Qualifiche del personale', 'Staff qualifications'),
              localized: true,
            },
            {
              name: 'languages',
              type: 'select',
              hasMany: true,
              label: label('Lingue parlate', 'Languages spoken'),
              options: SERVICE_LANGUAGES,
            },
            {
              name: 'accessibilityNotes',
              type: 'textarea',
              label: label('Accessibilità', 'Accessibility'),
              localized: true,
            },
          ],
        },
        {
          label: label('Scheda del servizio', 'Service page'),
          description: label(
            'Le sezioni della pagina di servizio secondo il modello dei siti comunali.',
            'The sections of the service page, following the model for municipal websites.',
          ),
          fields: [
            pageSection('audience', label('A chi è rivolto', 'Who it is for')),
            pageSection('howTo', label('Come fare', 'How to apply')),
            pageSection('requirements', label('Cosa serve', 'What you need')),
            pageSection('outcome', label('Cosa si ottiene', 'What you get')),
            pageSection('timing', label('Tempi e scadenze', 'Times and deadlines')),
            pageSection('costs', label('Costi', 'Costs')),
            {
              name: 'contacts',
              type: 'group',
              label: label('Contatti', 'Contacts'),
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'name', type: 'text', label: label('Referente', 'Contact person') },
                    { name: 'email', type: 'email', label: label('E-mail', 'E-mail') },
                    { name: 'phone', type: 'text', label: label('Telefono', 'Phone') },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
    slugField('title'),
    {
      name: 'validation',
      type: 'group',
      label: label('Validazione WeMi', 'WeMi validation'),
      admin: { position: 'sidebar' },
      fields: [
        {
          name: 'status',
          type: 'select',
          label: label('Stato', 'Status'),
          options: stateOptions(validation),
          defaultValue: validation.initial,
          required: true,
          index: true,
          admin: { components: { Field: '/components/admin/WeMiStatusField#WeMiStatusField' } },
        },
        {
          name: 'notes',
          type: 'textarea',
          label: label('Note di WeMi per l’ente', 'WeMi’s notes to the organisation'),
          access: { read: validationNotesReaders, create: isAdminField, update: isAdminField },
        },
        {
          name: 'submittedAt',
          type: 'date',
          label: label('Inviato il', 'Submitted on'),
          access: { create: nobodyField, update: nobodyField },
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'validatedAt',
          type: 'date',
          label: label('Validato il', 'Validated on'),
          access: { create: nobodyField, update: nobodyField },
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
  ],
}
