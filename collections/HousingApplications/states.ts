import { label } from '../../lib/i18n'

/** What an application is called, in the admin and on the site. */
export const HOUSING_APPLICATION_NAME = label('Domanda di alloggio temporaneo', 'Temporary housing application')

/**
 * Where an application for temporary housing stands. Once the ente offers a unit and dates,
 * the application holds them, through the stay, until it ends: while it is offered, accepted
 * or staying no other application may hold the same unit on any of those days (an exclusion
 * constraint in the database, see the housing migration).
 */
export const HOUSING_STATES = [
  { value: 'submitted', label: label('Inviata', 'Submitted') },
  { value: 'offered', label: label('Alloggio proposto', 'Housing offered') },
  { value: 'accepted', label: label('Proposta accettata', 'Offer accepted') },
  { value: 'staying', label: label('Ospite nell’alloggio', 'Staying') },
  { value: 'ended', label: label('Permanenza conclusa', 'Stay ended') },
  { value: 'refused', label: label('Non accolta', 'Refused') },
  { value: 'withdrawn', label: label('Ritirata', 'Withdrawn') },
] as const

export type HousingState = (typeof HOUSING_STATES)[number]['value']

/** The states in which an application holds its unit for its dates. */
export const HOLDING_STATES: readonly HousingState[] = ['offered', 'accepted', 'staying']

export const HOUSING_ACTIONS = [
  { value: 'offer', label: label('Proponi un alloggio', 'Offer housing') },
  { value: 'refuse', label: label('Non accogliere', 'Refuse') },
  { value: 'withdraw', label: label('Ritira la domanda', 'Withdraw the application') },
  { value: 'accept', label: label('Accetta la proposta', 'Accept the offer') },
  { value: 'decline', label: label('Rifiuta la proposta', 'Decline the offer') },
  { value: 'withdraw-offer', label: label('Ritira la proposta', 'Withdraw the offer') },
  { value: 'expire-offer', label: label('Proposta scaduta', 'Offer expired') },
  { value: 'move-in', label: label('Registra l’ingresso', 'Record the move-in') },
  { value: 'request-extension', label: label('Chiedi una proroga', 'Ask for an extension') },
  { value: 'grant-extension', label: label('Concedi la proroga', 'Grant the extension') },
  { value: 'refuse-extension', label: label('Non concedere la proroga', 'Refuse the extension') },
  { value: 'depart', label: label('Registra l’uscita', 'Record the departure') },
] as const

export type HousingAction = (typeof HOUSING_ACTIONS)[number]['value']

export const isHousingAction = (value: string): value is HousingAction => HOUSING_ACTIONS.some((action) => action.value === value)

/** Who acts on an application: the household (or a desk operator for them), the ente asked, the server's timers. */
export type HousingParty = 'citizen' | 'ente' | 'system'
