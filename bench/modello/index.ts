import { parseArgs } from 'node:util'

import { chromium } from 'playwright-core'

import { port } from '../../lib/env'
import { CHROMIUM_ARGS, chromiumExecutable } from '../../tests/helpers/browser'
import { checkModelloComuni, report } from './criteria'

/**
 * `npm run check:modello -- [--url http://localhost:3000] [--service-pages 10]`: checks the
 * running site (`npm start`) against the Modello Comuni criteria that apply to it, and exits
 * with 1 when one fails.
 */
const { values } = parseArgs({
  options: {
    url: { type: 'string', default: `http://localhost:${port()}` },
    'service-pages': { type: 'string', default: '10' },
  },
})
const home = new URL('/', values.url).href

const reachable = await fetch(home).then(
  (response) => response.ok,
  () => false,
)
if (!reachable) {
  console.error(`Nothing answers at ${home}: start the system with \`npm start\` first, or pass --url.`)
  process.exit(2)
}

const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS })
try {
  const outcomes = await checkModelloComuni(browser, home, { servicePages: Number(values['service-pages']) })
  console.log(`Modello Comuni criteria at ${home}\n\n${report(outcomes)}`)
  process.exitCode = outcomes.every((outcome) => outcome.problems.length === 0) ? 0 : 1
} finally {
  await browser.close()
}
