import { type Bilingual, label } from '../../lib/i18n'

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
  { value: 'active', label: label('Nel gruppo', 'In the group') },
  { value: 'left', label: label('Uscita dal gruppo', 'Left the group') },
  { value: 'removed', label: label('Tolta dal gruppo', 'Removed from the group') },
] as const

export type MemberState = (typeof MEMBER_STATES)[number]['value']

export const groupStateLabel = (state: string): Bilingual =>
  GROUP_STATES.find((candidate) => candidate.value === state)?.label ?? { it: state, en: state }

/** What can happen to a group, as the refusals name it ("Non è possibile aderire al gruppo: …"). */
export const GROUP_ACTIONS = {
  join: label('aderire al gruppo', 'join the group'),
  leave: label('uscire dal gruppo', 'leave the group'),
  'remove-member': label('togliere una famiglia dal gruppo', 'remove a family from the group'),
  confirm: label('confermare il gruppo', 'confirm the group'),
  decline: label('rifiutare il gruppo', 'decline the group'),
  message: label('scrivere al gruppo', 'write to the group'),
  deadline: label('chiudere le adesioni alla scadenza', 'close joining at the deadline'),
  'go-ahead': label('proseguire al prezzo per il numero attuale', 'go ahead at the price for the current size'),
  refuse: label('rinunciare al gruppo', 'give up the group'),
  dissolve: label('sciogliere il gruppo senza decisione di tutti', 'dissolve the group without everyone’s decision'),
  expire: label('sciogliere il gruppo senza risposta dell’ente', 'dissolve the group without the organisation’s answer'),
  release: label('far uscire le famiglie che hanno annullato la loro quota', 'let out the families who cancelled their share'),
  activate: label('avviare il gruppo', 'start the group'),
  complete: label('concludere il gruppo', 'complete the group'),
  close: label('chiudere il gruppo', 'close the group'),
} satisfies Record<string, Bilingual>

export type GroupAction = keyof typeof GROUP_ACTIONS

export const isGroupAction = (value: string): value is GroupAction => Object.hasOwn(GROUP_ACTIONS, value)
