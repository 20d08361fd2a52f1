import type { CollectionConfig } from 'payload'

import { hiddenUnless } from '../../access/hiddenUnless'
import { isAdmin } from '../../access/isAdmin'
import { nobodyField } from '../../access/nobody'
import { citizenLinkShown, threadTitleField } from '../../lib/fields'
import { label } from '../../lib/i18n'
import { stateOptions } from '../../lib/workflow'
import { operatorField, planVisits, plannerField, readVisits, staffField, statusField, updateVisits } from './access/visitAccess'
import { checkVisit } from './hooks/checkVisit'
import { visitWorkflow } from './workflow'

const fixed = { create: nobodyField, update: nobodyField }
/** What the server fills in is shown once it is there, not as empty boxes on a new visit. */
const whenFilled = (name: string) => (_: unknown, siblingData: Record<string, unknown>) => Boolean(siblingData?.[name])
const moment = (name: string, fieldLabel: ReturnType<typeof label>) => ({
  name,
  type: 'date' as const,
  label: fieldLabel,
  access: fixed,
  admin: { readOnly: true, position: 'sidebar' as const, date: { pickerAppearance: 'dayAndTime' as const }, condition: whenFilled(name) },
})

/**
 * A home-care visit of a paid request: the ente plans it for one of its operators, who checks
 * in and out at the citizen's home. Its ente, citizen and request come from the thread; a
 * visit is cancelled, never deleted, so that the ente's log keeps it.
 */
export const Visits: CollectionConfig = {
  slug: 'visits',
  labels: { singular: label('Visita domiciliare', 'Home visit'), plural: label('Visite domiciliari', 'Home visits') },
  admin: {
    useAsTitle: 'threadTitle',
    defaultColumns: ['startsAt', 'endsAt', 'operator', 'status', 'checkedInAt', 'checkedOutAt'],
    group: label('Richieste', 'Requests'),
    // Operators work from their own page of today's visits (/admin/visite).
    hidden: hiddenUnless('admin', 'ente-admin'),
  },
  defaultSort: '-startsAt',
  access: { read: readVisits, create: planVisits, update: updateVisits, delete: isAdmin },
  hooks: { beforeChange: [checkVisit] },
  indexes: [{ fields: ['operator', 'startsAt'] }],
  fields: [
    threadTitleField(),
    {
      name: 'thread',
      type: 'relationship',
      relationTo: 'threads',
      label: label('Richiesta', 'Request'),
      required: true,
      index: true,
      // A visit stays with the thread it was planned for: another thread needs a visit of its own.
      access: { update: nobodyField },
      filterOptions: ({ id }) => (id ? true : { status: { equals: 'paid' } }),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          type: 'date',
          label: label('Inizio', 'Starts'),
          required: true,
          access: { update: plannerField },
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'endsAt',
          type: 'date',
          label: label('Fine', 'Ends'),
          required: true,
          access: { update: plannerField },
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    {
      name: 'operator',
      type: 'relationship',
      relationTo: 'users',
      label: label('Operatore', 'Operator'),
      required: true,
      access: { read: staffField, update: plannerField },
      filterOptions: { roles: { in: ['ente-operator'] } },
    },
    {
      name: 'operatorFirstName',
      type: 'text',
      label: label('Nome dell’operatore', 'Operator’s first name'),
      access: fixed,
      admin: { readOnly: true, hidden: true },
    },
    {
      name: 'status',
      type: 'select',
      label: label('Stato', 'Status'),
      options: stateOptions(visitWorkflow),
      defaultValue: visitWorkflow.initial,
      required: true,
      index: true,
      access: { create: nobodyField, update: statusField },
      admin: { position: 'sidebar' },
    },
    moment('checkedInAt', label('Arrivo registrato alle', 'Checked in at')),
    moment('checkedOutAt', label('Uscita registrata alle', 'Checked out at')),
    moment('cancelledAt', label('Annullata il', 'Cancelled on')),
    {
      name: 'note',
      type: 'textarea',
      label: label('Nota dell’operatore', 'Operator’s note'),
      maxLength: 2000,
      access: { read: staffField, create: nobodyField, update: operatorField },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'organisation',
          type: 'relationship',
          relationTo: 'organisations',
          label: label('Ente', 'Organisation'),
          index: true,
          access: fixed,
          admin: { readOnly: true, condition: whenFilled('organisation') },
        },
        {
          name: 'citizen',
          type: 'relationship',
          relationTo: 'citizens',
          label: label('Cittadino', 'Citizen'),
          index: true,
          access: fixed,
          admin: {
            readOnly: true,
            condition: (data, siblingData, context) =>
              whenFilled('citizen')(data, siblingData) && citizenLinkShown(data, siblingData, context),
          },
        },
        {
          name: 'request',
          type: 'relationship',
          relationTo: 'requests',
          label: label('Domanda', 'Citizen’s request'),
          access: fixed,
          admin: { readOnly: true, condition: whenFilled('request') },
        },
      ],
    },
  ],
}
