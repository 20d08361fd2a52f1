import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

import type { Browser, Page } from 'playwright-core'

/**
 * The criteria of the Designers Italia "Modello Comuni" that apply to a city marketplace,
 * checked the way the government's validator of municipal sites checks them: it finds the pages
 * by their `data-element` hooks, starting from the home page, and reads what a resident sees.
 * Each criterion reports the pages it read and, when it fails, what is missing where.
 */

export type Outcome = { id: string; title: string; pages: string[]; problems: string[] }

/** The criteria that cannot apply to a marketplace run by a city, and why; the README lists them too. */
export const NOT_APPLICABLE: { id: string; title: string; reason: string }[] = [
  {
    id: 'C.SI.1.4',
    title: 'Versione del tema CMS',
    reason: 'WeMi is not built on the municipal WordPress or Drupal theme, whose version the criterion reads.',
  },
  {
    id: 'C.SI.1.5',
    title: 'Vocabolari controllati',
    reason: 'A marketplace lists its own categories of care, which the city defines, not the topics of a municipal site.',
  },
  {
    id: 'C.SI.1.6',
    title: 'Voci di menù di primo livello',
    reason:
      'The menu of a municipality’s institutional site (Amministrazione, Novità, Servizi, Vivere il Comune): WeMi is one service of it.',
  },
  {
    id: 'C.SI.1.7',
    title: 'Titoli delle pagine di secondo livello',
    reason: 'Second-level pages of an institutional site; WeMi’s catalogue categories are care services.',
  },
  { id: 'C.SI.3.1', title: 'Cookie', reason: 'Read on the public domain only; WeMi sets no cookie but its own session.' },
  {
    id: 'C.SI.3.2',
    title: 'Dichiarazione di accessibilità',
    reason: 'Needs the statement the city publishes on AgID’s form for its public domain: a city-profile setting links it.',
  },
  { id: 'C.SI.5.1', title: 'Sicurezza del sito (HTTPS)', reason: 'TLS is the reverse proxy’s, on the public domain.' },
  { id: 'C.SI.5.2', title: 'Dominio istituzionale', reason: 'The comune.<name>.it domain is the city’s.' },
]

const FONTS = ['titillium web', 'lora', 'roboto mono']

/** The service sheet's index, word for word and in this order, with where each entry's content is. */
const SERVICE_INDEX: { label: string; content: string[]; minText?: number }[] = [
  { label: 'A chi è rivolto', content: ['service-addressed'], minText: 3 },
  { label: 'Come fare', content: ['service-how-to'], minText: 3 },
  { label: 'Cosa serve', content: ['service-needed'], minText: 3 },
  { label: 'Cosa si ottiene', content: ['service-achieved'], minText: 3 },
  { label: 'Tempi e scadenze', content: ['service-calendar-text', 'service-calendar-list'] },
  { label: 'Accedi al servizio', content: ['service-generic-access', 'service-booking-access', 'service-online-access'] },
  { label: 'Condizioni di servizio', content: ['service-file'] },
  { label: 'Contatti', content: ['service-area'] },
]

export const FEEDBACK = {
  title: 'Quanto sono chiare le informazioni su questa pagina?',
  positive: {
    question: 'Quali sono stati gli aspetti che hai preferito?',
    answers: [
      'Le indicazioni erano chiare',
      'Le indicazioni erano complete',
      'Capivo sempre che stavo procedendo correttamente',
      'Non ho avuto problemi tecnici',
      'Altro',
    ],
  },
  negative: {
    question: 'Dove hai incontrato le maggiori difficoltà?',
    answers: [
      'A volte le indicazioni non erano chiare',
      'A volte le indicazioni non erano complete',
      'A volte non capivo se stavo procedendo correttamente',
      'Ho avuto problemi tecnici',
      'Altro',
    ],
  },
}

const INEFFICIENCY_LABELS = ['disservizio', 'segnala disservizio', 'segnalazione disservizio']

