import { describe, expect, it } from 'vitest'
import { loadShippedPipelines, readEvent } from '../../../test/fixtures/pipelines/read-fixtures.ts'
import { isAppDevice } from '../core/app-device.ts'
import { TikTokRequestBody } from '../core/contract.ts'
import { CoreSettings } from '../core/settings.ts'
import { STANDARD_EVENTS } from '../core/standard-events.ts'
import { previewRequest } from './preview-request.ts'
import { matchPipelines, preparePipelines } from './run-pipelines.ts'

const settings = CoreSettings.parse({ accessToken: 'test-token', pixelCode: 'C4PIXEL123', appId: '7000000001' })
const IDFA = '6D92078A-8246-4BA4-AE5B-76104861E7DC'
const GAID = '38400000-8cf0-11bd-b23e-10b96e40000d'
const iosUser = { idfa: IDFA, idfv: 'B5372DB0-C21E-11E4-8DFC-AA07A5B093DB', att_status: 'AUTHORIZED' }
const app = { app_id: 'com.example.shop', app_name: 'Shop', app_version: '4.2.0' }
const runnable = preparePipelines(loadShippedPipelines())

// fixture event -> the one pipeline it triggers, and what TikTok receives (a subset of data[0]).
const TABLE: Array<[string, string, Record<string, unknown>]> = [
  ['order-completed', 'tiktok_purchase', { event: 'Purchase', properties: { value: 25, currency: 'USD' } }],
  [
    'order-placed',
    'place_an_order',
    { event: 'PlaceAnOrder', properties: { value: 99.9, currency: 'GBP', order_id: 'ord-3' } }
  ],
  [
    'checkout-started',
    'initiate_checkout',
    { event: 'InitiateCheckout', properties: { value: 25, currency: 'USD', content_type: 'product' } }
  ],
  [
    'payment-info-entered',
    'add_payment_info',
    { event: 'AddPaymentInfo', properties: { payment_method: 'Visa', order_id: 'ord-4' } }
  ],
  [
    'product-viewed',
    'view_content',
    {
      event: 'ViewContent',
      user: { ttclid: 'E.C.P.view-click' },
      properties: {
        value: 18.99,
        currency: 'EUR',
        content_type: 'product',
        contents: [{ content_id: '507f1f77bcf86cd799439011', price: 18.99, quantity: 1 }]
      }
    }
  ],
  [
    'product-added',
    'add_to_cart',
    {
      event: 'AddToCart',
      properties: { currency: 'USD', contents: [{ content_id: '507f1f77bcf86cd799439011', quantity: 2 }] }
    }
  ],
  [
    'product-added-to-wishlist',
    'add_to_wishlist',
    { event: 'AddToWishlist', properties: { value: 18.99, currency: 'USD' } }
  ],
  [
    'product-customized',
    'customize_product',
    { event: 'CustomizeProduct', properties: { value: 25, currency: 'USD', contents: [{ content_id: 'tee-001' }] } }
  ],
  ['products-searched', 'search', { event: 'Search', properties: { search_string: 'blue hotpants' } }],
  ['signed-up', 'complete_registration', { event: 'CompleteRegistration', properties: { method: 'google' } }],
  ['account-created', 'complete_registration', { event: 'CompleteRegistration' }],
  ['lead-generated', 'lead', { event: 'Lead', properties: { description: 'Newsletter footer' } }],
  ['form-submitted', 'lead', { event: 'Lead', properties: { description: 'contact-us' } }],
  ['contact-requested', 'contact', { event: 'Contact' }],
  ['subscription-started', 'subscribe', { event: 'Subscribe', properties: { value: 29, currency: 'USD' } }],
  ['trial-started', 'start_trial', { event: 'StartTrial' }],
  ['application-submitted', 'submit_application', { event: 'SubmitApplication' }],
  ['application-approved', 'application_approval', { event: 'ApplicationApproval' }],
  ['appointment-scheduled', 'schedule', { event: 'Schedule' }],
  ['store-located', 'find_location', { event: 'FindLocation', properties: { search_string: 'Berlin' } }],
  ['file-downloaded', 'download', { event: 'Download', properties: { description: 'whitepaper.pdf' } }],
  ['button-clicked', 'click_button', { event: 'ClickButton', properties: { description: 'Get started' } }],
  [
    'page',
    'page_view',
    {
      event: 'Pageview',
      user: { ttclid: 'E.C.P.page-click' },
      page: { url: 'https://shop.example.com/?ttclid=E.C.P.page-click', referrer: 'https://www.tiktok.com/' }
    }
  ],
  // App events (Segment's mobile spec, from analytics-swift and analytics-kotlin): to the TikTok App ID.
  ['application-installed', 'install_app', { event: 'InstallApp', app, user: iosUser }],
  [
    'application-opened',
    'launch_app',
    { event: 'LaunchAPP', app, user: { gaid: GAID, att_status: 'NOT_APPLICABLE', locale: 'de-DE' } }
  ],
  ['signed-in-app', 'login', { event: 'Login', user: iosUser }],
  ['signed-up-app', 'registration', { event: 'Registration', user: { gaid: GAID } }],
  ['checkout-started-app', 'checkout', { event: 'Checkout', properties: { value: 45, currency: 'EUR' } }],
  ['tiktok-app-named-track', 'tiktok_app_event_names', { event: 'AchieveLevel', app }],
  ['order-completed-anonymous', 'tiktok_purchase', { event: 'Purchase', properties: { value: 10, currency: 'USD' } }],
  [
    'tiktok-named-track',
    'tiktok_event_names',
    {
      event: 'Purchase',
      properties: {
        value: 1299,
        currency: 'USD',
        order_id: 'ord-25',
        content_type: 'product',
        contents: [{ content_id: 'SKU-9', price: 1299, quantity: 1 }]
      }
    }
  ]
]

