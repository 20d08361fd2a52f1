import type { Actor } from './fixtures'

/** Local API options for acting as someone: their user, and access control applied. */
export const as = (actor: Actor) => ({ user: actor.user as never, overrideAccess: false as const })

/** The status and message of what a call threw, for asserting refusals. */
export const refusal = async (
  work: Promise<unknown>,
): Promise<{ status: number; message: string; errors: { path: string; message: string }[] }> => {
  try {
    await work
  } catch (error) {
    const failure = error as { status?: number; message?: string; data?: { errors?: { path: string; message: string }[] } }
    return { status: failure.status ?? 500, message: failure.message ?? '', errors: failure.data?.errors ?? [] }
  }
  throw new Error('Expected the call to be refused, but it succeeded')
}
