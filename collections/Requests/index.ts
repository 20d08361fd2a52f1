import type { CollectionConfig } from 'payload'

import { hiddenUnless } from '../../access/hiddenUnless'
import { nobody, nobodyField } from '../../access/nobody'
import { requestSensitive } from '../../access/sensitiveFields'
import { DAYS, TIME_BANDS } from '../../lib/fields'
import { districtLabel, label } from '../../lib/i18n'
import { caredForPersonRow } from '../shared/caredFor'
import { citizenOrAdminField, createRequests, readRequests } from './access/requestAccess'
import { MAX_ENTI_PER_REQUEST, prepareRequest } from './hooks/prepareRequest'

/**
 * One citizen's need, sent at once to one to five enti offering services of one category.
 * Each ente answers in a thread of its own; the request itself never changes after sending.
 */
export const Requests: CollectionConfig = {
  slug: 'requests',
  // Written only through the lifecycle, never edited in the admin: nothing to lock.
  lockDocuments: false,
  labels: { singular: label('Richiesta', 'Request'), plural: label('Richieste', 'Requests') },
  admin: {
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'category', 'district', 'createdAt'],
    group: label('Richieste', 'Requests'),
    hidden: hiddenUnless('admin'),
  },
  defaultSort: '-createdAt',
  access: { create: createRequests, read: readRequests, update: nobody, delete: nobody },
  // The requests plugin opens a new request's threads after it is written.
  hooks: { beforeValidate: [prepareRequest] },
  fields: [
    {
      name: 'reference',
      type: 'text',
      label: label('Codice', 'Reference'),
      unique: true,
      index: true,
      access: { create: nobodyField, update: nobodyField },
      admin: { readOnly: true },
    },
    {
      name: 'citizen',
      type: 'relationship',
      relationTo: 'citizens',
      label: label('Cittadino', 'Citizen'),
      required: true,
      index: true,
      access: { read: citizenOrAdminField },
    },
    { name: 'category', type: 'relationship', relationTo: 'categories', label: label('Categoria', 'Category'), required: true },
    {
      name: 'services',
      type: 'relationship',
      relationTo: 'services',
      hasMany: true,
      required: true,
      minRows: 1,
      maxRows: MAX_ENTI_PER_REQUEST,
      label: label('Servizi richiesti', 'Services asked for'),
      access: { read: citizenOrAdminField },
    },
    {
      name: 'organisations',
      type: 'relationship',
      relationTo: 'organisations',
      hasMany: true,
      index: true,
      label: label('Enti interpellati', 'Organisations asked'),
      access: { read: citizenOrAdminField, create: nobodyField, update: nobodyField },
      admin: { readOnly: true },
    },
    {
      // A request opened by a shared group's confirmation, one per member.
      name: 'group',
      type: 'relationship',
      relationTo: 'groups',
      label: label('Gruppo condiviso', 'Shared group'),
      index: true,
      access: { create: nobodyField, update: nobodyField },
      admin: { readOnly: true },
    },
    {
      name: 'beneficiary',
      type: 'group',
      access: { read: requestSensitive },
      label: label('Per chi è il servizio', 'Who the service is for'),
      fields: [caredForPersonRow()],
    },
    {
      name: 'address',
      type: 'group',
      label: label('Dove', 'Where'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'street', type: 'text', label: label('Via e numero civico', 'Street and number'), required: true, maxLength: 200 },
            { name: 'postcode', type: 'text', label: label('CAP', 'Postcode'), maxLength: 10 },
            {
              name: 'district',
              type: 'relationship',
              relationTo: 'districts',
              label: districtLabel,
              required: true,
              index: true,
            },
          ],
        },
      ],
    },
    {
      name: 'period',
      type: 'group',
      label: label('Quando', 'When'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'start', type: 'date', label: label('Dal', 'From'), required: true },
            { name: 'end', type: 'date', label: label('Al', 'To'), required: true },
          ],
        },
        { name: 'days', type: 'select', hasMany: true, label: label('Giorni', 'Days'), options: [...DAYS] },
        { name: 'timeBands', type: 'select', hasMany: true, label: label('Fasce orarie', 'Time bands'), options: [...TIME_BANDS] },
      ],
    },
    {
      name: 'notes',
      type: 'textarea',
      label: label('Note per gli enti', 'Notes for the organisations'),
      maxLength: 2000,
      access: { read: requestSensitive },
    },
  ],
}
