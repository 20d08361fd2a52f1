import { APIError, type CollectionBeforeValidateHook } from 'payload'

import { message } from '../../../lib/i18n'
import { hasRole, organisationOf } from '../../../lib/roles'
import { rejectField } from '../../../lib/validation'

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024

/**
 * Refuses files over the limit with a message in the user's language, requires a text
 * alternative for images, and files an ente admin's upload under their organisation.
 */
export const checkUpload: CollectionBeforeValidateHook = ({ data, req, operation }) => {
  // REST uploads leave `size` empty; the buffer's length is the size then.
  const size = req.file?.size ?? req.file?.data?.length ?? 0
  if (size > MAX_UPLOAD_BYTES) {
    throw new APIError(message(req, 'fileTooLarge', { limit: '5 MB' }), 413, undefined, true)
  }
  const mimeType = req.file?.mimetype ?? data?.mimeType
  const alt = data?.alt
  const hasAlt = typeof alt === 'string' ? alt.trim() !== '' : Boolean(alt?.it || alt?.en)
  if (typeof mimeType === 'string' && mimeType.startsWith('image/') && !hasAlt) rejectField(req, 'media', 'alt', 'altRequired')
  if (operation === 'create' && data && !hasRole(req.user, 'admin') && hasRole(req.user, 'ente-admin')) {
    data.organisation = organisationOf(req.user)
  }
  return data
}
