/**
 * sentPathOf reads back, per mapping-kit directive, the event path a TikTok field's value came from (the relay's
 * warnings and refusals name it; runner/intake/warning-fields.test.ts covers them through the relay). Mappings here
 * are written by hand to reach each directive; the field defaults' mapping is CUSTOM_EVENT_MAPPING.
 */
import { describe, expect, it } from 'vitest'
import type { Mapping } from '../mapping/mapping-types.ts'
import { CUSTOM_EVENT_MAPPING } from './custom-events.ts'
import { sentPathOf } from './sent-path.ts'

const MAPPING: Mapping = {
  event: { '@literal': 'Purchase' },
  // biome-ignore lint/suspicious/noThenProperty: mapping-kit's own key
  currency: { '@if': { blank: { '@path': '$.properties.cur' }, then: { '@path': '$.properties.cur' }, else: 'USD' } },
  country: { '@case': { operator: 'upper', value: { '@path': '$.context.location.country' } } },
  description: { '@template': '{{properties.title}}' },
  contents: {
    '@arrayPath': ['$.properties.lines', { content_id: { '@path': '$.code' }, price: { '@path': '$.cost.amount' } }]
  },
  custom_properties: { '@path': '$.properties.extra' }
}

describe('sentPathOf', () => {
  it.each<[string, string, Record<string, unknown>, string | undefined]>([
    ['an @if blank branch taken', 'properties.currency', { properties: { cur: 'DOGE' } }, 'properties.cur'],
    ['its constant else: no sent field', 'properties.currency', { properties: { cur: '' } }, undefined],
    ['through @case', 'user.country', { context: { location: { country: 'zz' } } }, 'context.location.country'],
    ['a @template: no one field', 'properties.description', { properties: { title: 'x' } }, undefined],
    [
      'an item key of @arrayPath',
      'properties.contents.2.price',
      { properties: { lines: [{}, {}, { cost: { amount: -1 } }] } },
      'properties.lines.2.cost.amount'
    ],
    [
      'an item without the key',
      'properties.contents.0.content_id',
      { properties: { lines: [{ cost: 1 }] } },
      'properties.lines.0'
    ],
    [
      'a custom property inside a mapped object',
      'properties.shape',
      { properties: { extra: { shape: [1] } } },
      'properties.extra.shape'
    ],
    ['a path no reportEvent field fills', 'app.app_id', {}, undefined]
  ])('%s', (_, field, event, expected) => {
    expect(sentPathOf(MAPPING, field, event)).toBe(expected)
  })

  it.each<[string, string, Record<string, unknown>, string]>([
    ['revenue first', 'properties.value', { properties: { revenue: 1, total: 2 } }, 'properties.revenue'],
    ['then total', 'properties.value', { properties: { total: 2, value: 3 } }, 'properties.total'],
    ['then value', 'properties.value', { properties: { value: 3 } }, 'properties.value'],
    ['summed from products', 'properties.value', { properties: { products: [{ price: 1 }] } }, 'properties.products'],
    [
      'summed from the one product',
      'properties.value',
      { properties: { product_id: 'p', price: 1 } },
      'properties.price'
    ],
    ['num_items from quantity', 'properties.num_items', { properties: { quantity: 1.5 } }, 'properties.quantity'],
    ['a trait spelling', 'user.first_name', { context: { traits: { first_name: 'x' } } }, 'context.traits.first_name'],
    ['the source, named by the channel', 'event_source', { channel: 'mobile', context: { device: {} } }, 'channel'],
    ['a lead id never sent: where it is read', 'lead', {}, 'properties.lead_id'],
    ['an event name never sent: where it is read', 'event', {}, 'event']
  ])('the field defaults: %s', (_, field, event, expected) => {
    expect(sentPathOf(CUSTOM_EVENT_MAPPING, field, { type: 'track', ...event })).toBe(expected)
  })

  it('names no path for a warning about a value no sent field holds (a profile filled it)', () => {
    expect(sentPathOf(CUSTOM_EVENT_MAPPING, 'user.country', { type: 'track', properties: {} })).toBeUndefined()
  })
})
