/**
 * Warnings and refusals name the field the client sent, not TikTok's: a Segment `revenue` above 2^53 - 1 is
 * `properties.revenue`, never `properties.value`. Table-driven over several sources of each mapped field (amounts,
 * currency, contents and their prices and quantities, num_items, country, email, phone, content_type, event source,
 * timestamps), through the relay's own handler with the shipped pipelines and a pipeline of the test's own that reads
 * other paths (its entries come first, then the field defaults). /metrics keeps counting by TikTok's field. No value
 * is ever repeated in an answer.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempDir } from '../../test/fixtures/temp-dir.ts'
import { loadRelayConfig } from '../config/load-config.ts'
import { silentLogger } from '../log.ts'
import { createRelay, type Relay } from '../main-relay.ts'

/** Reads its value, currency, products and time from other paths; the defaults fill in after its own sources. */
const OWN_PIPELINE = `name: booking
integration: tiktok-events-api
trigger:
  event: track
  conditions:
    - field: event
      operator: equals
      value: Booking Made
transform:
  static:
    - target: event
      value: Purchase
  mapping:
    - source: properties.booked_at
      target: timestamp
  properties:
    - source: [properties.booking_total, properties.amount]
      target: value
    - source: properties.money
      target: currency
    - source: properties.rooms
      target: content_id
      transform: pluck
      field: room_id
    - source: properties.rooms
      target: price
      transform: pluck
      field: nightly_rate
`

let relay: Relay

beforeAll(async () => {
  const dir = tempDir('relay-warning-fields-')
  mkdirSync(join(dir, 'pipelines'))
  writeFileSync(join(dir, 'pipelines/booking.yaml'), OWN_PIPELINE)
  const file = join(dir, 'relay.yaml')
  const shipped = new URL('../../pipelines/', import.meta.url).pathname
  writeFileSync(
    file,
    `destinations:\n  - pixelCode: PIXEL_W\n    writeKeys: [wk]\n    pipelines: [${shipped}, pipelines/]\n    settings: { sendCustomEvents: true }\n`
  )
  const loaded = await loadRelayConfig({ file, env: { RELAY_DATA_DIR: join(dir, 'data') } })
  relay = await createRelay(loaded, silentLogger)
})
afterAll(async () => {
  await relay?.close()
})

const recent = () => new Date(Date.now() - 3600_000).toISOString()
const track = (event: string, properties: object, extra: object = {}) => ({
  type: 'track',
  userId: 'u-1',
  event,
  timestamp: recent(),
  properties,
  ...extra
})

async function post(item: object): Promise<Record<string, any>> {
  const res = await relay.handler(
    new Request('https://collect.example/v1/batch', {
      method: 'POST',
      body: JSON.stringify({ batch: [item] }),
      headers: { authorization: `Basic ${btoa('wk:')}` }
    }),
    { remoteAddress: '198.51.100.7' }
  )
  expect(res.status).toBe(200)
  return res.json() as Promise<Record<string, any>>
}

