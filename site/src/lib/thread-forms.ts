import { actionsFor } from '../../../plugins/requests/lifecycle'
import { ACTION_INPUTS, type InputField } from '../../../plugins/requests/inputs'
import { THREAD_STATES } from '../../../collections/Threads/states'
import type { StringKey } from './i18n'

type Presentation = {
  submit: StringKey
  style: 'primary' | 'outline-primary' | 'outline-danger'
  /** Shown folded, behind its own name, because it cannot be undone. */
  folded?: boolean
  heading?: StringKey
  hint?: StringKey
  /** Inputs the page fills in itself, as hidden fields (the quote a button accepts). */
  fixed?: readonly string[]
  /** Optional inputs the site does not offer (it spends the whole voucher available). */
  omitted?: readonly string[]
}

/**
 * The actions a citizen takes on a thread from their area, and how each form looks. What each
 * form asks for, and what it requires, comes from the action's input definition, which is also
 * what the lifecycle checks.
 */
export const SITE_ACTIONS = {
  accept: { submit: 'acceptShort', style: 'primary', fixed: ['quote'] },
  message: { submit: 'sendMessage', style: 'outline-primary' },
  checkout: { submit: 'payOnline', style: 'primary', hint: 'payOnlineHint', omitted: ['voucherCents'] },
  'pay-voucher': { submit: 'payWithVoucher', style: 'outline-primary' },
  'pay-voucher-agreed': { submit: 'payWithVoucherAndAgreed', style: 'outline-primary', hint: 'payWithVoucherAndAgreedHint' },
  cancel: { submit: 'cancelThread', style: 'outline-danger', folded: true },
  dispute: { submit: 'disputeThread', style: 'outline-danger', folded: true },
  review: { submit: 'sendReview', style: 'primary', heading: 'writeReview' },
} as const satisfies Record<string, Presentation>

export type SiteAction = keyof typeof SITE_ACTIONS

export const isSiteAction = (value: string): value is SiteAction =>
  Object.hasOwn(SITE_ACTIONS, value) && THREAD_STATES.some(({ value: state }) => actionsFor(state, 'citizen').includes(value as SiteAction))

export const presentationOf = (action: SiteAction): Presentation => SITE_ACTIONS[action]

/** Every input the action takes. */
export const inputsOf = (action: SiteAction): readonly InputField[] => ACTION_INPUTS[action]?.fields ?? []

/** The inputs the citizen fills in on the action's form. */
export const formFields = (action: SiteAction): readonly InputField[] => {
  const { fixed = [], omitted = [] } = presentationOf(action)
  return inputsOf(action).filter((field) => !fixed.includes(field.name) && !omitted.includes(field.name))
}

/**
 * The action's input as posted by its form, by its definition; files are uploaded to the thread
 * first and passed on by their ids.
 */
export const inputFromForm = (action: SiteAction, form: FormData): Record<string, unknown> =>
  Object.fromEntries(
    inputsOf(action)
      .filter((field) => field.kind !== 'files')
      .map((field) => [
        field.name,
        field.kind === 'choices' ? form.getAll(field.name).map(String) : String(form.get(field.name) ?? '').trim(),
      ]),
  )
