import type { Language } from '../../lib/i18n'
import type { OnboardingField, OnboardingProblem } from './accounts'
import { escape, layout, pageLanguage } from './page'

/**
 * The hosted Connect onboarding page, standing in for Stripe's: an ente gives the bank account
 * its money is paid into and who represents it. Like the payment page it works without
 * JavaScript, loads nothing, and browser tests run axe on it.
 */
const TEXT = {
  it: {
    heading: 'Collega il conto di pagamento (prova)',
    notice:
      'Questa pagina è simulata da un server Stripe locale, per le prove e lo sviluppo: nessun dato viene inviato a Stripe e nessun conto reale viene collegato.',
    intro: 'Per ricevere i pagamenti dei cittadini tramite WeMi, indica il conto su cui versarli e il rappresentante legale dell’ente.',
    iban: 'IBAN del conto dell’ente',
    ibanHint: 'Ad esempio IT60 X054 2811 1010 0000 0123 456. Gli spazi non contano.',
    representative: 'Nome e cognome del rappresentante legale',
    submit: 'Invia e torna a WeMi',
    errorsHeading: 'Controlla i dati inseriti',
    problems: {
      ibanMissing: 'Scrivi l’IBAN del conto dell’ente.',
      ibanInvalid: 'L’IBAN non è valido: controlla di averlo copiato per intero, senza errori.',
      representativeMissing: 'Scrivi nome e cognome del rappresentante legale.',
      representativeTooLong: 'Il nome del rappresentante legale può avere al massimo 100 caratteri.',
    } satisfies Record<OnboardingProblem, string>,
    missing: ['Collegamento non trovato', 'Questo collegamento per l’attivazione del conto non esiste: riparti da WeMi.'],
  },
  en: {
    heading: 'Connect the payment account (test)',
    notice:
      'This page is simulated by a local Stripe server, for testing and development: nothing is sent to Stripe and no real account is connected.',
    intro: 'To receive citizens’ payments through WeMi, give the account to pay them into and the organisation’s legal representative.',
    iban: 'IBAN of the organisation’s account',
    ibanHint: 'For example IT60 X054 2811 1010 0000 0123 456. Spaces do not matter.',
    representative: 'Full name of the legal representative',
    submit: 'Submit and return to WeMi',
    errorsHeading: 'Check the details you entered',
    problems: {
      ibanMissing: 'Enter the IBAN of the organisation’s account.',
      ibanInvalid: 'This IBAN is not valid: check that you copied all of it, without mistakes.',
      representativeMissing: 'Enter the legal representative’s full name.',
      representativeTooLong: 'The legal representative’s name can be at most 100 characters long.',
    } satisfies Record<OnboardingProblem, string>,
    missing: ['Link not found', 'This account activation link does not exist: start again from WeMi.'],
  },
} as const

/** Stripe's hosted pages follow the browser's language; here, English when it comes first, Italian otherwise. */
export const browserLanguage = (acceptLanguage: string | undefined): Language =>
  pageLanguage(acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? null)

type FieldProblem = { field: OnboardingField; problem: OnboardingProblem }

const field = (
  language: Language,
  name: OnboardingField,
  value: string,
  problem: FieldProblem | undefined,
  attributes: string,
  hint?: string,
) => {
  const text = TEXT[language]
  const described = [hint ? `${name}-hint` : '', problem ? `${name}-error` : ''].filter(Boolean).join(' ')
  return `<label for="${name}">${text[name]}</label>
${hint ? `<span class="hint" id="${name}-hint">${hint}</span>` : ''}
${problem ? `<span class="error" id="${name}-error">${text.problems[problem.problem]}</span>` : ''}
<input type="text" id="${name}" name="${name}" value="${escape(value)}" required ${attributes}${described ? ` aria-describedby="${described}"` : ''}${problem ? ' aria-invalid="true"' : ''}>`
}

export const onboardingPage = ({
  token,
  language,
  values = { iban: '', representative: '' },
  problems = [],
}: {
  token: string
  language: Language
  values?: Record<OnboardingField, string>
  problems?: FieldProblem[]
}): string => {
  const text = TEXT[language]
  const problemOf = (name: OnboardingField) => problems.find((problem) => problem.field === name)
  const summary = problems.length
    ? `<div class="errors" role="alert" aria-labelledby="errors-heading">
<h2 id="errors-heading">${text.errorsHeading}</h2>
<ul>${problems.map((problem) => `<li><a href="#${problem.field}">${text.problems[problem.problem]}</a></li>`).join('')}</ul>
</div>`
    : ''
  return layout(
    language,
    text.heading,
    `<p class="notice">${text.notice}</p>
${summary}
<p>${text.intro}</p>
<form method="post" action="/connect/onboarding/${encodeURIComponent(token)}" novalidate>
${field(language, 'iban', values.iban, problemOf('iban'), 'autocomplete="off" spellcheck="false" autocapitalize="characters" maxlength="42"', text.ibanHint)}
${field(language, 'representative', values.representative, problemOf('representative'), 'autocomplete="name" maxlength="120"')}
<p class="submit"><button type="submit">${text.submit}</button></p>
</form>`,
  )
}

/** A link that never existed: there is nowhere safe to send the browser back to. */
export const missingLinkPage = (language: Language): string => {
  const [heading, explanation] = TEXT[language].missing
  return layout(language, heading, `<p class="notice">${TEXT[language].notice}</p>\n<p>${explanation}</p>`)
}
