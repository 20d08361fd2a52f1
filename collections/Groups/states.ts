import { label } from '../../lib/i18n'

/** A shared group's states, in the order a group usually goes through them. */
export const GROUP_STATES = [
  { value: 'open', label: label('Aperto alle adesioni', 'Open to join') },
  { value: 'awaiting-ente', label: label('In attesa della conferma dell’ente', 'Awaiting the organisation’s confirmation') },
  { value: 'deciding', label: label('Numero minimo non raggiunto: i membri decidono', 'Minimum not reached: members decide') },
  { value: 'confirmed', label: label('Confermato: ogni famiglia paga la sua quota', 'Confirmed: each family pays its share') },
  { value: 'active', label: label('Attivo', 'Active') },
  { value: 'completed', label: label('Concluso', 'Completed') },
  { value: 'declined', label: label('Rifiutato dall’ente', 'Declined by the organisation') },
  { value: 'dissolved', label: label('Sciolto', 'Dissolved') },
] as const

export type GroupState = (typeof GROUP_STATES)[number]['value']

/** States in which a family can still join. */
export const JOINABLE_STATES: readonly GroupState[] = ['open', 'awaiting-ente']

/** States after which nothing more happens in a group. */
export const FINAL_GROUP_STATES: readonly GroupState[] = ['completed', 'declined', 'dissolved']

/** A member's place in a group. */
export const MEMBER_STATES = [
  { value: 'active', label: label('Membro', 'Member') },
  { value: 'left', label: label('Uscito', 'Left') },
  { value: 'removed', label: label('Rimosso dall’organizzatore', 'Removed by the organiser') },
] as const

export type MemberState = (typeof MEMBER_STATES)[number]['value']
