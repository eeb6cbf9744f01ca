import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { TikTokEvent, TikTokRequestBody } from './contract.ts'
import { compileValidityCheck } from './contract-fast-check.ts'

const H = 'a'.repeat(64)
const VALID = {
  event: 'Purchase',
  event_time: 1_795_420_800,
  event_id: 'e-1',
  user: {
    email: [H, 'b'.repeat(64)],
    phone: H,
    external_id: H,
    first_name: H,
    zip_code: H,
    country: 'US',
    ttp: 'x',
    ip: '1.2.3.4'
  },
  properties: {
    contents: [{ content_id: 'sku-1', price: 9.5, quantity: 2 }],
    content_ids: ['sku-1'],
    content_type: 'product',
    currency: 'USD',
    value: 19,
    num_items: 2,
    coupon: 'SAVE10',
    first_order: true
  },
  page: { url: 'https://shop.example.com/' },
  lead: { lead_id: 'L1' },
  app: { app_id: 'a' },
  ad: { callback: 'cb', is_retargeting: false },
  limited_data_use: true
}

type Mutation = [string, (e: any) => void]
/** Each breaks (or deliberately keeps) validity in one place; the compiled check must never call a bad event valid. */
const MUTATIONS: Mutation[] = [
  ['nothing changed', () => {}],
  ['event missing', (e) => delete e.event],
  ['event undefined', (e) => (e.event = undefined)],
  ['optional user key undefined', (e) => (e.user.city = undefined)],
  ['inherited key ignored', (e) => (e.user = Object.assign(Object.create({ inherited: 1 }), e.user))],
  ['inherited declared key invalid', (e) => (e.user = Object.assign(Object.create({ city: '' }), e.user))],
  ['null-prototype user', (e) => (e.user = Object.assign(Object.create(null), e.user))],
  ['unknown user key undefined', (e) => (e.user.nickname = undefined)],
  ['unknown custom property undefined', (e) => (e.properties.meta = undefined)],
  ['event empty', (e) => (e.event = '')],
  ['event too long', (e) => (e.event = 'x'.repeat(51))],
  ['event_time string', (e) => (e.event_time = '1795420800')],
  ['event_time fraction', (e) => (e.event_time = 1.5)],
  ['event_time zero', (e) => (e.event_time = 0)],
  ['event_time NaN', (e) => (e.event_time = Number.NaN)],
  ['event_time Infinity', (e) => (e.event_time = Number.POSITIVE_INFINITY)],
  ['event_id number', (e) => (e.event_id = 5)],
  ['event_id undefined', (e) => (e.event_id = undefined)],
  ['unknown top-level key', (e) => (e.extra = 1)],
  ['user null', (e) => (e.user = null)],
  ['user array', (e) => (e.user = [])],
  ['email upper-case hex', (e) => (e.user.email = H.toUpperCase())],
  ['email raw', (e) => (e.user.email = 'a@b.co')],
  ['email empty array', (e) => (e.user.email = [])],
  ['email array with raw', (e) => (e.user.email = [H, 'a@b.co'])],
  ['country lower-case', (e) => (e.user.country = 'us')],
  ['ttp empty', (e) => (e.user.ttp = '')],
  ['unknown user key', (e) => (e.user.nickname = 'x')],
  ['contents empty', (e) => (e.properties.contents = [])],
  ['content_id number', (e) => (e.properties.contents[0].content_id = 1)],
  ['price negative', (e) => (e.properties.contents[0].price = -1)],
  ['price zero', (e) => (e.properties.contents[0].price = 0)],
  ['unknown content key', (e) => (e.properties.contents[0].sku = 'x')],
  ['currency unsupported', (e) => (e.properties.currency = 'XYZ')],
  ['content_type other', (e) => (e.properties.content_type = 'bundle')],
  ['value string', (e) => (e.properties.value = '19')],
  ['num_items fraction', (e) => (e.properties.num_items = 1.5)],
  ['custom object', (e) => (e.properties.meta = { a: 1 })],
  ['custom null', (e) => (e.properties.meta = null)],
  ['custom array', (e) => (e.properties.tags = ['a'])],
  ['page unknown key', (e) => (e.page.title = 'x')],
  ['app without app_id', (e) => (e.app = {})],
  ['lead unknown key', (e) => (e.lead.x = 1)],
  ['limited_data_use string', (e) => (e.limited_data_use = 'true')]
]

