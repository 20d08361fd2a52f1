import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { Categories } from '../../collections/Categories'
import { Desks } from '../../collections/Desks'
import { Districts } from '../../collections/Districts'
import { Faqs } from '../../collections/Faqs'
import { News } from '../../collections/News'
import { Organisations } from '../../collections/Organisations'
import { Pages } from '../../collections/Pages'
import { Services } from '../../collections/Services'
import { TargetGroups } from '../../collections/TargetGroups'
import { City } from '../../globals/City'
import { LOCALISED_FIELDS } from '../../site/src/lib/content'

/** The paths of a configuration's localised fields (`branding.tagline`), tabs and rows being only layout. */
const localisedPaths = (fields: Field[], prefix = ''): string[] =>
  fields.flatMap((field) => {
    const path = 'name' in field ? `${prefix}${field.name}` : prefix.replace(/\.$/, '')
    const own = 'name' in field && 'localized' in field && field.localized ? [path] : []
    const nested = 'fields' in field ? localisedPaths(field.fields, 'name' in field ? `${path}.` : prefix) : []
    const tabs =
      field.type === 'tabs' ? field.tabs.flatMap((tab) => localisedPaths(tab.fields, 'name' in tab ? `${prefix}${tab.name}.` : prefix)) : []
    return [...own, ...nested, ...tabs]
  })

const CONFIGS = [Services, Organisations, Pages, News, Faqs, Desks, Categories, TargetGroups, Districts, City]

describe('the localised fields the public site reads in both languages', () => {
  it.each(Object.entries(LOCALISED_FIELDS))('are the ones %s declares', (slug, declared) => {
    const config = CONFIGS.find((candidate) => candidate.slug === slug)
    expect([...declared].sort()).toEqual(localisedPaths(config?.fields ?? []).sort())
  })
})
