import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import orderCompleted from '../../../test/fixtures/segment-events/order-completed.json' with { type: 'json' }
import page from '../../../test/fixtures/segment-events/page.json' with { type: 'json' }
import productViewed from '../../../test/fixtures/segment-events/product-viewed.json' with { type: 'json' }
import productsSearched from '../../../test/fixtures/segment-events/products-searched.json' with { type: 'json' }
import signedUp from '../../../test/fixtures/segment-events/signed-up.json' with { type: 'json' }
import { buildTikTokEvent, type EventSettings } from './build-event.ts'
import { EventValidationError, type Issue } from './errors.ts'
import type { ReportEventInput } from './report-event-input.ts'

const sha = (text: string) => createHash('sha256').update(text).digest('hex')
const NOW = Date.UTC(2026, 10, 23, 9, 0, 0)
const SETTINGS: EventSettings = {}

async function built(input: ReportEventInput, settings: EventSettings = SETTINGS) {
  const result = await buildTikTokEvent(input, settings, NOW)
  if (result.kind !== 'send') throw new Error(`expected send, got ${result.reason}`)
  return result
}

async function issuesOf(input: ReportEventInput, settings: EventSettings = SETTINGS): Promise<Issue[]> {
  try {
    await buildTikTokEvent(input, settings, NOW)
  } catch (error) {
    if (error instanceof EventValidationError) return error.issues
    throw error
  }
  throw new Error('expected an EventValidationError')
}

/** Roughly what the default reportEvent mapping makes of a Segment call (the real mappings are the hosts'). */
function fromSegment(message: Record<string, any>, event: string): ReportEventInput {
  const context = message.context ?? {}
  const traits = context.traits ?? {}
  const address = traits.address ?? {}
  const props = message.properties ?? {}
  const products = props.products ?? (props.product_id ? [props] : undefined)
  return {
    event,
    event_id: message.messageId,
    timestamp: message.timestamp,
    email: traits.email,
    phone: traits.phone,
    user_id: message.userId,
    anonymous_id: message.anonymousId,
    first_name: traits.firstName,
    last_name: traits.lastName,
    zip_code: address.postalCode,
    city: address.city,
    state: address.state,
    country: address.country,
    ttp: context.ttp,
    ttclid: context.ttclid ?? message.integrations?.TikTok?.ttclid,
    ip: context.ip,
    user_agent: context.userAgent,
    locale: context.locale,
    url: context.page?.url,
    referrer: context.page?.referrer,
    contents: products?.map((p: any) => ({
      content_id: p.product_id,
      content_name: p.name,
      content_category: p.category,
      brand: p.brand,
      price: p.price,
      quantity: p.quantity
    })),
    value: props.revenue ?? props.value ?? props.price,
    currency: props.currency,
    order_id: props.order_id,
    search_string: props.query,
    consent_preferences: context.consent?.categoryPreferences,
    gpc: context.gpc
  }
}

describe('every Segment fixture through the core (Advertising consent required)', () => {
  const settings: EventSettings = { consentCategories: ['Advertising'] }
  it.each<[string, Record<string, any>, string, Record<string, unknown>]>([
    [
      'order-completed',
      orderCompleted,
      'CompletePayment',
      { kind: 'send', event: 'Purchase', ttclid: 'E.C.P.referrer-click' }
    ],
    [
      'product-viewed',
      productViewed,
      'ViewContent',
      { kind: 'send', event: 'ViewContent', ttclid: 'E.C.P.CsQBRk9vd2tXbGx3' }
    ],
    ['products-searched', productsSearched, 'Search', { kind: 'drop', reason: 'gpc_opt_out' }],
    ['signed-up', signedUp, 'CompleteRegistration', { kind: 'drop', reason: 'consent_denied' }],
    ['page', page, 'PageView', { kind: 'send', event: 'PageView', ttclid: 'E.C.P.CsQBRk9vd2tXbGx3' }]
  ])('%s', async (_name, message, eventName, expected) => {
    const result = await buildTikTokEvent(fromSegment(message, eventName), settings, NOW)
    if (result.kind === 'drop') {
      expect(result).toMatchObject(expected)
      return
    }
    expect({ kind: result.kind, event: result.event.event, ttclid: result.event.user?.ttclid }).toEqual(expected)
    expect(result.event.event_id).toBe(message.messageId)
  })

  it('a searched event under gpcAction limited_data_use keeps the same-host referrer click id', async () => {
    const result = await built(fromSegment(productsSearched, 'Search'), { gpcAction: 'limited_data_use' })
    expect(result.event).toMatchObject({
      limited_data_use: true,
      user: { ttclid: 'E.C.P.CsQBRk9vd2tXbGx3' },
      properties: { search_string: 'board games for kids' }
    })
  })
})

