import { type Language, languageFrom } from '../../../lib/i18n'
import { emailChangeUrl, tokenUrl } from '../../../lib/links'
import { renderEmail } from '../../../lib/email-layout'

type Recipient = { language?: string | null; firstName?: string | null } | undefined

const languageOf = (citizen: Recipient): Language => languageFrom(citizen?.language)
const greeting = (citizen: Recipient, language: Language) => {
  const name = citizen?.firstName?.trim()
  if (language === 'en') return name ? `Hello ${name},` : 'Hello,'
  return name ? `Ciao ${name},` : 'Ciao,'
}

const VERIFY = {
  it: {
    subject: 'Conferma il tuo indirizzo e-mail su WeMi',
    body: 'grazie per esserti registrato/a su WeMi. Per attivare il tuo account conferma questo indirizzo e-mail.',
    note: 'Se non sei stato/a tu a registrarti, ignora questo messaggio: senza conferma l’account non si attiva.',
    action: 'Conferma l’indirizzo e-mail',
  },
  en: {
    subject: 'Confirm your e-mail address on WeMi',
    body: 'thank you for signing up to WeMi. To activate your account, please confirm this e-mail address.',
    note: 'If you did not sign up, ignore this message: without confirmation the account is not activated.',
    action: 'Confirm the e-mail address',
  },
}

const RESET = {
  it: {
    subject: 'Reimposta la password di WeMi',
    body: 'abbiamo ricevuto una richiesta di reimpostare la password del tuo account WeMi. Il collegamento vale un’ora.',
    note: 'Se non l’hai chiesto tu, ignora questo messaggio: la password resta quella di prima.',
    action: 'Scegli una nuova password',
  },
  en: {
    subject: 'Reset your WeMi password',
    body: 'we received a request to reset the password of your WeMi account. The link is valid for one hour.',
    note: 'If you did not ask for it, ignore this message: your password stays as it was.',
    action: 'Choose a new password',
  },
}

const CHANGE = {
  it: {
    subject: 'Conferma il nuovo indirizzo e-mail di WeMi',
    body: 'hai chiesto di usare questo indirizzo per il tuo account WeMi. Conta solo dopo la conferma; il collegamento vale 24 ore.',
    note: 'Se non l’hai chiesto tu, ignora questo messaggio: l’account resta con l’indirizzo di prima.',
    action: 'Conferma il nuovo indirizzo',
  },
  en: {
    subject: 'Confirm your new WeMi e-mail address',
    body: 'you asked to use this address for your WeMi account. It counts only once confirmed; the link is valid for 24 hours.',
    note: 'If you did not ask for it, ignore this message: the account keeps its previous address.',
    action: 'Confirm the new address',
  },
}

type AccountText = { subject: string; body: string; note: string; action: string }

/** One account e-mail in the citizen's language, with the link that carries its token. */
const accountEmail = (texts: Record<Language, AccountText>, link: (language: Language) => string, user: Recipient) => {
  const language = languageOf(user)
  const text = texts[language]
  return renderEmail({
    language,
    subject: text.subject,
    heading: text.subject,
    paragraphs: [`${greeting(user, language)} ${text.body}`, text.note],
    action: { label: text.action, url: link(language) },
  })
}

/** The e-mail that confirms a new account's address, in the language the citizen signed up in. */
export const verificationEmail = ({ token, user }: { token: string; user?: Recipient }) =>
  accountEmail(VERIFY, (language) => tokenUrl('verifyEmail', language, token), user)

/** The e-mail with a one-hour link to choose a new password. */
export const passwordResetEmail = ({ token, user }: { token?: string; user?: Recipient }) =>
  accountEmail(RESET, (language) => tokenUrl('resetPassword', language, token ?? ''), user)

/** The e-mail, to a new address, whose link makes it the account's address. */
export const emailChangeEmail = ({ token, user }: { token: string; user?: Recipient }) =>
  accountEmail(CHANGE, (language) => emailChangeUrl(language, token), user)
