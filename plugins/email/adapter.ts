import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import nodemailer, { type Transporter } from 'nodemailer'
import type { PayloadEmailAdapter } from 'payload'

import { dataDir } from '../../lib/paths'

/** The sender of every e-mail: EMAIL_FROM, as `Name <address>` or a bare address. */
const sender = (): { name: string; address: string } => {
  const from = process.env.EMAIL_FROM || 'WeMi <noreply@wemi.localhost>'
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(from)
  return match ? { name: match[1] || 'WeMi', address: match[2]! } : { name: 'WeMi', address: from.trim() }
}

/** Where e-mails are written when no SMTP server is configured: one .eml file each. */
export const outboxDir = (): string => path.resolve(process.env.EMAIL_OUTBOX_DIR || path.join(dataDir, 'outbox'))

const smtpTransport = (): Transporter | null => {
  const host = process.env.SMTP_HOST
  if (!host) return null
  const port = Number(process.env.SMTP_PORT ?? 587)
  return nodemailer.createTransport({
    host,
    port,
    secure: process.env.SMTP_SECURE ? process.env.SMTP_SECURE === 'true' : port === 465,
    // Without credentials, a server on loopback or inside the city's network relays as is.
    ...(process.env.SMTP_USER ? { auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASSWORD ?? '' } } : {}),
    ...(process.env.SMTP_IGNORE_TLS === 'true' ? { ignoreTLS: true } : {}),
  })
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" }

/**
 * The plain-text twin of an HTML e-mail, for messages that come without one (Payload's own
 * account e-mails pass HTML only): links keep their address, paragraphs their breaks.
 */
export const textOf = (html: string): string =>
  html
    .replace(/<head[\s\S]*?<\/head>/gi, '')
    .replace(/<a\b[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi, (_, href: string, label: string) => `${label}: ${href}`)
    .replace(/<\/(p|h[1-6]|li|div)>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()

/**
 * E-mail through nodemailer: to the SMTP server in SMTP_HOST/SMTP_PORT when set, otherwise
 * into DATA_DIR/outbox as .eml files, so that a machine without a mail server still shows what
 * would have been sent (and sign-up links can be followed from there).
 */
export const emailAdapter: PayloadEmailAdapter = () => {
  const from = sender()
  let transport: Transporter | null | undefined
  const outbox = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' })
  return {
    name: 'nodemailer',
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    sendEmail: async (message) => {
      transport ??= smtpTransport()
      const text = message.text ?? (typeof message.html === 'string' ? textOf(message.html) : undefined)
      const mail = { ...message, text, from: message.from ?? { name: from.name, address: from.address } }
      if (transport) return transport.sendMail(mail)
      const { message: raw, messageId } = (await outbox.sendMail(mail)) as unknown as { message: Buffer; messageId: string }
      mkdirSync(outboxDir(), { recursive: true })
      const file = path.join(outboxDir(), `${new Date().toISOString().replace(/[:.]/g, '-')}-${messageId.replace(/[^\w.-]/g, '')}.eml`)
      writeFileSync(file, raw)
      return { messageId, file }
    },
  }
}