describe('a Segment Order Completed becomes a TikTok Purchase', () => {
  it('maps, normalises and hashes every field', async () => {
    const result = await built(fromSegment(orderCompleted, 'CompletePayment'), { consentCategories: ['Advertising'] })
    expect(result.event).toEqual({
      event: 'Purchase',
      event_time: 1795423272,
      event_id: 'ajs-next-1f6d3c2a9b8e4d7f0a1b2c3d4e5f6a7b',
      user: {
        email: '848a771458438fc2ec420560d769fb9b9b86851ee338ec56517baabd79d3bb4f',
        phone: '9f7ec22d72092cd3c0b58726ed9c2d91b92e51a3f29837508fb2948bb22dd2fd',
        external_id: '80fba0ae1c48e3978e43e4efc365e14e12ea0c830ba8ba5b9a2dafc7e3f2ab8b',
        first_name: sha('alice'),
        last_name: sha('vanderberg'),
        zip_code: sha('900123301'),
        city: 'Los Angeles',
        state: 'CA',
        country: 'US',
        ttp: '01K1A8BXG7CFS8QC92XKKJD081_.tt.1',
        ttclid: 'E.C.P.referrer-click',
        ip: '203.0.113.24',
        user_agent: orderCompleted.context.userAgent,
        locale: 'en-US'
      },
      properties: {
        contents: [
          {
            content_id: '507f1f77bcf86cd799439011',
            content_name: 'Monopoly: 3rd Edition',
            content_category: 'Games',
            brand: 'Hasbro',
            price: 19,
            quantity: 1
          },
          { content_id: '505', content_name: 'Uno Card Game', content_category: 'Games', price: 3, quantity: 2 }
        ],
        content_ids: ['507f1f77bcf86cd799439011', '505'],
        content_type: 'product',
        currency: 'USD',
        value: 25,
        order_id: '50314b8e9bcf000000000000'
      },
      page: { url: 'https://shop.example.com/checkout/complete', referrer: orderCompleted.context.page.referrer }
    })
    expect(result.matchKeys).toEqual([
      'email',
      'phone',
      'external_id',
      'first_name',
      'last_name',
      'zip_code',
      'city',
      'state',
      'country',
      'ttp',
      'ttclid',
      'ip',
      'user_agent'
    ])
  })

  it('keeps CompletePayment when legacy renaming is off', async () => {
    const result = await built({ event: 'CompletePayment' }, { renameLegacyEvents: false })
    expect(result.event.event).toBe('CompletePayment')
  })

  it('drops a Signed Up whose Advertising consent was refused, before hashing anything', async () => {
    const result = await buildTikTokEvent(fromSegment(signedUp, 'CompleteRegistration'), {
      consentCategories: ['Advertising']
    })
    expect(result).toEqual({ kind: 'drop', reason: 'consent_denied', detail: 'category not granted: Advertising' })
  })
})

describe('event names', () => {
  it.each([
    ['CompletePayment', 'Purchase'],
    ['SubmitForm', 'Lead'],
    [' ViewContent ', 'ViewContent'],
    ['PageView', 'PageView'],
    ['MyCustomEvent', 'MyCustomEvent']
  ])('%j -> %s', async (name, expected) => {
    expect((await built({ event: name })).event.event).toBe(expected)
  })
})

describe('event_time and event_id', () => {
  it.each<[ReportEventInput['timestamp'], number]>([
    ['2026-11-23T08:41:12.345Z', 1795423272],
    ['2026-11-23T09:41:12+01:00', 1795423272],
    [1795423272, 1795423272],
    [1795423272345, 1795423272],
    ['1795423272', 1795423272],
    ['1795423272345', 1795423272],
    [undefined, NOW / 1000]
  ])('%j -> %d', async (timestamp, seconds) => {
    expect((await built({ event: 'Lead', timestamp })).event.event_time).toBe(seconds)
  })

  it.each([['yesterday'], [-5], [0]])('%j is an issue at event_time', async (timestamp) => {
    expect(await issuesOf({ event: 'Lead', timestamp })).toEqual([
      { code: 'invalid_timestamp', path: 'event_time', message: 'expected an ISO-8601 time or Unix time' }
    ])
  })

  it.each<[ReportEventInput['event_id'], string | undefined]>([
    [42, '42'],
    [' abc ', 'abc'],
    ['', undefined]
  ])('event_id %j -> %j', async (event_id, expected) => {
    expect((await built({ event: 'Lead', event_id })).event.event_id).toBe(expected)
  })
})

