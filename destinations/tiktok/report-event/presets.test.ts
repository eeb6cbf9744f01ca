/**
 * Every generated preset (destinations/tiktok/presets.generated.ts, from pipelines/*.yaml) on realistic Segment
 * events: its subscription matches the event, its mapping runs unchanged in actions-core, and TikTok receives the
 * event it promises. Also the preset rules: no identify becomes an event, every standard event has a preset.
 */

import type { SegmentEvent } from '@segment/actions-core'
import { parseFql, validate } from '@segment/destination-subscriptions'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import identify from '../../../test/fixtures/segment-events/identify.json' with { type: 'json' }
import orderCompleted from '../../../test/fixtures/segment-events/order-completed.json' with { type: 'json' }
import orderCompletedIos from '../../../test/fixtures/segment-events/order-completed-ios.json' with { type: 'json' }
import page from '../../../test/fixtures/segment-events/page.json' with { type: 'json' }
import productViewed from '../../../test/fixtures/segment-events/product-viewed.json' with { type: 'json' }
import productsSearched from '../../../test/fixtures/segment-events/products-searched.json' with { type: 'json' }
import signedUp from '../../../test/fixtures/segment-events/signed-up.json' with { type: 'json' }
import { APP_DEVICE_TYPE_SPELLINGS, isAppDevice } from '../core/app-device.ts'
import { resolveEventName, STANDARD_EVENTS } from '../core/index.ts'
import { presets } from '../presets.generated.ts'
import { type HostUnderTest, startHostUnderTest } from './host-under-test.ts'

type Fixture = Partial<SegmentEvent> & { messageId: string; context?: Record<string, unknown> }
const trackFixtures = [orderCompleted, productViewed, productsSearched, signedUp] as Fixture[]

const matches = (subscribe: string, event: object) => validate(parseFql(subscribe), event)

/**
 * A realistic event for a preset: the fixture its subscription names, else a fixture rewritten to the first event
 * name the subscription lists (a product fixture for product events, an order otherwise; the order of an iOS app
 * when the subscription wants events from a mobile SDK).
 */
function eventFor(subscribe: string): Fixture {
  if (matches(subscribe, page)) return page as Fixture
  const named = trackFixtures.find((fixture) => matches(subscribe, fixture))
  if (named) return named
  const name = /event = "([^"]+)"/.exec(subscribe)?.[1]
  if (!name) throw new Error(`cannot derive an event for subscription ${subscribe}`)
  const bases = [name.startsWith('Product') ? productViewed : orderCompleted, orderCompletedIos] as Fixture[]
  const rewritten = bases.map((base) => ({
    ...base,
    event: name,
    messageId: `${base.messageId}-${name.replace(/\W/g, '')}`
  }))
  return rewritten.find((event) => matches(subscribe, event)) ?? rewritten[0]!
}

/** Every source's id: a preset's events go to the pixel, or (mobile SDKs) to the TikTok App ID. */
const IDS = { appId: '7000000001' }

let host: HostUnderTest
beforeAll(async () => {
  host = await startHostUnderTest()
})
afterAll(() => host.close())
beforeEach(() => host.fake.reset())