const LICENCE_SECTION = 'licenza dei contenuti'
const LICENCE_BODY =
  'in applicazione del principio open by default ai sensi dell’articolo 52 del decreto legislativo 7 marzo 2005, n. 82 (cad) e salvo dove diversamente specificato (compresi i contenuti incorporati di terzi), i dati, i documenti e le informazioni pubblicati sul sito sono rilasciati con licenza cc-by 4.0. gli utenti sono quindi liberi di condividere (riprodurre, distribuire, comunicare al pubblico, esporre in pubblico), rappresentare, eseguire e recitare questo materiale con qualsiasi mezzo e formato e modificare (trasformare il materiale e utilizzarlo per opere derivate) per qualsiasi fine, anche commerciale con il solo onere di attribuzione, senza apporre restrizioni aggiuntive.'

/** The fields of a service page's JSON-LD that the national model reads, as dotted paths. */
const METATAG_FIELDS = [
  'name',
  'serviceType',
  'serviceOperator.name',
  'areaServed.name',
  'audience.audienceType',
  'availableChannel.serviceUrl',
  'availableChannel.serviceLocation.name',
  'availableChannel.serviceLocation.address.streetAddress',
  'availableChannel.serviceLocation.address.postalCode',
  'availableChannel.serviceLocation.address.addressLocality',
]

/** Every class Bootstrap Italia's stylesheet defines: a page built with it uses mostly these. */
const bootstrapItaliaClasses = (): Set<string> => {
  const require = createRequire(import.meta.url)
  const css = readFileSync(require.resolve('bootstrap-italia/dist/css/bootstrap-italia.min.css'), 'utf8')
  return new Set([...css.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((match) => match[1]!))
}

const normalised = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').replace(/'/g, '’').trim()

const hookHref = async (page: Page, selector: string): Promise<string | null> => {
  const href = await page
    .locator(selector)
    .first()
    .getAttribute('href', { timeout: 1000 })
    .catch(() => null)
  return href ? new URL(href, page.url()).href : null
}

/** Whether an address answers as a page that exists (2xx or a redirect), as a resident's browser would follow it. */
const answers = async (page: Page, href: string): Promise<boolean> => {
  const response = await page.request.get(href, { maxRedirects: 0 }).catch(() => null)
  return !!response && response.status() >= 200 && response.status() < 400
}

type Pages = { home: string; firstLevel: string[]; services: string[]; booking: string | null; servicesPage: string | null }

/** The pages the criteria read, found as the validator finds them: by their hooks, from the home page. */
const discover = async (page: Page, home: string, wanted: number): Promise<{ pages: Pages; problems: string[] }> => {
  const problems: string[] = []
  await page.goto(home)
  const servicesPage = await hookHref(page, '[data-element="all-services"]')
  const newsPage = await hookHref(page, '[data-element="news"]')
  if (!servicesPage) problems.push('home: no link with data-element="all-services"')
  const services = new Set<string>()
  let booking: string | null = null
  let next = servicesPage
  const seen = new Set<string>()
  while (next && services.size < wanted && !seen.has(next)) {
    seen.add(next)
    await page.goto(next)
    booking ??= await hookHref(page, '[data-element="appointment-booking"]')
    for (const href of await page
      .locator('[data-element="service-link"]')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href)))
      if (services.size < wanted) services.add(href)
    const pagers = await page
      .locator('[data-element="pager-link"]')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href))
    next = pagers.find((href) => !seen.has(href)) ?? null
  }
  return {
    pages: {
      home,
      firstLevel: [servicesPage, newsPage].filter((href): href is string => !!href),
      services: [...services],
      booking,
      servicesPage,
    },
    problems,
  }
}

