import type { Language } from '../../lib/i18n'
import { formatCents } from '../../lib/money'
import { type LineItem, type PaymentMethodType, totalOf } from './resources'

/**
 * The hosted Checkout page. It stands in for Stripe's in tests and offline development, so it
 * must work without JavaScript, load nothing (not even a favicon) and be as accessible as the
 * site that links to it: browser tests run axe on it like on any other page.
 */

const TEXT = {
  it: {
    heading: 'Pagamento di prova: nessun addebito reale',
    notice: 'Questa pagina è simulata da un server Stripe locale, per le prove e lo sviluppo: non viene eseguito alcun pagamento reale.',
    summary: 'Riepilogo',
    quantity: (quantity: number) => `quantità ${quantity}`,
    total: 'Totale',
    methodLegend: 'Metodo di pagamento',
    methods: { card: 'Carta di credito o di debito', paypal: 'PayPal' } satisfies Record<PaymentMethodType, string>,
    pay: 'Paga',
    cancel: 'Annulla e torna a WeMi',
    back: 'Torna a WeMi',
    complete: ['Pagamento già completato', 'Questo pagamento è già stato completato: non serve pagare di nuovo.'],
    expired: ['Sessione di pagamento scaduta', 'Il tempo per completare questo pagamento è scaduto e non è stato addebitato nulla.'],
    invalidMethod: ['Metodo di pagamento non valido', 'Scegli uno dei metodi di pagamento proposti nella pagina.'],
    backToPayment: 'Torna al pagamento',
    missing: ['Pagamento non trovato', 'Questa pagina di pagamento non esiste: controlla il collegamento ricevuto.'],
  },
  en: {
    heading: 'Test payment: no real charge',
    notice: 'This page is simulated by a local Stripe server, for testing and development: no real payment takes place.',
    summary: 'Summary',
    quantity: (quantity: number) => `quantity ${quantity}`,
    total: 'Total',
    methodLegend: 'Payment method',
    methods: { card: 'Credit or debit card', paypal: 'PayPal' } satisfies Record<PaymentMethodType, string>,
    pay: 'Pay',
    cancel: 'Cancel and return to WeMi',
    back: 'Return to WeMi',
    complete: ['Payment already completed', 'This payment has already been completed: there is no need to pay again.'],
    expired: ['Payment session expired', 'The time to complete this payment has run out and nothing has been charged.'],
    invalidMethod: ['Invalid payment method', 'Choose one of the payment methods offered on the page.'],
    backToPayment: 'Return to the payment',
    missing: ['Payment not found', 'This payment page does not exist: check the link you were given.'],
  },
} as const

type PageProblem = 'complete' | 'expired' | 'invalidMethod' | 'missing'

/** Stripe's `locale` may be `auto`, a language or a regional variant; anything but English is shown in Italian. */
export const pageLanguage = (locale: string | null): Language => (locale === 'en' || locale?.startsWith('en-') ? 'en' : 'it')

export const escape = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)

