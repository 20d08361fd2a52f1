import type { GroupAction } from '../../collections/Groups/states'
import { isCalendarDate, today } from '../../lib/dates'
import { label } from '../../lib/i18n'
import { type FieldError, rejectInput } from '../../lib/validation'
import type { InputValues } from '../requests/context'
import { type InputField, MESSAGE_BODY, OPTIONAL_REASON, readFields, REQUIRED_REASON } from '../requests/inputs'
import type { GroupContext } from './context'

type GroupInput = {
  /** The collection the input becomes part of, where its errors are reported. */
  collection: 'groups' | 'group-members' | 'group-messages'
  fields: readonly InputField[]
  check?: (values: InputValues, context: GroupContext) => FieldError[]
}

/** More hours, visits or months than any period of a group holds: a typing slip, not a share. */
const MAX_UNITS = 2000

const PRICE: InputField = { name: 'priceCents', kind: 'cents', required: true, label: label('Prezzo a famiglia', 'Price per family') }

/** The service's period, from a day still to come. */
const checkPeriod = ({ startDate, endDate }: InputValues, context: GroupContext): FieldError[] => {
  const errors: FieldError[] = []
  const start = String(startDate ?? '')
  const end = String(endDate ?? '')
  if (!isCalendarDate(start) || start < today(context.settings.timeZone, context.now))
    errors.push({ path: 'startDate', key: 'dateNotInFuture' })
  if (!isCalendarDate(end) || (isCalendarDate(start) && end < start)) errors.push({ path: 'endDate', key: 'periodEndBeforeStart' })
  return errors
}

/**
 * The input of every action people take on a group, one definition per action: effects read
 * their input through it and forms can be drawn from it.
 */
export const GROUP_ACTION_INPUTS: Partial<Record<GroupAction, GroupInput>> = {
  join: {
    collection: 'group-members',
    fields: [
      {
        name: 'street',
        kind: 'text',
        required: true,
        maxLength: 200,
        lines: 1,
        missing: 'groupAddressRequired',
        label: label('Via e numero civico', 'Street and number'),
      },
      { name: 'postcode', kind: 'text', required: false, maxLength: 10, lines: 1, label: label('CAP', 'Postcode') },
      PRICE,
    ],
  },
  leave: { collection: 'group-members', fields: [OPTIONAL_REASON] },
  'remove-member': {
    collection: 'group-members',
    fields: [{ name: 'member', kind: 'record', required: true, label: label('Famiglia', 'Family') }, OPTIONAL_REASON],
  },
  confirm: {
    collection: 'groups',
    fields: [
      { name: 'startDate', kind: 'date', required: true, label: label('Inizio del servizio', 'Service starts') },
      { name: 'endDate', kind: 'date', required: true, label: label('Fine del servizio', 'Service ends') },
      {
        name: 'units',
        kind: 'count',
        required: true,
        min: 1,
        max: MAX_UNITS,
        label: label('Quantità per famiglia nel periodo', 'Quantity per family in the period'),
      },
    ],
    check: checkPeriod,
  },
  decline: { collection: 'groups', fields: [OPTIONAL_REASON] },
  message: { collection: 'group-messages', fields: [MESSAGE_BODY] },
  'go-ahead': { collection: 'group-members', fields: [PRICE] },
  close: { collection: 'groups', fields: [REQUIRED_REASON] },
}

/** A join's address may come as `address: { street, postcode }` or as fields of its own. */
const flatten = (input: Record<string, unknown>): Record<string, unknown> => {
  const address = input.address && typeof input.address === 'object' ? (input.address as Record<string, unknown>) : {}
  return { ...input, street: input.street ?? address.street, postcode: input.postcode ?? address.postcode }
}

/** Reads the action's input by its definition, refusing it with every problem at its field before anything is written. */
export const readGroupInput = (context: GroupContext): InputValues => {
  const definition = GROUP_ACTION_INPUTS[context.action]
  if (!definition) return {}
  const { values, errors } = readFields(definition.fields, flatten(context.input))
  errors.push(...(definition.check?.(values, context) ?? []))
  rejectInput(context.req, definition.collection, errors)
  return values
}
