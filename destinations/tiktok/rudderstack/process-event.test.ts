import { describe, expect, it } from 'vitest'
import { rudderStackFixture } from '../../../test/fixtures/rudderstack-events/index.ts'
import { sha256Hex } from '../core/sha256-hex.ts'
import { process, RudderStackEventError, type RudderStackRequest } from '../rudderstack.ts'

const baseConfig = { accessToken: 'rs-token', pixelCode: 'CPIXEL123' }
const destination = (config: Record<string, unknown> = {}) => ({ ID: 'dest-1', Config: { ...baseConfig, ...config } })

async function one(
  fixture: Parameters<typeof rudderStackFixture>[0],
  config: Record<string, unknown> = {},
  edit?: (m: Record<string, any>) => void
) {
  const { message, metadata } = rudderStackFixture(fixture)
  edit?.(message)
  return (await process({ message, metadata, destination: destination(config) })) as RudderStackRequest
}

async function failure(promise: Promise<unknown>): Promise<RudderStackEventError> {
  try {
    await promise
  } catch (err) {
    if (err instanceof RudderStackEventError) return err
    throw err
  }
  throw new Error('expected a RudderStackEventError')
}

describe('process (RudderStack transformer, one event)', () => {
  it('turns an Order Completed with products into a REST request TikTok accepts', async () => {
    const request = await one('order-completed')
    expect(request).toMatchObject({
      version: '1',
      type: 'REST',
      method: 'POST',
      endpoint: 'https://business-api.tiktok.com/open_api/v1.3/event/track/',
      headers: { 'Access-Token': 'rs-token', 'Content-Type': 'application/json' },
      params: {},
      body: { JSON_ARRAY: {}, XML: {}, FORM: {} },
      files: {}
    })
    const body = request.body.JSON
    expect(body).toMatchObject({ event_source: 'web', event_source_id: 'CPIXEL123' })
    expect(body.data).toHaveLength(1)
    const [event] = body.data
    expect(event).toMatchObject({
      event: 'Purchase',
      event_id: 'node-4b1f9e2c7a6d8e3f0a1b2c3d4e5f6a7b',
      event_time: Math.floor(Date.parse('2026-11-23T08:40:58.173Z') / 1000),
      properties: {
        currency: 'EUR',
        value: 25,
        content_type: 'product',
        contents: [
          { content_id: '507f1f77bcf86cd799439011', content_name: 'Monopoly: 3rd Edition', price: 19, quantity: 1 },
          { content_id: '505', content_name: 'Uno Card Game', price: 3, quantity: 2 }
        ]
      },
      user: { ip: '203.0.113.24', ttclid: 'E.C.P.order-click' }
    })
    expect(event.user?.email).toBe(await sha256Hex('alice.buyer@example.com'))
    expect(event.user?.external_id).toBe(await sha256Hex('user_123'))
    expect(JSON.stringify(request)).not.toContain('Alice')
  })

  it.each([
    ['page', 'Pageview', { page: { url: 'https://shop.example.com/p/wool-scarf?ttclid=E.C.P.page-click' } }],
    ['product-added', 'AddToCart', { properties: { contents: [{ content_id: 'sku-991', price: 29.9 }] } }]
  ] as const)('maps a %s with the shipped pipelines to %s', async (fixture, expected, shape) => {
    const [event] = (await one(fixture)).body.JSON.data
    expect(event.event).toBe(expected)
    expect(event).toMatchObject(shape)
  })

  it('refuses an identify with 400: TikTok has no event for it', async () => {
    const { message, metadata } = rudderStackFixture('identify')
    const err = await failure(process({ message, metadata, destination: destination() }))
    expect(err.status).toBe(400)
    expect(err.statTags).toEqual({ errorCategory: 'dataValidation', errorType: 'instrumentation' })
    expect(err.message).toBe('identify events map to no TikTok event')
  })

  it('eventsToStandard overrides the shipped pipelines, matching the name case-insensitively', async () => {
    const config = {
      eventsToStandard: [
        { from: 'order completed', to: 'PlaceAnOrder' },
        { from: 'Order Completed', to: 'CompletePayment' }
      ]
    }
    const request = await one('order-completed', config)
    expect(request.body.JSON.data.map((e) => e.event)).toEqual(['PlaceAnOrder', 'Purchase'])
    expect(request.body.JSON.data[0].properties).toMatchObject({ value: 25, currency: 'EUR' })
  })

  it.each([
    [false, 400, 'event "Coupon Applied" is not mapped to a TikTok standard event'],
    [true, 200, undefined]
  ] as const)('sendCustomEvents %s: an unmapped track -> %s', async (sendCustomEvents, status, message) => {
    const { message: event, metadata } = rudderStackFixture('order-completed')
    event.event = 'Coupon Applied'
    const run = process({ message: event, metadata, destination: destination({ sendCustomEvents }) })
    if (status === 400) {
      const err = await failure(run)
      expect(err.status).toBe(400)
      expect(err.message).toContain(message)
    } else {
      expect(((await run) as RudderStackRequest).body.JSON.data[0].event).toBe('Coupon Applied')
    }
  })

  it('hashUserProperties false: pre-hashed values pass, raw PII is omitted (never hashed)', async () => {
    const digest = await sha256Hex('bob@example.com')
    const request = await one('order-completed', { hashUserProperties: false }, (m) => {
      m.context.traits = { email: digest.toUpperCase(), phone: '+49 30 901820', firstName: 'Alice' }
    })
    const user = request.body.JSON.data[0].user
    expect(user?.email).toBe(digest)
    expect(user?.phone).toBeUndefined()
    expect(user?.first_name).toBeUndefined()
    expect(user?.external_id).toBeUndefined()
  })

  it('answers 400 naming the field path (not the value) when TikTok could not take the event at all', async () => {
    const { message, metadata } = rudderStackFixture('order-completed')
    message.timestamp = 'secret@example.com'
    message.originalTimestamp = undefined
    const err = await failure(process({ message, metadata, destination: destination() }))
    expect(err.status).toBe(400)
    expect(err.message).toBe('event_time: expected an ISO-8601 time or Unix time')
  })

  it('sends an event without a field TikTok cannot take (an unsupported currency takes the value along)', async () => {
    const request = await one('order-completed', {}, (m) => {
      m.properties.currency = 'DOGECOIN'
    })
    const [event] = request.body.JSON.data
    expect(event.event).toBe('Purchase')
    expect(event.properties).not.toHaveProperty('currency')
    expect(event.properties).not.toHaveProperty('value')
  })

  it('answers 400 configuration naming the Config key when the pixel code is missing', async () => {
    const { message, metadata } = rudderStackFixture('order-completed')
    const err = await failure(process({ message, metadata, destination: { Config: { accessToken: 'x' } } }))
    expect(err.status).toBe(400)
    expect(err.statTags.errorType).toBe('configuration')
    expect(err.message).toContain('Config.pixelCode')
  })

  it('sends properties.testEventCode as test_event_code and honours Config.apiUrl', async () => {
    const request = await one('order-completed', { apiUrl: 'http://127.0.0.1:9/open_api/v1.3/event/track/' }, (m) => {
      m.properties.testEventCode = 'TEST123'
    })
    expect(request.endpoint).toBe('http://127.0.0.1:9/open_api/v1.3/event/track/')
    expect(request.body.JSON.test_event_code).toBe('TEST123')
  })

  it('reads each Config as sent: a copy with a new pixel code takes effect at once', async () => {
    const { message, metadata } = rudderStackFixture('page')
    const sent = async (pixelCode: string) =>
      (
        (await process({
          message,
          metadata,
          destination: JSON.parse(JSON.stringify(destination({ pixelCode })))
        })) as RudderStackRequest
      ).body.JSON.event_source_id
    expect([await sent('CPIXEL_A'), await sent('CPIXEL_A'), await sent('CPIXEL_B')]).toEqual([
      'CPIXEL_A',
      'CPIXEL_A',
      'CPIXEL_B'
    ])
  })
})
