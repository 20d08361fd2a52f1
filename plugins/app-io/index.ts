import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Config, Plugin, TaskConfig } from 'payload'

import { languageFrom } from '../../lib/i18n'
import { relationId } from '../../lib/relations'
import { runSql } from '../../lib/sql'
import { appIoEnabled, IoRefused, reachOf, submitMessage } from './client'
import { contentOf } from './content'
import { IO_TASK } from './queue'

/** IO down for a while: tried again after 1, 2, 4, 8, 16 and 32 minutes, about an hour in all. */
const RETRIES = { attempts: 6, backoff: { type: 'exponential' as const, delay: 60_000 } }

type Outcome = 'sent' | 'no-app' | 'turned-off' | 'failed'

/**
 * Sends one queued notice: IO's profile check first (the person has the app and has not turned
 * this service off in it), then the message in the resident's language. A message already
 * settled is not sent again, however often its job runs. IO unavailable: the job fails and is
 * retried; IO refusing the message itself: it is recorded as failed, not retried.
 */
export const sendIoMessage: TaskConfig<{ input: { message: string }; output: { outcome: string } }> = {
  slug: IO_TASK,
  retries: RETRIES,
  inputSchema: [{ name: 'message', type: 'text', required: true }],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  handler: async ({ input, req: { payload } }) => {
    if (!appIoEnabled()) return { output: { outcome: 'App IO is off' } }
    const claimed = await runSql<{ id: string }>(
      payload,
      sql`UPDATE io_messages SET attempts = attempts + 1, updated_at = now()
          WHERE id = ${input.message} AND status IN ('queued', 'failed') RETURNING id`,
    )
    if (claimed.length === 0) return { output: { outcome: 'nothing to send' } }
    const settle = async (status: Outcome, { ioId, error }: { ioId?: string; error?: string } = {}) => {
      await runSql(
        payload,
        sql`UPDATE io_messages SET status = ${status}, io_id = ${ioId ?? null}, error = ${error?.slice(0, 500) ?? null},
              sent_at = ${status === 'sent' ? new Date().toISOString() : null}::timestamptz, updated_at = now()
            WHERE id = ${input.message}`,
      )
      return { output: { outcome: status } }
    }
    const message = await payload.findByID({ collection: 'io-messages', id: input.message, depth: 0, overrideAccess: true })
    const citizen = await payload.findByID({
      collection: 'citizens',
      id: relationId(message.citizen)!,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      select: { confirmedFiscalCode: true, language: true },
    })
    if (!citizen?.confirmedFiscalCode) return settle('failed', { error: 'The codice fiscale is no longer confirmed' })
    try {
      const reach = await reachOf(citizen.confirmedFiscalCode)
      if (reach !== 'allowed') return await settle(reach)
      const content = await contentOf(payload, message, languageFrom(citizen.language))
      if (!content) return await settle('failed', { error: 'What the notice announced no longer exists' })
      return await settle('sent', { ioId: await submitMessage(citizen.confirmedFiscalCode, content) })
    } catch (error) {
      await settle('failed', { error: (error as Error).message })
      if (error instanceof IoRefused) return { output: { outcome: 'refused' } }
      throw error
    }
  },
}

/** The job that sends residents' notices to App IO. */
export const appIoPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), sendIoMessage] },
  })