const HUGE = 2 ** 53
/** What the client sent, the warning's field (the path it sent), and the reason; a second warning when there is one. */
const WARNINGS: Array<[string, object, string, string, string?]> = [
  // The order value: each source of the shipped Purchase pipeline, and the sum when none is sent.
  ['revenue', track('Order Completed', { revenue: HUGE, currency: 'USD' }), 'properties.revenue', 'out_of_range'],
  ['total', track('Order Completed', { total: '1,299', currency: 'USD' }), 'properties.total', 'ambiguous_number'],
  ['value', track('Order Completed', { value: -5, currency: 'USD' }), 'properties.value', 'negative_number'],
  [
    'the sum of the products',
    track('Order Completed', { currency: 'USD', products: [{ product_id: 'p', price: 2 ** 52, quantity: 3 }] }),
    'properties.products',
    'out_of_range'
  ],
  [
    'the price of the product the event is',
    track('Product Added', { product_id: 'p', price: 'twelve' }),
    'properties.price',
    'invalid_number'
  ],
  // Contents: TikTok's own list, Segment's products, one object where a list was expected.
  [
    'a product price',
    track('Order Completed', { revenue: 5, currency: 'USD', products: [{ sku: 'a' }, { sku: 'b', price: 'n/a' }] }),
    'properties.products.1.price',
    'invalid_number'
  ],
  [
    'a contents quantity',
    track('Order Completed', { revenue: 5, currency: 'USD', contents: [{ content_id: 'a', quantity: -1 }] }),
    'properties.contents.0.quantity',
    'negative_number'
  ],
  [
    'the quantity of one contents object',
    track('Order Completed', { revenue: 5, currency: 'USD', contents: { content_id: 'a', quantity: HUGE } }),
    'properties.contents.quantity',
    'out_of_range'
  ],
  [
    'a product without an id',
    track('Order Completed', { revenue: 5, currency: 'USD', products: [{ sku: 'a' }, { name: 'no id' }] }),
    'properties.products.1',
    'missing_content_id'
  ],
  [
    'content_type',
    track('Product Viewed', { product_id: 'p', contentType: 'bundle' }),
    'properties.contentType',
    'invalid_content_type'
  ],
  ['num_items', track('Product Added', { product_id: 'p', num_items: 1.5 }), 'properties.num_items', 'not_an_integer'],
  [
    'quantity as num_items',
    track('Product Added', { product_id: 'p', quantity: 2.5 }),
    'properties.quantity',
    'not_an_integer'
  ],
  // Currency: as sent, and the revenue that goes with it.
  [
    'currency',
    track('Order Completed', { revenue: 5, currency: 'DOGE' }),
    'properties.currency',
    'unsupported_currency',
    'properties.revenue'
  ],
  // A pipeline's own sources.
  [
    'a pipeline source',
    track('Booking Made', { booking_total: HUGE, money: 'EUR' }),
    'properties.booking_total',
    'out_of_range'
  ],
  ['its second source', track('Booking Made', { amount: 'lots', money: 'EUR' }), 'properties.amount', 'invalid_number'],
  [
    'its currency',
    track('Booking Made', { amount: 5, money: 'ZZZ' }),
    'properties.money',
    'unsupported_currency',
    'properties.amount'
  ],
  [
    'a plucked price',
    track('Booking Made', { amount: 5, money: 'EUR', rooms: [{ room_id: 'r1', nightly_rate: -80 }] }),
    'properties.rooms.0.nightly_rate',
    'negative_number'
  ],
  // Match keys and location, from each place they are read.
  [
    'email in properties',
    track('Order Completed', { revenue: 5, currency: 'USD', email: 'no-at-sign' }),
    'properties.email',
    'invalid_email'
  ],
  [
    'email in context.traits',
    track('Order Completed', { revenue: 5, currency: 'USD' }, { context: { traits: { email: 'no-at-sign' } } }),
    'context.traits.email',
    'invalid_email'
  ],
  [
    'phone in context.traits',
    track('Order Completed', { revenue: 5, currency: 'USD' }, { context: { traits: { phone: '12' } } }),
    'context.traits.phone',
    'invalid_phone'
  ],
  [
    'country in properties',
    track('Order Completed', { revenue: 5, currency: 'USD', country: 'Narnia' }),
    'properties.country',
    'invalid_country'
  ],
  [
    'country in the address traits',
    track(
      'Order Completed',
      { revenue: 5, currency: 'USD' },
      { context: { traits: { address: { country: 'Narnia' } } } }
    ),
    'context.traits.address.country',
    'invalid_country'
  ],
  [
    'country among the other trait spellings',
    track('Order Completed', { revenue: 5, currency: 'USD' }, { context: { traits: { country: 'Narnia' } } }),
    'context.traits.country',
    'invalid_country'
  ],
  [
    'an event source',
    track('Order Completed', { revenue: 5, currency: 'USD', eventSource: 'fax' }),
    'properties.eventSource',
    'invalid_event_source'
  ]
]

describe('a warning names the field the client sent', () => {
  it.each(WARNINGS)('%s', async (_, item, field, reason, alsoDropped) => {
    const body = await post(item)
    expect(body.accepted).toBe(1)
    // A currency TikTok does not list takes the value with it: that value is named as sent too.
    const also = alsoDropped === undefined ? [] : [{ index: 0, field: alsoDropped, reason }]
    const warnings = body.warnings as Array<{ field: string; tiktokField?: string }>
    expect(warnings.map(({ tiktokField: _, ...w }) => w)).toEqual([{ index: 0, field, reason }, ...also])
    // TikTok's field beside it, only when it is another path.
    for (const w of warnings) if (w.tiktokField !== undefined) expect(w.tiktokField).not.toBe(w.field)
    expect(warnings[0]!.tiktokField ?? field).toMatch(
      /^(properties\.(value|currency|content_type|num_items|contents\.\d+\.\w+)|user\.(email|phone|country)|event_source)$/
    )
    // Never the value itself (a phone, an email, a country).
    expect(JSON.stringify(body)).not.toMatch(/no-at-sign|Narnia|"12"/)
  })

  it('/metrics counts the warning by TikTok field, a bounded label set', async () => {
    await post(track('Order Completed', { total: HUGE, currency: 'USD' }))
    expect(relay.registry.render()).toMatch(
      /^relay_intake_dropped_field_total\{field="properties.value",reason="out_of_range"\} \d+$/m
    )
    expect(relay.registry.render()).not.toContain('field="properties.total"')
    const body = await post(track('Order Completed', { total: HUGE, currency: 'USD' }))
    expect(body.warnings).toEqual([
      { index: 0, field: 'properties.total', reason: 'out_of_range', tiktokField: 'properties.value' }
    ])
  })
})

describe('a refusal names the field the client sent', () => {
  it('an unreadable time in the field a pipeline reads it from is properties.booked_at, not event_time', async () => {
    const body = await post(track('Booking Made', { amount: 5, money: 'EUR', booked_at: 'last tuesday' }))
    expect(body.rejected).toEqual([
      {
        index: 0,
        field: 'properties.booked_at',
        reason: 'invalid_timestamp',
        message: 'expected an ISO-8601 time or Unix time'
      }
    ])
  })
})
