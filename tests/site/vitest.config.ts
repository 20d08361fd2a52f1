import { fileURLToPath } from 'node:url'

import { getViteConfig } from 'astro/config'

const projectRoot = fileURLToPath(new URL('../..', import.meta.url))

/** Site components, rendered by Astro's own compiler as the site builds them. */
export default getViteConfig(
  { test: { name: 'site', root: projectRoot, include: ['tests/site/**/*.test.ts'] } },
  { root: `${projectRoot}site`, logLevel: 'silent' },
)
