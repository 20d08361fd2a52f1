import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { projectRoot } from '../../lib/paths'
import { CITIES, CITY_PROFILE } from '../../seed/cities'

/**
 * Another city adopts WeMi by changing data, not code: outside the seed's data (and the tests'
 * own fixtures, the commands that say which cities the suite runs for, and migrations, which
 * record past schemas) no source names a city, what a city calls its districts, or a time zone.
 * Each comes from the city profile.
 */
const DATA_OR_RECORDS = /^(seed|tests|migrations|\.ci)\/|^payload-types\.ts$|\.md$|^package(-lock)?\.json$/
const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs|astro|json)$|^\.ci\//

const sources = () =>
  execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: projectRoot, encoding: 'utf8' })
    .split('\n')
    .filter((file) => file && SOURCE.test(file) && !DATA_OR_RECORDS.test(file))

// Every city the seed knows, not only the one this run seeds.
const profiles = Object.values(CITIES).map((city) => ({ ...city.profile, nameIn: city.nameIn }))
const cityWords = profiles.flatMap((profile) => [profile.name, ...profile.otherNames, ...Object.values(profile.nameIn)])
const districtWords = profiles.flatMap((profile) => [profile.wording.it.districtLabel, profile.wording.it.districtsLabel])
const wordPattern = (words: readonly string[]) => new RegExp(`(?<![\\p{L}\\d_-])(?:${words.join('|')})(?![\\p{L}\\d_])`, 'iu')
const FORBIDDEN = [
  { what: 'a city name', pattern: wordPattern(cityWords) },
  { what: 'a district label', pattern: wordPattern(districtWords) },
  { what: 'a time zone', pattern: /\b(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Z][A-Za-z_]+/ },
]

/** Every line of the sources that names what only the city profile may say. */
const offending = () =>
  sources().flatMap((file) =>
    readFileSync(`${projectRoot}/${file}`, 'utf8')
      .split('\n')
      .flatMap((line, index) =>
        FORBIDDEN.filter(({ pattern }) => pattern.test(line)).map(({ what }) => `${file}:${index + 1} names ${what}: ${line.trim()}`),
      ),
  )

describe('the code names no city', () => {
  it('leaves city names, district labels and time zones to the city profile', () => {
    expect(sources().length).toBeGreaterThan(300)
    expect(offending()).toEqual([])
  })

  it('would find each of them where code wrote one', () => {
    const line = (text: string) => FORBIDDEN.filter(({ pattern }) => pattern.test(text)).map(({ what }) => what)
    expect(line(`const address = [street, '${CITY_PROFILE.name}'].join(', ')`)).toEqual(['a city name'])
    expect(line(`label: label('${CITY_PROFILE.wording.it.districtLabel}', 'District')`)).toEqual(['a district label'])
    expect(line("const zone = 'Europe/Rome'")).toEqual(['a time zone'])
    // A slug is a name too; a longer word is not.
    expect(line(`district=${CITY_PROFILE.wording.it.districtLabel.toLowerCase()}-8`)).toEqual(['a district label'])
    expect(line(`the ${CITY_PROFILE.wording.it.districtLabel.toLowerCase()}s, a municipality`)).toEqual([])
  })
})
