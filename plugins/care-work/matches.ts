import type { PayloadRequest } from 'payload'

import { type Match, rankWorkers, reasonText } from '../../lib/care-matching'
import { languageOf } from '../../lib/i18n'
import { relationId } from '../../lib/relations'
import { familyNeedOf, neighboursOf, workerProfileOf } from '../../lib/care-profiles'

export type RankedWorker = Match & {
  application: string
  name: string
  reference: string
  /** The reasons as staff read them, one per part of the score, in the reader's language. */
  reasonTexts: string[]
  /** Already proposed to this family (in any state). */
  proposed: boolean
}

/**
 * The suitable workers for a family's request, best first, with the reasons of each score.
 * Read as the signed-in person, so that only care staff (who may read both) get an answer:
 * anyone else finds no request.
 */
export const matchesFor = async (req: PayloadRequest, requestId: string): Promise<RankedWorker[] | null> => {
  const request = await req.payload.findByID({
    collection: 'care-requests',
    id: requestId,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
    disableErrors: true,
  })
  if (!request?.job || !request.arrangement || !request.district) return request ? [] : null
  const need = familyNeedOf(request)
  // The database narrows to suitable workers doing the job in the district; the hard filters then decide.
  const { docs } = await req.payload.find({
    collection: 'worker-applications',
    where: { status: { equals: 'suitable' }, jobs: { contains: need.job }, districts: { contains: need.district } },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const proposals = await req.payload.find({
    collection: 'care-proposals',
    where: { careRequest: { equals: requestId } },
    depth: 0,
    pagination: false,
    select: { application: true },
    overrideAccess: false,
    user: req.user,
    req,
  })
  const proposed = new Set(proposals.docs.map((proposal) => relationId(proposal.application)))
  const byId = new Map(docs.map((doc) => [String(doc.id), doc]))
  const language = languageOf(req)
  return rankWorkers(docs.map(workerProfileOf), need, await neighboursOf(req)).map((match) => {
    const application = byId.get(match.worker)!
    return {
      ...match,
      application: match.worker,
      name: application.displayName ?? '',
      reference: application.reference ?? '',
      reasonTexts: match.reasons.map((reason) => reasonText(reason, language)),
      proposed: proposed.has(match.worker),
    }
  })
}
