import type { CollectionConfig, GlobalConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestApp, type TestApp } from '../helpers/app'
import { newCompany } from '../helpers/companies'
import { type Actor, buildFixtures, type Fixtures, type RoleUnderTest } from '../helpers/fixtures'
import { buildCareWork } from '../helpers/care-work'
import { ADMIN_NAVIGATION, CARE_WORK_NAVIGATION } from '../helpers/navigation'

let app: TestApp
let fx: Fixtures
let actors: Record<RoleUnderTest | 'companyHr', Actor>
beforeAll(async () => {
  app = await startTestApp()
  fx = await buildFixtures(app.payload, app.rest)
  actors = { ...fx.actors, companyHr: (await newCompany(app.payload, app.rest, 'Logistica Navigli')).hr }
})
afterAll(async () => app?.close())

/**
 * What each role finds in the admin panel's navigation. Payload lists a collection when it is
 * not hidden for the user and the user may read it; both are checked as the panel does.
 */
const NAVIGATION: Partial<Record<RoleUnderTest | 'companyHr', string[]>> = {
  admin: ADMIN_NAVIGATION.admin,
  editor: ADMIN_NAVIGATION.editor,
  operator: ADMIN_NAVIGATION.operator,
  enteAdmin: ADMIN_NAVIGATION['ente-admin'],
  enteOperator: ADMIN_NAVIGATION['ente-operator'],
  companyHr: ADMIN_NAVIGATION['company-hr'],
}

const isHidden = (entity: CollectionConfig | GlobalConfig, user: unknown) => {
  const hidden = entity.admin?.hidden
  return typeof hidden === 'function' ? hidden({ user: user as never }) : Boolean(hidden)
}

describe('admin navigation', () => {
  for (const [role, expected] of Object.entries(NAVIGATION) as [keyof typeof actors, string[]][]) {
    it(`shows ${role} only their collections`, async () => {
      const actor = actors[role]
      const { body: permissions } = await app.rest('GET', '/api/access', { token: actor.token })
      expect(permissions.canAccessAdmin).toBe(true)
      const readable = (kind: 'collections' | 'globals', slug: string) => {
        const read = permissions[kind]?.[slug]?.read
        return read === true || read?.permission === true
      }
      const visible = [
        ...app.config.collections.filter((c) => !isHidden(c, actor.user) && readable('collections', c.slug)).map((c) => c.slug),
        ...app.config.globals.filter((g) => !isHidden(g, actor.user) && readable('globals', g.slug)).map((g) => g.slug),
      ].filter((slug) => !slug.startsWith('payload-'))
      expect(visible.sort()).toEqual([...expected].sort())
    })
  }

  it('shows an administrator holding the care-work permission Tate Colf Badanti too', async () => {
    const { careStaff } = await buildCareWork(app.payload, app.rest, fx)
    const { body: permissions } = await app.rest('GET', '/api/access', { token: careStaff.token })
    const visible = app.config.collections
      .filter((c) => !isHidden(c, careStaff.user) && permissions.collections?.[c.slug]?.read?.permission !== false)
      .map((c) => c.slug)
    for (const slug of CARE_WORK_NAVIGATION) expect(visible).toContain(slug)
    const plain = app.config.collections.filter((c) => !isHidden(c, fx.actors.admin.user)).map((c) => c.slug)
    for (const slug of CARE_WORK_NAVIGATION) expect(plain).not.toContain(slug)
  })
})