describe('every preset on a realistic Segment event', () => {
  it.each(presets.map((preset) => ({ name: preset.name, preset })))('$name', async ({ preset }) => {
    expect(preset.partnerAction).toBe('reportEvent')
    const subscribe = 'subscribe' in preset ? preset.subscribe : ''
    const event = eventFor(subscribe)
    expect(matches(subscribe, event)).toBe(true)

    const sending = host.send(event, preset.mapping, IDS, { useDefaultMappings: false })
    if (event.context?.gpc === true) {
      // Default settings drop GPC opt-outs: the preset must not get around that.
      await expect(sending).rejects.toMatchObject({ code: 'GPC_OPT_OUT', status: 451 })
      expect(host.fake.stats().requests).toBe(0)
      return
    }
    await sending
    const [sent] = host.fake.acceptedEvents()
    // A preset names its TikTok event, or (TikTok-named tracks) sends the event's own name in TikTok's spelling.
    const named = preset.mapping?.event
    const promised = resolveEventName(typeof named === 'string' ? named : String(event.event))
    expect(sent).toMatchObject({ event: promised, event_id: event.messageId })
    expect(sent!.user?.ip).toBe(event.context?.ip)
    // App presets name the app source; any other preset's events go where they came from.
    const fromApp = preset.mapping?.event_source === 'app' || isAppDevice(event.context?.device)
    expect(sent!.event_source).toBe(fromApp ? 'app' : 'web')
    expect(sent!.event_time).toBe(Math.floor(Date.parse(String(event.timestamp)) / 1000))
    const products = (event.properties as { products?: unknown[] } | undefined)?.products
    if (products) expect(sent!.properties?.contents).toHaveLength(products.length)
  })

  it('the Purchase presets send value, currency and contents of an Order Completed', async () => {
    const purchasePresets = presets.filter((p) => 'subscribe' in p && matches(p.subscribe, orderCompleted))
    expect(purchasePresets.length).toBeGreaterThan(0)
    for (const preset of purchasePresets) {
      host.fake.reset()
      await host.send(orderCompleted, preset.mapping, {}, { useDefaultMappings: false })
      expect(host.fake.acceptedEvents()[0]).toMatchObject({
        event: 'Purchase',
        properties: {
          currency: 'USD',
          value: 25,
          content_type: 'product',
          content_ids: ['507f1f77bcf86cd799439011', '505']
        }
      })
    }
  })
})

describe('preset rules', () => {
  it("the in-an-app presets' subscriptions follow the core's rule (core/app-device.ts)", () => {
    const subscription = (name: string) => {
      const preset = presets.find((p) => p.name === name)
      return preset && 'subscribe' in preset ? preset.subscribe : ''
    }
    const track = (event: string, type: unknown) => ({ type: 'track', event, context: { device: { type } } })
    const pairs = [
      ['Signed In', 'Login', undefined],
      ['Signed Up', 'Registration', 'Complete Registration'],
      ['Checkout Started', 'Checkout', 'Initiate Checkout']
    ] as const
    for (const [event, app, web] of pairs) {
      for (const type of APP_DEVICE_TYPE_SPELLINGS) {
        expect(matches(subscription(app), track(event, type)), `${app} ${type}`).toBe(true)
        if (web) expect(matches(subscription(web), track(event, type)), `${web} ${type}`).toBe(false)
      }
      for (const type of ['web', 'Web', '', 0, 'macos']) {
        expect(matches(subscription(app), track(event, type)), `${app} ${type}`).toBe(false)
        if (web) expect(matches(subscription(web), track(event, type)), `${web} ${type}`).toBe(true)
      }
    }
  })

  it('no preset turns an identify call into an event', () => {
    for (const preset of presets) {
      const subscribe = 'subscribe' in preset ? preset.subscribe : ''
      expect(matches(subscribe, identify), preset.name).toBe(false)
      expect(matches(subscribe, { type: 'identify', traits: {} }), preset.name).toBe(false)
    }
  })

  it('every standard event has a preset for track or page calls', () => {
    const covered = new Set(
      presets
        .filter(
          (p) => 'subscribe' in p && /type = "(track|page)"/.test(p.subscribe) && typeof p.mapping?.event === 'string'
        )
        .map((p) => resolveEventName(String(p.mapping?.event), { renameLegacyEvents: true }))
    )
    expect(STANDARD_EVENTS.filter((name) => !covered.has(name))).toEqual([])
  })

  it('no event triggers two presets (one Segment event, one TikTok event)', () => {
    const subscriptions = presets.map((p) => ('subscribe' in p ? p.subscribe : ''))
    for (const subscribe of subscriptions) {
      const event = eventFor(subscribe)
      expect(
        subscriptions.filter((other) => matches(other, event)),
        String(event.event)
      ).toHaveLength(1)
    }
  })

  it('page calls become Pageview', () => {
    const forPage = presets.filter((p) => 'subscribe' in p && matches(p.subscribe, page))
    expect(forPage.map((p) => p.mapping?.event)).toEqual(['Pageview'])
  })
})
