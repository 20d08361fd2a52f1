import type { CollectionConfig } from 'payload'

import { groupsReaders, organiserOrEnte } from '../../access/groupMembership'
import { hiddenUnless } from '../../access/hiddenUnless'
import { nobody } from '../../access/nobody'
import { centsField, DAYS, TIME_BANDS } from '../../lib/fields'
import { districtLabel, label } from '../../lib/i18n'
import { GROUP_STATES } from './states'

export const MAX_GROUP_DESCRIPTION_LENGTH = 500

const readOnlyDate = (name: string, fieldLabel: ReturnType<typeof label>, required = false) => ({
  name,
  type: 'date' as const,
  label: fieldLabel,
  required,
  admin: { readOnly: true, date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'd MMMM yyyy' } },
})

/**
 * A shared group: families in one district and time band who share one service of one ente and
 * each pay the service's price for the group's size. Public (it names nobody); its members, its
 * messages and its state move only through the group lifecycle in plugins/sharing.
 */
export const Groups: CollectionConfig = {
  slug: 'groups',
  // Written only through the lifecycle, never edited in the admin: nothing to lock.
  lockDocuments: false,
  labels: { singular: label('Gruppo condiviso', 'Shared group'), plural: label('Gruppi condivisi', 'Shared groups') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'memberCount', 'status', 'joinBy', 'priceCents', 'reference'],
    group: label('Richieste', 'Requests'),
    hidden: hiddenUnless('admin', 'ente-admin', 'ente-operator'),
    listSearchableFields: ['reference', 'title'],
  },
  defaultSort: '-updatedAt',
  access: { create: nobody, read: groupsReaders, update: nobody, delete: nobody },
  fields: [
    {
      name: 'panel',
      type: 'ui',
      label: label('Gruppo', 'Group'),
      admin: { components: { Field: '/components/admin/GroupPanel#GroupPanel' } },
    },
    { name: 'reference', type: 'text', label: label('Codice', 'Reference'), required: true, unique: true, admin: { readOnly: true } },
    {
      name: 'title',
      type: 'text',
      label: label('Servizio e zona', 'Service and area'),
      admin: { readOnly: true },
    },
    {
      name: 'status',
      type: 'select',
      label: label('Stato', 'Status'),
      options: GROUP_STATES.map(({ value, label: text }) => ({ value, label: text })),
      required: true,
      index: true,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'service',
          type: 'relationship',
          relationTo: 'services',
          label: label('Servizio', 'Service'),
          required: true,
          index: true,
          admin: { readOnly: true },
        },
        {
          name: 'organisation',
          type: 'relationship',
          relationTo: 'organisations',
          label: label('Ente', 'Organisation'),
          required: true,
          index: true,
          admin: { readOnly: true },
        },
      ],
    },
    {
      name: 'organiser',
      type: 'relationship',
      relationTo: ['citizens', 'users'],
      label: label('Aperto da', 'Opened by'),
      required: true,
      access: { read: organiserOrEnte },
      // A citizen's record is not the ente's to open: the panel names the organiser instead.
      admin: { hidden: true },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'district',
          type: 'relationship',
          relationTo: 'districts',
          label: districtLabel,
          required: true,
          index: true,
          admin: { readOnly: true },
        },
        { name: 'days', type: 'select', hasMany: true, label: label('Giorni', 'Days'), options: [...DAYS], required: true },
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
    {
      type: 'row',
      fields: [
        {
          name: 'minMembers',
          type: 'number',
          label: label('Famiglie minime', 'Minimum families'),
          required: true,
          min: 1,
          admin: { readOnly: true },
        },
        {
          name: 'maxMembers',
          type: 'number',
          label: label('Famiglie massime', 'Maximum families'),
          required: true,
          min: 2,
          admin: { readOnly: true },
        },
        {
          name: 'memberCount',
          type: 'number',
          label: label('Famiglie aderenti', 'Families joined'),
          required: true,
          defaultValue: 0,
          min: 0,
          admin: { readOnly: true },
        },
        {
          ...centsField('priceCents', label('Prezzo attuale a famiglia', 'Current price per family'), { readOnly: true }),
          admin: {
            readOnly: true,
            description: label(
              'Dalla tabella dei prezzi del servizio, per il numero attuale di famiglie.',
              'From the service’s price table, for the current number of families.',
            ),
            components: { Field: '/components/admin/MoneyField#MoneyField', Cell: '/components/admin/MoneyField#MoneyCell' },
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        readOnlyDate('startDate', label('Inizio', 'Start'), true),
        readOnlyDate('endDate', label('Fine', 'End')),
        {
          // Set by the ente's confirmation: each family's quote is its price for this quantity.
          name: 'units',
          type: 'number',
          label: label('Quantità per famiglia', 'Quantity per family'),
          min: 1,
          admin: {
            readOnly: true,
            description: label('Ore, prestazioni o mesi nel periodo.', 'Hours, visits or months in the period.'),
          },
        },
        readOnlyDate('joinBy', label('Adesioni entro', 'Join by'), true),
        readOnlyDate('decideBy', label('Decisione dei membri entro', 'Members decide by')),
      ],
    },
    {
      // From when the ente has the group to confirm: its answer is due some days after.
      name: 'minimumReachedAt',
      type: 'date',
      label: label('Da confermare dal', 'To confirm since'),
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'description',
      type: 'textarea',
      label: label('Descrizione pubblica', 'Public description'),
      maxLength: MAX_GROUP_DESCRIPTION_LENGTH,
      admin: { readOnly: true },
    },
    {
      name: 'note',
      type: 'textarea',
      label: label('Motivazione', 'Reason'),
      admin: {
        readOnly: true,
        description: label('Perché l’ente ha rifiutato o il gruppo si è sciolto.', 'Why the organisation declined or the group dissolved.'),
      },
    },
    { ...readOnlyDate('closedAt', label('Chiuso il', 'Closed on')), admin: { readOnly: true, position: 'sidebar' } },
  ],
}