const fontProblems = (page: Page) =>
  page.evaluate((allowed) => {
    const firstFamily = (element: Element) => getComputedStyle(element).fontFamily.split(',')[0]!.replace(/["']/g, '').trim().toLowerCase()
    const wrong: string[] = []
    for (const element of document.querySelectorAll('h1, h2, h3, h4, h5, h6, p')) {
      for (const candidate of [element, ...element.querySelectorAll('*')]) {
        if (!allowed.includes(firstFamily(candidate))) wrong.push(`${candidate.tagName.toLowerCase()} in ${firstFamily(candidate)}`)
      }
    }
    return [...new Set(wrong)]
  }, FONTS)

const bootstrapProblems = async (page: Page, known: Set<string>): Promise<string[]> => {
  const { version, classes } = await page.evaluate(() => ({
    version:
      (window as { BOOTSTRAP_ITALIA_VERSION?: string }).BOOTSTRAP_ITALIA_VERSION ??
      getComputedStyle(document.body).getPropertyValue('--bootstrap-italia-version').replace(/["']/g, '').trim(),
    classes: [...new Set([...document.querySelectorAll('[class]')].flatMap((element) => [...element.classList]))],
  }))
  const problems: string[] = []
  if (!version || Number(version.split('.')[0]) < 2) problems.push(`Bootstrap Italia version ${version || 'not found'}`)
  const share = classes.filter((name) => known.has(name)).length / Math.max(classes.length, 1)
  if (Math.round(share * 100) < 30) problems.push(`only ${Math.round(share * 100)}% of the classes are Bootstrap Italia’s`)
  return problems
}

const servicePageProblems = (page: Page) =>
  page.evaluate(
    ({ index }) => {
      const problems: string[] = []
      const hook = (name: string) => document.querySelector(`[data-element="${name}"]`)
      const text = (name: string) => hook(name)?.textContent?.trim() ?? ''
      const shown = [...document.querySelectorAll('[data-element="page-index"] > li > a')].map((link) => link.textContent?.trim() ?? '')
      let last = -1
      for (const entry of index) {
        const at = shown.indexOf(entry.label)
        if (at < 0) {
          problems.push(`index without “${entry.label}”`)
          continue
        }
        if (at < last) problems.push(`“${entry.label}” out of order in the index`)
        last = Math.max(last, at)
        const present = entry.content.some((name) => (entry.minText ? text(name).length >= entry.minText : !!hook(name)))
        if (!present) problems.push(`“${entry.label}” without its content (${entry.content.join(' or ')})`)
      }
      for (const name of ['service-title', 'service-description', 'service-area']) if (text(name).length < 3) problems.push(`no ${name}`)
      if (!hook('service-status')) problems.push('no service-status')
      if (!text('service-topic')) problems.push('no service-topic')
      const trail = [...document.querySelectorAll('[data-element="breadcrumb"] li')].map((item) =>
        (item.textContent ?? '')
          .toLowerCase()
          .replace(/[^a-z0-9 ]/g, '')
          .trim(),
      )
      const servizi = trail.indexOf('servizi')
      if (servizi < 0 || (trail[servizi + 1] ?? '').length < 3)
        problems.push(`breadcrumb ${JSON.stringify(trail)} without “Servizi” and a next step`)
      return problems
    },
    { index: SERVICE_INDEX },
  )

const metatagProblems = (page: Page) =>
  page.evaluate((fields) => {
    const script = document.querySelector('[data-element="metatag"]')
    if (!script) return ['no data-element="metatag"']
    let data: unknown
    try {
      data = JSON.parse(script.innerHTML)
    } catch {
      return ['metatag is not JSON']
    }
    const at = (path: string) => path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], data)
    return fields.filter((path) => at(path) === undefined || at(path) === '').map((path) => `metatag without ${path}`)
  }, METATAG_FIELDS)

const visible = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    const element = document.querySelector<HTMLElement>(selector)
    if (!element || !element.offsetParent || getComputedStyle(element).visibility === 'hidden') return false
    const box = element.getBoundingClientRect()
    return box.width > 0 && box.height > 0
  }, selector)