describe('compileValidityCheck(TikTokEvent) agrees with zod', () => {
  const certainlyValid = compileValidityCheck(TikTokEvent)
  it.each(MUTATIONS)('%s', (_name, mutate) => {
    const event = structuredClone(VALID)
    mutate(event)
    expect(certainlyValid(event)).toBe(TikTokEvent.safeParse(event).success)
  })

  it('accepts a whole request body', () => {
    const { lead: _lead, app: _app, ad: _ad, ...web } = VALID
    const body = { event_source: 'web', event_source_id: 'P', data: [web, web] }
    expect(compileValidityCheck(TikTokRequestBody)(body)).toBe(true)
    expect(compileValidityCheck(TikTokRequestBody)({ ...body, data: [] })).toBe(false)
  })
})

describe('random damage: "certainly valid" is never said of an event zod rejects', () => {
  const POOL: unknown[] = [undefined, null, '', 'x', 'US', 0, -1, 1.5, Number.NaN, 1e20, [], [H], {}, true, H, 'USD']
  /** Every path to a value inside VALID, e.g. ['user', 'email', 1]. */
  function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
    if (typeof value !== 'object' || value === null) return [prefix]
    const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value)
    return [prefix, ...keys.flatMap((k) => paths((value as any)[k], [...prefix, k]))]
  }
  const all = paths(VALID).filter((p) => p.length > 0)

  it('holds for 3,000 random single-field changes and added keys', () => {
    const certainlyValid = compileValidityCheck(TikTokEvent)
    let disagreements = 0
    for (let n = 0; n < 3000; n++) {
      const event: any = structuredClone(VALID)
      const path = all[n % all.length]
      let target = event
      for (const key of path.slice(0, -1)) target = target[key]
      const key = n % 7 === 0 ? `extra_${n}` : path[path.length - 1]
      target[key] = POOL[Math.floor(Math.random() * POOL.length)]
      const zodSays = TikTokEvent.safeParse(event).success
      const fastSays = certainlyValid(event)
      expect(fastSays && !zodSays).toBe(false)
      if (fastSays !== zodSays) disagreements++
    }
    // Disagreeing the safe way (asking zod about a valid event) is allowed but should be rare.
    expect(disagreements).toBeLessThan(30)
  })
})

describe('regex checks agree with the patterns they were compiled from', () => {
  const patterns = [/^[0-9a-f]{64}$/, /^[A-Z]{2}$/, /^[a-c0-2_]{2,4}$/, /^[A-Z]{2}$/i, /^(ab)+$/, /^[^x]{2}$/]
  const samples = [
    '',
    'a'.repeat(64),
    'A'.repeat(64),
    'g'.repeat(64),
    'US',
    'us',
    'USA',
    'U',
    'é'.repeat(2),
    'ab',
    'abab',
    'a_2',
    'a-c',
    'zz'
  ]
  it.each(patterns.map((p) => [String(p), p] as const))('%s', (_name, pattern) => {
    const check = compileValidityCheck(z.string().regex(pattern))
    for (const sample of samples) expect([sample, check(sample)]).toEqual([sample, pattern.test(sample)])
  })
})

describe('a refinement is judged by its own predicate', () => {
  const schema = z.object({ a: z.string().optional() }).refine((o) => o.a !== undefined)
  it.each([
    [{ a: 'x' }, true],
    [{}, false]
  ])('%j', (value, valid) => {
    expect(schema.safeParse(value).success).toBe(valid)
    expect(compileValidityCheck(schema)(value)).toBe(valid)
  })
})

describe('constructs it does not know are never "certainly valid"', () => {
  it.each([
    ['email format', z.string().email(), 'a@b.co'],
    ['superRefine (issues, not a yes/no)', z.string().superRefine(() => undefined), 'x'],
    ['transform', z.string().transform((s) => s.length), 'x'],
    ['nested unknown', z.object({ a: z.date() }), { a: new Date() }],
    // zod would read `constructor` from Object.prototype; walking the value's own keys would not see it.
    ['key Object.prototype has', z.object({ constructor: z.string().optional() }), { constructor: 'x' }]
  ] as const)('%s', (_name, schema, value) => {
    expect((schema as z.ZodType).safeParse(value).success).toBe(true)
    expect(compileValidityCheck(schema as z.ZodType)(value)).toBe(false)
  })
})
