import type { RowField } from 'payload'

import { RELATIONSHIPS } from '../../lib/fields'
import { label } from '../../lib/i18n'

/** What a cared-for person's fields accept, for the forms that ask for them before the collections do. */
export const CARED_FOR_LIMITS = { nameMaxLength: 120, birthYearMin: 1900, birthYearMax: 2100 } as const

/**
 * A person a citizen cares for, on one row: name, relationship and year of birth. The same
 * fields in the citizen's list of people and in a request made for one of them. A new object
 * each call, since Payload completes the field configs it is given.
 */
export const caredForPersonRow = (): RowField => ({
  type: 'row',
  fields: [
    { name: 'name', type: 'text', label: label('Nome', 'Name'), required: true, maxLength: CARED_FOR_LIMITS.nameMaxLength },
    { name: 'relationship', type: 'select', label: label('Relazione', 'Relationship'), options: RELATIONSHIPS, required: true },
    {
      name: 'birthYear',
      type: 'number',
      label: label('Anno di nascita', 'Year of birth'),
      min: CARED_FOR_LIMITS.birthYearMin,
      max: CARED_FOR_LIMITS.birthYearMax,
    },
  ],
})
