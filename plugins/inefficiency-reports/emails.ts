import type { CollectionAfterChangeHook, TaskConfig } from 'payload'

import { INEFFICIENCY_CATEGORIES } from '../../collections/InefficiencyReports'
import { renderEmail } from '../../lib/email-layout'
import { optionLabel } from '../../lib/fields'
import { fill, type Language, languageFrom } from '../../lib/i18n'
import { publicUrl, REPORT_PROBLEM_PAGES } from '../../lib/links'
import { ERASED_EMAIL } from '../../lib/personal-data'

export const INEFFICIENCY_EMAIL_TASK = 'send-inefficiency-email'

/** The e-mails of a ticket: the reporter's receipt, WeMi's notice of a new ticket, and WeMi's answer. */
export const INEFFICIENCY_EMAILS = ['receipt', 'staff', 'reply'] as const
export type InefficiencyEmail = (typeof INEFFICIENCY_EMAILS)[number]

const WORDS = {
  receipt: {
    it: {
      subject: 'Segnalazione ricevuta: {{number}}',
      lead: 'Abbiamo ricevuto la tua segnalazione di disservizio. Il suo numero è {{number}}: indicalo se scrivi o telefoni a WeMi.',
      next: 'La leggerà il personale di WeMi, che ti risponderà a questo indirizzo e-mail.',
    },
    en: {
      subject: 'Report received: {{number}}',
      lead: 'We have received your report of a problem. Its number is {{number}}: please quote it if you write to or call WeMi.',
      next: 'WeMi staff will read it and answer you at this e-mail address.',
    },
  },
  reply: {
    it: {
      subject: 'Risposta alla tua segnalazione {{number}}',
      lead: 'WeMi ha risposto alla tua segnalazione {{number}}:',
      next: 'Se il problema continua, fai una nuova segnalazione indicando questo numero.',
    },
    en: {
      subject: 'Answer to your report {{number}}',
      lead: 'WeMi has answered your report {{number}}:',
      next: 'If the problem goes on, send a new report quoting this number.',
    },
  },
} as const

const SUMMARY = {
  it: { category: 'Cosa non ha funzionato: {{category}}', subject: 'Dove o che cosa: {{subject}}', text: 'Hai scritto: «{{text}}»' },
  en: { category: 'What went wrong: {{category}}', subject: 'Where or what: {{subject}}', text: 'You wrote: “{{text}}”' },
} as const

/** WeMi's staff read the city's own inbox in Italian. */
const STAFF = {
  subject: 'Nuova segnalazione di disservizio {{number}}: {{category}}',
  lead: 'È arrivata la segnalazione {{number}} sul sito. Rispondi dal pannello di WeMi: la risposta arriva per e-mail a chi ha segnalato.',
  reporter: 'Segnalata da: {{reporter}}',
  action: 'Apri la segnalazione',
}

const AGAIN = { it: 'Fai una nuova segnalazione', en: 'Send a new report' } as const

/**
 * Queues a ticket's e-mails in the same transaction as the ticket: the receipt and WeMi's notice
 * when it is filed, the answer when staff set it answered. They go out only if the change was
 * committed, and a failing mail server delays them without losing the ticket.
 */
export const announceReport: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const queue = (kind: InefficiencyEmail) =>
    req.payload.jobs.queue({ task: INEFFICIENCY_EMAIL_TASK, input: { report: String(doc.id), kind }, req })
  if (operation === 'create') {
    await queue('receipt')
    await queue('staff')
  } else if (doc.status === 'answered' && previousDoc?.status !== 'answered') await queue('reply')
  return doc
}

const isEmailKind = (value: string): value is InefficiencyEmail => INEFFICIENCY_EMAILS.some((kind) => kind === value)

/** Sends one of a ticket's e-mails, to the reporter in their language or to the city's contact address. */
export const sendInefficiencyEmail: TaskConfig<{ input: { report: string; kind: string }; output: { outcome: string } }> = {
  slug: INEFFICIENCY_EMAIL_TASK,
  retries: 3,
  inputSchema: [
    { name: 'report', type: 'text', required: true },
    { name: 'kind', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  handler: async ({ input, req: { payload } }) => {
    const report = await payload.findByID({
      collection: 'inefficiency-reports',
      id: input.report,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!report || !isEmailKind(input.kind)) return { output: { outcome: 'nothing to send' } }
    const language: Language = languageFrom(report.language)
    const vars = { number: report.number ?? '' }

    if (input.kind === 'staff') {
      const city = await payload.findGlobal({ slug: 'city', depth: 0, overrideAccess: true })
      const to = city.contacts?.email
      if (!to) return { output: { outcome: 'the city has no contact address' } }
      const category = optionLabel(INEFFICIENCY_CATEGORIES, report.category, 'it')
      const subject = fill(STAFF.subject, { ...vars, category })
      await payload.sendEmail({
        to,
        // Staff who answer from their mail client write straight to the reporter.
        replyTo: report.email,
        ...renderEmail({
          language: 'it',
          subject,
          heading: subject,
          paragraphs: [
            fill(STAFF.lead, vars),
            ...(report.subject ? [fill(SUMMARY.it.subject, { subject: report.subject })] : []),
            report.description,
            fill(STAFF.reporter, { reporter: [report.name, report.email].filter(Boolean).join(', ') }),
          ],
          action: { label: STAFF.action, url: publicUrl(`/admin/collections/inefficiency-reports/${report.id}`) },
        }),
      })
      return { output: { outcome: 'sent to staff' } }
    }

    // After the reporter's data was erased there is nobody left to write to.
    if (!report.email || report.email === ERASED_EMAIL) return { output: { outcome: 'no reporter to write to' } }
    const words = WORDS[input.kind][language]
    const subject = fill(words.subject, vars)
    const paragraphs =
      input.kind === 'receipt'
        ? [
            fill(words.lead, vars),
            fill(SUMMARY[language].category, { category: optionLabel(INEFFICIENCY_CATEGORIES, report.category, language) }),
            ...(report.subject ? [fill(SUMMARY[language].subject, { subject: report.subject })] : []),
            fill(SUMMARY[language].text, { text: report.description }),
            words.next,
          ]
        : [fill(words.lead, vars), report.reply ?? '', words.next]
    await payload.sendEmail({
      to: report.name ? { name: report.name, address: report.email } : report.email,
      ...renderEmail({
        language,
        subject,
        heading: subject,
        paragraphs,
        ...(input.kind === 'reply'
          ? { action: { label: AGAIN[language], url: publicUrl(REPORT_PROBLEM_PAGES.reportProblem[language]) } }
          : {}),
      }),
    })
    return { output: { outcome: `sent ${input.kind}` } }
  },
}
