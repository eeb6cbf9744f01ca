import { describe, expect, it } from 'vitest'
import checkoutStartedApp from '../../../test/fixtures/pipelines/events/checkout-started-app.json' with { type: 'json' }
import signedUpApp from '../../../test/fixtures/pipelines/events/signed-up-app.json' with { type: 'json' }
import orderCompletedIos from '../../../test/fixtures/segment-events/order-completed-ios.json' with { type: 'json' }
import page from '../../../test/fixtures/segment-events/page.json' with { type: 'json' }
import { APP_DEVICE_TYPE_SPELLINGS, APP_DEVICE_TYPES, isAppDevice } from './app-device.ts'
import { buildTikTokEventSync } from './build-event.ts'
import { EventValidationError } from './errors.ts'
import type { ReportEventInput } from './report-event-input.ts'

const NOW = Date.UTC(2026, 10, 23, 9, 0, 0)
/** A web-only destination: a pixel, no TikTok App ID. */
const WEB_ONLY = { pixelCode: 'CPIXEL' }
const WITH_APP = { pixelCode: 'CPIXEL', appId: '7000000001' }

const fixtureDevice = (event: { context?: Record<string, unknown> }) => event.context?.device

describe('isAppDevice: context.device.type ios or android, any case', () => {
  it.each<[string, unknown, boolean]>([
    // What the mobile SDKs send (the fixtures are Segment's; RudderStack writes iOS and Android).
    ['Segment iOS (order-completed-ios.json)', fixtureDevice(orderCompletedIos), true],
    ['Segment iOS (checkout-started-app.json)', fixtureDevice(checkoutStartedApp), true],
    ['Segment Android (signed-up-app.json)', fixtureDevice(signedUpApp), true],
    ['RudderStack iOS', { type: 'iOS', model: 'iPhone15,2' }, true],
    ['RudderStack Android', { type: 'Android', manufacturer: 'Google' }, true],
    ['upper case, padded', { type: ' ANDROID ' }, true],
    // Browsers and servers.
    ['a browser event (page.json): no device', fixtureDevice(page), false],
    ['web', { type: 'web' }, false],
    ['Web', { type: 'Web' }, false],
    ['browser', { type: 'browser' }, false],
    ['desktop', { type: 'desktop' }, false],
    ['the Swift SDKs on a Mac', { type: 'macos' }, false],
    ['tvOS', { type: 'tvos' }, false],
    // Junk.
    ['blank', { type: '' }, false],
    ['spaces', { type: '   ' }, false],
    ['0', { type: 0 }, false],
    ['1', { type: 1 }, false],
    ['{}', { type: {} }, false],
    ['[ios]', { type: ['ios'] }, false],
    ['null', { type: null }, false],
    ['true', { type: true }, false],
    ['a device without a type', { id: 'x' }, false],
    ['"iosx"', { type: 'iosx' }, false],
    ['the device itself a string', 'ios', false],
    ['null device', null, false]
  ])('%s -> %s', (_name, device, app) => {
    expect(isAppDevice(device)).toBe(app)
  })

  it("lists every app device type in each SDK's spelling for the triggers", () => {
    expect([...new Set(APP_DEVICE_TYPE_SPELLINGS.map((s) => s.toLowerCase()))].sort()).toEqual(
      [...APP_DEVICE_TYPES].sort()
    )
    for (const spelling of APP_DEVICE_TYPE_SPELLINGS) expect(isAppDevice({ type: spelling })).toBe(true)
  })
})

describe('the event source an event without its own goes to', () => {
  const input = (device: unknown): ReportEventInput =>
    ({ event: 'ViewContent', timestamp: NOW, url: 'https://shop.example/p/1', device }) as ReportEventInput

  it.each<[string, unknown]>([
    ['web', { type: 'web' }],
    ['blank', { type: '' }],
    ['0', { type: 0 }],
    ['{}', { type: {} }],
    ['macos', { type: 'macos' }],
    ['no device', undefined]
  ])('device type %s: a web event, sent from a web-only destination with its page', (_name, device) => {
    const built = buildTikTokEventSync(input(device), WEB_ONLY, NOW)
    expect(built).toMatchObject({ kind: 'send', eventSource: 'web', eventSourceId: 'CPIXEL' })
    if (built.kind === 'send') expect(built.event.page).toEqual({ url: 'https://shop.example/p/1' })
  })

  it.each<[string, unknown]>([
    ['ios', { type: 'ios' }],
    ['iOS', { type: 'iOS' }],
    ['Android', { type: 'Android' }]
  ])('device type %s: an app event, to the TikTok App ID', (_name, device) => {
    expect(buildTikTokEventSync(input(device), WITH_APP, NOW)).toMatchObject({
      kind: 'send',
      eventSource: 'app',
      eventSourceId: '7000000001'
    })
    // A web-only destination has nowhere to send it, and says which setting is missing.
    const error = (() => {
      try {
        buildTikTokEventSync(input(device), WEB_ONLY, NOW)
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(EventValidationError)
    expect((error as EventValidationError).issues.map((i) => i.code)).toEqual(['missing_event_source_id'])
  })

  it("an event's own source wins over its device; a device decides over the destination's setting", () => {
    const ios = { type: 'ios' }
    const own = { ...input(ios), event_source: 'web' } as ReportEventInput
    expect(buildTikTokEventSync(own, WITH_APP, NOW)).toMatchObject({ eventSource: 'web' })
    const server = { ...input(ios), event_source: 'server' } as ReportEventInput
    expect(buildTikTokEventSync(server, WITH_APP, NOW)).toMatchObject({ eventSource: 'app' })
    const web = { ...input({ type: 'web' }), event_source: undefined } as ReportEventInput
    expect(buildTikTokEventSync(web, { ...WITH_APP, eventSource: 'app' }, NOW)).toMatchObject({ eventSource: 'app' })
  })
})
