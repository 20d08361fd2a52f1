import type { CollectionBeforeChangeHook } from 'payload'

import { answerFitsRating } from '../../lib/page-feedback'
import { relationId } from '../../lib/relations'
import { rejectField } from '../../lib/validation'

/**
 * The organisation is always the rated service's own, looked up here: whatever a caller says
 * about it, an ente reads the ratings of its services and of nobody else's. An answer must
 * belong to the question its rating asked.
 */
export const checkPageFeedback: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const service = relationId(data.service ?? originalDoc?.service)
  data.organisation = service
    ? relationId(
        (
          await req.payload.findByID({
            collection: 'services',
            id: service,
            depth: 0,
            select: { organisation: true },
            overrideAccess: true,
            req,
          })
        ).organisation,
      )
    : null
  const answer = data.answer ?? originalDoc?.answer
  const rating = data.rating ?? originalDoc?.rating
  if (answer && !answerFitsRating(answer, rating)) rejectField(req, 'page-feedback', 'answer', 'feedbackAnswerMismatch')
  return data
}
