import { experimental_AstroContainer as AstroContainer } from 'astro/container'
import { type Node, parse, walkSync } from 'ultrahtml'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Language } from '../../lib/i18n'
import Footer from '../../site/src/components/Footer.astro'

/**
 * The footer's legal links, found the way the national checker of municipal sites finds them
 * (by their data-element): the accessibility statement leads to AgID's form once the city has
 * set it, and to the site's own page until then.
 */
let container: AstroContainer
beforeAll(async () => {
  container = await AstroContainer.create()
})

const AGID = 'https://form.agid.gov.it/view/0a1b2c3d-wemi'

const linksOf = async (lang: Language, accessibilityDeclarationUrl: string | null) => {
  const html = await container.renderToString(Footer, {
    props: { lang, cityName: 'Milano', email: null, phone: null, address: null, accessibilityDeclarationUrl },
  })
  const links: Record<string, { href: string; text: string }> = {}
  walkSync(parse(html), (node: Node) => {
    const element = node.attributes?.['data-element']
    if (node.name === 'a' && element) {
      const text = (node.children ?? [])
        .map((child: Node) => child.value ?? '')
        .join('')
        .trim()
      links[element] = { href: node.attributes.href, text }
    }
  })
  return links
}

describe('the footer’s legal links', () => {
  it('leads to the statement on AgID’s form when the city has one, to the site’s own page otherwise', async () => {
    expect((await linksOf('it', AGID))['accessibility-link']).toEqual({ href: AGID, text: 'Dichiarazione di accessibilità' })
    expect((await linksOf('it', null))['accessibility-link']).toEqual({
      href: '/dichiarazione-di-accessibilita',
      text: 'Dichiarazione di accessibilità',
    })
  })

  it('carries the privacy notice and the legal notes, in each language', async () => {
    expect(await linksOf('it', null)).toMatchObject({
      'privacy-policy-link': { href: '/privacy', text: 'Informativa privacy' },
      'legal-notes': { href: '/note-legali', text: 'Note legali' },
    })
    expect(await linksOf('en', AGID)).toMatchObject({
      'accessibility-link': { href: AGID, text: 'Accessibility statement' },
      'privacy-policy-link': { href: '/en/privacy', text: 'Privacy notice' },
      'legal-notes': { href: '/en/note-legali', text: 'Legal notes' },
    })
  })

  it('offers the channel to report a disservice under its model name, in each language', async () => {
    expect((await linksOf('it', null))['report-inefficiency']).toEqual({ href: '/segnala-disservizio', text: 'Segnala disservizio' })
    expect((await linksOf('en', null))['report-inefficiency']).toEqual({ href: '/en/report-a-problem', text: 'Report a problem' })
  })
})
