import { experimental_AstroContainer as AstroContainer } from 'astro/container'
import { type Node, parse, walkSync } from 'ultrahtml'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Language } from '../../lib/i18n'
import EnteApplicationForm from '../../site/src/components/EnteApplicationForm.astro'
import { type ApplicationOptions, emptyInput, FIELD_LABELS, fieldName, HONEYPOT } from '../../site/src/lib/ente-application'
import { t } from '../../site/src/lib/i18n'

/**
 * The application form as the site renders it: every field of an application is there, under
 * the name its server errors come back on, with a label of its own that says what it is.
 */
const options: ApplicationOptions = {
  legalForms: [{ value: 'association', label: 'Associazione (APS/ODV)' }],
  categories: [{ value: 'c1', label: 'Anziani', hint: 'Assistenza domiciliare' }],
  districts: [{ value: 'd1', label: 'Municipio 1', hint: 'Centro storico' }],
}

type Control = { tag: string; attributes: Record<string, string> }

let container: AstroContainer
const render = async (mode: 'apply' | 'correct', lang: Language = 'it', errors = {}) => {
  const input = { ...emptyInput(), fiscalCode: '12345678903' }
  const html = await container.renderToString(EnteApplicationForm, {
    props: { lang, action: '/diventa-ente', input, errors, options, mode },
  })
  const controls: Control[] = []
  const labels = new Map<string, string>()
  const legends: string[] = []
  walkSync(parse(html), (node: Node) => {
    if (node.type !== 1) return
    if (['input', 'select', 'textarea'].includes(node.name) && node.attributes.type !== 'hidden')
      controls.push({ tag: node.name, attributes: node.attributes })
    const text = () =>
      (node.children as Node[])
        .map((child) => (child.type === 2 ? child.value : ''))
        .join('')
        .trim()
    if (node.name === 'label') labels.set(node.attributes.for ?? '', text())
    if (node.name === 'legend') legends.push(text())
  })
  return { html, controls, labels, legends }
}

beforeAll(async () => {
  container = await AstroContainer.create()
})

describe('the application form', () => {
  for (const lang of ['it', 'en'] as const) {
    it(`labels every control, each under its field’s name (${lang})`, async () => {
      const { html, controls, labels, legends } = await render('apply', lang)
      expect(html).toContain('enctype="multipart/form-data"')
      for (const control of controls) {
        expect(control.attributes.id, control.attributes.name).toBeTruthy()
        expect(labels.get(control.attributes.id!), control.attributes.id).toMatch(/\S/)
      }
      const names = new Set(controls.map((control) => control.attributes.name))
      for (const field of Object.keys(FIELD_LABELS) as (keyof typeof FIELD_LABELS)[]) {
        expect(names, field).toContain(fieldName(field))
        const label = t(lang, FIELD_LABELS[field])
        const named = [...labels.values(), ...legends].some((text) => text.startsWith(label))
        expect(named, `${field}: ${label}`).toBe(true)
      }
      // The field robots fill is out of people's way.
      const trap = controls.find((control) => control.attributes.name === HONEYPOT)
      expect(trap?.attributes.tabindex).toBe('-1')
    })
  }

  it('asks for the statute on a first application, accepting only PDFs', async () => {
    const { controls } = await render('apply')
    const statute = controls.find((control) => control.attributes.name === 'statute')
    expect(statute?.attributes).toMatchObject({ type: 'file', accept: 'application/pdf,.pdf' })
    expect('required' in statute!.attributes).toBe(true)
  })

  it('shows the tax code read-only, posts none, and leaves the statute optional on a correction', async () => {
    const { controls } = await render('correct')
    const fiscalCode = controls.find((control) => control.attributes.id === 'ente-fiscalCode')
    expect(fiscalCode?.attributes).toMatchObject({ value: '12345678903' })
    expect('readonly' in fiscalCode!.attributes).toBe(true)
    expect(fiscalCode?.attributes.name).toBeUndefined()
    const statute = controls.find((control) => control.attributes.name === 'statute')
    expect('required' in statute!.attributes).toBe(false)
  })

  it('marks a field with its error and links the error to it', async () => {
    const { controls, html } = await render('apply', 'it', { 'offices.0.street': 'errorRequired' })
    const street = controls.find((control) => control.attributes.name === 'offices.0.street')
    expect(street?.attributes['aria-invalid']).toBe('true')
    expect(street?.attributes['aria-describedby']).toContain('ente-offices.0.street-error')
    expect(html).toContain('id="ente-offices.0.street-error"')
  })
})