describe('every shipped pipeline on realistic Segment events', () => {
  it.each(TABLE)('%s -> %s', async (fixture, pipelineName, expected) => {
    const event = readEvent(fixture)
    const matched = matchPipelines(runnable, event)
    expect(matched.map((p) => p.pipeline.name)).toEqual([pipelineName])
    const result = await previewRequest(matched[0], event, settings)
    if (result.kind !== 'request') throw new Error(`expected a request, got ${result.kind}`)
    expect(TikTokRequestBody.safeParse(result.body).success).toBe(true)
    // Events from a mobile app go to the TikTok App ID, the rest to the pixel.
    const fromApp = isAppDevice((event.context as { device?: unknown } | undefined)?.device)
    expect(result.body).toMatchObject(
      fromApp
        ? { event_source: 'app', event_source_id: '7000000001' }
        : { event_source: 'web', event_source_id: 'C4PIXEL123' }
    )
    expect(result.body.data).toHaveLength(1)
    expect(result.body.data[0]?.lead).toBeUndefined()
    expect(result.body.data[0]).toMatchObject({ event_id: event.messageId, ...expected })
  })

  it.each(['identify', 'screen', 'unmapped-track'])('%s triggers no pipeline', (fixture) => {
    expect(matchPipelines(runnable, readEvent(fixture))).toEqual([])
  })

  it('the table covers every active shipped pipeline, and they cover every standard TikTok event', () => {
    const covered = new Set(TABLE.map(([, name]) => name))
    expect(runnable.pipelines.map((p) => p.pipeline.name).filter((name) => !covered.has(name))).toEqual([])
    const loaded = loadShippedPipelines()
    const events = new Set(loaded.map((p) => p.event))
    expect(STANDARD_EVENTS.filter((name) => !events.has(name))).toEqual([])
    // Segment's mobile spec lifecycle events and the app names without a web twin have pipelines too.
    expect(['InstallApp', 'LaunchAPP', 'Login', 'Registration', 'Checkout'].filter((n) => !events.has(n))).toEqual([])
  })
})

describe("the in-an-app triggers follow the core's rule (core/app-device.ts)", () => {
  const withDeviceType = (fixture: string, type: unknown) => {
    const event = structuredClone(readEvent(fixture)) as { context: { device: Record<string, unknown> } }
    event.context.device.type = type
    return event as unknown as ReturnType<typeof readEvent>
  }
  const names = (fixture: string, type: unknown) =>
    matchPipelines(runnable, withDeviceType(fixture, type)).map((p) => p.pipeline.name)

  it.each([
    ['signed-in-app', 'login', []],
    ['signed-up-app', 'registration', ['complete_registration']],
    ['checkout-started-app', 'checkout', ['initiate_checkout']]
  ])('%s: the app pipeline for every SDK spelling, the web one for anything else', (fixture, app, web) => {
    for (const type of ['ios', 'iOS', 'IOS', 'android', 'Android', 'ANDROID'])
      expect(names(fixture, type)).toEqual([app])
    for (const type of ['web', '', 0, 'macos', 'Web']) expect(names(fixture, type), String(type)).toEqual(web)
  })
})
