/**
 * The real Segment and RudderStack Node SDKs, pointed at the relay (a process), which delivers to the fake TikTok.
 * rudder-sdk-node gzips its batches by default; analytics-node sends Basic auth: both must just work.
 */

import RudderAnalytics from '@rudderstack/rudder-sdk-node'
import { Analytics } from '@segment/analytics-node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FakeTikTok } from '../fake-tiktok/server.ts'
import { type RelayProcess, type RelayWithFake, startRelayWithFakeTikTok } from './relay-process.ts'
import { sha256Hex, waitFor } from './wait-for.ts'

let fake: FakeTikTok
let relay: RelayProcess
let setup: RelayWithFake | undefined

beforeAll(async () => {
  setup = await startRelayWithFakeTikTok('PIXEL_SDK', 'segment-key,rudder-key')
  fake = setup.fake
  relay = setup.relay
})
afterAll(async () => {
  await setup?.close()
})

const eventsFor = async (userId: string) => {
  const hash = await sha256Hex(userId)
  return fake.acceptedEvents().filter((e) => [e.user?.external_id].flat().includes(hash))
}

describe('real CDP SDKs', () => {
  it('@segment/analytics-node: track and page reach TikTok through the relay; a call with TikTok turned off does not', async () => {
    const analytics = new Analytics({ writeKey: 'segment-key', host: relay.url, flushAt: 5, maxRetries: 1 })
    const errors: unknown[] = []
    analytics.on('error', (e) => errors.push(e))
    const userId = `seg-${Date.now()}`
    analytics.track({
      userId,
      event: 'Order Completed',
      properties: {
        order_id: 'o-1',
        revenue: 25,
        currency: 'EUR',
        products: [{ product_id: 'sku-1', price: 25, quantity: 1 }]
      },
      context: { ip: '203.0.113.7', userAgent: 'Mozilla/5.0 test' }
    })
    analytics.page({ userId, name: 'Home', properties: { url: 'https://shop.example/' } })
    // As a site migrating from Segment's TikTok Conversions would keep one call away from TikTok.
    analytics.track({
      userId,
      event: 'Product Added',
      properties: { product_id: 'sku-9', price: 5, currency: 'EUR' },
      integrations: { 'TikTok Conversions': false }
    })
    await analytics.closeAndFlush({ timeout: 10_000 })
    expect(errors).toEqual([])
    const events = await waitFor('2 Segment events at TikTok', async () => {
      const found = await eventsFor(userId)
      return found.length >= 2 ? found : undefined
    })
    expect(events.map((e) => e.event).sort()).toEqual(['Pageview', 'Purchase'])
    expect(events.every((e) => e.event_source_id === 'PIXEL_SDK')).toBe(true)
    const purchase = events.find((e) => e.event === 'Purchase')!
    expect(purchase.properties).toMatchObject({ value: 25, currency: 'EUR' })
    expect(purchase.user).toMatchObject({ ip: '203.0.113.7', user_agent: 'Mozilla/5.0 test' })
    const metrics = await (await fetch(`${relay.url}/metrics`)).text()
    expect(metrics).toContain('relay_intake_skipped_total{reason="integrations_disabled"} 1')
    await new Promise((r) => setTimeout(r, 200))
    expect((await eventsFor(userId)).map((e) => e.event)).not.toContain('AddToCart')
  })

  it('@rudderstack/rudder-sdk-node (gzip batches): track reaches TikTok through the relay', async () => {
    const client = new RudderAnalytics('rudder-key', { dataPlaneUrl: relay.url, flushAt: 5, logLevel: 'error' })
    const userId = `rs-${Date.now()}`
    client.track({
      userId,
      event: 'Order Completed',
      properties: { order_id: 'o-2', revenue: 12.5, currency: 'USD', products: [{ product_id: 'sku-2' }] }
    })
    client.identify({ userId, traits: { plan: 'pro' } })
    await new Promise<void>((resolve, reject) => client.flush((err?: Error) => (err ? reject(err) : resolve())))
    const events = await waitFor('the RudderStack purchase at TikTok', async () => {
      const found = (await eventsFor(userId)).filter((e) => e.event === 'Purchase')
      return found.length >= 1 ? found : undefined
    })
    expect(events[0]!.properties).toMatchObject({ value: 12.5, currency: 'USD' })
  })
})
