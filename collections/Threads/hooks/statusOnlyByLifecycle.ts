import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { LIFECYCLE_CONTEXT } from '../writer'

/**
 * The lifecycle is the only writer of a thread: even code that skips access control cannot
 * change a thread except through a transition.
 */
export const onlyByLifecycle: CollectionBeforeChangeHook = ({ req, data }) => {
  if (!req.context?.[LIFECYCLE_CONTEXT]) {
    throw new APIError('Threads change only through lifecycle transitions.', 500)
  }
  return data
}
