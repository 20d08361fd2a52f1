import { readFileSync, rmSync } from 'node:fs'
import path from 'node:path'

import { generateImportMap } from 'payload'
import { expect, it } from 'vitest'

import { projectRoot } from '../../lib/paths'
import { createConfig } from '../../payload.config'

const COMMITTED = path.join(projectRoot, 'app/(payload)/admin/importMap.js')

/**
 * The admin panel finds its components (ours and the plugins') only in the committed import
 * map: one missing leaves the panel's pages unable to render. `npm run payload --
 * generate:importmap` rewrites it.
 */
it('lists every component the admin panel’s configuration names', async () => {
  // Written beside the committed map, so that its relative paths are the same.
  const regenerated = path.join(path.dirname(COMMITTED), 'importMap.regenerated.js')
  const config = await createConfig('postgres://localhost/unused')
  try {
    await generateImportMap(
      { ...config, admin: { ...config.admin, importMap: { ...config.admin.importMap, importMapFile: regenerated } } },
      { force: true, log: false },
    )
    expect(readFileSync(COMMITTED, 'utf8').trim()).toBe(readFileSync(regenerated, 'utf8').trim())
  } finally {
    rmSync(regenerated, { force: true })
  }
})
