import { APIError, type CollectionBeforeDeleteHook } from 'payload'

import { message } from '../../../lib/i18n'

/** Organisations with a catalogue are revoked, not deleted, so that their history remains. */
export const keepServices: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { totalDocs } = await req.payload.count({ collection: 'services', where: { organisation: { equals: id } }, req })
  if (totalDocs > 0) throw new APIError(message(req, 'organisationHasServices'), 409, undefined, true)
}
