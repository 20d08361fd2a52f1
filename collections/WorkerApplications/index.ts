import type { CollectionConfig, Field } from 'payload'

import { careStaffField, careStaffOrCitizenIn, citizenOrCareStaff } from '../../access/careWork'
import { nobody, nobodyField } from '../../access/nobody'
import {
  CARE_JOBS,
  CARE_TASKS,
  CARED_FOR_KINDS,
  LANGUAGE_LEVELS,
  MAX_EXPERIENCE_YEARS,
  WEEK_SLOTS,
  WORK_ARRANGEMENTS,
} from '../../lib/care-work'
import { centsField, SERVICE_LANGUAGES } from '../../lib/fields'
import { label } from '../../lib/i18n'
import { hasPermission } from '../../lib/roles'
import { prepareApplication } from './hooks/prepareApplication'
import { WORKER_APPLICATION_STATES } from './workflow'

const serverOnly = { create: nobodyField, update: nobodyField }
const staffOnly = { read: careStaffField, create: careStaffField, update: careStaffField }

/** A language and how well it is spoken: the same row in a worker's application and a family's request. */
export const languageRows = (name: string, rowLabel: ReturnType<typeof label>): Field => ({
  name,
  type: 'array',
  label: rowLabel,
  maxRows: 10,
  labels: { singular: label('Lingua', 'Language'), plural: label('Lingue', 'Languages') },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'language', type: 'select', label: label('Lingua', 'Language'), options: SERVICE_LANGUAGES, required: true },
        { name: 'level', type: 'select', label: label('Livello (QCER)', 'Level (CEFR)'), options: [...LANGUAGE_LEVELS], required: true },
      ],
    },
  ],
})

/**
 * A care worker's application to Tate Colf Badanti, filled in by her in her area (or for her
 * by a desk operator, as for any citizen): what she does and for whom, when and where she can
 * work, what she asks to be paid, and her documents. WeMi's care-work staff interview her and
 * judge her suitable; only they and she ever read it.
 */
export const WorkerApplications: CollectionConfig = {
  slug: 'worker-applications',
  labels: {
    singular: label('Candidatura lavoratore', 'Worker application'),
    plural: label('Candidature lavoratori', 'Worker applications'),
  },
  admin: {
    useAsTitle: 'displayName',
    defaultColumns: ['displayName', 'reference', 'jobs', 'status', 'submittedAt'],
    group: label('Tate Colf Badanti', 'Care work'),
    hidden: ({ user }) => !hasPermission(user, 'care-work'),
  },
  defaultSort: '-submittedAt',
  access: { create: citizenOrCareStaff, read: careStaffOrCitizenIn('citizen'), update: careStaffOrCitizenIn('citizen'), delete: nobody },
  hooks: { beforeChange: [prepareApplication] },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'displayName', type: 'text', label: label('Lavoratore', 'Worker'), access: serverOnly, admin: { readOnly: true } },
        {
          name: 'reference',
          type: 'text',
          label: label('Codice anonimo', 'Anonymous code'),
          unique: true,
          access: serverOnly,
          admin: { readOnly: true, description: label('Il nome con cui le famiglie la vedono.', 'The name families see.') },
        },
        {
          name: 'status',
          type: 'select',
          label: label('Stato', 'Status'),
          options: [...WORKER_APPLICATION_STATES],
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
      label: label('Account del lavoratore', 'Worker’s account'),
      unique: true,
      index: true,
      access: { create: careStaffField, update: nobodyField },
    },
    {
      type: 'collapsible',
      label: label('Lavoro cercato', 'Work sought'),
      fields: [
        {
          name: 'jobs',
          type: 'select',
          hasMany: true,
          label: label('Ruoli', 'Jobs'),
          options: [...CARE_JOBS].map(({ value, label }) => ({ value, label })),
        },
        { name: 'tasks', type: 'select', hasMany: true, label: label('Mansioni', 'Tasks'), options: [...CARE_TASKS] },
        {
          name: 'arrangements',
          type: 'select',
          hasMany: true,
          label: label('Disponibilità', 'Arrangements'),
          options: [...WORK_ARRANGEMENTS],
        },
        {
          name: 'slots',
          type: 'select',
          hasMany: true,
          label: label('Giorni e fasce orarie', 'Days and times'),
          options: WEEK_SLOTS.map(({ value, label }) => ({ value, label })),
        },
        {
          name: 'districts',
          type: 'relationship',
          relationTo: 'districts',
          hasMany: true,
          label: label('Zone in cui lavora', 'Areas she works in'),
        },
        centsField('expectedHourlyCents', label('Paga oraria richiesta', 'Expected pay an hour')),
        { name: 'drivingLicence', type: 'checkbox', label: label('Patente di guida', 'Driving licence') },
      ],
    },
    languageRows('languages', label('Lingue parlate', 'Languages spoken')),
    {
      name: 'experience',
      type: 'array',
      label: label('Esperienza', 'Experience'),
      labels: { singular: label('Esperienza', 'Experience'), plural: label('Esperienze', 'Experience') },
      maxRows: CARED_FOR_KINDS.length,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'kind', type: 'select', label: label('Con chi', 'With whom'), options: [...CARED_FOR_KINDS], required: true },
            { name: 'years', type: 'number', label: label('Anni', 'Years'), min: 0, max: MAX_EXPERIENCE_YEARS, required: true },
          ],
        },
      ],
    },
    {
      type: 'collapsible',
      label: label('Dati personali (riservati)', 'Personal details (private)'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'homeDistrict', type: 'relationship', relationTo: 'districts', label: label('Zona di residenza', 'Home area') },
            { name: 'street', type: 'text', label: label('Indirizzo', 'Address'), maxLength: 200 },
            { name: 'birthYear', type: 'number', label: label('Anno di nascita', 'Year of birth'), min: 1900, max: 2100 },
          ],
        },
        {
          name: 'references',
          type: 'array',
          label: label('Referenze', 'References'),
          labels: { singular: label('Referenza', 'Reference'), plural: label('Referenze', 'References') },
          maxRows: 5,
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'name', type: 'text', label: label('Nome', 'Name'), required: true, maxLength: 120 },
                { name: 'phone', type: 'text', label: label('Telefono', 'Phone'), maxLength: 40 },
                { name: 'relation', type: 'text', label: label('Per chi ha lavorato', 'Worked for'), maxLength: 200 },
              ],
            },
          ],
        },
        {
          name: 'documents',
          type: 'join',
          collection: 'worker-documents',
          on: 'application',
          label: label('Documenti', 'Documents'),
          // Documents are added by the worker in her area, or in their own collection.
          admin: { allowCreate: false },
        },
      ],
    },
    {
      type: 'collapsible',
      label: label('Valutazione WeMi', 'WeMi’s assessment'),
      fields: [
        {
          name: 'interview',
          type: 'relationship',
          relationTo: 'appointments',
          label: label('Colloquio', 'Interview'),
          access: serverOnly,
          admin: { readOnly: true },
        },
        {
          name: 'staffNotes',
          type: 'textarea',
          label: label('Note di WeMi', 'WeMi’s notes'),
          maxLength: 4000,
          access: staffOnly,
          admin: { description: label('Obbligatorie per «non idonea» e per sospendere.', 'Required for “not suitable” and to suspend.') },
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
            { name: 'decidedAt', type: 'date', label: label('Valutata il', 'Assessed on'), access: serverOnly, admin: { readOnly: true } },
          ],
        },
      ],
    },
  ],
}
