import type { CollectionConfig, FieldAccess } from 'payload'

import { careStaffField, careStaffOrCitizenIn, careStaffOrNamedCitizenField, isCareStaff } from '../../access/careWork'
import { nobody, nobodyField } from '../../access/nobody'
import { CARE_JOBS, WORK_ARRANGEMENTS } from '../../lib/care-work'
import { label } from '../../lib/i18n'
import { relationId } from '../../lib/relations'
import { hasPermission, isCitizen } from '../../lib/roles'
import { followRequest, prepareProposal } from './hooks/prepareProposal'
import { CARE_PROPOSAL_STATES, CONTACT_SHARED_STATES } from './workflow'

const serverOnly = { create: nobodyField, update: nobodyField }
const staffRead = { read: careStaffField, create: nobodyField, update: nobodyField }

/** The worker's contacts: care staff and she herself, and the family once she accepted to meet it. */
const contactRead: FieldAccess = ({ req: { user }, doc }) => {
  if (hasPermission(user, 'care-work')) return true
  if (!isCitizen(user) || !doc) return false
  if (relationId(doc.worker) === user!.id) return true
  return relationId(doc.family) === user!.id && CONTACT_SHARED_STATES.includes(doc.status)
}

/** Which request a proposal answers: care staff and the family, who lists its request's proposals by it. */
const requestRead: FieldAccess = ({ req: { user }, doc }) =>
  hasPermission(user, 'care-work') || (isCitizen(user) && (!doc || relationId(doc.family) === user!.id))

/**
 * A worker WeMi proposes to a family. The family sees her anonymous code and CV, never her
 * application; the worker sees what the job is, never who the family is; her name and contacts
 * pass to the family only when she accepts to meet it. The outcome (hired or not) is recorded
 * here: a hire is a job created, which the city counts.
 */
export const CareProposals: CollectionConfig = {
  slug: 'care-proposals',
  labels: { singular: label('Proposta di lavoratore', 'Worker proposal'), plural: label('Proposte di lavoratori', 'Worker proposals') },
  admin: {
    useAsTitle: 'candidateCode',
    defaultColumns: ['candidateCode', 'careRequest', 'status', 'score', 'createdAt'],
    group: label('Tate Colf Badanti', 'Care work'),
    hidden: ({ user }) => !hasPermission(user, 'care-work'),
  },
  defaultSort: '-createdAt',
  indexes: [{ fields: ['careRequest', 'application'], unique: true }],
  // The request and the application are required when a proposal is made (hooks/prepareProposal.ts), not
  // after: erasing a family or a worker removes them, and the proposal stays as the job it recorded.
  access: {
    create: isCareStaff,
    read: careStaffOrCitizenIn('family', 'worker'),
    update: careStaffOrCitizenIn('family', 'worker'),
    delete: nobody,
  },
  hooks: { beforeChange: [prepareProposal], afterChange: [followRequest] },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'candidateCode', type: 'text', label: label('Profilo', 'Profile'), access: serverOnly, admin: { readOnly: true } },
        {
          name: 'status',
          type: 'select',
          label: label('Stato', 'Status'),
          options: [...CARE_PROPOSAL_STATES],
          defaultValue: 'proposed',
          required: true,
          index: true,
        },
        { name: 'score', type: 'number', label: label('Punteggio', 'Score'), access: staffRead, admin: { readOnly: true } },
      ],
    },
    {
      name: 'careRequest',
      type: 'relationship',
      relationTo: 'care-requests',
      label: label('Richiesta', 'Request'),

      index: true,
      access: { read: requestRead, update: nobodyField },
    },
    {
      name: 'application',
      type: 'relationship',
      relationTo: 'worker-applications',
      label: label('Candidatura', 'Application'),

      index: true,
      access: { read: careStaffField, update: nobodyField },
    },
    {
      name: 'family',
      type: 'relationship',
      relationTo: 'citizens',
      label: label('Famiglia', 'Family'),
      index: true,
      access: { read: careStaffOrNamedCitizenField('family'), create: nobodyField, update: nobodyField },
      admin: { hidden: true },
    },
    {
      name: 'worker',
      type: 'relationship',
      relationTo: 'citizens',
      label: label('Lavoratore', 'Worker'),
      index: true,
      access: { read: careStaffOrNamedCitizenField('worker'), create: nobodyField, update: nobodyField },
      admin: { hidden: true },
    },
    {
      type: 'collapsible',
      label: label('Il lavoro proposto', 'The job proposed'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'job',
              type: 'select',
              label: label('Figura', 'Job'),
              options: [...CARE_JOBS].map(({ value, label }) => ({ value, label })),
              access: serverOnly,
            },
            {
              name: 'arrangement',
              type: 'select',
              label: label('Modalità', 'Arrangement'),
              options: [...WORK_ARRANGEMENTS],
              access: serverOnly,
            },
            { name: 'district', type: 'relationship', relationTo: 'districts', label: label('Zona', 'Area'), access: serverOnly },
            { name: 'startOn', type: 'date', label: label('Da quando', 'Starting on'), access: serverOnly },
          ],
        },
      ],
    },
    {
      name: 'reasons',
      type: 'json',
      label: label('Motivi del punteggio', 'Reasons for the score'),
      access: staffRead,
      admin: { hidden: true },
    },
    {
      name: 'contact',
      type: 'group',
      label: label('Contatti della persona', 'The worker’s contacts'),
      access: { read: contactRead, create: nobodyField, update: nobodyField },
      admin: { readOnly: true },
      fields: [
        { name: 'name', type: 'text', label: label('Nome', 'Name') },
        { name: 'email', type: 'text', label: label('E-mail', 'E-mail') },
        { name: 'phone', type: 'text', label: label('Telefono', 'Phone') },
      ],
    },
    { name: 'decidedAt', type: 'date', label: label('Ultima decisione', 'Last decision'), access: serverOnly, admin: { readOnly: true } },
  ],
}
