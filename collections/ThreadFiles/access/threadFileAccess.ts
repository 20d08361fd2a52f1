import type { Access } from 'payload'

import { partyOf } from '../../Threads/parties'
import { relationId } from '../../../lib/relations'

/** Only the two parties of a thread (or a WeMi admin) attach files to it. */
export const createThreadFiles: Access = async ({ req, data }) => {
  const threadId = relationId(data?.thread)
  if (!req.user || !threadId) return false
  const thread = await req.payload.findByID({ collection: 'threads', id: threadId, depth: 0, req, disableErrors: true })
  const party = thread ? partyOf(req.user, thread) : null
  return party !== null && party !== 'system'
}
