import { describe, expect, it } from 'vitest'
import { readEventFixtures, TEST_ENV } from '../../../test/fixtures/pipelines/read-fixtures.ts'
import { compileMapping } from '../mapping/compile-mapping.ts'
import { ifExists } from '../mapping/if-exists.ts'
import type { JsonValue, Mapping } from '../mapping/mapping-types.ts'
import { firstPresent } from '../report-event/default-mappings.ts'
import { FIELD_DEFAULTS, fieldDefaultsFor } from './field-defaults.ts'
import { loadPipelinesOrThrow } from './load-pipelines.ts'
import { readFirst, readFirstPaths } from './source-paths.ts'

/** Every `@path` an expression reads. */
const pathsIn = (expr: JsonValue): string[] =>
  typeof expr !== 'object' || expr === null
    ? []
    : Object.entries(expr).flatMap(([key, value]) =>
        key === '@path' && typeof value === 'string' ? [value] : pathsIn(value)
      )

function compile(trigger: string, event = 'Purchase', entries = '', custom = false): Mapping {
  const text = `name: p
integration: tiktok-events-api
trigger:
  event: ${trigger}
transform:
  static:
    - { target: event, value: ${event}${custom ? ', custom: true' : ''} }
${entries}`
  const [pipeline] = loadPipelinesOrThrow([{ path: 'p.yaml', text }], { fieldDefaults: FIELD_DEFAULTS, env: TEST_ENV })
  return pipeline!.mapping
}

describe('fieldDefaultsFor: top-level traits only where identify calls can arrive', () => {
  it('track, page and screen pipelines read identity from context.traits and properties, never $.traits', () => {
    for (const trigger of ['track', 'page', 'screen', '[track, page]']) {
      const mapping = compile(trigger)
      expect(
        pathsIn(mapping).filter((p) => p.startsWith('$.traits.')),
        trigger
      ).toEqual([])
      expect(mapping.first_name).toEqual(firstPresent('$.properties.first_name', '$.context.traits.firstName'))
      expect(mapping.email).toEqual(
        firstPresent(
          '$.properties.email',
          '$.context.traits.email',
          '$.context.user.email',
          '$.properties.context.user.email'
        )
      )
      expect(mapping.zip_code).toEqual(
        firstPresent('$.properties.address.postal_code', '$.context.traits.address.postalCode')
      )
      expect(mapping.user_traits).toEqual({ '@path': '$.context.traits' })
    }
  })

  it('a pipeline that receives identify calls keeps every default as the action defines it', () => {
    for (const trigger of ['identify', '[track, identify]']) {
      const mapping = compile(trigger)
      for (const key of ['email', 'phone', 'first_name', 'last_name', 'user_traits', 'zip_code', 'city', 'country']) {
        expect(mapping[key], `${trigger} ${key}`).toEqual(FIELD_DEFAULTS[key])
      }
    }
  })

  it("reads a pipeline's own traits source as written first (the seed's traits.email), then the default", () => {
    const mapping = compile('track', 'Purchase', '  user_data:\n    - { source: traits.email, target: user.email }\n')
    expect(readFirstPaths(mapping.email!)).toEqual([
      '$.traits.email',
      '$.context.traits.email',
      '$.properties.email',
      '$.context.user.email',
      '$.properties.context.user.email'
    ])
  })

  it('reads the same values as the full defaults from every track, page and screen fixture', () => {
    const events = readEventFixtures().filter(({ event }) => ['track', 'page', 'screen'].includes(String(event.type)))
    expect(events.length).toBeGreaterThan(20)
    const full = compileMapping(FIELD_DEFAULTS)
    // The app-only defaults (device, app) are objects that read nothing on a web page: `{}` either way.
    const withoutEmpty = (mapped: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(mapped).filter(([, v]) => JSON.stringify(v) !== '{}'))
    for (const { name, event } of events) {
      const pruned = compileMapping(fieldDefaultsFor(FIELD_DEFAULTS, { callTypes: [event.type as 'track'] }))
      expect(withoutEmpty(pruned(event)), name).toEqual(withoutEmpty(full(event)))
    }
  })
})

describe('fieldDefaultsFor: defaults TikTok documents for one event', () => {
  it('only Search reads a search query by default', () => {
    expect(compile('track', 'Search').search_string).toEqual(FIELD_DEFAULTS.search_string)
    for (const event of ['Purchase', 'CompletePayment', 'FindLocation', 'Pageview', 'purchase']) {
      expect(compile('track', event), event).not.toHaveProperty('search_string')
    }
  })

  it('keeps it for custom events and for event names only known per event', () => {
    expect(compile('track', 'MyCustomEvent', '', true).search_string).toEqual(FIELD_DEFAULTS.search_string)
    const templated = fieldDefaultsFor(FIELD_DEFAULTS, { callTypes: ['track'] })
    expect(templated.search_string).toEqual(FIELD_DEFAULTS.search_string)
  })

  it("keeps a pipeline's own search_string entry on any event", () => {
    const entry = '  properties:\n    - { source: properties.location, target: search_string }\n'
    expect(readFirstPaths(compile('track', 'FindLocation', entry).search_string!)).toEqual(['$.properties.location'])
  })
})

describe('readFirstPaths', () => {
  it('reads back the paths of a readFirst or firstPresent chain', () => {
    expect(readFirstPaths(readFirst(['$.a', '$.b.c', '$.d']))).toEqual(['$.a', '$.b.c', '$.d'])
    expect(readFirstPaths(firstPresent('$.a', '$.b'))).toEqual(['$.a', '$.b'])
    expect(readFirstPaths({ '@path': '$.a' })).toEqual(['$.a'])
  })

  it('leaves any other expression alone', () => {
    const a = { '@path': '$.a' }
    const literal = ifExists(a, 'product')
    const otherThen = ifExists(a, { '@path': '$.b' }, { '@path': '$.c' })
    const extraKey = { '@path': '$.a', other: 1 }
    const blank = { '@if': { blank: a, else: { '@path': '$.b' } } }
    for (const expr of [literal, otherThen, extraKey, blank, 'text', { '@literal': 1 }, FIELD_DEFAULTS.contents!]) {
      expect(readFirstPaths(expr)).toBeUndefined()
    }
  })
})
