import type { CollectionConfig } from 'payload'

import { careStaffField, careStaffOrCitizenIn, citizenOrCareStaff } from '../../access/careWork'
import { nobody, nobodyField } from '../../access/nobody'
import { CARE_JOBS, CARE_TASKS, CARED_FOR_KINDS, WEEK_SLOTS, WORK_ARRANGEMENTS } from '../../lib/care-work'
import { MAX_HOURLY_WEEKLY_HOURS } from '../../lib/care-cost'
import { centsField } from '../../lib/fields'
import { label } from '../../lib/i18n'
import { hasPermission } from '../../lib/roles'
import { languageRows } from '../WorkerApplications'
import { prepareCareRequest } from './hooks/prepareCareRequest'
import { CARE_REQUEST_STATES } from './workflow'

const serverOnly = { create: nobodyField, update: nobodyField }

/**
 * A family asking Tate Colf Badanti for a worker: whom she would care for, where and when, the
 * tasks, by the hour or living in, from when, what it can pay and the languages it prefers.
 * Read only by the family and WeMi's care-work staff, who search, propose and close it.
 */
export const CareRequests: CollectionConfig = {
  slug: 'care-requests',
  labels: {
    singular: label('Richiesta Tate Colf Badanti', 'Care-work request'),
    plural: label('Richieste Tate Colf Badanti', 'Care-work requests'),
  },
  admin: {
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'job', 'arrangement', 'district', 'status', 'submittedAt'],
    group: label('Tate Colf Badanti', 'Care work'),
    hidden: ({ user }) => !hasPermission(user, 'care-work'),
  },
  defaultSort: '-submittedAt',
  access: { create: citizenOrCareStaff, read: careStaffOrCitizenIn('citizen'), update: careStaffOrCitizenIn('citizen'), delete: nobody },
  hooks: { beforeChange: [prepareCareRequest] },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'reference',
          type: 'text',
          label: label('Codice', 'Reference'),
          unique: true,
          access: serverOnly,
          admin: { readOnly: true },
        },
        {
          name: 'status',
          type: 'select',
          label: label('Stato', 'Status'),
          options: [...CARE_REQUEST_STATES],
          defaultValue: 'draft',
          required: true,
          index: true,
        },
      ],
    },
    {
      name: 'citizen',
      type: 'relationship',
      relationTo: 'citizens',
      label: label('Famiglia', 'Family'),
      index: true,
      access: { create: careStaffField, update: nobodyField },
    },
    {
      name: 'matches',
      type: 'ui',
      label: label('Lavoratori adatti', 'Suitable workers'),
      admin: { components: { Field: '/components/admin/CareMatches#CareMatches' } },
    },
    {
      name: 'proposals',
      type: 'join',
      collection: 'care-proposals',
      on: 'careRequest',
      label: label('Proposte alla famiglia', 'Proposed to the family'),
      // Workers are proposed from the ranking above, which checks them against the request.
      admin: { defaultColumns: ['candidateCode', 'status', 'score'], allowCreate: false },
    },
    {
      type: 'collapsible',
      label: label('Che cosa serve', 'What is needed'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'job',
              type: 'select',
              label: label('Figura', 'Job'),
              options: [...CARE_JOBS].map(({ value, label }) => ({ value, label })),
            },
            { name: 'arrangement', type: 'select', label: label('Modalità', 'Arrangement'), options: [...WORK_ARRANGEMENTS] },
            { name: 'caredFor', type: 'select', label: label('Per chi', 'For whom'), options: [...CARED_FOR_KINDS] },
          ],
        },
        {
          name: 'caredForNotes',
          type: 'textarea',
          label: label('Note sulla persona assistita', 'Notes about the person cared for'),
          maxLength: 2000,
          admin: {
            description: label(
              'Salute e abitudini: le leggono solo la famiglia e WeMi.',
              'Health and habits: read only by the family and WeMi.',
            ),
          },
        },
        {
          type: 'row',
          fields: [
            { name: 'district', type: 'relationship', relationTo: 'districts', label: label('Zona di casa', 'Home area') },
            { name: 'startOn', type: 'date', label: label('Da quando', 'Starting on'), admin: { date: { pickerAppearance: 'dayOnly' } } },
            {
              name: 'weeklyHours',
              type: 'number',
              label: label('Ore a settimana', 'Hours a week'),
              min: 1,
              max: MAX_HOURLY_WEEKLY_HOURS,
              admin: { condition: (data) => data?.arrangement === 'hourly' },
            },
          ],
        },
        {
          name: 'slots',
          type: 'select',
          hasMany: true,
          label: label('Giorni e fasce orarie', 'Days and times'),
          options: WEEK_SLOTS.map(({ value, label }) => ({ value, label })),
          admin: { condition: (data) => data?.arrangement !== 'live-in' },
        },
        { name: 'tasks', type: 'select', hasMany: true, label: label('Mansioni', 'Tasks'), options: [...CARE_TASKS] },
        centsField('budgetHourlyCents', label('Paga oraria massima', 'Most pay an hour')),
        languageRows('languages', label('Lingue preferite (livello minimo)', 'Preferred languages (lowest level)')),
      ],
    },
    {
      type: 'collapsible',
      label: label('Esito', 'Outcome'),
      fields: [
        {
          name: 'outcomeNote',
          type: 'textarea',
          label: label('Nota di WeMi', 'WeMi’s note'),
          maxLength: 2000,
          access: { create: careStaffField, update: careStaffField },
          admin: { description: label('Obbligatoria per chiudere senza assunzione.', 'Required to close without a hire.') },
        },
        {
          type: 'row',
          fields: [
            {
              name: 'submittedAt',
              type: 'date',
              label: label('Inviata il', 'Submitted on'),
              access: serverOnly,
              admin: { readOnly: true },
            },
            { name: 'closedAt', type: 'date', label: label('Chiusa il', 'Closed on'), access: serverOnly, admin: { readOnly: true } },
          ],
        },
      ],
    },
  ],
}
