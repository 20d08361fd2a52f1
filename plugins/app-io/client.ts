/** IO's public API, unless APP_IO_API_URL names another (the local stand-in, in development and tests). */
const IO_API_URL = 'https://api.io.pagopa.it/api/v1'

/** An IO call should answer within seconds; a job that waits longer holds the queue. */
const CALL_TIMEOUT_MS = 10_000

/** Whether notices go to App IO: only once the city has set its service's key. */
export const appIoEnabled = (): boolean => Boolean(process.env.APP_IO_API_KEY)

/** IO did not answer, or answered that it cannot now: the message is tried again later. */
export class IoUnavailable extends Error {
  constructor(detail: string) {
    super(`App IO is unavailable: ${detail}`)
    this.name = 'IoUnavailable'
  }
}

/** IO refused the message itself (a malformed code or message, a wrong key): trying again changes nothing. */
export class IoRefused extends Error {
  constructor(status: number, detail: string) {
    super(`App IO refused the call (${status}): ${detail}`)
    this.name = 'IoRefused'
  }
}

/** IO takes a subject of at most this many characters. */
const MAX_SUBJECT = 120

export type IoContent = { subject: string; markdown: string; dueDate?: string }

/** Whether a person can receive this service's messages, as IO's profile check says. */
export type IoReach = 'allowed' | 'no-app' | 'turned-off'

const call = async (path: string, body: unknown): Promise<{ status: number; json: Record<string, unknown> }> => {
  let response: Response
  try {
    response = await fetch(`${process.env.APP_IO_API_URL || IO_API_URL}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'ocp-apim-subscription-key': process.env.APP_IO_API_KEY ?? '' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
    })
  } catch (error) {
    throw new IoUnavailable((error as Error).message)
  }
  const json = (await response.json().catch(() => ({}))) as Record<string, unknown>
  if (response.status === 429 || response.status >= 500) throw new IoUnavailable(`${response.status} ${String(json.detail ?? '')}`)
  return { status: response.status, json }
}

/** IO's profile check: whether the person has the app and lets this service write to them. */
export const reachOf = async (fiscalCode: string): Promise<IoReach> => {
  const { status, json } = await call('/profiles', { fiscal_code: fiscalCode })
  if (status === 404) return 'no-app'
  if (status !== 200) throw new IoRefused(status, String(json.detail ?? json.title ?? ''))
  return json.sender_allowed === true ? 'allowed' : 'turned-off'
}

/** Sends one message; IO answers with its id. */
export const submitMessage = async (fiscalCode: string, content: IoContent): Promise<string> => {
  const { status, json } = await call('/messages', {
    fiscal_code: fiscalCode,
    content: {
      subject: content.subject.slice(0, MAX_SUBJECT),
      markdown: content.markdown,
      ...(content.dueDate ? { due_date: content.dueDate } : {}),
    },
  })
  if (status !== 201 || typeof json.id !== 'string') throw new IoRefused(status, String(json.detail ?? json.title ?? ''))
  return json.id
}
