import { type Bilingual, label } from '../../lib/i18n'

/** Who receives a kind of notification: the thread's citizen (or a group's member), or the ente's people. */
export type Recipient = 'citizen' | 'ente'

type Kind = { value: string; to: Recipient; title: Bilingual; body: Bilingual }

/**
 * Every notification the marketplace sends, with its recipient and its words in both
 * languages. `{{service}}`, `{{organisation}}`, `{{reference}}`, `{{amount}}` and `{{deadline}}`
 * are filled in from the thread (or the group); a care-work notice names a family's request
 * by its reference, and a worker's by nothing that would identify her.
 */
export const NOTIFICATION_KINDS = [
  {
    value: 'new-request',
    to: 'ente',
    title: label('Nuova richiesta di preventivo', 'New request for a quote'),
    body: label(
      'Un cittadino chiede un preventivo per «{{service}}» (richiesta {{reference}}). Rispondi entro {{deadline}}.',
      'A resident asks for a quote for “{{service}}” (request {{reference}}). Please answer by {{deadline}}.',
    ),
  },
  {
    value: 'answer-due',
    to: 'ente',
    title: label('Una richiesta aspetta la tua risposta', 'A request is waiting for your answer'),
    body: label(
      'La richiesta {{reference}} per «{{service}}» scade {{deadline}} se non rispondi.',
      'Request {{reference}} for “{{service}}” expires on {{deadline}} unless you answer.',
    ),
  },
  {
    value: 'new-quote',
    to: 'citizen',
    title: label('Hai ricevuto un preventivo', 'You have received a quote'),
    body: label(
      '{{organisation}} ti propone «{{service}}» a {{amount}}. Il preventivo vale fino a {{deadline}}.',
      '{{organisation}} offers “{{service}}” for {{amount}}. The quote is valid until {{deadline}}.',
    ),
  },
  {
    value: 'quote-expiring',
    to: 'citizen',
    title: label('Un preventivo sta per scadere', 'A quote is about to expire'),
    body: label(
      'Il preventivo di {{organisation}} per «{{service}}» ({{amount}}) scade {{deadline}}.',
      'The quote from {{organisation}} for “{{service}}” ({{amount}}) expires on {{deadline}}.',
    ),
  },
  {
    value: 'quote-expired',
    to: 'citizen',
    title: label('Un preventivo è scaduto', 'A quote has expired'),
    body: label(
      'Il preventivo di {{organisation}} per «{{service}}» non è più valido.',
      'The quote from {{organisation}} for “{{service}}” is no longer valid.',
    ),
  },
  {
    value: 'expired',
    to: 'citizen',
    title: label('Un ente non ha risposto in tempo', 'An organisation did not answer in time'),
    body: label(
      '{{organisation}} non ha risposto alla richiesta {{reference}} per «{{service}}».',
      '{{organisation}} did not answer request {{reference}} for “{{service}}”.',
    ),
  },
  {
    value: 'declined',
    to: 'citizen',
    title: label('Un ente non può accettare la richiesta', 'An organisation cannot take the request'),
    body: label(
      '{{organisation}} non può offrirti «{{service}}» per la richiesta {{reference}}.',
      '{{organisation}} cannot offer you “{{service}}” for request {{reference}}.',
    ),
  },
  {
    value: 'quote-accepted',
    to: 'ente',
    title: label('Il tuo preventivo è stato accettato', 'Your quote has been accepted'),
    body: label(
      'Il cittadino ha accettato il preventivo per «{{service}}» ({{amount}}), richiesta {{reference}}.',
      'The resident accepted your quote for “{{service}}” ({{amount}}), request {{reference}}.',
    ),
  },
  {
    value: 'not-chosen',
    to: 'ente',
    title: label('Il cittadino ha scelto un altro ente', 'The resident chose another organisation'),
    body: label(
      'La richiesta {{reference}} per «{{service}}» è stata affidata a un altro ente. Grazie per la risposta.',
      'Request {{reference}} for “{{service}}” went to another organisation. Thank you for answering.',
    ),
  },
  {
    value: 'payment-due',
    to: 'citizen',
    title: label('Ricordati di pagare', 'Remember to pay'),
    body: label(
      'Per confermare «{{service}}» con {{organisation}} paga {{amount}} entro {{deadline}}.',
      'To confirm “{{service}}” with {{organisation}}, pay {{amount}} by {{deadline}}.',
    ),
  },
  {
    value: 'payment-expired',
    to: 'citizen',
    title: label('Il tempo per pagare è scaduto', 'The time to pay has run out'),
    body: label(
      'La richiesta {{reference}} per «{{service}}» è chiusa perché il pagamento non è arrivato in tempo.',
      'Request {{reference}} for “{{service}}” is closed because the payment did not arrive in time.',
    ),
  },
  {
    value: 'payment-confirmed',
    to: 'citizen',
    title: label('Pagamento confermato', 'Payment confirmed'),
    body: label(
      'Abbiamo registrato il pagamento di {{amount}} per «{{service}}» con {{organisation}}. Puoi scaricare la ricevuta qui sotto; la trovi anche nella tua area, tra i pagamenti.',
      'We have recorded your payment of {{amount}} for “{{service}}” with {{organisation}}. You can download the receipt below; it is also in your area, under payments.',
    ),
  },
  {
    value: 'payment-received',
    to: 'ente',
    title: label('Pagamento ricevuto', 'Payment received'),
    body: label(
      'Il cittadino ha pagato {{amount}} per «{{service}}» (richiesta {{reference}}). Puoi erogare il servizio.',
      'The resident paid {{amount}} for “{{service}}” (request {{reference}}). You can deliver the service.',
    ),
  },
  {
    value: 'delivered',
    to: 'citizen',
    title: label('Com’è andata? Lascia una recensione', 'How did it go? Leave a review'),
    body: label(
      '«{{service}}» con {{organisation}} risulta erogato. Racconta com’è andata entro {{deadline}}: aiuti altre famiglie a scegliere.',
      '“{{service}}” with {{organisation}} is marked as delivered. Tell us how it went by {{deadline}}: you help other families choose.',
    ),
  },
  {
    value: 'review-closing',
    to: 'citizen',
    title: label('Ultimi giorni per la recensione', 'Last days to leave a review'),
    body: label(
      'Puoi recensire «{{service}}» con {{organisation}} fino a {{deadline}}.',
      'You can review “{{service}}” with {{organisation}} until {{deadline}}.',
    ),
  },
  {
    value: 'reviewed',
    to: 'ente',
    title: label('Nuova recensione', 'New review'),
    body: label(
      'Il cittadino ha recensito «{{service}}» (richiesta {{reference}}). La recensione sarà pubblicata dopo la moderazione di WeMi.',
      'The resident reviewed “{{service}}” (request {{reference}}). The review will be published after WeMi has moderated it.',
    ),
  },
  {
    value: 'cancelled',
    to: 'ente',
    title: label('Richiesta annullata dal cittadino', 'Request cancelled by the resident'),
    body: label(
      'Il cittadino ha annullato la richiesta {{reference}} per «{{service}}».',
      'The resident cancelled request {{reference}} for “{{service}}”.',
    ),
  },
  {
    value: 'refunded',
    to: 'citizen',
    title: label('Rimborso disposto', 'Refund issued'),
    body: label(
      'Abbiamo disposto il rimborso per «{{service}}» con {{organisation}} (richiesta {{reference}}).',
      'We have issued the refund for “{{service}}” with {{organisation}} (request {{reference}}).',
    ),
  },
  {
    value: 'disputed',
    to: 'ente',
    title: label('Servizio contestato', 'Service disputed'),
    body: label(
      '«{{service}}» (richiesta {{reference}}) è stato contestato. WeMi esaminerà il caso e vi contatterà.',
      '“{{service}}” (request {{reference}}) has been disputed. WeMi will look into it and contact you.',
    ),
  },
  {
    value: 'resolved',
    to: 'citizen',
    title: label('Contestazione chiusa', 'Dispute resolved'),
    body: label(
      'WeMi ha chiuso la contestazione su «{{service}}» con {{organisation}} senza rimborso. Puoi ancora lasciare una recensione.',
      'WeMi has resolved the dispute about “{{service}}” with {{organisation}} without a refund. You can still leave a review.',
    ),
  },
  {
    value: 'message-for-citizen',
    to: 'citizen',
    title: label('Nuovo messaggio', 'New message'),
    body: label(
      '{{organisation}} ti ha scritto sulla richiesta {{reference}} per «{{service}}».',
      '{{organisation}} has written to you about request {{reference}} for “{{service}}”.',
    ),
  },
  {
    value: 'message-for-ente',
    to: 'ente',
    title: label('Nuovo messaggio', 'New message'),
    body: label(
      'Il cittadino ha scritto sulla richiesta {{reference}} per «{{service}}».',
      'The resident has written about request {{reference}} for “{{service}}”.',
    ),
  },
  // A shared group's news: to each of its members, or to its ente. `{{reference}}` is the
  // group's, `{{amount}}` its current price per family, `{{unit}}` what that price is for ("all’ora")
  // and `{{members}}` its size.
  {
    value: 'group-minimum-reached',
    to: 'ente',
    title: label('Un gruppo ha raggiunto il numero minimo', 'A group has reached its minimum'),
    body: label(
      'Il gruppo {{reference}} per «{{service}}» ha {{members}} famiglie: confermalo, con le date di inizio e fine, oppure rifiutalo entro {{deadline}}.',
      'Group {{reference}} for “{{service}}” has {{members}} families: confirm it, with its start and end dates, or decline it by {{deadline}}.',
    ),
  },
  {
    value: 'group-to-confirm',
    to: 'ente',
    title: label('Un gruppo aspetta la tua conferma', 'A group is waiting for your confirmation'),
    body: label(
      'Le {{members}} famiglie del gruppo {{reference}} per «{{service}}» hanno deciso di proseguire anche sotto il numero minimo: confermalo oppure rifiutalo entro {{deadline}}.',
      'The {{members}} families of group {{reference}} for “{{service}}” have decided to go ahead below the minimum: confirm it or decline it by {{deadline}}.',
    ),
  },
  {
    value: 'group-member-joined',
    to: 'citizen',
    title: label('Una nuova famiglia nel tuo gruppo', 'A new family has joined your group'),
    body: label(
      'Il gruppo {{reference}} per «{{service}}» ora ha {{members}} famiglie: il prezzo a famiglia è {{amount}} {{unit}}.',
      'Group {{reference}} for “{{service}}” now has {{members}} families: the price per family is {{amount}} {{unit}}.',
    ),
  },
  {
    value: 'group-member-removed',
    to: 'citizen',
    title: label('Non fai più parte del gruppo', 'You are no longer in the group'),
    body: label(
      'La tua famiglia è stata tolta dal gruppo {{reference}} per «{{service}}» prima della conferma dell’ente. Non ti è stato addebitato nulla: puoi cercare un altro gruppo o chiedere il servizio da solo.',
      'Your family has been removed from group {{reference}} for “{{service}}” before the organisation confirmed it. Nothing has been charged to you: you can look for another group or ask for the service on your own.',
    ),
  },
  {
    value: 'group-confirmed',
    to: 'citizen',
    title: label('Il gruppo è confermato: paga la tua quota', 'The group is confirmed: pay your share'),
    body: label(
      '{{organisation}} ha confermato il gruppo per «{{service}}». La tua quota è {{amount}}: pagala entro {{deadline}} dalla tua richiesta {{reference}}.',
      '{{organisation}} has confirmed the group for “{{service}}”. Your share is {{amount}}: pay it by {{deadline}} from your request {{reference}}.',
    ),
  },
  {
    value: 'group-declined',
    to: 'citizen',
    title: label('L’ente non può avviare il gruppo', 'The organisation cannot start the group'),
    body: label(
      '{{organisation}} ha rifiutato il gruppo {{reference}} per «{{service}}». Non ti è stato addebitato nulla.',
      '{{organisation}} has declined group {{reference}} for “{{service}}”. Nothing has been charged to you.',
    ),
  },
  {
    value: 'group-decide',
    to: 'citizen',
    title: label('Il gruppo non ha raggiunto il minimo: decidi', 'The group did not reach its minimum: decide'),
    body: label(
      'Il gruppo {{reference}} per «{{service}}» ha {{members}} famiglie. Puoi proseguire al prezzo di {{amount}} {{unit}} a famiglia oppure rinunciare, entro {{deadline}}. Se non accettano tutti, il gruppo si scioglie senza addebiti.',
      'Group {{reference}} for “{{service}}” has {{members}} families. You can go ahead at {{amount}} {{unit}} per family or give up, by {{deadline}}. Unless everyone accepts, the group dissolves and nothing is charged.',
    ),
  },
  {
    value: 'group-dissolved',
    to: 'citizen',
    title: label('Il gruppo si è sciolto', 'The group has dissolved'),
    body: label(
      'Il gruppo {{reference}} per «{{service}}» si è sciolto. Non ti è stato addebitato nulla.',
      'Group {{reference}} for “{{service}}” has dissolved. Nothing has been charged to you.',
    ),
  },
  {
    value: 'group-message-for-members',
    to: 'citizen',
    title: label('Nuovo messaggio nel gruppo', 'New message in the group'),
    body: label(
      'C’è un nuovo messaggio nel gruppo {{reference}} per «{{service}}».',
      'There is a new message in group {{reference}} for “{{service}}”.',
    ),
  },
  {
    value: 'group-message-for-ente',
    to: 'ente',
    title: label('Nuovo messaggio in un gruppo', 'New message in a group'),
    body: label(
      'Un membro ha scritto nel gruppo {{reference}} per «{{service}}».',
      'A member has written in group {{reference}} for “{{service}}”.',
    ),
  },
  {
    value: 'care-proposed',
    to: 'citizen',
    title: label('WeMi ti propone una persona', 'WeMi proposes someone to you'),
    body: label(
      'Per la richiesta {{reference}} WeMi ti propone una persona: leggi il profilo anonimo e scegli se incontrarla.',
      'For request {{reference}} WeMi proposes someone to you: read the anonymous profile and choose whether to meet them.',
    ),
  },
  {
    value: 'care-meeting-accepted',
    to: 'citizen',
    title: label('Ha accettato di incontrarvi', 'They agreed to meet you'),
    body: label(
      'La persona che hai scelto per la richiesta {{reference}} ha accettato di incontrarvi: nella richiesta trovi nome e contatti.',
      'The person you chose for request {{reference}} agreed to meet you: the request shows their name and contacts.',
    ),
  },
  {
    value: 'care-meeting-asked',
    to: 'citizen',
    title: label('Una famiglia vuole incontrarti', 'A family wants to meet you'),
    body: label(
      'Una famiglia ha letto il tuo profilo anonimo e vuole incontrarti: accetta o rifiuta dalla tua candidatura.',
      'A family read your anonymous profile and wants to meet you: accept or decline from your application.',
    ),
  },
  {
    value: 'worker-assessed',
    to: 'citizen',
    title: label('La tua candidatura è stata valutata', 'Your application has been assessed'),
    body: label(
      'WeMi ha valutato la tua candidatura: trovi l’esito nella tua area personale.',
      'WeMi has assessed your application: you will find the outcome in your personal area.',
    ),
  },
  // Temporary housing: about one application, linked to it. {{organisation}} is the ente,
  // {{unit}} the unit offered, {{from}}–{{to}} the stay's days, {{deadline}} the offer's answer,
  // {{reason}} the ente's words, {{people}} and {{months}} what the household asked for.
  {
    value: 'housing-new-application',
    to: 'ente',
    title: label('Nuova domanda di alloggio temporaneo', 'New temporary housing application'),
    body: label(
      'Un nucleo di {{people}} persone chiede un alloggio dal {{from}} per {{months}} mesi. Leggi la situazione e proponi un alloggio o spiega perché non puoi.',
      'A household of {{people}} asks for a home from {{from}} for {{months}} months. Read their situation and offer a unit or explain why you cannot.',
    ),
  },
  {
    value: 'housing-offered',
    to: 'citizen',
    title: label('Ti è stato proposto un alloggio', 'You have been offered a home'),
    body: label(
      '{{organisation}} ti propone «{{unit}}» dal {{from}} al {{to}}. Rispondi entro {{deadline}}: dopo, l’alloggio torna disponibile per altri.',
      '{{organisation}} offers you “{{unit}}” from {{from}} to {{to}}. Answer by {{deadline}}: after that, the home goes back to others.',
    ),
  },
  {
    value: 'housing-refused',
    to: 'citizen',
    title: label('La tua domanda di alloggio non è stata accolta', 'Your housing application was not accepted'),
    body: label('{{organisation}} non può accoglierti: «{{reason}}».', '{{organisation}} cannot take you in: “{{reason}}”.'),
  },
  {
    value: 'housing-offer-withdrawn',
    to: 'citizen',
    title: label('Un ente ha ritirato la proposta di alloggio', 'An organisation withdrew its housing offer'),
    body: label(
      '{{organisation}} ha ritirato la proposta di «{{unit}}»: «{{reason}}». La tua domanda resta aperta.',
      '{{organisation}} withdrew its offer of “{{unit}}”: “{{reason}}”. Your application stays open.',
    ),
  },
  {
    value: 'housing-withdrawn',
    to: 'ente',
    title: label('Un nucleo ha ritirato la domanda di alloggio', 'A household withdrew its housing application'),
    body: label(
      'Il nucleo ha ritirato la domanda di alloggio: se gli avevi proposto un alloggio, è di nuovo libero.',
      'The household withdrew its housing application: if you had offered it a unit, the unit is free again.',
    ),
  },
  {
    value: 'housing-offer-accepted',
    to: 'ente',
    title: label('Una proposta di alloggio è stata accettata', 'A housing offer was accepted'),
    body: label(
      'Il nucleo ha accettato «{{unit}}» dal {{from}} al {{to}}. Registra l’ingresso il giorno in cui arriva.',
      'The household accepted “{{unit}}” from {{from}} to {{to}}. Record the move-in on the day they arrive.',
    ),
  },
  {
    value: 'housing-offer-declined',
    to: 'ente',
    title: label('Una proposta di alloggio è stata rifiutata', 'A housing offer was declined'),
    body: label(
      'Il nucleo ha rifiutato «{{unit}}»: l’alloggio è di nuovo libero e la domanda resta aperta.',
      'The household declined “{{unit}}”: the unit is free again and the application stays open.',
    ),
  },
  {
    value: 'housing-offer-expired',
    to: 'ente',
    title: label('Una proposta di alloggio è scaduta', 'A housing offer has expired'),
    body: label(
      'Il nucleo non ha risposto in tempo alla proposta di «{{unit}}»: l’alloggio è di nuovo libero e la domanda resta aperta.',
      'The household did not answer the offer of “{{unit}}” in time: the unit is free again and the application stays open.',
    ),
  },
  {
    value: 'housing-extension-asked',
    to: 'ente',
    title: label('Richiesta di proroga di un alloggio', 'An extension of a stay was asked for'),
    body: label(
      'Il nucleo in «{{unit}}» chiede di restare fino al {{until}} (ora fino al {{to}}).',
      'The household in “{{unit}}” asks to stay until {{until}} (now until {{to}}).',
    ),
  },
  {
    value: 'housing-extension-granted',
    to: 'citizen',
    title: label('La proroga è stata concessa', 'Your extension was granted'),
    body: label(
      '{{organisation}} ti ha concesso di restare in «{{unit}}» fino al {{to}}.',
      '{{organisation}} lets you stay in “{{unit}}” until {{to}}.',
    ),
  },
  {
    value: 'housing-extension-refused',
    to: 'citizen',
    title: label('La proroga non è stata concessa', 'Your extension was not granted'),
    body: label(
      '{{organisation}} non ha concesso la proroga: «{{reason}}». La permanenza finisce il {{to}}.',
      '{{organisation}} did not grant the extension: “{{reason}}”. Your stay ends on {{to}}.',
    ),
  },
] as const satisfies readonly Kind[]

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]['value']

export const kindOf = (value: string): Kind | undefined => NOTIFICATION_KINDS.find((kind) => kind.value === value)

/** Care-work notices: about a family's request (linked to it), or to a worker about her application. */
export const CARE_WORK_KINDS = {
  family: ['care-proposed', 'care-meeting-accepted'],
  worker: ['care-meeting-asked', 'worker-assessed'],
} as const satisfies Record<string, readonly NotificationKind[]>
