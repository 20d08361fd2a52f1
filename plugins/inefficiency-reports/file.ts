import type { Payload } from 'payload'

import type { InefficiencyCategory } from '../../collections/InefficiencyReports'
import type { Language } from '../../lib/i18n'
import { attempt } from '../../lib/rate-limits'
import { localRequest } from '../../lib/transaction'

/** What a reporter writes on the site. */
export type ReportInput = {
  category: string
  subject: string
  description: string
  name: string
  email: string
  /** The service it concerns, when the reporter came from its page. */
  service?: string | null
}

export type ReportOutcome = { outcome: 'filed'; id: string; number: string } | { outcome: 'too-many'; retryAfterMinutes: number }

/**
 * Files a report from the public site, the only way one is created: limited per connection and
 * per e-mail address (each report e-mails a receipt), checked by the collection's own rules in
 * the reporter's language, linked to the signed-in citizen when there is one.
 */
export const fileInefficiencyReport = async (
  payload: Payload,
  { input, language, address, citizen }: { input: ReportInput; language: Language; address: string; citizen?: string | null },
): Promise<ReportOutcome> => {
  const email = input.email.trim().toLowerCase()
  const allowed = await attempt(payload, 'reportInefficiency', { address, account: email })
  if (!allowed.allowed) return { outcome: 'too-many', retryAfterMinutes: allowed.retryAfterMinutes }
  const req = await localRequest(payload, { language, address })
  const report = await payload.create({
    collection: 'inefficiency-reports',
    data: {
      status: 'new',
      category: input.category as InefficiencyCategory,
      subject: input.subject || null,
      description: input.description,
      name: input.name || null,
      email,
      language,
      service: input.service || null,
      citizen: citizen || null,
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return { outcome: 'filed', id: String(report.id), number: report.number ?? '' }
}