const STYLE = `
*,*::before,*::after{box-sizing:border-box}
body{margin:0;background:#fff;color:#1a1a1a;font:1.0625rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:36rem;margin:0 auto;padding:2rem 1rem}
h1{font-size:1.75rem;line-height:1.25;margin:0 0 1rem}
h2{font-size:1.25rem;margin:1.5rem 0 .5rem}
.notice{border-left:.25rem solid #8a4b00;background:#fff4e5;padding:.75rem 1rem;margin:0 0 1.5rem}
ul{list-style:none;margin:0;padding:0}
li,.total{display:flex;justify-content:space-between;gap:1rem;padding:.5rem 0;border-bottom:1px solid #5c5c5c}
.total{border-bottom:0;font-weight:700;margin:0}
.detail{display:block;color:#4d4d4d;font-size:.9375rem}
fieldset{border:1px solid #5c5c5c;border-radius:.25rem;margin:1.5rem 0;padding:.75rem 1rem 1rem}
legend{font-weight:700;padding:0 .25rem}
.choice{display:flex;align-items:center;gap:.5rem;margin-top:.5rem}
input[type=radio]{width:1.25rem;height:1.25rem;margin:0;accent-color:#0066cc}
button{font:inherit;font-weight:700;color:#fff;background:#0066cc;border:0;border-radius:.25rem;padding:.75rem 2rem;cursor:pointer}
button:hover{background:#004d99}
a{color:#0066cc}
a:hover{color:#004d99}
:focus-visible{outline:3px solid #1a1a1a;outline-offset:2px}
.back{margin-top:1.5rem}
label{display:block;font-weight:700;margin-top:1rem}
.hint{display:block;color:#4d4d4d;font-size:.9375rem;margin:.25rem 0}
input[type=text]{display:block;width:100%;font:inherit;padding:.5rem .75rem;border:1px solid #5c5c5c;border-radius:.25rem;margin:.25rem 0 0}
input[aria-invalid=true]{border:2px solid #b00020}
.error{display:block;color:#b00020;font-weight:700;margin:.25rem 0}
.errors{border-left:.25rem solid #b00020;background:#fdecee;padding:.75rem 1rem;margin:0 0 1.5rem}
.errors h2{margin-top:0}
.errors a{color:#8a0018}
.submit{margin-top:1.5rem}
`

export const layout = (language: Language, heading: string, content: string) => `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(heading)} – WeMi</title>
<link rel="icon" href="data:,">
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escape(heading)}</h1>
${content}
</main>
</body>
</html>
`

export const checkoutPage = ({
  id,
  locale,
  lineItems,
  paymentMethodTypes,
  cancelUrl,
}: {
  id: string
  locale: string | null
  lineItems: LineItem[]
  paymentMethodTypes: readonly PaymentMethodType[]
  cancelUrl: string | null
}): string => {
  const language = pageLanguage(locale)
  const text = TEXT[language]
  const items = lineItems
    .map(
      (item) =>
        `<li><span>${escape(item.name)}${item.quantity > 1 ? `<span class="detail">${text.quantity(item.quantity)}</span>` : ''}</span>` +
        `<span>${formatCents(item.unitAmount * item.quantity, language)}</span></li>`,
    )
    .join('\n')
  const choices = paymentMethodTypes
    .map(
      (type, index) =>
        `<div class="choice"><input type="radio" id="method-${type}" name="method" value="${type}"${index === 0 ? ' checked' : ''}>` +
        `<label for="method-${type}">${text.methods[type]}</label></div>`,
    )
    .join('\n')
  return layout(
    language,
    text.heading,
    `<p class="notice">${text.notice}</p>
<section aria-labelledby="summary">
<h2 id="summary">${text.summary}</h2>
<ul>
${items}
</ul>
<p class="total"><span>${text.total}</span><span>${formatCents(totalOf(lineItems), language)}</span></p>
</section>
<form method="post" action="/checkout/pay/${encodeURIComponent(id)}">
<fieldset>
<legend>${text.methodLegend}</legend>
${choices}
</fieldset>
<button type="submit">${text.pay}</button>
</form>
${cancelUrl ? `<p class="back"><a href="${escape(cancelUrl)}">${text.cancel}</a></p>` : ''}`,
  )
}

/** Why a session cannot be paid (or is not there), with a way back. */
export const problemPage = ({
  problem,
  locale,
  link,
}: {
  problem: PageProblem
  locale: string | null
  link: { href: string; to: 'site' | 'payment' } | null
}): string => {
  const language = pageLanguage(locale)
  const text = TEXT[language]
  const [heading, explanation] = text[problem]
  return layout(
    language,
    heading,
    `<p class="notice">${text.notice}</p>
<p>${explanation}</p>
${link ? `<p class="back"><a href="${escape(link.href)}">${link.to === 'payment' ? text.backToPayment : text.back}</a></p>` : ''}`,
  )
}
