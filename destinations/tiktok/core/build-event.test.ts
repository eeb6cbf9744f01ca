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
/** Every source's id, so each test reads only what it is about. */
const IDS = { pixelCode: 'CPIXEL', appId: '7000000001', offlineEventSetId: '8000000001', crmEventSetId: '9000000001' }
const SETTINGS: EventSettings = IDS

async function built(input: ReportEventInput, settings: EventSettings = SETTINGS) {
  const result = await buildTikTokEvent(input, { ...IDS, ...settings }, NOW)
  if (result.kind !== 'send') throw new Error(`expected send, got ${result.reason}`)
  return result
}

async function issuesOf(input: ReportEventInput, settings: EventSettings = SETTINGS): Promise<Issue[]> {
  try {
    await buildTikTokEvent(input, { ...IDS, ...settings }, NOW)
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
  const settings: EventSettings = { ...IDS, consentCategories: ['Advertising'] }
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
    ['page', page, 'PageView', { kind: 'send', event: 'Pageview', ttclid: 'E.C.P.CsQBRk9vd2tXbGx3' }]
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
      ...IDS,
      consentCategories: ['Advertising']
    })
    expect(result).toEqual({ kind: 'drop', reason: 'consent_denied', detail: 'category not granted: Advertising' })
  })
})

