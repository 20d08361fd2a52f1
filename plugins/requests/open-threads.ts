import type { CollectionAfterChangeHook } from 'payload'

import { REQUEST_SERVICES } from '../../collections/Requests/hooks/prepareRequest'
import { relationId } from '../../lib/relations'
import { openThreads } from './transition'

/** A new request opens one thread per ente asked, in the same transaction. */
export const openRequestThreads: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  const services = req.context[REQUEST_SERVICES] as { id: string; organisation: string }[] | undefined
  if (operation !== 'create' || !services) return doc
  delete req.context[REQUEST_SERVICES]
  await openThreads(req, { requestId: doc.id, reference: doc.reference, citizen: relationId(doc.citizen)!, services })
  return doc
}
