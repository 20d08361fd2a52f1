import type { Config, Endpoint, PayloadRequest, Plugin } from 'payload'
import { NotFound, UnauthorizedError } from 'payload'

import { languageOf } from '../../lib/i18n'
import { MalformedInput } from '../input-safety/messages'
import { conversationOf } from './conversation'
import { openRequestThreads } from './open-threads'
import { threadReminderTask, threadTimerTask } from './tasks'
import { applyTransition } from './transition'

/** The action's input: a body that is not JSON is the caller's mistake, not a server error. */
export const jsonBody = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  let body: unknown
  try {
    body = await req.json!()
  } catch {
    throw new MalformedInput(req, 'badJson', 'body')
  }
  return body && typeof body === 'object' ? (body as Record<string, unknown>) : {}
}

/**
 * `POST /api/threads/:id/actions/:action` with the action's input as JSON: how the ente's
 * inbox (and any API client) moves a thread. The signed-in user is the actor; the lifecycle
 * decides whether they may.
 */
const threadActionEndpoint: Endpoint = {
  path: '/:id/actions/:action',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new UnauthorizedError(req.t)
    const input = req.headers.get('content-type')?.includes('application/json') ? await jsonBody(req) : {}
    const { thread, from, to, ...result } = await applyTransition(req.payload, {
      threadId: String(req.routeParams?.id),
      action: String(req.routeParams?.action),
      as: { user: req.user },
      input,
      req,
    })
    return Response.json({ thread, from, to, ...result, message: languageOf(req) === 'it' ? 'Fatto.' : 'Done.' })
  },
}

/** `GET /api/threads/:id/conversation`: the thread as its reader sees it (the ente's inbox view). */
const conversationEndpoint: Endpoint = {
  path: '/:id/conversation',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new UnauthorizedError(req.t)
    const conversation = await conversationOf(req.payload, String(req.routeParams?.id), req.user, languageOf(req))
    if (!conversation) throw new NotFound(req.t)
    return Response.json(conversation, { headers: { 'cache-control': 'private, no-store' } })
  },
}

/**
 * Requests and their threads: the lifecycle's REST endpoints on the threads collection, the
 * opening of a new request's threads, and the durable timers that move threads when their
 * deadlines pass.
 */
export const requestsPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => {
      if (collection.slug === 'threads')
        return { ...collection, endpoints: [...(collection.endpoints || []), threadActionEndpoint, conversationEndpoint] }
      if (collection.slug === 'requests') {
        return {
          ...collection,
          hooks: { ...collection.hooks, afterChange: [...(collection.hooks?.afterChange ?? []), openRequestThreads] },
        }
      }
      return collection
    }),
    jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), threadTimerTask, threadReminderTask] },
  })