describe('event names', () => {
  it.each<[string, string, EventSettings?]>([
    ['CompletePayment', 'Purchase'],
    ['completepayment', 'Purchase'],
    ['SubmitForm', 'Lead'],
    [' ViewContent ', 'ViewContent'],
    ['purchase', 'Purchase'],
    ['ADDTOCART', 'AddToCart'],
    ['initiatecheckout', 'InitiateCheckout'],
    // The pixel's and TikTok's own server tag's spelling, so pixel and server copies merge.
    ['PageView', 'Pageview'],
    ['pageview', 'Pageview'],
    ['MyCustomEvent', 'MyCustomEvent'],
    ['newsletter signup', 'newsletter signup'],
    // App names are standard for app events only; on the web they are custom and keep their case.
    ['login', 'login'],
    ['login', 'Login', { eventSource: 'app' }],
    ['launchapp', 'LaunchAPP', { eventSource: 'app' }],
    ['completepayment', 'CompletePayment', { renameLegacyEvents: false }]
  ])('%j -> %s %j', async (name, expected, settings) => {
    expect((await built({ event: name }, settings)).event.event).toBe(expected)
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
  it('drops contents without an id, keeps the rest and says which were dropped', async () => {
    const { event, warnings } = await built({
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
      content_type: 'product',
      value: 13.5
    })
    expect(warnings).toEqual([
      { field: 'properties.contents.0.content_id', reason: 'missing_content_id' },
      { field: 'properties.contents.1.content_id', reason: 'missing_content_id' }
    ])
  })

  it.each<[Partial<ReportEventInput>, Record<string, unknown>]>([
    [{ value: '12.50' }, { value: 12.5 }],
    [{ value: 0 }, { value: 0 }],
    [{ value: '' }, {}],
    [{ num_items: '3' }, { num_items: 3 }],
    [{ currency: ' eur ' }, { currency: 'EUR' }],
    // content_type only beside products: alone it describes nothing.
    [{ content_type: 'product_group' }, {}],
    [
      { content_type: 'product_group', content_ids: ['g-1', 2] },
      { content_type: 'product_group', content_ids: ['g-1', '2'] }
    ],
    [{ content_ids: ['sku-9'] }, { content_type: 'product', content_ids: ['sku-9'] }],
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

  it('maps page only for web events and lead_id to lead.lead_id only for CRM events', async () => {
    const web = await built({
      event: 'Lead',
      lead_id: 'L-1',
      url: 'https://a.example/',
      referrer: 'https://b.example/'
    })
    expect(web.event.lead).toBeUndefined()
    expect(web.event.page).toEqual({ url: 'https://a.example/', referrer: 'https://b.example/' })
    const crm = await built({ event: 'Qualified', lead_id: 'L-1', url: 'https://a.example/' }, { eventSource: 'crm' })
    expect(crm.event.page).toBeUndefined()
    expect(crm.event.lead).toEqual({ lead_id: 'L-1' })
  })

  it('marks limited data use from consent', async () => {
    expect((await built({ event: 'Lead', gpc: true }, { gpcAction: 'limited_data_use' })).event.limited_data_use).toBe(
      true
    )
    expect((await built({ event: 'Lead' })).event.limited_data_use).toBeUndefined()
  })
})

describe('a field TikTok cannot take costs that field, never the event', () => {
  it('reads shop-formatted amounts that have one reading', async () => {
    const { event, warnings } = await built({
      event: 'Purchase',
      value: '1,299.00',
      currency: 'usd',
      contents: [{ content_id: 'a', price: '$19.99', quantity: '2' }]
    })
    expect(event.properties).toMatchObject({ value: 1299, contents: [{ content_id: 'a', price: 19.99, quantity: 2 }] })
    expect(warnings).toEqual([])
  })

  it('drops every unreadable field, says why, and sends the rest', async () => {
    const { event, warnings } = await built({
      event: 'Purchase',
      currency: 'XYZ',
      value: 'twelve',
      num_items: 2.5,
      content_type: 'bundle',
      contents: [{ content_id: 'a', price: 'cheap', quantity: -1 }],
      email: 'secret.person@',
      phone: '12',
      country: 'Atlantis',
      custom_properties: { coupon: 'SAVE', nested: { a: 1 } }
    })
    expect(event).toEqual({
      event: 'Purchase',
      event_time: NOW / 1000,
      properties: {
        contents: [{ content_id: 'a' }],
        content_ids: ['a'],
        content_type: 'product',
        coupon: 'SAVE'
      }
    })
    expect(warnings).toEqual([
      { field: 'user.email', reason: 'invalid_email' },
      { field: 'user.phone', reason: 'invalid_phone' },
      { field: 'user.country', reason: 'invalid_country' },
      { field: 'properties.contents.0.price', reason: 'invalid_number' },
      { field: 'properties.contents.0.quantity', reason: 'negative_number' },
      { field: 'properties.content_type', reason: 'invalid_content_type' },
      { field: 'properties.currency', reason: 'unsupported_currency' },
      { field: 'properties.value', reason: 'invalid_number' },
      { field: 'properties.num_items', reason: 'not_an_integer' },
      { field: 'properties.nested', reason: 'invalid_value' }
    ])
    const text = JSON.stringify(warnings)
    for (const raw of ['XYZ', 'twelve', 'bundle', 'cheap', 'secret.person', 'Atlantis']) expect(text).not.toContain(raw)
  })

  it.each<[string, Record<string, unknown>, Array<{ field: string; reason: string }>]>([
    ['a value of 1e308', { value: 1e308 }, [{ field: 'properties.value', reason: 'out_of_range' }]],
    ['a value past 2^53 - 1', { value: 2 ** 53 }, [{ field: 'properties.value', reason: 'out_of_range' }]],
    ['a value written as "1e308"', { value: '1e308' }, [{ field: 'properties.value', reason: 'out_of_range' }]],
    // JSON.parse reads 1e400 as Infinity.
    [
      'a value that is not finite',
      { value: Number.POSITIVE_INFINITY },
      [{ field: 'properties.value', reason: 'invalid_number' }]
    ],
    [
      'a price of 1e300 (the summed value goes too)',
      { contents: [{ content_id: 'a', price: 1e300 }] },
      [{ field: 'properties.contents.0.price', reason: 'out_of_range' }]
    ],
    [
      'prices whose sum passes the bound',
      { contents: [{ content_id: 'a', price: 2 ** 52, quantity: 3 }] },
      [{ field: 'properties.value', reason: 'out_of_range' }]
    ]
  ])('%s is left out and said; the event goes', async (_n, extra, expected) => {
    const { event, warnings } = await built({ event: 'Purchase', currency: 'USD', ...extra })
    expect(event.properties).not.toHaveProperty('value')
    expect(event.properties?.currency).toBe('USD')
    expect(warnings).toEqual(expected)
  })

  it('an unsupported currency takes the value with it, also one summed from the contents', async () => {
    const { event, warnings } = await built({
      event: 'AddToCart',
      currency: 'DOGE',
      contents: [{ content_id: 'a', price: 2, quantity: 3 }]
    })
    expect(event.properties).not.toHaveProperty('value')
    expect(event.properties).not.toHaveProperty('currency')
    expect(warnings).toEqual([
      { field: 'properties.currency', reason: 'unsupported_currency' },
      { field: 'properties.value', reason: 'unsupported_currency' }
    ])
  })

  it.each<[string, Partial<ReportEventInput>, number | undefined]>([
    ['the given value wins over the contents', { value: 10, contents: [{ content_id: 'a', price: 99 }] }, 10],
    ['price x quantity, summed', { contents: [{ content_id: 'a', price: 19.5, quantity: 3 }] }, 58.5],
    [
      'quantity 1 when missing',
      {
        contents: [
          { content_id: 'a', price: 19.99 },
          { content_id: 'b', price: 5 }
        ]
      },
      24.99
    ],
    ['no price anywhere: no value', { contents: [{ content_id: 'a', quantity: 2 }] }, undefined],
    ['binary fractions rounded', { contents: [{ content_id: 'a', price: 19.99, quantity: 3 }] }, 59.97],
    [
      'an unreadable value is not replaced by the sum',
      { value: '1,299', contents: [{ content_id: 'a', price: 1 }] },
      undefined
    ]
  ])('value: %s', async (_name, input, value) => {
    expect((await built({ event: 'Purchase', ...input })).event.properties?.value).toBe(value)
  })

  it.each<[unknown, string | undefined]>([
    ['us', 'US'],
    ['USA', 'US'],
    ['DEU', 'DE'],
    ['Germany', 'DE'],
    ['Deutschland', 'DE'],
    ['United Kingdom', 'GB'],
    ['UK', 'GB'],
    [' côte d’ivoire ', 'CI'],
    ['', undefined]
  ])('country %j -> %j', async (country, expected) => {
    expect((await built({ event: 'Lead', country: country as string })).event.user?.country).toBe(expected)
  })

  it('a national phone number takes its country from the address before defaultPhoneCountry', async () => {
    const german = await built(
      { event: 'Lead', phone: '030 901820', country: 'Germany' },
      { defaultPhoneCountry: 'US' }
    )
    expect(german.event.user?.phone).toBe(sha('+4930901820'))
    expect(german.warnings).toEqual([])
    const british = await built({ event: 'Lead', phone: '07911 123456', country: 'GBR' })
    expect(british.event.user?.phone).toBe(sha('+447911123456'))
  })

  it('sends lead_event_source beside lead_id, and tiktokExternalId entries as external_id', async () => {
    const { event } = await built({
      event: 'Meeting Booked',
      event_source: 'crm',
      lead_id: 'L-1',
      lead_event_source: 'HubSpot',
      typed_external_ids: [
        { type: 'tiktokExternalId', id: 'tt-7' },
        { type: 'brazeExternalId', id: 'other' }
      ],
      user_id: 'user_1'
    })
    expect(event.lead).toEqual({ lead_id: 'L-1', lead_event_source: 'HubSpot' })
    expect(event.user?.external_id).toEqual([sha('tt-7'), sha('user_1')])
  })

  it('reads limited_data_use and gpc as actions-core coerces them ("true")', async () => {
    expect(
      (await built({ event: 'Lead', limited_data_use: 'true' as unknown as boolean })).event.limited_data_use
    ).toBe(true)
  })
})

describe('validation issues: only an event TikTok cannot take at all is refused', () => {
  it.each<[string, ReportEventInput, string[]]>([
    ['no name', { event: ' ', currency: 'XYZ' }, ['event']],
    ['a name over 50 characters', { event: 'x'.repeat(51) }, ['event']],
    ['no usable time', { event: 'Purchase', timestamp: 'soon' }, ['event_time']],
    ['neither', { event: '', timestamp: 'soon' }, ['event_time', 'event']]
  ])('%s', async (_name, input, paths) => {
    expect((await issuesOf(input)).map((i) => i.path)).toEqual(paths)
  })

  it('the thrown error message names paths only', async () => {
    const error = await buildTikTokEvent({ event: '', email: 'x@y.z' }, SETTINGS).catch((e) => e)
    expect(error).toBeInstanceOf(EventValidationError)
    expect(error.message).toBe('event: event name is required')
    expect(error.retryable).toBe(false)
  })
})