describe('properties', () => {
  it('drops contents without an id and keeps the rest', async () => {
    const { event } = await built({
      event: 'AddToCart',
      contents: [
        { content_name: 'no id', price: 3 },
        { content_id: ' ' },
        { content_id: 'sku-1', price: '4.5', quantity: '3' }
      ]
    })
    expect(event.properties).toEqual({
      contents: [{ content_id: 'sku-1', price: 4.5, quantity: 3 }],
      content_ids: ['sku-1'],
      content_type: 'product'
    })
  })

  it.each<[Partial<ReportEventInput>, Record<string, unknown>]>([
    [{ value: '12.50' }, { value: 12.5 }],
    [{ value: 0 }, { value: 0 }],
    [{ value: '' }, {}],
    [{ num_items: '3' }, { num_items: 3 }],
    [{ currency: ' eur ' }, { currency: 'EUR' }],
    [{ content_type: 'product_group' }, { content_type: 'product_group' }],
    [
      { order_id: 1001, shop_id: 7 },
      { order_id: '1001', shop_id: '7' }
    ],
    [
      { search_string: ' board games ', description: 'x' },
      { search_string: 'board games', description: 'x' }
    ],
    [
      { custom_properties: { coupon: 'SAVE', first_order: true, n: 2, nested: { a: 1 }, list: [1], value: 'hijack' } },
      { coupon: 'SAVE', first_order: true, n: 2 }
    ],
    [
      { custom_properties: JSON.parse('{"__proto__": "x", "constructor": "c", "toString": 1}') },
      { constructor: 'c', toString: 1 }
    ]
  ])('%j', async (props, expected) => {
    const { event } = await built({ event: 'Purchase', ...props })
    expect(event.properties ?? {}).toEqual(expected)
  })

  it('maps lead_id to lead.lead_id and page only for web events', async () => {
    const web = await built({
      event: 'Lead',
      lead_id: 'L-1',
      url: 'https://a.example/',
      referrer: 'https://b.example/'
    })
    expect(web.event.lead).toEqual({ lead_id: 'L-1' })
    expect(web.event.page).toEqual({ url: 'https://a.example/', referrer: 'https://b.example/' })
    const crm = await built({ event: 'Lead', lead_id: 'L-1', url: 'https://a.example/' }, { eventSource: 'crm' })
    expect(crm.event.page).toBeUndefined()
  })

  it('marks limited data use from consent', async () => {
    expect((await built({ event: 'Lead', gpc: true }, { gpcAction: 'limited_data_use' })).event.limited_data_use).toBe(
      true
    )
    expect((await built({ event: 'Lead' })).event.limited_data_use).toBeUndefined()
  })
})

describe('validation issues', () => {
  it('reports every problem at once, with paths and without values', async () => {
    const issues = await issuesOf({
      event: ' ',
      currency: 'XYZ',
      value: 'twelve',
      content_type: 'bundle',
      contents: [{ content_id: 'a', price: 'cheap' }],
      email: 'secret.person@example.com'
    })
    expect(issues).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid_number",
          "message": "expected a number or a numeric string",
          "path": "properties.contents.0.price",
        },
        {
          "code": "unsupported_currency",
          "message": "not an ISO-4217 currency code on TikTok's list",
          "path": "properties.currency",
        },
        {
          "code": "invalid_number",
          "message": "expected a number or a numeric string",
          "path": "properties.value",
        },
        {
          "code": "too_small",
          "message": "event name is required",
          "path": "event",
        },
        {
          "code": "invalid_value",
          "message": "Invalid option: expected one of "product"|"product_group"",
          "path": "properties.content_type",
        },
      ]
    `)
    const text = JSON.stringify(issues)
    for (const raw of ['XYZ', 'twelve', 'bundle', 'cheap', 'secret.person']) expect(text).not.toContain(raw)
  })

  it('rejects a negative value through the contract', async () => {
    expect(await issuesOf({ event: 'Purchase', value: -1 })).toMatchObject([
      { path: 'properties.value', code: 'too_small' }
    ])
  })

  it('the thrown error message names paths only', async () => {
    const error = await buildTikTokEvent({ event: 'Purchase', currency: 'DOGE', email: 'x@y.z' }, SETTINGS).catch(
      (e) => e
    )
    expect(error).toBeInstanceOf(EventValidationError)
    expect(error.message).toBe("properties.currency: not an ISO-4217 currency code on TikTok's list")
    expect(error.retryable).toBe(false)
  })
})
