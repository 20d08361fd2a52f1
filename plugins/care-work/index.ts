import type { CollectionConfig, Config, Endpoint, Plugin, UploadConfig } from 'payload'
import { Forbidden, NotFound, UnauthorizedError } from 'payload'

import { languageOf } from '../../lib/i18n'
import { pdfResponse } from '../../lib/pdf'
import { hasPermission, isStaffAccount } from '../../lib/roles'
import { recordAudit } from '../audit'
import { addHooks } from '../hooks'
import { proposalCv } from './cv'
import { markInterview } from './interview'
import { announceAssessment, announceProposal } from './notify'
import { matchesFor } from './matches'

/** `GET /api/care-requests/:id/matches`: the ranked suitable workers, for care staff. */
const matchesEndpoint: Endpoint = {
  path: '/:id/matches',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new UnauthorizedError(req.t)
    // Ranking reads every suitable worker's application: care staff's work alone, whoever else may read the request.
    if (!hasPermission(req.user, 'care-work')) throw new Forbidden(req.t)
    const matches = await matchesFor(req, String(req.routeParams?.id))
    if (!matches) throw new NotFound(req.t)
    return Response.json({ matches }, { headers: { 'cache-control': 'private, no-store' } })
  },
}

/** `GET /api/care-proposals/:id/cv`: the proposed worker's anonymised CV, for the proposal's parties and care staff. */
const cvEndpoint: Endpoint = {
  path: '/:id/cv',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new UnauthorizedError(req.t)
    const cv = await proposalCv(req.payload, String(req.routeParams?.id), req.user, languageOf(req))
    if (!cv) throw new NotFound(req.t)
    return pdfResponse(cv.filename, cv.bytes)
  },
}

/** Every time staff open a worker's document, the trail says who and which (the file itself is never copied there). */
const auditDocumentRead: NonNullable<UploadConfig['handlers']>[number] = async (req, { params }) => {
  if (isStaffAccount(req.user)) {
    await recordAudit(req, { action: 'read', collection: 'worker-documents', documentId: params.filename, changes: { fields: ['file'] } })
  }
}

const withDocumentAudit = (collection: CollectionConfig): CollectionConfig =>
  collection.upload && typeof collection.upload === 'object'
    ? { ...collection, upload: { ...collection.upload, handlers: [...(collection.upload.handlers ?? []), auditDocumentRead] } }
    : collection

/**
 * Tate Colf Badanti: the matching and anonymised-CV endpoints, the desk booking that marks a
 * worker's interview, the notices to the family and the worker, and the audit of each staff download of a worker's document. The
 * collections and their state tables live in collections/.
 */
export const careWorkPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: addHooks(config.collections, {
      appointments: { afterChange: [markInterview] },
      'care-proposals': { afterChange: [announceProposal] },
      'worker-applications': { afterChange: [announceAssessment] },
    }).map((collection) =>
      collection.slug === 'care-requests'
        ? { ...collection, endpoints: [...(collection.endpoints || []), matchesEndpoint] }
        : collection.slug === 'care-proposals'
          ? { ...collection, endpoints: [...(collection.endpoints || []), cvEndpoint] }
          : collection.slug === 'worker-documents'
            ? withDocumentAudit(collection)
            : collection,
    ),
  })
