import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { projectRoot } from '../../lib/paths'

const manifest = (folder: string) => JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8'))
const installed = (name: string): string => manifest(path.join(projectRoot, 'node_modules', name)).version

/**
 * Payload's packages work together only at one version. Its own start-up check is off (its S3
 * storage adapter was published up to 3.90.1, the rest up to 3.90.2), so this test holds the line.
 */
describe('Payload’s packages', () => {
  const { dependencies } = manifest(projectRoot) as { dependencies: Record<string, string> }
  const payloadVersion = dependencies.payload!
  const storage = ['@payloadcms/storage-s3', '@payloadcms/plugin-cloud-storage']

  it('are all at payload’s version, as installed', () => {
    const named = Object.keys(dependencies).filter((name) => name === 'payload' || name.startsWith('@payloadcms/'))
    for (const name of named.filter((name) => !storage.includes(name))) {
      expect(dependencies[name], name).toBe(payloadVersion)
      expect(installed(name), name).toBe(payloadVersion)
    }
    for (const name of ['@payloadcms/ui', '@payloadcms/drizzle', '@payloadcms/graphql']) expect(installed(name), name).toBe(payloadVersion)
  })

  it('include the storage adapter of the same minor version, on payload’s own admin components', () => {
    const minor = (version: string) => version.split('.').slice(0, 2).join('.')
    for (const name of storage) expect(minor(installed(name)), name).toBe(minor(payloadVersion))
    const adapterUi = path.join(projectRoot, 'node_modules/@payloadcms/plugin-cloud-storage/node_modules/@payloadcms/ui')
    expect(() => readFileSync(path.join(adapterUi, 'package.json')), 'a second copy of @payloadcms/ui').toThrow()
  })
})
