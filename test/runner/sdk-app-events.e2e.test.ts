/**
 * Issue 17: app events from the real @segment/analytics-node client, with the contexts Segment's iOS
 * (analytics-swift) and Android (analytics-kotlin) SDKs send, through the relay (a process) to the fake TikTok,
 * which checks each request against the app source's contract. One destination has a pixel and a TikTok App ID:
 * the app events go to the App ID in their own requests, a browser event beside them to the pixel.
 */
import { Analytics } from '@segment/analytics-node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RelayWithFake, startRelayWithFakeTikTok } from './relay-process.ts'
import { sha256Hex, waitFor } from './wait-for.ts'

const APP_ID = '7123456789'
const IDFA = '6D92078A-8246-4BA4-AE5B-76104861E7DC'
const IDFV = 'B5372DB0-C21E-11E4-8DFC-AA07A5B093DB'
const GAID = '38400000-8cf0-11bd-b23e-10b96e40000d'
const app = { name: 'Shop', version: '4.2.0', build: '420', namespace: 'com.example.shop' }

let setup: RelayWithFake
beforeAll(async () => {
  setup = await startRelayWithFakeTikTok('PIXEL_WEB', 'segment-key', { TIKTOK_APP_ID: APP_ID })
})
afterAll(() => setup?.close())

describe('@segment/analytics-node with mobile contexts', () => {
  it('iOS and Android events reach the TikTok App ID with device ids and every ATT status; a web event the pixel', async () => {
    const analytics = new Analytics({ writeKey: 'segment-key', host: setup.relay.url, flushAt: 10, maxRetries: 1 })
    const userId = `app-${Date.now()}`
    const ios = (device: Record<string, unknown>, os = '17.2') => ({
      app,
      device: { type: 'ios', manufacturer: 'Apple', model: 'iPhone15,2', id: IDFV, ...device },
      os: { name: 'iOS', version: os },
      library: { name: 'analytics-swift', version: '1.7.0' },
      ip: '203.0.113.40',
      locale: 'en-US'
    })
    analytics.track({
      userId,
      event: 'Application Installed',
      properties: { version: '4.2.0', build: '420' },
      context: ios({ advertisingId: IDFA, adTrackingEnabled: true, trackingStatus: 'authorized' })
    })
    analytics.track({
      userId,
      event: 'Order Completed',
      properties: { order_id: 'ios-1', revenue: 9.99, currency: 'USD', products: [{ product_id: 'p', price: 9.99 }] },
      context: ios({ advertisingId: '00000000-0000-0000-0000-000000000000', adTrackingEnabled: false })
    })
    analytics.track({
      userId,
      event: 'Signed Up',
      context: ios({ advertisingId: IDFA, adTrackingEnabled: true }, '13.7')
    })
    analytics.track({
      userId,
      event: 'Application Opened',
      properties: { from_background: false },
      context: {
        app,
        device: {
          type: 'android',
          manufacturer: 'Google',
          model: 'Pixel 8',
          advertisingId: GAID,
          adTrackingEnabled: true
        },
        os: { name: 'Android', version: '14' },
        library: { name: 'analytics-kotlin', version: '1.16.0' },
        userAgent: 'Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8)'
      }
    })
    analytics.track({
      userId,
      event: 'Order Completed',
      properties: { order_id: 'web-1', revenue: 5, currency: 'USD' }
    })
    await analytics.closeAndFlush({ timeout: 10_000 })

    // App events carry no external_id (TikTok uses it for web, offline and CRM events), so they are told apart by
    // this run's fake alone: the relay serves this file only.
    const hash = await sha256Hex(userId)
    const byName = await waitFor('5 events at TikTok', () => {
      const found = setup.fake.acceptedEvents()
      return found.length >= 5 ? found : undefined
    })
    expect(byName).toHaveLength(5)
    expect([byName.find((e) => e.event_source === 'web')?.user?.external_id].flat()).toContain(hash)
    const one = (event: string, orderId?: string) =>
      byName.find((e) => e.event === event && (orderId === undefined || e.properties?.order_id === orderId))!
    expect(one('InstallApp')).toMatchObject({
      event_source: 'app',
      event_source_id: APP_ID,
      app: { app_id: 'com.example.shop', app_name: 'Shop', app_version: '4.2.0' },
      user: { idfa: IDFA, idfv: IDFV, att_status: 'AUTHORIZED', ip: '203.0.113.40', locale: 'en-US' }
    })
    const denied = one('Purchase', 'ios-1')
    expect(denied).toMatchObject({
      event_source: 'app',
      event_source_id: APP_ID,
      user: { att_status: 'DENIED', idfv: IDFV }
    })
    expect(denied.user?.idfa).toBeUndefined()
    expect(one('Registration')).toMatchObject({
      event_source: 'app',
      user: { idfa: IDFA, att_status: 'NOT_APPLICABLE' }
    })
    expect(one('LaunchAPP')).toMatchObject({ event_source: 'app', user: { gaid: GAID, att_status: 'NOT_APPLICABLE' } })
    for (const event of byName.filter((e) => e.event_source === 'app')) {
      expect(event.user?.external_id).toBeUndefined()
      expect(event.page).toBeUndefined()
    }
    expect(one('Purchase', 'web-1')).toMatchObject({ event_source: 'web', event_source_id: 'PIXEL_WEB' })
    // App and web events never share a request: the fake saw requests of both sources.
    const sources = setup.fake.requests.map((r) => (r.body as { event_source: string }).event_source)
    expect(new Set(sources)).toEqual(new Set(['app', 'web']))
  })
})
