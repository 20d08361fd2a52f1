import type { Payload } from 'payload'

import { loadSettings } from '../../globals/City/settings'
import { formatDate } from '../../lib/dates'
import { renderEmail } from '../../lib/email-layout'
import { fill, type Language, languageFrom } from '../../lib/i18n'
import { publicUrl } from '../../lib/links'

/** The e-mails of an application and an accreditation, from "received" to "expired". */
export type AccreditationEmail = 'received' | 'to-correct' | 'invitation' | 'reminder' | 'expired'

type Words = { subject: string; lead: string; next: string; action: string }

const WORDS: Record<AccreditationEmail, Record<Language, Words>> = {
  received: {
    it: {
      subject: 'Domanda di accreditamento ricevuta: {{name}}',
      lead: 'WeMi ha ricevuto la domanda di accreditamento di {{name}} e la esaminerà al più presto.',
      next: 'Da questo collegamento puoi seguire la domanda e, se WeMi chiede correzioni, correggerla. Non inoltrarlo: chi lo ha può modificare la domanda.',
      action: 'Segui la domanda',
    },
    en: {
      subject: 'Accreditation application received: {{name}}',
      lead: 'WeMi has received the accreditation application of {{name}} and will review it soon.',
      next: 'From this link you can follow the application and, if WeMi asks for corrections, correct it. Do not forward it: whoever has it can change the application.',
      action: 'Follow the application',
    },
  },
  'to-correct': {
    it: {
      subject: 'Domanda da correggere: {{name}}',
      lead: 'WeMi chiede alcune correzioni alla domanda di accreditamento di {{name}}. Il commento di WeMi: {{notes}}',
      next: 'Apri la domanda da questo collegamento, correggi e inviala di nuovo. I collegamenti delle e-mail precedenti non valgono più.',
      action: 'Correggi la domanda',
    },
    en: {
      subject: 'Application to correct: {{name}}',
      lead: 'WeMi asks for some corrections to the accreditation application of {{name}}. WeMi’s comment: {{notes}}',
      next: 'Open the application from this link, correct it and send it again. The links in earlier e-mails no longer work.',
      action: 'Correct the application',
    },
  },
  invitation: {
    it: {
      subject: 'Ente accreditato: {{name}}. Il tuo invito a WeMi',
      lead: 'WeMi ha accreditato {{name}} fino al {{expiresOn}}. Sei stato indicato come amministratore dell’ente su WeMi.',
      next: 'Scegli la tua password per accettare l’invito (il collegamento vale sette giorni): poi collega il conto di pagamento dell’ente e inserisci i primi servizi.',
      action: 'Accetta l’invito',
    },
    en: {
      subject: 'Organisation accredited: {{name}}. Your invitation to WeMi',
      lead: 'WeMi has accredited {{name}} until {{expiresOn}}. You were named the organisation’s administrator on WeMi.',
      next: 'Choose your password to accept the invitation (the link works for seven days): then connect the organisation’s payment account and add its first services.',
      action: 'Accept the invitation',
    },
  },
  reminder: {
    it: {
      subject: 'L’accreditamento di {{name}} scade il {{expiresOn}}',
      lead: 'L’accreditamento di {{name}} scade tra {{days}} giorni, il {{expiresOn}}.',
      next: 'Per rinnovarlo aggiorna i documenti dell’ente e scrivi a WeMi. Alla scadenza l’ente viene sospeso e i suoi servizi escono dal catalogo.',
      action: 'Apri il profilo dell’ente',
    },
    en: {
      subject: 'The accreditation of {{name}} expires on {{expiresOn}}',
      lead: 'The accreditation of {{name}} expires in {{days}} days, on {{expiresOn}}.',
      next: 'To renew it, update the organisation’s documents and write to WeMi. At the expiry date the organisation is suspended and its services leave the catalogue.',
      action: 'Open the organisation’s profile',
    },
  },
  expired: {
    it: {
      subject: 'Accreditamento scaduto: {{name}} è sospeso',
      lead: 'L’accreditamento di {{name}} è scaduto il {{expiresOn}}: l’ente è sospeso e i suoi servizi non sono più nel catalogo.',
      next: 'Le richieste già ricevute restano nella casella. WeMi riattiva l’ente quando rinnova l’accreditamento.',
      action: 'Apri il profilo dell’ente',
    },
    en: {
      subject: 'Accreditation expired: {{name}} is suspended',
      lead: 'The accreditation of {{name}} expired on {{expiresOn}}: the organisation is suspended and its services are no longer in the catalogue.',
      next: 'Requests already received stay in the inbox. WeMi reactivates the organisation when it renews the accreditation.',
      action: 'Open the organisation’s profile',
    },
  },
}

/** Sends one of the accreditation's e-mails, in the reader's language, with the link it leads to. */
export const sendAccreditationEmail = async (
  payload: Payload,
  {
    to,
    language,
    kind,
    vars,
    url,
  }: { to: string; language: Language | string | null | undefined; kind: AccreditationEmail; vars: Record<string, string>; url: string },
): Promise<void> => {
  const lang = languageFrom(language)
  const words = WORDS[kind][lang]
  const subject = fill(words.subject, vars)
  await payload.sendEmail({
    to,
    ...renderEmail({
      language: lang,
      subject,
      heading: subject,
      paragraphs: [fill(words.lead, vars), words.next],
      action: { label: words.action, url },
    }),
  })
}

/** An expiry date as the city's calendar writes it. */
export const expiryDay = async (payload: Payload, expiresAt: string | null | undefined, language: Language | string | null | undefined) => {
  const { timeZone } = await loadSettings(payload)
  return expiresAt ? formatDate(expiresAt, languageFrom(language), timeZone) : ''
}

/** The ente's profile in the admin. */
export const organisationAdminUrl = (id: string): string => publicUrl(`/admin/collections/organisations/${id}`)
