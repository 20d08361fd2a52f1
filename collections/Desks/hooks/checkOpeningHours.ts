import type { CollectionBeforeChangeHook } from 'payload'

import { rejectInput } from '../../../lib/validation'

/** Each opening period closes after it opens ("HH:MM" strings compare in time order). */
export const checkOpeningHours: CollectionBeforeChangeHook = ({ data, req }) => {
  const rows: { opens?: string; closes?: string }[] = data.openingHours ?? []
  rejectInput(
    req,
    'desks',
    rows.flatMap((row, index) =>
      row.opens && row.closes && row.closes <= row.opens
        ? [{ path: `openingHours.${index}.closes`, key: 'closingBeforeOpening' as const }]
        : [],
    ),
  )
  return data
}
