import type { CollectionAfterChangeHook, Payload, TaskConfig } from 'payload'

import { renderEmail } from '../../lib/email-layout'
import { fill, type Language } from '../../lib/i18n'
import { enteAdministrators } from '../../lib/ente-administrators'
import { publicUrl } from '../../lib/links'
import { relationId } from '../../lib/relations'
import { hasRole } from '../../lib/roles'
import { WORKFLOW_ACTIONS } from './actions'

export const DECISION_EMAIL_TASK = 'send-validation-decision-email'

type Decision = 'service-published' | 'service-to-correct' | 'organisation-accredited' | 'organisation-to-correct'

/** WeMi's decisions on what an ente sent, by collection and the state they lead to. */
const DECISIONS: Record<'services' | 'organisations', Record<string, Decision>> = {
  services: { published: 'service-published', 'to-correct': 'service-to-correct' },
  organisations: { accredited: 'organisation-accredited', 'to-correct': 'organisation-to-correct' },
}

const WORDS: Record<Decision, Record<Language, { subject: string; lead: string; next: string }>> = {
  'service-published': {
    it: {
      subject: 'Servizio pubblicato: «{{name}}»',
      lead: 'WeMi ha approvato il servizio «{{name}}»: ora i cittadini lo trovano sul sito.',
      next: 'Le prossime modifiche al servizio resteranno in bozza finché non le invierai di nuovo a WeMi.',
    },
    en: {
      subject: 'Service published: “{{name}}”',
      lead: 'WeMi approved the service “{{name}}”: residents now find it on the site.',
      next: 'Your next changes to the service will stay in draft until you send them to WeMi again.',
    },
  },
  'service-to-correct': {
    it: {
      subject: 'Servizio da correggere: «{{name}}»',
      lead: 'WeMi chiede alcune correzioni al servizio «{{name}}» prima di pubblicarlo.',
      next: 'Quando hai corretto, premi «Invia a WeMi per la validazione».',
    },
    en: {
      subject: 'Service to correct: “{{name}}”',
      lead: 'WeMi asks for some corrections to the service “{{name}}” before publishing it.',
      next: 'Once you have corrected it, press “Send to WeMi for validation”.',
    },
  },
  'organisation-accredited': {
    it: {
      subject: 'Ente accreditato: {{name}}',
      lead: 'WeMi ha accreditato {{name}}.',
      next: 'Ora potete inserire i vostri servizi e inviarli a WeMi per la validazione.',
    },
    en: {
      subject: 'Organisation accredited: {{name}}',
      lead: 'WeMi has accredited {{name}}.',
      next: 'You can now add your services and send them to WeMi for validation.',
    },
  },
  'organisation-to-correct': {
    it: {
      subject: 'Accreditamento da correggere: {{name}}',
      lead: 'WeMi chiede alcune correzioni alla domanda di accreditamento di {{name}}.',
      next: 'Quando avete corretto, inviate di nuovo la domanda dal profilo dell’ente.',
    },
    en: {
      subject: 'Accreditation to correct: {{name}}',
      lead: 'WeMi asks for some corrections to the accreditation request of {{name}}.',
      next: 'Once you have corrected it, send the request again from the organisation’s profile.',
    },
  },
}

const COMMON: Record<Language, { comment: string; open: string }> = {
  it: { comment: 'Il commento di WeMi: {{comment}}', open: 'Apri nell’area enti' },
  en: { comment: 'WeMi’s comment: {{comment}}', open: 'Open in the organisations’ area' },
}

/**
 * Queues the e-mail that tells the ente about WeMi's decision on what it sent, in the same
 * transaction as the decision: it goes out only if the decision was committed. Only a decision
 * taken by WeMi staff on something waiting for them is announced.
 */
export const announceDecision =
  (collection: 'services' | 'organisations'): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, operation, req }) => {
    if (operation !== 'update' || !hasRole(req.user, 'admin')) return doc
    const { stateOf } = WORKFLOW_ACTIONS[collection]
    const decision = DECISIONS[collection][stateOf(doc) ?? '']
    if (stateOf(previousDoc ?? {}) !== 'submitted' || !decision) return doc
    await req.payload.jobs.queue({ task: DECISION_EMAIL_TASK, input: { id: String(doc.id), decision }, req })
    return doc
  }

/** What the e-mail is about, in one language: its name, the ente, WeMi's comment and where to open it. */
const subjectOf = async (payload: Payload, decision: Decision, id: string, language: Language) => {
  if (decision.startsWith('service')) {
    const service = await payload.findByID({ collection: 'services', id, depth: 0, draft: true, locale: language, overrideAccess: true })
    return {
      name: service.title,
      organisation: relationId(service.organisation)!,
      comment: service.validation.notes,
      path: `/admin/collections/services/${id}`,
      invited: false,
    }
  }
  const organisation = await payload.findByID({ collection: 'organisations', id, depth: 0, overrideAccess: true })
  return {
    name: organisation.name,
    organisation: id,
    comment: organisation.accreditation?.notes,
    path: `/admin/collections/organisations/${id}`,
    invited: Boolean(organisation.application?.invitedAt),
  }
}

const isDecision = (value: string): value is Decision => Object.hasOwn(WORDS, value)

/** Tells the ente's administrators, each in their language, what WeMi decided and what WeMi wrote. */
export const sendDecisionEmail: TaskConfig<{ input: { id: string; decision: string }; output: { outcome: string } }> = {
  slug: DECISION_EMAIL_TASK,
  retries: 3,
  inputSchema: [
    { name: 'id', type: 'text', required: true },
    { name: 'decision', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  handler: async ({ input, req: { payload } }) => {
    if (!isDecision(input.decision)) return { output: { outcome: 'nothing to send' } }
    const decision = input.decision
    const { organisation, invited } = await subjectOf(payload, decision, input.id, 'it')
    // An ente accredited from its application hears it in its administrator's invitation.
    if (decision === 'organisation-accredited' && invited) return { output: { outcome: 'told by the invitation' } }
    const recipients = await enteAdministrators(payload, organisation)
    for (const { email, language } of recipients) {
      const { name, comment, path } = await subjectOf(payload, decision, input.id, language)
      const words = WORDS[decision][language]
      const subject = fill(words.subject, { name })
      await payload.sendEmail({
        to: email,
        ...renderEmail({
          language,
          subject,
          heading: subject,
          paragraphs: [fill(words.lead, { name }), ...(comment ? [fill(COMMON[language].comment, { comment })] : []), words.next],
          action: { label: COMMON[language].open, url: publicUrl(path) },
        }),
      })
    }
    return { output: { outcome: `sent to ${recipients.length}` } }
  },
}
