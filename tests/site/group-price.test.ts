import { experimental_AstroContainer as AstroContainer } from 'astro/container'
import { parse, walkSync, type Node } from 'ultrahtml'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Language } from '../../lib/i18n'
import GroupCard from '../../site/src/components/GroupCard.astro'
import GroupPrice from '../../site/src/components/GroupPrice.astro'
import type { GroupCard as Card, PriceTable } from '../../site/src/lib/groups'

/** A babysitter shared by families: 14 € alone, 12 € in two, 8 € in three (journey 2's service). */
const table: PriceTable = {
  unit: 'all’ora',
  rows: [
    { size: 1, priceCents: 1400 },
    { size: 2, priceCents: 1200 },
    { size: 3, priceCents: 800 },
  ],
}

let container: AstroContainer
beforeAll(async () => {
  container = await AstroContainer.create()
})

/** The text of a node and everything in it, spaces collapsed. */
const textOf = (node: Node): string => {
  const parts: string[] = []
  walkSync(node, (child: Node) => {
    if (child.type === 2) parts.push(child.value)
  })
  return parts.join(' ').replace(/\s+/g, ' ').trim()
}

const render = async (size: number, priceCents: number | null, lang: Language = 'it') => {
  const html = await container.renderToString(GroupPrice, { props: { lang, table, size, priceCents } })
  const rows: { text: string; current: boolean }[] = []
  let lead = ''
  walkSync(parse(html), (node: Node) => {
    if (node.type !== 1) return
    // The table's body rows are those with a price; the head names the columns.
    if (node.name === 'tr' && /€/.test(textOf(node))) rows.push({ text: textOf(node), current: node.attributes['aria-current'] === 'true' })
    if (node.name === 'p' && (node.attributes.class ?? '').includes('wemi-group-price-now')) lead = textOf(node)
  })
  return { lead, rows }
}

describe('a group’s price', () => {
  it('says what each family pays at the current size and marks that row of the service’s table', async () => {
    const { lead, rows } = await render(3, 800)
    expect(lead).toBe('con 3 famiglie: 8,00 € all’ora a famiglia')
    expect(rows.filter((row) => row.current).map((row) => row.text)).toEqual(['3 adesso 8,00 € all’ora'])
    expect(rows).toHaveLength(3)
  })

  it('speaks of one family in the singular, and in English', async () => {
    expect((await render(1, 1400)).lead).toBe('con 1 famiglia: 14,00 € all’ora a famiglia')
    const english = await container.renderToString(GroupPrice, {
      props: { lang: 'en', table: { ...table, unit: 'per hour' }, size: 2, priceCents: 1200 },
    })
    expect(english).toContain('with 2 families: €12.00 per hour per family')
  })

  it('marks the table’s largest size not above the group’s, for a group between two rows', async () => {
    const gapped: PriceTable = {
      unit: 'al mese',
      rows: [
        { size: 2, priceCents: 9000 },
        { size: 4, priceCents: 6000 },
      ],
    }
    const html = await container.renderToString(GroupPrice, { props: { lang: 'it', table: gapped, size: 3, priceCents: 9000 } })
    const current: string[] = []
    walkSync(parse(html), (node: Node) => {
      if (node.type === 1 && node.name === 'tr' && node.attributes['aria-current'] === 'true') current.push(textOf(node))
    })
    expect(current).toEqual(['2 adesso 90,00 € al mese'])
  })
})

describe('a group’s card', () => {
  const card: Card = {
    id: 'g1',
    reference: 'G-2026-000123',
    href: '/gruppi/G-2026-000123',
    service: 'Babysitter condivisa',
    district: 'Municipio 2',
    schedule: 'Lunedì, mercoledì · pomeriggio',
    memberCount: 2,
    minMembers: 3,
    maxMembers: 4,
    priceCents: 1200,
    unit: 'all’ora',
    status: 'open',
    statusLabel: 'Aperto alle adesioni',
    joinBy: '8 dicembre 2026',
    startDate: '15 dicembre 2026',
  }

  it('names where, when, how many families of how many, and the price each pays now', async () => {
    const html = await container.renderToString(GroupCard, { props: { lang: 'it', group: card } })
    const text = textOf(parse(html))
    expect(text).toContain('Babysitter condivisa — Municipio 2')
    expect(text).toContain('con 2 famiglie: 12,00 € all’ora a famiglia')
    expect(text).toContain('2 famiglie su 4 (ne servono almeno 3)')
    // The Italian article elides before the 8th.
    expect(text).toContain('Adesioni entro l’8 dicembre 2026')
  })
})
