import path from 'node:path'

import { cruise, type ICruiseResult, type IForbiddenRuleType } from 'dependency-cruiser'
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config'
import { beforeAll, describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')

/** Everything that runs in the product, and the development stand-ins; tests are left out. */
const SOURCES = [
  'payload.config.ts',
  'access',
  'app',
  'collections',
  'components',
  'globals',
  'lib',
  'plugins',
  'server',
  'seed',
  'site/src',
  'dev',
]

/**
 * The rules of the structure. Layers run one way: collections and lib never reach into a
 * plugin, plugins add their behaviour to collections from outside. The development stand-ins
 * in dev/ are imported by tests and by each other; the server may load one lazily, when no
 * real Stripe or identity provider is configured, and nothing else in the product does.
 */
const RULES: IForbiddenRuleType[] = [
  { name: 'no-cycle', severity: 'error', from: {}, to: { circular: true } },
  { name: 'no-plugins-below', severity: 'error', from: { path: '^(collections|lib)/' }, to: { path: '^plugins/' } },
  { name: 'no-dev-in-product', severity: 'error', from: { pathNot: '^(dev|server)/' }, to: { path: '^dev/' } },
  { name: 'dev-only-lazily', severity: 'error', from: { path: '^server/' }, to: { path: '^dev/', dynamic: false } },
]

let violations: string[] = []

beforeAll(async () => {
  const { output } = await cruise(
    SOURCES,
    {
      baseDir: root,
      validate: true,
      ruleSet: { forbidden: RULES },
      tsConfig: { fileName: path.join(root, 'tsconfig.json') },
      // Type-only imports count: an arrow is an arrow, whether or not it survives compilation.
      tsPreCompilationDeps: true,
      doNotFollow: { path: 'node_modules' },
      exclude: { path: '(^|/)node_modules/' },
      outputType: 'json',
    },
    {},
    { tsConfig: extractTSConfig(path.join(root, 'tsconfig.json')) },
  )
  const result = (typeof output === 'string' ? JSON.parse(output) : output) as ICruiseResult
  violations = (result.summary.violations ?? []).map(({ rule, from, to, cycle }) =>
    cycle?.length ? `${rule.name}: ${from} → ${cycle.map((step) => step.name).join(' → ')}` : `${rule.name}: ${from} → ${to}`,
  )
}, 120_000)

const broken = (rule: string) => violations.filter((violation) => violation.startsWith(`${rule}:`))

describe('the import graph', () => {
  it('has no cycle', () => {
    expect(broken('no-cycle')).toEqual([])
  })

  it('has no arrow from collections/ or lib/ to plugins/', () => {
    expect(broken('no-plugins-below')).toEqual([])
  })

  it('keeps the development stand-ins in dev/ out of the product', () => {
    expect([...broken('no-dev-in-product'), ...broken('dev-only-lazily')]).toEqual([])
  })
})
