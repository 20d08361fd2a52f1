import type { CollectionAfterChangeHook } from 'payload'

import { relationId } from '../../../lib/relations'
import { openThreads as openRequestThreads } from '../../../plugins/requests/transition'
import { REQUEST_SERVICES } from './prepareRequest'

/** A new request opens one thread per ente asked, in the same transaction. */
export const openThreads: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  const services = req.context[REQUEST_SERVICES] as { id: string; organisation: string }[] | undefined
  if (operation !== 'create' || !services) return doc
  delete req.context[REQUEST_SERVICES]
  await openRequestThreads(req, { requestId: doc.id, reference: doc.reference, citizen: relationId(doc.citizen)!, services })
  return doc
}
