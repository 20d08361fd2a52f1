import { experimental_AstroContainer as AstroContainer } from 'astro/container'
import { type Node, parse, walkSync } from 'ultrahtml'
import { beforeAll, describe, expect, it } from 'vitest'

import { MAX_MESSAGE_LENGTH } from '../../collections/Messages'
import { THREAD_STATES } from '../../collections/Threads/states'
import type { Language } from '../../lib/i18n'
import { actionsFor } from '../../plugins/requests/lifecycle'
import type { Conversation } from '../../plugins/requests/conversation'
import ThreadActions from '../../site/src/components/ThreadActions.astro'
import { formFields, inputsOf, presentationOf, SITE_ACTIONS, type SiteAction } from '../../site/src/lib/thread-forms'

/**
 * The citizen's thread forms are drawn from the lifecycle's input definitions: each form, as the
 * site renders it, must ask for exactly what the action accepts, require what it requires and
 * keep to its limits. Everything below is read from the definitions, never listed by hand.
 */
const SITE_ACTION_NAMES = Object.keys(SITE_ACTIONS) as SiteAction[]
const conversation = { thread: { id: 'thread-under-test' } } as unknown as Conversation
const voucher = { id: 'voucher-1', scheme: 'Dote famiglia', code: 'V-1', available: '50,00 €', availableCents: 5_000 }
const vouchers = { checkout: [voucher], 'pay-voucher': [voucher], 'pay-voucher-agreed': [voucher] }

type Control = { tag: string; name: string; attributes: Record<string, string> }

let container: AstroContainer
const controlsOf = async (action: SiteAction, lang: Language = 'it') => {
  const html = await container.renderToString(ThreadActions, { props: { lang, action, conversation, vouchers } })
  const controls: Control[] = []
  walkSync(parse(html), (node: Node) => {
    if (node.type === 1 && ['input', 'textarea', 'select'].includes(node.name) && node.attributes.type !== 'hidden') {
      controls.push({ tag: node.name, name: node.attributes.name ?? '', attributes: node.attributes })
    }
  })
  return { html, controls }
}

beforeAll(async () => {
  container = await AstroContainer.create()
})

describe('the thread forms of the citizen’s area', () => {
  it('offer only actions the lifecycle lets a citizen take', () => {
    const citizenActions = new Set(THREAD_STATES.flatMap(({ value }) => actionsFor(value, 'citizen')))
    for (const action of SITE_ACTION_NAMES) expect(citizenActions, action).toContain(action)
  })

  it('leave out only optional inputs, and fill in themselves only what they hold', () => {
    for (const action of SITE_ACTION_NAMES) {
      const names = inputsOf(action).map((field) => field.name)
      const { fixed = [], omitted = [] } = presentationOf(action)
      for (const name of [...fixed, ...omitted]) expect(names, `${action}.${name}`).toContain(name)
      for (const field of inputsOf(action).filter((field) => omitted.includes(field.name))) expect(field.required, field.name).toBe(false)
    }
  })

  for (const action of SITE_ACTION_NAMES.filter((action) => formFields(action).length > 0)) {
    it(`ask for ${action} exactly what the action accepts, with its limits`, async () => {
      const { html, controls } = await controlsOf(action)
      const fields = formFields(action)
      expect([...new Set(controls.map((control) => control.name))].sort()).toEqual(fields.map((field) => field.name).sort())
      for (const field of fields) {
        const own = controls.filter((control) => control.name === field.name)
        for (const control of own) expect('required' in control.attributes, `${field.name} required`).toBe(field.required)
        if (field.kind === 'text') {
          expect(own[0]!.attributes.maxlength, `${field.name} maxlength`).toBe(String(field.maxLength))
          expect(own[0]!.attributes.minlength, `${field.name} minlength`).toBe(
            field.minLength === undefined ? undefined : String(field.minLength),
          )
        }
        if (field.kind === 'score')
          expect(own.map((control) => Number(control.attributes.value))).toEqual(
            [1, 2, 3, 4, 5].filter((n) => n >= field.min && n <= field.max),
          )
      }
      // A field is marked optional exactly when its definition does not require it.
      const optionalMarks = html.match(/\(facoltativo\)/g)?.length ?? 0
      expect(optionalMarks).toBe(fields.filter((field) => !field.required && field.kind !== 'record').length)
    })
  }

  it('offer a voucher only to the ways of paying that accept it, and no voucher form without one', async () => {
    const render = (action: SiteAction) =>
      container.renderToString(ThreadActions, { props: { lang: 'it', action, conversation, vouchers: { checkout: [voucher] } } })
    expect(await render('checkout')).toContain('voucher-1')
    expect(await render('pay-voucher')).not.toContain('<form')
    expect(await render('pay-voucher-agreed')).not.toContain('<form')
    const cardOnly = await container.renderToString(ThreadActions, {
      props: { lang: 'it', action: 'checkout', conversation, vouchers: {} },
    })
    expect(cardOnly).toContain('<form')
    expect(cardOnly).not.toContain('<select')
  })

  it('ask for a reason to dispute, of at least the length the dispute requires', async () => {
    const { html, controls } = await controlsOf('dispute')
    const reason = controls.find((control) => control.name === 'reason')!
    expect('required' in reason.attributes).toBe(true)
    expect(Number(reason.attributes.minlength)).toBeGreaterThanOrEqual(10)
    expect(html).not.toContain('facoltativo')
  })

  it('let a message be as long as a message may be, and no longer', async () => {
    const { controls } = await controlsOf('message')
    expect(controls.find((control) => control.name === 'body')!.attributes.maxlength).toBe(String(MAX_MESSAGE_LENGTH))
  })
})
