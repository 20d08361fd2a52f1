import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { message } from '../../../lib/i18n'

/** Each opening period closes after it opens ("HH:MM" strings compare in time order). */
export const checkOpeningHours: CollectionBeforeChangeHook = ({ data, req }) => {
  const rows: { opens?: string; closes?: string }[] = data.openingHours ?? []
  const errors = rows.flatMap((row, index) =>
    row.opens && row.closes && row.closes <= row.opens
      ? [{ message: message(req, 'closingBeforeOpening'), path: `openingHours.${index}.closes` }]
      : [],
  )
  if (errors.length > 0) throw new ValidationError({ collection: 'desks', errors, req }, req.t)
  return data
}
