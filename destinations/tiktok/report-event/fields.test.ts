import { transform } from '@segment/actions-core'
import { describe, expect, it } from 'vitest'
import { fields } from './fields.ts'

/** The mapping a user gets when they keep every default. */
const defaults = Object.fromEntries(
  Object.entries(fields).flatMap(([key, field]) => ('default' in field ? [[key, field.default]] : []))
)

describe('reportEvent field defaults (run by actions-core mapping-kit)', () => {
  it('read an Order Completed event, first present value winning', () => {
    const out = transform(defaults, {
      messageId: 'msg-1',
      timestamp: '2026-11-23T08:00:00.000Z',
      type: 'track',
      event: 'Order Completed',
      userId: 'user_123',
      anonymousId: 'anon-1',
      properties: {
        order_id: 'o-1',
        revenue: 0,
        total: 30,
        currency: 'EUR',
        query: 'shoes',
        products: [
          { product_id: 'p1', name: 'Shoe', price: 10, quantity: 2 },
          { sku: 'SKU-2', price: 10 }
        ]
      },
      context: {
        ip: '203.0.113.9',
        userAgent: 'UA',
        page: { url: 'https://shop.example/?ttclid=E.C.P.x', referrer: 'https://www.tiktok.com/' },
        traits: { email: 'ctx@example.com', address: { postalCode: '10001', country: 'US' } },
        ttp: 'ctx-ttp',
        consent: { categoryPreferences: { Advertising: true } },
        gpc: true
      },
      integrations: { TikTok: { ttp: 'integration-ttp', ttclid: 'integration-ttclid' } },
      traits: { email: 'top@example.com' }
    })
    expect(out).toEqual({
      event_id: 'msg-1',
      timestamp: '2026-11-23T08:00:00.000Z',
      email: 'ctx@example.com',
      user_traits: { email: 'ctx@example.com', address: { postalCode: '10001', country: 'US' } },
      user_id: 'user_123',
      anonymous_id: 'anon-1',
      zip_code: '10001',
      country: 'US',
      ttp: 'ctx-ttp',
      ttclid: 'integration-ttclid',
      ip: '203.0.113.9',
      user_agent: 'UA',
      url: 'https://shop.example/?ttclid=E.C.P.x',
      referrer: 'https://www.tiktok.com/',
      contents: [
        { content_id: 'p1', content_name: 'Shoe', price: 10, quantity: 2 },
        { content_id: 'SKU-2', price: 10 }
      ],
      currency: 'EUR',
      value: 0,
      order_id: 'o-1',
      search_string: 'shoes',
      custom_properties: {},
      ad: {},
      consent_preferences: { Advertising: true },
      gpc: true
    })
  })

  it.each([
    ['its own properties.event_source', { properties: { event_source: 'offline' }, channel: 'mobile' }, 'offline'],
    // A mobile app's device type is the core's to judge (core/app-device.ts): the mapping passes the channel on.
    ['an app event: its channel', { context: { device: { type: 'ios' } }, channel: 'server' }, 'server'],
    ['a web event with a device type: its channel', { context: { device: { type: 'web' } }, channel: 'web' }, 'web'],
    [
      'a browser SDK that names an app (RudderStack JS)',
      { context: { app: { namespace: 'com.rudderlabs.javascript' } } },
      undefined
    ],
    ["RudderStack's channel", { channel: 'web' }, 'web'],
    ['nothing: the setting decides', {}, undefined]
  ])('read the event source from %s', (_name, event, source) => {
    expect(transform(defaults, { type: 'track', ...event }).event_source).toBe(source)
  })

  it("read the ad an app install came from: TikTok keys, then an attribution provider's Install Attributed", () => {
    const ad = transform(defaults, {
      type: 'track',
      event: 'Install Attributed',
      properties: {
        provider: 'AppsFlyer',
        campaign: { name: 'Spring', ad_group: 'ag-7', ad_creative: 'cr-9' },
        ad_id: 'ad-1'
      }
    }).ad
    expect(ad).toEqual({ campaign_id: 'Spring', ad_id: 'ad-1', creative_id: 'cr-9', attribution_provider: 'AppsFlyer' })
  })

  it('turn a Product Viewed event into one content and leave content_type out without products', () => {
    const viewed = transform(defaults, {
      type: 'track',
      properties: { product_id: 507, name: 'Hat', price: 12.5, currency: 'USD' }
    })
    expect(viewed.contents).toEqual([{ content_id: 507, content_name: 'Hat', price: 12.5 }])
    // content_type and value are the core's (product beside contents; price x quantity): nothing to read here.
    expect(viewed.content_type).toBeUndefined()
    expect(viewed.value).toBeUndefined()

    const signup = transform(defaults, { type: 'track', properties: { plan: 'pro' } })
    expect(signup.contents).toBeUndefined()
    expect(signup.content_type).toBeUndefined()
  })

  it("read names from the event's properties, then context traits (track), then traits (identify)", () => {
    const read = (event: Record<string, unknown>) => {
      const out = transform(defaults, event)
      return [out.first_name, out.last_name]
    }
    expect(read({ traits: { firstName: 'T', lastName: 'L' }, context: { traits: { firstName: 'C' } } })).toEqual([
      'C',
      'L'
    ])
    expect(read({ context: { traits: { firstName: 'C', lastName: 'D' } }, properties: { first_name: 'P' } })).toEqual([
      'P',
      'D'
    ])
    expect(read({ properties: { first_name: 'Bram', last_name: 'de Vries' } })).toEqual(['Bram', 'de Vries'])
  })
})
