import type { CollectionConfig } from 'payload'

import { hiddenUnless } from '../../access/hiddenUnless'
import { nobody, nobodyField } from '../../access/nobody'
import { label } from '../../lib/i18n'
import { HOUSING_REASONS } from '../HousingUnits/options'
import { createHousingApplications, readHousingApplications } from './access/housingApplicationAccess'
import { fileApplication } from './hooks/fileApplication'
import { HOUSING_APPLICATION_NAME, HOUSING_STATES } from './states'

/** Written only by the housing lifecycle (plugins/housing), never by an edit. */
const byLifecycle = { create: nobodyField, update: nobodyField }

const dayField = (name: string, fieldLabel: ReturnType<typeof label>) => ({
  name,
  type: 'date' as const,
  label: fieldLabel,
  access: byLifecycle,
  admin: { readOnly: true, date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'dd/MM/yyyy' } },
})

/**
 * A household's application for temporary social housing, sent to one ente, and the stay it
 * may become: the unit and the dates the ente offers, the household's answer, the move-in,
 * extensions and the departure. The household's situation is as sensitive as a care note:
 * only the household, the ente, the desk operator who filed it and WeMi read it, and each
 * read of it is recorded.
 */
export const HousingApplications: CollectionConfig = {
  slug: 'housing-applications',
  labels: {
    singular: HOUSING_APPLICATION_NAME,
    plural: label('Domande di alloggio temporaneo', 'Temporary housing applications'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'organisation', 'status', 'unit', 'startsOn', 'endsOn', 'createdAt'],
    listSearchableFields: ['title'],
    group: label('Residenzialità temporanea', 'Temporary housing'),
    hidden: hiddenUnless('admin', 'ente-admin', 'ente-operator', 'operator'),
  },
  defaultSort: '-createdAt',
  lockDocuments: false,
  access: { read: readHousingApplications, create: createHousingApplications, update: nobody, delete: nobody },
  hooks: { beforeChange: [fileApplication] },
  fields: [
    {
      name: 'panel',
      type: 'ui',
      label: label('Azioni sulla domanda', 'Actions on the application'),
      admin: { components: { Field: '/components/admin/HousingPanel#HousingPanel' } },
    },
    {
      name: 'title',
      type: 'text',
      label: label('Richiedente e motivo', 'Applicant and reason'),
      access: byLifecycle,
      admin: { readOnly: true },
    },
    {
      name: 'contacts',
      type: 'text',
      label: label('Contatti del richiedente', 'The applicant’s contacts'),
      access: byLifecycle,
      admin: { readOnly: true },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'citizen',
          type: 'relationship',
          relationTo: 'citizens',
          label: label('Richiedente', 'Applicant'),
          index: true,
          // Named by the title instead: an ente cannot open the resident's own record.
          admin: { hidden: true },
        },
        {
          name: 'organisation',
          type: 'relationship',
          relationTo: 'organisations',
          label: label('Ente', 'Organisation'),
          required: true,
          index: true,
        },
        {
          name: 'filedBy',
          type: 'relationship',
          relationTo: 'users',
          label: label('Presentata con l’operatore', 'Filed with the operator'),
          index: true,
          // Kept for the audit and the household's page; the ente cannot open staff records.
          admin: { hidden: true },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'reason', type: 'select', label: label('Motivo', 'Reason'), options: [...HOUSING_REASONS], required: true },
        {
          name: 'adults',
          type: 'number',
          label: label('Adulti', 'Adults'),
          min: 1,
          max: 12,
          required: true,
          defaultValue: 1,
        },
        {
          name: 'children',
          type: 'number',
          label: label('Minori', 'Children'),
          min: 0,
          max: 12,
          required: true,
          defaultValue: 0,
        },
        {
          name: 'needsAccessible',
          type: 'checkbox',
          label: label('Serve un alloggio senza barriere', 'Needs step-free access'),
          defaultValue: false,
        },
      ],
    },
    {
      name: 'situation',
      type: 'textarea',
      label: label('La situazione del nucleo', 'The household’s situation'),
      required: true,
      minLength: 20,
      maxLength: 3000,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'wantedFrom',
          type: 'date',
          label: label('Da quando', 'From'),
          required: true,
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
        },
        {
          name: 'wantedMonths',
          type: 'number',
          label: label('Per quanti mesi', 'For how many months'),
          min: 1,
          max: 24,
          required: true,
        },
      ],
    },
    {
      name: 'status',
      type: 'select',
      label: label('Stato', 'Status'),
      options: HOUSING_STATES.map(({ value, label: stateLabel }) => ({ value, label: stateLabel })),
      defaultValue: 'submitted',
      required: true,
      index: true,
      access: byLifecycle,
      admin: { readOnly: true },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'unit',
          type: 'relationship',
          relationTo: 'housing-units',
          label: label('Alloggio', 'Unit'),
          index: true,
          access: byLifecycle,
          admin: { readOnly: true },
        },
        dayField('startsOn', label('Ingresso', 'Arrival')),
        dayField('endsOn', label('Uscita', 'Departure')),
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'offerExpiresAt',
          type: 'date',
          label: label('Risposta alla proposta entro', 'Answer the offer by'),
          access: byLifecycle,
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
        dayField('extensionUntil', label('Proroga chiesta fino al', 'Extension asked until')),
      ],
    },
    {
      name: 'enteReason',
      type: 'textarea',
      label: label('Motivo indicato dall’ente', 'The organisation’s reason'),
      maxLength: 1000,
      access: byLifecycle,
      admin: { readOnly: true },
    },
  ],
}
