import { experimental_AstroContainer as AstroContainer } from 'astro/container'
import { type Node, parse, walkSync } from 'ultrahtml'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Language } from '../../lib/i18n'
import PageFeedback from '../../site/src/components/PageFeedback.astro'

/**
 * The page-clarity rating found the way the national checker of municipal sites finds it, by
 * its data-element names, with the "Modello Comuni"'s own Italian words (and their English).
 */
let container: AstroContainer
beforeAll(async () => {
  container = await AstroContainer.create()
})

const TEXTS = {
  it: {
    title: 'Quanto sono chiare le informazioni su questa pagina?',
    positive: 'Quali sono stati gli aspetti che hai preferito?',
    positiveAnswers: [
      'Le indicazioni erano chiare',
      'Le indicazioni erano complete',
      'Capivo sempre che stavo procedendo correttamente',
      'Non ho avuto problemi tecnici',
      'Altro',
    ],
    negative: 'Dove hai incontrato le maggiori difficoltà?',
    negativeAnswers: [
      'A volte le indicazioni non erano chiare',
      'A volte le indicazioni non erano complete',
      'A volte non capivo se stavo procedendo correttamente',
      'Ho avuto problemi tecnici',
      'Altro',
    ],
    details: 'Vuoi aggiungere altri dettagli?',
    stars: ['1 stella su 5', '2 stelle su 5', '3 stelle su 5', '4 stelle su 5', '5 stelle su 5'],
    thanks: 'Grazie, il tuo parere ci aiuterà a migliorare il servizio!',
  },
  en: {
    title: 'How clear is the information on this page?',
    positive: 'What did you like most?',
    positiveAnswers: [
      'The instructions were clear',
      'The instructions were complete',
      'I always knew I was doing it right',
      'I had no technical problems',
      'Other',
    ],
    negative: 'Where did you have the most difficulty?',
    negativeAnswers: [
      'At times the instructions were not clear',
      'At times the instructions were not complete',
      'At times I was not sure I was doing it right',
      'I had technical problems',
      'Other',
    ],
    details: 'Would you like to add more details?',
    stars: ['1 star out of 5', '2 stars out of 5', '3 stars out of 5', '4 stars out of 5', '5 stars out of 5'],
    thanks: 'Thank you, your opinion will help us improve the service!',
  },
} as const

const textOf = (node: Node): string =>
  (node.children ?? [])
    .map((child: Node) => (child.type === 2 ? child.value : textOf(child)))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()

/** The component's HTML, and its elements by data-element (each with its ancestors' data-elements). */
const render = async (lang: Language, address: string, service?: string) => {
  const html = await container.renderToString(PageFeedback, {
    props: { lang, title: 'Assistenza a casa', service },
    request: new Request(`http://localhost${address}`),
  })
  const found: { element: string; node: Node; within: string[] }[] = []
  const inputs: Record<string, string>[] = []
  const walk = (node: Node, within: string[]) => {
    const element = node.attributes?.['data-element']
    if (element) found.push({ element, node, within })
    if (node.name === 'input' || node.name === 'textarea') inputs.push(node.attributes)
    for (const child of node.children ?? []) walk(child, element ? [...within, element] : within)
  }
  walk(parse(html), [])
  const all = (element: string) => found.filter((entry) => entry.element === element)
  return { html, all, one: (element: string) => all(element)[0]!, inputs }
}

describe('the page-clarity rating', () => {
  for (const lang of ['it', 'en'] as const) {
    it(`has the model's structure and words (${lang})`, async () => {
      const text = TEXTS[lang]
      const { all, one, inputs } = await render(lang, lang === 'it' ? '/servizi/assistenza?q=badante' : '/en/services/assistenza')
      expect(all('feedback')).toHaveLength(1)
      expect(one('feedback-title')).toMatchObject({ within: ['feedback'] })
      expect(one('feedback-title').node.name).toBe('h2')
      expect(textOf(one('feedback-title').node)).toBe(text.title)

      // Five stars, each a radio's label that names its value.
      for (const [index, name] of text.stars.entries()) {
        const star = one(`feedback-rate-${index + 1}`)
        expect(star.within).toEqual(['feedback'])
        expect(star.node.name).toBe('label')
        expect(textOf(star.node)).toBe(name)
        const radio = inputs.find((input) => input.id === star.node.attributes.for)
        expect(radio).toMatchObject({ type: 'radio', name: 'rating', value: String(index + 1) })
      }

      // Both questions are there but hidden until a star is chosen; only the chosen tone's answers are sent.
      for (const [tone, question, answers] of [
        ['positive', text.positive, text.positiveAnswers],
        ['negative', text.negative, text.negativeAnswers],
      ] as const) {
        const panel = one(`feedback-rating-${tone}`)
        expect(panel.within).toEqual(['feedback'])
        expect(panel.node.attributes).toHaveProperty('hidden')
        const inPanel = (element: string) => all(element).filter((entry) => entry.within.includes(`feedback-rating-${tone}`))
        expect(inPanel('feedback-rating-question').map((entry) => textOf(entry.node))).toEqual([question])
        expect(inPanel('feedback-rating-answer').map((entry) => textOf(entry.node))).toEqual([...answers])
      }

      const details = one('feedback-input-text')
      expect(details.node.name).toBe('textarea')
      expect(details.node.attributes).toMatchObject({ name: 'details', maxlength: '200' })
      expect(inputs.find((input) => input.name === 'page')?.value).toBe(
        lang === 'it' ? '/servizi/assistenza?q=badante' : '/en/services/assistenza',
      )
      expect(inputs.find((input) => input.name === 'lang')?.value).toBe(lang)
    })
  }

  it('names the legend, the label of the details and the hint against personal data', async () => {
    const { html } = await render('it', '/notizie')
    expect(html).toContain('Valuta da 1 a 5 stelle la pagina')
    expect(html).toMatch(/<label for="feedback-details"[^>]*>\s*Vuoi aggiungere altri dettagli\?\s*<\/label>/)
    expect(html).toMatch(/Non inserire dati personali/)
    expect(html).toMatch(/<form method="post" action="\/valutazione"/)
  })

  it('carries a service page’s service, and no service elsewhere', async () => {
    const onService = await render('it', '/servizi/assistenza', '0f0e0d0c-0b0a-4009-8008-070605040302')
    expect(onService.inputs.find((input) => input.name === 'service')?.value).toBe('0f0e0d0c-0b0a-4009-8008-070605040302')
    expect((await render('it', '/notizie')).inputs.some((input) => input.name === 'service')).toBe(false)
  })

  it('thanks in a status message instead of the form once a rating was sent without a script', async () => {
    for (const lang of ['it', 'en'] as const) {
      const { html, all } = await render(lang, `${lang === 'it' ? '/notizie' : '/en/news'}?feedback=sent`)
      expect(html).not.toContain('<form')
      expect(all('feedback-title')).toHaveLength(1)
      const status = parse(html)
      let said = ''
      walkSync(status, (node: Node) => {
        if (node.attributes?.role === 'status') said = textOf(node)
      })
      expect(said).toBe(TEXTS[lang].thanks)
    }
  })
})
