import { type Config, type Endpoint, NotFound, type Plugin, type TaskConfig, UnauthorizedError } from 'payload'

import { languageOf } from '../../lib/i18n'
import { TransitionRefused } from '../requests/errors'
import { jsonBody } from '../requests'
import { applyHousingAction, HOUSING_TIMER_TASK } from './act'
import { announceApplication } from './notify'
import { housingView } from './view'

/**
 * `POST /api/housing-applications/:id/actions/:action` with the action's input as JSON: how the
 * ente, the household and any API client move an application. The signed-in user is the
 * actor; the housing lifecycle decides whether they may.
 */
const housingActionEndpoint: Endpoint = {
  path: '/:id/actions/:action',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new UnauthorizedError(req.t)
    const input = req.headers.get('content-type')?.includes('application/json') ? await jsonBody(req) : {}
    const outcome = await applyHousingAction(req.payload, {
      applicationId: String(req.routeParams?.id),
      action: String(req.routeParams?.action),
      as: { user: req.user },
      input,
      req,
    })
    return Response.json({ ...outcome, message: languageOf(req) === 'it' ? 'Fatto.' : 'Done.' })
  },
}

/** `GET /api/housing-applications/:id/view`: the actions open to the signed-in reader, for the admin's panel. */
const housingViewEndpoint: Endpoint = {
  path: '/:id/view',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new UnauthorizedError(req.t)
    return Response.json(await housingView(req, String(req.routeParams?.id)))
  },
}

/**
 * An offer's answer is overdue: the system takes the timer's action through the lifecycle.
 * When the application has moved on, the table or the check refuses and the job ends without
 * effect, so a timer acts once however often it runs.
 */
const housingTimerTask: TaskConfig<{ input: { application: string; action: string }; output: { outcome: string } }> = {
  slug: HOUSING_TIMER_TASK,
  inputSchema: [
    { name: 'application', type: 'text', required: true },
    { name: 'action', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  handler: async ({ input, req }) => {
    try {
      const { to } = await applyHousingAction(req.payload, { applicationId: input.application, action: input.action, as: { system: true } })
      return { output: { outcome: `moved to ${to}` } }
    } catch (error) {
      if (error instanceof TransitionRefused) return { output: { outcome: `not applied: ${error.reason}` } }
      if (error instanceof NotFound) return { output: { outcome: 'application gone' } }
      throw error
    }
  },
}

/** Temporary social housing: the lifecycle's endpoints on the applications, the notice of a new one, and the timer of an offer's answer. */
export const housingPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      collection.slug === 'housing-applications'
        ? {
            ...collection,
            endpoints: [...(collection.endpoints || []), housingActionEndpoint, housingViewEndpoint],
            hooks: { ...collection.hooks, afterChange: [...(collection.hooks?.afterChange ?? []), announceApplication] },
          }
        : collection,
    ),
    jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), housingTimerTask] },
  })