const feedbackProblems = async (page: Page): Promise<string[]> => {
  const root = '[data-element="feedback"]'
  if ((await page.locator(root).count()) === 0) return ['no data-element="feedback"']
  const problems: string[] = []
  const text = async (selector: string) =>
    (
      await page
        .locator(`${root} ${selector}`)
        .first()
        .textContent({ timeout: 1000 })
        .catch(() => '')
    )?.trim() ?? ''
  if (normalised(await text('[data-element="feedback-title"]')) !== normalised(FEEDBACK.title)) problems.push('feedback title differs')
  if ((await page.locator(`${root} [data-element="feedback-input-text"]`).count()) === 0) problems.push('no feedback-input-text')
  for (let stars = 1; stars <= 5; stars += 1) {
    const star = page.locator(`${root} [data-element="feedback-rate-${stars}"]`).first()
    if ((await star.count()) === 0) {
      problems.push(`no feedback-rate-${stars}`)
      continue
    }
    await star.scrollIntoViewIfNeeded()
    // A pointer's click, then a script's, as the validator does both.
    await star.click({ force: true }).catch(() => problems.push(`feedback-rate-${stars} cannot be clicked`))
    await star.evaluate((element) => (element as HTMLElement).click())
    const [shown, hidden] = stars <= 3 ? (['negative', 'positive'] as const) : (['positive', 'negative'] as const)
    if (!(await visible(page, `${root} [data-element="feedback-rating-${shown}"]`))) problems.push(`${stars} stars: ${shown} panel hidden`)
    if (await visible(page, `${root} [data-element="feedback-rating-${hidden}"]`)) problems.push(`${stars} stars: ${hidden} panel shown`)
    const panel = `${root} [data-element="feedback-rating-${shown}"]`
    const question = (await page.locator(`${panel} [data-element="feedback-rating-question"]`).first().textContent())?.trim() ?? ''
    if (normalised(question) !== normalised(FEEDBACK[shown].question)) problems.push(`${shown} question “${question}”`)
    const answers = await page.locator(`${panel} [data-element="feedback-rating-answer"]`).allTextContents()
    const expected = FEEDBACK[shown].answers.map(normalised)
    for (const answer of answers) if (!expected.includes(normalised(answer))) problems.push(`${shown} answer “${answer.trim()}”`)
    if (answers.length === 0) problems.push(`${shown} panel without answers`)
  }
  return [...new Set(problems)]
}

const footerProblems = async (page: Page): Promise<Record<'faq' | 'inefficiency' | 'privacy' | 'licence', string[]>> => {
  const footer = (hook: string) => page.locator(`footer [data-element="${hook}"]`).first()
  const result = { faq: [] as string[], inefficiency: [] as string[], privacy: [] as string[], licence: [] as string[] }

  const faq = await hookHref(page, 'footer [data-element="faq"]')
  if (!faq) result.faq.push('no footer link data-element="faq"')
  else {
    if (!(await answers(page, faq))) result.faq.push(`${faq} does not answer`)
    const label = normalised((await footer('faq').textContent()) ?? '')
    if (!label.includes('faq') && !label.includes('domande frequenti')) result.faq.push(`FAQ link labelled “${label}”`)
  }

  const inefficiency = await hookHref(page, 'footer [data-element="report-inefficiency"]')
  if (!inefficiency) result.inefficiency.push('no footer link data-element="report-inefficiency"')
  else {
    if (!inefficiency.startsWith('mailto:') && !(await answers(page, inefficiency)))
      result.inefficiency.push(`${inefficiency} does not answer`)
    const label = normalised((await footer('report-inefficiency').textContent()) ?? '')
    if (!INEFFICIENCY_LABELS.includes(label)) result.inefficiency.push(`report link labelled “${label}”`)
  }

  const privacy = await hookHref(page, 'footer [data-element="privacy-policy-link"]')
  if (!privacy) result.privacy.push('no footer link data-element="privacy-policy-link"')
  else if (!(await answers(page, privacy))) result.privacy.push(`${privacy} does not answer`)

  const legal = await hookHref(page, 'footer [data-element="legal-notes"]')
  if (!legal) result.licence.push('no footer link data-element="legal-notes"')
  else {
    const notes = await page.context().newPage()
    try {
      await notes.goto(legal)
      const section = normalised((await notes.locator('[data-element="legal-notes-section"]').allTextContents()).join(' '))
      if (!section.includes(LICENCE_SECTION)) result.licence.push('legal notes without “Licenza dei contenuti”')
      const body = normalised((await notes.locator('[data-element="legal-notes-body"]').allTextContents()).join(' '))
      if (body !== LICENCE_BODY) result.licence.push('the licence statement differs from the model’s')
    } finally {
      await notes.close()
    }
  }
  return result
}

/**
 * Reads the site from its home page and checks every criterion that applies, on `servicePages`
 * service pages (the validator reads ten at its usual accuracy, and needs at least ten to exist).
 */
