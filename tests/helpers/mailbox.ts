import type { AddressInfo } from 'node:net'

import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type Attachment = { filename: string; contentType: string; content: string }

export type Mail = {
  to: string[]
  subject: string
  html: string
  text: string
  language: string | null
  links: string[]
  attachments: Attachment[]
}

export type Mailbox = {
  /** The environment that points the app's e-mail at this server. */
  env: Record<string, string>
  messages: Mail[]
  /** Waits for the next message to `to` whose subject matches, and returns it. */
  waitFor: (to: string, subject?: RegExp, timeoutMs?: number) => Promise<Mail>
  close: () => Promise<void>
}

const addressesOf = (field: ParsedMail['to']): string[] =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((group) => group.value.map((entry) => (entry.address ?? '').toLowerCase()))

/** A real SMTP server on loopback that keeps every message it receives, parsed. */
export const startMailbox = async (): Promise<Mailbox> => {
  const messages: Mail[] = []
  /** Messages already handed to a test, so that each is returned once. */
  const taken = new WeakSet<Mail>()
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const html = typeof parsed.html === 'string' ? parsed.html : ''
          messages.push({
            to: addressesOf(parsed.to),
            subject: parsed.subject ?? '',
            html,
            text: parsed.text ?? '',
            language: /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? null,
            links: [...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!.replace(/&amp;/g, '&')),
            attachments: parsed.attachments.map((file) => ({
              filename: file.filename ?? '',
              contentType: file.contentType,
              content: file.content.toString('utf8'),
            })),
          })
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    env: {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(port),
      SMTP_SECURE: 'false',
      SMTP_IGNORE_TLS: 'true',
      EMAIL_FROM: 'WeMi Milano <noreply@wemi.test>',
    },
    messages,
    waitFor: async (to, subject, timeoutMs = 30_000) => {
      const deadline = Date.now() + timeoutMs
      const seen = messages.length
      for (;;) {
        const found = messages.find(
          (mail) => mail.to.includes(to.toLowerCase()) && (!subject || subject.test(mail.subject)) && !taken.has(mail),
        )
        if (found) {
          taken.add(found)
          return found
        }
        if (Date.now() > deadline)
          throw new Error(`No e-mail to ${to}${subject ? ` matching ${subject}` : ''} in ${timeoutMs} ms (${messages.length - seen} new)`)
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/**
 * Points this process's e-mail at the mailbox (the adapter reads the settings at its first
 * send) with links built from `publicUrl`, or from PORT when it is unset. Returns what puts
 * the environment back.
 */
export const sendMailTo = (mailbox: Mailbox, publicUrl?: string): (() => void) => {
  const saved = Object.fromEntries([...Object.keys(mailbox.env), 'PUBLIC_URL'].map((key) => [key, process.env[key]]))
  Object.assign(process.env, mailbox.env)
  if (publicUrl) process.env.PUBLIC_URL = publicUrl
  else delete process.env.PUBLIC_URL
  return () => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  }
}
