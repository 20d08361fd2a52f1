import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { checkModelloComuni, report } from '../../bench/modello/criteria'
import { type SiteUnderTest, startSite } from '../helpers/site'

/**
 * The demo city read as the government's checker of municipal sites reads it: from the home
 * page, by the `data-element` hooks, every criterion that applies to a marketplace passes
 * (`npm run check:modello` runs the same against `npm start`).
 */
let site: SiteUnderTest

beforeAll(async () => {
  site = await startSite('modello-comuni')
})
afterAll(async () => {
  await site?.stop()
})

describe('the Modello Comuni criteria', () => {
  it('pass on the home page, the services, ten service pages, the footer and the legal notes', async () => {
    const outcomes = await checkModelloComuni(site.browser, `${site.app.url}/`, { servicePages: 10 })
    console.log(report(outcomes))
    expect(outcomes.map(({ id }) => id)).toEqual([
      'C.SI.1.1',
      'C.SI.1.2',
      'C.SI.1.3',
      'C.SI.2.1',
      'C.SI.2.2',
      'C.SI.2.3',
      'C.SI.2.4',
      'C.SI.2.5',
      'C.SI.2.6',
      'C.SI.3.3',
      'C.SI.3.4',
      'R.SI.1.1',
    ])
    for (const outcome of outcomes) expect(outcome.pages.length, outcome.id).toBeGreaterThan(0)
    expect(outcomes.filter((outcome) => outcome.problems.length > 0).map(({ id, problems }) => ({ id, problems }))).toEqual([])
  })
})
