import { type Bilingual, label } from '../../lib/i18n'

export const THREAD_STATES = [
  { value: 'sent', label: label('In attesa di risposta', 'Awaiting an answer') },
  { value: 'quoted', label: label('Preventivo ricevuto', 'Quote received') },
  { value: 'accepted', label: label('Preventivo accettato', 'Quote accepted') },
  { value: 'paid', label: label('Pagata', 'Paid') },
  { value: 'delivered', label: label('Servizio erogato', 'Service delivered') },
  { value: 'reviewed', label: label('Recensita', 'Reviewed') },
  { value: 'declined', label: label('Rifiutata dall’ente', 'Declined by the organisation') },
  { value: 'expired', label: label('Scaduta', 'Expired') },
  { value: 'cancelled', label: label('Annullata', 'Cancelled') },
  { value: 'not-chosen', label: label('Non scelta', 'Not chosen') },
  { value: 'payment-expired', label: label('Pagamento non effettuato in tempo', 'Not paid in time') },
  { value: 'disputed', label: label('Contestata', 'Disputed') },
  { value: 'refunded', label: label('Rimborsata', 'Refunded') },
] as const

export type ThreadState = (typeof THREAD_STATES)[number]['value']

/** States after which nothing more happens in a thread. */
export const FINAL_STATES: readonly ThreadState[] = [
  'reviewed',
  'declined',
  'expired',
  'cancelled',
  'not-chosen',
  'payment-expired',
  'refunded',
]

export const ACTIONS = {
  quote: label('inviare un preventivo', 'send a quote'),
  requote: label('aggiornare il preventivo', 'update the quote'),
  decline: label('rifiutare la richiesta', 'decline the request'),
  message: label('scrivere un messaggio', 'write a message'),
  accept: label('accettare il preventivo', 'accept the quote'),
  checkout: label('pagare online', 'pay online'),
  'pay-voucher': label('pagare con il voucher', 'pay with the voucher'),
  'pay-voucher-agreed': label(
    'pagare con il voucher e il resto come concordato con l’ente',
    'pay with the voucher and the rest as agreed with the organisation',
  ),
  pay: label('registrare il pagamento online', 'record the online payment'),
  'release-checkout': label('chiudere un pagamento online non completato', 'close an unfinished online payment'),
  'confirm-payment': label('confermare il pagamento ricevuto', 'confirm the payment received'),
  cancel: label('annullare la richiesta', 'cancel the request'),
  deliver: label('segnare il servizio come erogato', 'mark the service as delivered'),
  review: label('scrivere una recensione', 'write a review'),
  'close-review': label('chiudere il periodo per le recensioni', 'close the review window'),
  dispute: label('contestare il servizio', 'dispute the service'),
  resolve: label('chiudere la contestazione senza rimborso', 'resolve the dispute without a refund'),
  refund: label('rimborsare il pagamento', 'refund the payment'),
  expire: label('far scadere la richiesta senza risposta', 'expire the unanswered request'),
  'expire-quote': label('far scadere il preventivo', 'expire the quote'),
  'expire-payment': label('far scadere il pagamento atteso', 'expire the awaited payment'),
} satisfies Record<string, Bilingual>

export type Action = keyof typeof ACTIONS

export const isAction = (value: string): value is Action => Object.hasOwn(ACTIONS, value)

export const stateLabel = (state: string): Bilingual =>
  THREAD_STATES.find((candidate) => candidate.value === state)?.label ?? { it: state, en: state }
