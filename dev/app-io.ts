import { randomUUID } from 'node:crypto'
import http, { type IncomingMessage, type ServerResponse } from 'node:http'

import { escape as escapeHtml } from './local-stripe/page'

/** What IO knows of a person: whether they let this service write to them, and their app's languages. */
export type IoProfile = { senderAllowed: boolean; preferredLanguages?: string[] }

/** A message as IO took it in; `delivered` is false when IO would drop it (no app, or the service turned off). */
export type IoMessage = {
  id: string
  fiscalCode: string
  subject: string
  markdown: string
  dueDate?: string
  delivered: boolean
  receivedAt: string
}

export type LocalAppIo = {
  /** The API's base address, as APP_IO_API_URL takes it. */
  url: string
  messages: IoMessage[]
  /** Gives a person the app (with a profile), or takes it away (null). */
  setProfile: (fiscalCode: string, profile: IoProfile | null) => void
  /** Answers the next `count` calls as an IO that is down would (503). */
  failNext: (count: number) => void
  close: () => Promise<void>
}

/** IO's own rule for a codice fiscale, and its limits on a message (its OpenAPI description). */
const FISCAL_CODE = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/
const SUBJECT_LENGTH = [10, 120] as const
const MARKDOWN_LENGTH = [80, 10_000] as const

const readJson = async (req: IncomingMessage): Promise<Record<string, unknown> | null> => {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  try {
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown
    return body && typeof body === 'object' ? (body as Record<string, unknown>) : null
  } catch {
    return null
  }
}

const answer = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' })
  res.end(JSON.stringify(body))
}

const problem = (res: ServerResponse, status: number, title: string, detail: string) => answer(res, status, { status, title, detail })

const within = (text: unknown, [min, max]: readonly [number, number]) =>
  typeof text === 'string' && text.length >= min && text.length <= max

/** The messages received, newest first, for a developer to read what residents would see. */
const messagesPage = (messages: IoMessage[]) => `<!doctype html>
<html lang="it"><head><meta charset="utf-8"><title>App IO di prova / Test App IO</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem}article{border:1px solid #ccc;border-radius:.5rem;padding:1rem;margin:1rem 0}pre{white-space:pre-wrap}</style></head>
<body><h1>App IO di prova / Test App IO</h1>
<p>I messaggi che WeMi ha mandato ai residenti in questa prova. Nessuno è arrivato a una persona vera.<br>
The messages WeMi sent to residents in this run. None reached a real person.</p>
${
  messages.length === 0
    ? '<p>Nessun messaggio / No messages yet.</p>'
    : [...messages]
        .reverse()
        .map(
          (message) =>
            `<article><h2>${escapeHtml(message.subject)}</h2><p>${escapeHtml(message.fiscalCode)} · ${escapeHtml(message.receivedAt)}${message.delivered ? '' : ' · non consegnato / not delivered'}</p><pre>${escapeHtml(message.markdown)}</pre></article>`,
        )
        .join('\n')
}
</body></html>`

/**
 * A stand-in for App IO's public REST API on loopback, for development and tests: the profile
 * check (POST /api/v1/profiles) and the message (POST /api/v1/messages), with IO's key header,
 * its rules on a fiscal code and on a message's length, and its problem answers. Without a
 * profile of its own a person has the app and lets every service write (`everyone`), unless
 * `everyone` is null.
 */
export const startLocalAppIo = async ({
  port = 0,
  apiKey,
  everyone = { senderAllowed: true },
}: {
  port?: number
  apiKey: string
  everyone?: IoProfile | null
}): Promise<LocalAppIo> => {
  const profiles = new Map<string, IoProfile | null>()
  const messages: IoMessage[] = []
  let failures = 0
  const profileOf = (fiscalCode: string) => (profiles.has(fiscalCode) ? profiles.get(fiscalCode)! : everyone)

  const server = http.createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost')
    if (req.method === 'GET' && pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      res.end(messagesPage(messages))
      return
    }
    if (failures > 0) {
      failures -= 1
      problem(res, 503, 'Service Unavailable', 'IO is not answering')
      return
    }
    if (req.headers['ocp-apim-subscription-key'] !== apiKey) {
      problem(res, 401, 'Unauthorized', 'Access denied due to invalid subscription key')
      return
    }
    const body = req.method === 'POST' ? await readJson(req) : null
    const fiscalCode = body?.fiscal_code
    if (req.method !== 'POST' || !['/api/v1/profiles', '/api/v1/messages'].includes(pathname)) {
      problem(res, 404, 'Not Found', `${req.method} ${pathname} is not part of this API`)
      return
    }
    if (typeof fiscalCode !== 'string' || !FISCAL_CODE.test(fiscalCode)) {
      problem(res, 400, 'Invalid fiscal_code', 'fiscal_code is not a valid Italian tax code')
      return
    }
    const profile = profileOf(fiscalCode)
    if (pathname === '/api/v1/profiles') {
      if (!profile) problem(res, 404, 'Profile not found', 'The citizen has no profile on IO')
      else answer(res, 200, { sender_allowed: profile.senderAllowed, preferred_languages: profile.preferredLanguages ?? ['it_IT'] })
      return
    }
    const content = (body?.content ?? {}) as Record<string, unknown>
    if (!within(content.subject, SUBJECT_LENGTH) || !within(content.markdown, MARKDOWN_LENGTH)) {
      problem(res, 400, 'Invalid message', 'subject takes 10 to 120 characters, markdown 80 to 10,000')
      return
    }
    const message: IoMessage = {
      id: randomUUID().replaceAll('-', '').toUpperCase(),
      fiscalCode,
      subject: content.subject as string,
      markdown: content.markdown as string,
      ...(typeof content.due_date === 'string' ? { dueDate: content.due_date } : {}),
      delivered: Boolean(profile?.senderAllowed),
      receivedAt: new Date().toISOString(),
    }
    messages.push(message)
    answer(res, 201, { id: message.id })
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const { port: listening } = server.address() as { port: number }
  return {
    url: `http://127.0.0.1:${listening}/api/v1`,
    messages,
    setProfile: (fiscalCode, profile) => void profiles.set(fiscalCode, profile),
    failNext: (count) => void (failures = count),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