export const checkModelloComuni = async (browser: Browser, home: string, { servicePages = 10 } = {}): Promise<Outcome[]> => {
  const context = await browser.newContext({ locale: 'it-IT', viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  try {
    const { pages, problems: discovery } = await discover(page, home, servicePages)
    const known = bootstrapItaliaClasses()
    const outcome = (id: string, title: string, read: string[]): Outcome => ({ id, title, pages: read, problems: [] })
    const fonts = outcome('C.SI.1.1', 'Font di testo', [pages.home, ...pages.firstLevel, ...pages.services])
    const bootstrap = outcome('C.SI.1.2', 'Libreria Bootstrap Italia', [...fonts.pages, ...(pages.booking ? [pages.booking] : [])])
    const servicesSheet = outcome('C.SI.1.3', 'Schede informative dei servizi', pages.services)
    const booking = outcome('C.SI.2.1', 'Prenotazione degli appuntamenti', [
      ...(pages.servicesPage ? [pages.servicesPage] : []),
      ...pages.services,
    ])
    const contacts = outcome('C.SI.2.2', 'Contatti dell’ufficio', pages.services)
    const faq = outcome('C.SI.2.3', 'Domande frequenti', [pages.home])
    const inefficiency = outcome('C.SI.2.4', 'Segnalazione di disservizio', [pages.home])
    const feedback = outcome('C.SI.2.5', 'Valutazione dell’esperienza d’uso', [pages.home, ...pages.firstLevel])
    const serviceFeedback = outcome('C.SI.2.6', 'Valutazione dei servizi', pages.services)
    const privacy = outcome('C.SI.3.3', 'Informativa privacy', [pages.home])
    const licence = outcome('C.SI.3.4', 'Licenza e attribuzione', [pages.home])
    const metatag = outcome('R.SI.1.1', 'Metatag delle schede di servizio', pages.services)
    fonts.problems.push(...discovery)
    if (pages.services.length < servicePages)
      servicesSheet.problems.push(`only ${pages.services.length} service pages found, ${servicePages} needed`)
    if (!pages.booking) booking.problems.push('the services page has no data-element="appointment-booking"')
    else if (!(await answers(page, pages.booking))) booking.problems.push(`${pages.booking} does not answer`)

    for (const address of [pages.home, ...pages.firstLevel, ...pages.services]) {
      await page.goto(address)
      const where = new URL(address).pathname
      const isService = pages.services.includes(address)
      fonts.problems.push(...(await fontProblems(page)).map((problem) => `${where}: ${problem}`))
      bootstrap.problems.push(...(await bootstrapProblems(page, known)).map((problem) => `${where}: ${problem}`))
      if (address === pages.home) {
        const footer = await footerProblems(page)
        faq.problems.push(...footer.faq)
        inefficiency.problems.push(...footer.inefficiency)
        privacy.problems.push(...footer.privacy)
        licence.problems.push(...footer.licence)
      }
      if (isService) {
        servicesSheet.problems.push(...(await servicePageProblems(page)).map((problem) => `${where}: ${problem}`))
        if (!(await hookHref(page, '[data-element="appointment-booking"]'))) booking.problems.push(`${where}: no appointment-booking link`)
        const index = await page.locator('[data-element="page-index"] > li > a').allTextContents()
        if (!index.map((label) => label.trim()).includes('Contatti') || (await page.locator('[data-element="service-area"]').count()) === 0)
          contacts.problems.push(`${where}: no “Contatti” with the office responsible`)
        metatag.problems.push(...(await metatagProblems(page)).map((problem) => `${where}: ${problem}`))
      }
      ;(isService ? serviceFeedback : feedback).problems.push(...(await feedbackProblems(page)).map((problem) => `${where}: ${problem}`))
    }
    if (pages.booking) {
      await page.goto(pages.booking)
      bootstrap.problems.push(...(await bootstrapProblems(page, known)).map((problem) => `${new URL(pages.booking!).pathname}: ${problem}`))
    }
    return [fonts, bootstrap, servicesSheet, booking, contacts, faq, inefficiency, feedback, serviceFeedback, privacy, licence, metatag]
  } finally {
    await context.close()
  }
}

/** The outcomes as a table a person reads in a terminal or a CI log. */
export const report = (outcomes: Outcome[]): string =>
  [
    ...outcomes.map(
      ({ id, title, pages, problems }) =>
        `${problems.length === 0 ? 'PASS' : 'FAIL'}  ${id.padEnd(9)} ${title} (${pages.length} ${pages.length === 1 ? 'page' : 'pages'})` +
        problems.map((problem) => `\n        - ${problem}`).join(''),
    ),
    '',
    'Not applicable to a city marketplace:',
    ...NOT_APPLICABLE.map(({ id, title, reason }) => `  ${id.padEnd(9)} ${title}: ${reason}`),
  ].join('\n')
