import type { Config, Endpoint, PayloadRequest, Plugin } from 'payload'
import { NotFound, UnauthorizedError } from 'payload'

import { languageOf } from '../../lib/i18n'
import { jsonBody } from '../requests'
import { openGroup } from './open'
import { groupSettleTask, groupTimerTask } from './tasks'
import { applyGroupAction } from './transition'
import { groupView } from './view'

/** The action's input as JSON; a request without it has none. */
const inputOf = async (req: PayloadRequest): Promise<Record<string, unknown>> =>
  req.headers.get('content-type')?.includes('application/json') ? jsonBody(req) : {}

const done = (req: PayloadRequest) => (languageOf(req) === 'it' ? 'Fatto.' : 'Done.')

/** `POST /api/groups/open`: a citizen or the service's ente opens a group (JSON input). */
const openEndpoint: Endpoint = {
  path: '/open',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new UnauthorizedError(req.t)
    const group = await openGroup(req.payload, { as: { user: req.user }, input: await inputOf(req), req })
    return Response.json({ group, message: done(req) }, { status: 201 })
  },
}

/** `POST /api/groups/:id/actions/:action` with the action's input as JSON; the lifecycle decides whether the user may. */
const actionEndpoint: Endpoint = {
  path: '/:id/actions/:action',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new UnauthorizedError(req.t)
    const { group, from, to, ...result } = await applyGroupAction(req.payload, {
      groupId: String(req.routeParams?.id),
      action: String(req.routeParams?.action),
      as: { user: req.user },
      input: await inputOf(req),
      req,
    })
    return Response.json({ group, from, to, ...result, message: done(req) })
  },
}

/** `GET /api/groups/:id/view`: the group as its reader sees it (the public, a member, the ente, WeMi). */
const viewEndpoint: Endpoint = {
  path: '/:id/view',
  method: 'get',
  handler: async (req) => {
    const view = await groupView(req.payload, String(req.routeParams?.id), req.user, languageOf(req))
    if (!view) throw new NotFound(req.t)
    return Response.json(view, { headers: { 'cache-control': 'private, no-store' } })
  },
}

/**
 * Shared groups: the group lifecycle's REST endpoints on the groups collection, and the durable
 * jobs that act on its deadlines and start or complete a group as its members' threads move.
 */
export const sharingPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      collection.slug === 'groups'
        ? { ...collection, endpoints: [...(collection.endpoints || []), openEndpoint, actionEndpoint, viewEndpoint] }
        : collection,
    ),
    jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), groupTimerTask, groupSettleTask] },
  })
