import type { Payload } from 'payload'

import type { RestResponse } from './app'
import { type Actor, type Fixtures, PASSWORD } from './fixtures'
import { act, dayFromNow, quoteInput, sendRequest } from './marketplace'

const MINUTE = 60 * 1000

/** A moment some minutes from now, as Payload stores dates. */
export const minutesFromNow = (minutes: number): string => new Date(Date.now() + minutes * MINUTE).toISOString()

let slots = 0
/**
 * A time no other call has given: one operator is never planned at two homes at once. The
 * slots lie in the last days, so that an operator may check in at once.
 */
export const freeSlot = () => {
  const start = -72 * 60 + 20 * slots++
  return { startsAt: minutesFromNow(start), endsAt: minutesFromNow(start + 15) }
}

/** A request of the citizen to the service, quoted, accepted and confirmed as paid by its ente. */
export const paidThread = async (payload: Payload, citizen: Actor, ente: Actor, service: string, district: string): Promise<string> => {
  const { threads } = await sendRequest(payload, citizen, [service], district)
  const thread = String(threads[0]!.id)
  // Under way from today: visits are planned and the service may be marked delivered.
  const { quote } = await act(payload, ente, thread, 'quote', quoteInput({ amountCents: 0, periodStart: dayFromNow(0) }))
  await act(payload, citizen, thread, 'accept', { quote })
  await act(payload, ente, thread, 'confirm-payment', { method: 'free' })
  return thread
}

/**
 * Home visits on top of the city: a paid thread of citizen1 with organisation A and one of
 * citizen2 with organisation B, a second operator of A, and planned visits:
 * - vA1: citizen1's home, A's operator (the enteOperator actor), starting in 30 minutes;
 * - vA2: citizen1's home, A's second operator, tomorrow;
 * - vB1: citizen2's home, B's operator.
 */
export const buildVisits = async (
  payload: Payload,
  rest: (method: string, path: string, options?: { body?: unknown }) => Promise<RestResponse>,
  fx: Fixtures,
) => {
  const { actors, extraActors, services, districts, organisations, users } = fx
  const signIn = async (id: string): Promise<Actor> => {
    const doc = await payload.findByID({ collection: 'users', id, depth: 0 })
    const response = await rest('POST', '/api/users/login', { body: { email: doc.email, password: PASSWORD } })
    if (response.status !== 200) throw new Error(`Fixture login failed for ${doc.email}`)
    return { user: { ...doc, collection: 'users' }, token: response.body.token }
  }
  const operatorA2 = String(
    (
      await payload.create({
        collection: 'users',
        data: {
          email: 'enteoperatora2@test.example',
          password: PASSWORD,
          name: 'Carla Verdi',
          roles: ['ente-operator'],
          organisation: organisations.orgA,
        },
        depth: 0,
      })
    ).id,
  )
  const threads = {
    paidA: await paidThread(payload, actors.citizen, actors.enteAdmin, services.publishedA, districts.d1),
    paidB: await paidThread(payload, extraActors.citizen2, extraActors.enteAdminB, services.publishedB, districts.d1),
  }
  const plan = (thread: string, operator: string, startsIn: number) =>
    payload
      .create({
        collection: 'visits',
        data: { thread, operator, startsAt: minutesFromNow(startsIn), endsAt: minutesFromNow(startsIn + 90) } as never,
        depth: 0,
      })
      .then((doc) => String(doc.id))
  const visits = {
    vA1: await plan(threads.paidA, users.enteOperator, 30),
    vA2: await plan(threads.paidA, operatorA2, 24 * 60),
    vB1: await plan(threads.paidB, users.enteOperatorB, 30),
  }
  return {
    visitThreads: threads,
    visits,
    operatorA2,
    visitActors: { enteOperatorA2: await signIn(operatorA2), enteOperatorB: await signIn(users.enteOperatorB) },
  }
}

export type VisitFixtures = Awaited<ReturnType<typeof buildVisits>>
