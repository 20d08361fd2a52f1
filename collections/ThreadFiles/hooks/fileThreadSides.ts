import { APIError, type CollectionBeforeValidateHook } from 'payload'

import { message } from '../../../lib/i18n'
import { relationId } from '../../../lib/relations'
import { MAX_UPLOAD_BYTES } from '../../Media/hooks/checkUpload'

/**
 * Files a new attachment under its thread's two parties (whatever the client sent) and keeps
 * it within the size limit, so the read rule of the thread applies to the file too.
 */
export const fileThreadSides: CollectionBeforeValidateHook = async ({ data, req, operation }) => {
  if (operation !== 'create' || !data) return data
  const size = req.file?.size ?? req.file?.data?.length ?? 0
  if (size > MAX_UPLOAD_BYTES) throw new APIError(message(req, 'fileTooLarge', { limit: '5 MB' }), 413, undefined, true)
  const threadId = relationId(data.thread)
  const thread = threadId
    ? await req.payload.findByID({ collection: 'threads', id: threadId, depth: 0, req, overrideAccess: true, disableErrors: true })
    : null
  if (thread) {
    data.citizen = relationId(thread.citizen)
    data.organisation = relationId(thread.organisation)
  }
  if (req.user) data.uploadedBy = { relationTo: req.user.collection, value: req.user.id }
  return data
}
