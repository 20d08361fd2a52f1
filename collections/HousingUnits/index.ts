import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { hiddenUnless } from '../../access/hiddenUnless'
import { isAdmin } from '../../access/isAdmin'
import { centsField, ownOrganisationField } from '../../lib/fields'
import { label } from '../../lib/i18n'
import { relationId } from '../../lib/relations'
import { hasRole, organisationOf } from '../../lib/roles'
import { rejectField } from '../../lib/validation'
import { createHousingUnits, readHousingUnits, writeHousingUnits } from './access/housingUnitAccess'
import { HOUSING_AUDIENCES, HOUSING_KINDS } from './options'

/** An ente's people add units for their own ente only; the field's own rule keeps them from moving one. */
const ownOrganisationOnly: CollectionBeforeChangeHook = ({ data, req, originalDoc }) => {
  const organisation = relationId(data.organisation ?? originalDoc?.organisation)
  if (!hasRole(req.user, 'admin') && req.user && organisation !== organisationOf(req.user)) {
    rejectField(req, 'housing-units', 'organisation', 'ownOrganisationOnly')
  }
  return data
}

/**
 * A bed, a room or a flat of temporary social housing (Residenzialità Sociale Temporanea),
 * offered by an ente to households in a housing emergency for weeks or months. When it is
 * free is not kept here: it is free on the days no application holds it (housing-applications).
 */
export const HousingUnits: CollectionConfig = {
  slug: 'housing-units',
  labels: { singular: label('Alloggio temporaneo', 'Temporary housing unit'), plural: label('Alloggi temporanei', 'Temporary housing') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'organisation', 'kind', 'places', 'district', 'published'],
    group: label('Residenzialità temporanea', 'Temporary housing'),
    hidden: hiddenUnless('admin', 'ente-admin', 'ente-operator'),
  },
  access: { read: readHousingUnits, create: createHousingUnits, update: writeHousingUnits, delete: isAdmin },
  hooks: { beforeChange: [ownOrganisationOnly] },
  fields: [
    {
      type: 'row',
      fields: [{ name: 'name', type: 'text', label: label('Nome', 'Name'), required: true, maxLength: 120 }, ownOrganisationField()],
    },
    {
      type: 'row',
      fields: [
        { name: 'kind', type: 'select', label: label('Tipo', 'Type'), options: [...HOUSING_KINDS], required: true },
        { name: 'places', type: 'number', label: label('Posti', 'Places'), min: 1, max: 12, required: true, defaultValue: 1 },
        {
          name: 'accessible',
          type: 'checkbox',
          label: label('Accessibile senza barriere', 'Step-free access'),
          defaultValue: false,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'district', type: 'relationship', relationTo: 'districts', label: label('Zona', 'District'), required: true },
        { name: 'street', type: 'text', label: label('Indirizzo', 'Address'), required: true, maxLength: 160 },
        { name: 'postcode', type: 'text', label: label('CAP', 'Postcode'), maxLength: 10 },
      ],
    },
    {
      name: 'audiences',
      type: 'select',
      hasMany: true,
      label: label('Per chi è', 'Who it is for'),
      options: [...HOUSING_AUDIENCES],
      required: true,
    },
    {
      name: 'description',
      type: 'textarea',
      label: label('Descrizione', 'Description'),
      localized: true,
      maxLength: 2000,
    },
    {
      name: 'rules',
      type: 'textarea',
      label: label('Regole della casa', 'House rules'),
      localized: true,
      maxLength: 2000,
    },
    {
      type: 'row',
      fields: [
        centsField('monthlyContributionCents', label('Contributo mensile', 'Monthly contribution'), { required: true }),
        {
          name: 'maxMonths',
          type: 'number',
          label: label('Permanenza massima (mesi)', 'Longest stay (months)'),
          min: 1,
          max: 24,
          required: true,
          defaultValue: 6,
        },
        {
          name: 'published',
          type: 'checkbox',
          label: label('Visibile nel catalogo', 'Shown in the catalogue'),
          defaultValue: false,
          index: true,
        },
      ],
    },
  ],
}
