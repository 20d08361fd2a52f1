import { ACCOUNT_PAGES, publicUrl } from '../../../lib/links'
import { renderEmail } from '../../../lib/email-layout'
import { languageFrom } from '../../../lib/i18n'

const TEXT = {
  it: {
    subject: 'Hai già un account WeMi',
    greeting: 'Ciao',
    body: 'qualcuno ha chiesto di aprire un account WeMi con questo indirizzo e-mail, che ne ha già uno: non ne abbiamo aperto un altro.',
    note: 'Se sei stato/a tu, accedi con la tua password o reimpostala. Se non sei stato/a tu, ignora questo messaggio: il tuo account non è cambiato.',
    action: 'Reimposta la password',
  },
  en: {
    subject: 'You already have a WeMi account',
    greeting: 'Hello',
    body: 'someone asked to open a WeMi account with this e-mail address, which already has one: we did not open another.',
    note: 'If it was you, sign in with your password or reset it. If it was not, ignore this message: your account has not changed.',
    action: 'Reset the password',
  },
}

/**
 * The note to the owner of an address someone tried to sign up with again: the sign-up itself
 * answers as if it had worked, so that it never tells whether an address has an account.
 */
export const alreadyRegisteredEmail = (owner: { firstName?: string | null; language?: string | null }) => {
  const language = languageFrom(owner.language)
  const text = TEXT[language]
  const name = owner.firstName?.trim()
  return renderEmail({
    language,
    subject: text.subject,
    heading: text.subject,
    paragraphs: [`${name ? `${text.greeting} ${name}` : text.greeting}, ${text.body}`, text.note],
    action: { label: text.action, url: publicUrl(ACCOUNT_PAGES.forgotPassword[language]) },
  })
}
