import { type Endpoint, UnauthorizedError } from 'payload'

import { isCalendarDate } from '../../../lib/dates'

const OUTCOMES = ['attended', 'missed'] as const

/**
 * `POST /api/appointments/:id/outcome` from the desk's day in the admin panel, as a plain form:
 * records whether the person came, as the signed-in operator (their access and the status rules
 * apply), then goes back to the same day.
 */
export const recordOutcome: Endpoint = {
  path: '/:id/outcome',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new UnauthorizedError(req.t)
    const form = await req.formData!()
    const status = OUTCOMES.find((outcome) => outcome === form.get('status'))
    const day = String(form.get('giorno') ?? '')
    const desk = String(form.get('sportello') ?? '')
    if (status) {
      await req.payload.update({
        collection: 'appointments',
        id: String(req.routeParams?.id),
        data: { status },
        depth: 0,
        user: req.user,
        overrideAccess: false,
        req,
      })
    }
    const back = new URLSearchParams({
      ...(isCalendarDate(day) ? { giorno: day } : {}),
      ...(/^[\w-]{1,64}$/.test(desk) ? { sportello: desk } : {}),
    })
    return new Response(null, { status: 303, headers: { location: `/admin/collections/appointments?${back}` } })
  },
}
