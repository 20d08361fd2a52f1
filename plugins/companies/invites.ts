import { createHash, randomBytes } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres/drizzle'
import type { CollectionAfterChangeHook, Payload, PayloadRequest } from 'payload'

import { loadSettings } from '../../globals/City/settings'
import { addDays, formatDate, today } from '../../lib/dates'
import { renderEmail } from '../../lib/email-layout'
import { fill, languageFrom } from '../../lib/i18n'
import { companyInvitePath, publicUrl } from '../../lib/links'
import { formatCents } from '../../lib/money'
import { relationId } from '../../lib/relations'
import { runSql } from '../../lib/sql'
import { inTransaction } from '../../lib/transaction'
import { rejectField } from '../../lib/validation'
import type { Citizen, CompanyInvite, Voucher } from '../../payload-types'

/** How long an employee has to take up an invitation, and how long the credit lasts once taken up. */
const INVITE_DAYS = 30
const CREDIT_DAYS = 365

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex')

/** What a company's welfare credit is called on the employee's vouchers and receipts. */
export const companyScheme = (companyName: string): string => `Welfare aziendale – ${companyName}`

const INVITE_WORDS = {
  it: {
    subject: '{{company}} ti offre {{amount}} di welfare su WeMi',
    lead: '{{company}} ti ha assegnato {{amount}} di credito welfare da usare per i servizi di WeMi: babysitter, centri estivi, assistenza a casa e molto altro.',
    how: 'Entra su WeMi con SPID o CIE e attiva il credito entro il {{until}}: è intestato a te e solo tu vedi come lo usi. L’azienda vede soltanto i totali per tipo di servizio.',
    action: 'Attiva il credito welfare',
  },
  en: {
    subject: '{{company}} offers you {{amount}} of welfare on WeMi',
    lead: '{{company}} has given you {{amount}} of welfare credit to use on WeMi’s services: babysitters, summer centres, help at home and much more.',
    how: 'Sign in to WeMi with SPID or CIE and take up the credit by {{until}}: it is in your name and only you see how you use it. The company sees only totals by kind of service.',
    action: 'Take up the welfare credit',
  },
}

/**
 * A new invitation gets its key and its deadline, and the employee gets the e-mail with the
 * key, in the same transaction: an invitation whose e-mail could not be sent is not kept, and
 * the company may send it again. Only the key's hash is stored.
 */
export const sendInvite: CollectionAfterChangeHook<CompanyInvite> = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const { payload } = req
  const token = randomBytes(24).toString('base64url')
  const { timeZone } = await loadSettings(payload, req)
  const expiresAt = new Date(Date.now() + INVITE_DAYS * 24 * 60 * 60 * 1000)
  await runSql(
    payload,
    sql`UPDATE company_invites SET token_hash = ${hashOf(token)}, expires_at = ${expiresAt.toISOString()} WHERE id = ${doc.id}`,
    req,
  )
  const company = await payload.findByID({ collection: 'companies', id: relationId(doc.company)!, depth: 0, overrideAccess: true, req })
  const language = languageFrom(doc.language)
  const words = INVITE_WORDS[language]
  const vars = {
    company: company.name,
    amount: formatCents(doc.allowanceCents, language),
    until: formatDate(expiresAt, language, timeZone),
  }
  const subject = fill(words.subject, vars)
  await payload.sendEmail({
    to: doc.email,
    ...renderEmail({
      language,
      subject,
      heading: subject,
      paragraphs: [fill(words.lead, vars), fill(words.how, vars)],
      action: { label: words.action, url: publicUrl(companyInvitePath(language, token)) },
    }),
  })
  return { ...doc, expiresAt: expiresAt.toISOString() }
}

/** What an invitation's key offers, for the page that asks the employee to take it up; null for a key that is not (or no longer) valid. */
export const previewCompanyInvite = async (
  payload: Payload,
  token: string,
): Promise<{ company: string; allowanceCents: number } | null> => {
  if (!token) return null
  const [invite] = await runSql<{ company: string; allowance_cents: number }>(
    payload,
    sql`SELECT company.name AS company, invite.allowance_cents
        FROM company_invites invite JOIN companies company ON company.id = invite.company_id
        WHERE invite.token_hash = ${hashOf(token)} AND invite.status = 'invited' AND invite.expires_at > now()`,
  )
  return invite ? { company: invite.company, allowanceCents: Number(invite.allowance_cents) } : null
}

/**
 * The employee, signed in, takes up the invitation whose key they hold: the allowance becomes
 * a voucher in the name of their confirmed codice fiscale, spendable on any service like a
 * public voucher, and the invitation is used. A key works once, until its deadline, and a
 * typed codice fiscale proves nothing: the employee must have confirmed it with SPID or CIE.
 */
export const acceptCompanyInvite = async (
  payload: Payload,
  { token, citizen: who, req }: { token: string; citizen: Pick<Citizen, 'id'>; req: PayloadRequest },
): Promise<Voucher> =>
  inTransaction(req, async (tx) => {
    const [invite] = token
      ? await runSql<{ id: string; company_id: string; allowance_cents: number; status: string; expires_at: string | null }>(
          payload,
          sql`SELECT id, company_id, allowance_cents, status, expires_at FROM company_invites WHERE token_hash = ${hashOf(token)} FOR UPDATE`,
          tx,
        )
      : []
    if (!invite || invite.status !== 'invited' || !invite.expires_at || new Date(invite.expires_at).getTime() < Date.now()) {
      return rejectField(tx, 'company-invites', 'token', 'inviteNotValid')
    }
    const citizen = await payload.findByID({ collection: 'citizens', id: who.id, depth: 0, overrideAccess: true, req: tx })
    if (!citizen.confirmedFiscalCode) return rejectField(tx, 'company-invites', 'token', 'inviteNeedsIdentity')
    const company = await payload.findByID({ collection: 'companies', id: invite.company_id, depth: 0, overrideAccess: true, req: tx })
    const { timeZone } = await loadSettings(payload, tx)
    const day = today(timeZone)
    const voucher = await payload.create({
      collection: 'vouchers',
      data: {
        code: `WA-${randomBytes(5).toString('hex').toUpperCase()}`,
        scheme: companyScheme(company.name),
        holderFiscalCode: citizen.confirmedFiscalCode,
        amountCents: Number(invite.allowance_cents),
        validFrom: day,
        validUntil: addDays(day, CREDIT_DAYS),
        status: 'active',
        company: company.id,
      },
      overrideAccess: true,
      depth: 0,
      req: tx,
    })
    await payload.update({
      collection: 'company-invites',
      id: invite.id,
      data: { status: 'accepted', acceptedAt: new Date().toISOString(), voucher: voucher.id },
      overrideAccess: true,
      depth: 0,
      context: { acceptingInvite: true },
      req: tx,
    })
    return voucher
  })
