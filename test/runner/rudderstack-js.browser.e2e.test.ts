/**
 * RudderStack's own browser SDK (@rudderstack/analytics-js v3, the build with its plugins bundled) in headless
 * Chromium, with the relay as its data plane and its source configuration given inline (no control plane). Its
 * calls (Basic auth and AnonymousId headers, so a CORS preflight first) reach TikTok through the relay.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FakeTikTok } from '../fake-tiktok/server.ts'
import { launchChromium, startShopSite } from '../fixtures/browser.ts'
import { tempDir } from '../fixtures/temp-dir.ts'
import { type RelayProcess, type RelayWithFake, startRelayWithFakeTikTok } from './relay-process.ts'
import { sha256Hex, waitFor } from './wait-for.ts'

const KEY = 'wk-rudderstack-js'
/** The build with its plugins bundled in: nothing to fetch from RudderStack's CDN. */
const SDK_DIR = new URL('../../node_modules/@rudderstack/analytics-js/dist/npm/modern/bundled/umd/', import.meta.url)
  .href
let setup: RelayWithFake | undefined
let fake: FakeTikTok
let relay: RelayProcess
let site: Awaited<ReturnType<typeof startShopSite>> | undefined

function shopPage(): string {
  const sourceConfig = {
    source: {
      id: 'relay-source',
      name: 'Shop',
      writeKey: KEY,
      workspaceId: 'self-hosted',
      enabled: true,
      config: {},
      destinations: []
    }
  }
  return `<!doctype html><html><head><title>Checkout</title><script src="/rsa/index.js"></script>
<script>
  window.analytics = new rudderanalytics.RudderAnalytics()
  analytics.load(${JSON.stringify(KEY)}, ${JSON.stringify(relay.url)}, {
    getSourceConfig: () => (${JSON.stringify(sourceConfig)}),
    logLevel: 'ERROR'
  })
</script></head><body>checkout</body></html>`
}

beforeAll(async () => {
  setup = await startRelayWithFakeTikTok('PIXEL_RSJS', KEY)
  fake = setup.fake
  relay = setup.relay
  site = await startShopSite(shopPage, { rsa: SDK_DIR })
})
afterAll(async () => {
  await setup?.close()
  await site?.close()
})

describe('@rudderstack/analytics-js in Chromium', () => {
  it('sends identify and track calls that reach TikTok with the hashed email and the browser address', async () => {
    const context = await launchChromium(tempDir('relay-chromium-rsjs-'))
    try {
      const tab = await context.newPage()
      await tab.goto(`${site!.url}/checkout`)
      await tab.evaluate(
        () =>
          new Promise<void>((resolve) => {
            const analytics = (window as any).analytics
            analytics.ready(() => {
              analytics.identify('rs-user-1', { email: 'RS.Shopper@Example.com' })
              analytics.track('Order Completed', { order_id: 'o-rsjs', revenue: 7.5, currency: 'GBP' })
              resolve()
            })
          })
      )
      const purchase = await waitFor('the RudderStack JS purchase', () =>
        fake.acceptedEvents().find((e) => e.properties?.order_id === 'o-rsjs')
      )
      expect(purchase.event).toBe('Purchase')
      expect(purchase.event_source_id).toBe('PIXEL_RSJS')
      expect(purchase.properties).toMatchObject({ value: 7.5, currency: 'GBP' })
      expect(purchase.user?.ip).toBe('127.0.0.1')
      expect(purchase.page?.url).toBe(`${site!.url}/checkout`)
      expect([purchase.user?.email].flat()).toEqual([await sha256Hex('rs.shopper@example.com')])
    } finally {
      await context.close()
    }
  })

  it('from a site not allowed the relay’s cookies, its calls (Basic auth, a preflight) still reach TikTok', async () => {
    // localhost is another site than the relay's 127.0.0.1: the relay answers it with * and no credentials.
    const context = await launchChromium(tempDir('relay-chromium-rsjs-elsewhere-'))
    try {
      const tab = await context.newPage()
      await tab.goto(`${site!.url.replace('127.0.0.1', 'localhost')}/checkout`)
      await tab.evaluate(
        () =>
          new Promise<void>((resolve) => {
            const analytics = (window as any).analytics
            analytics.ready(() => {
              analytics.track('Order Completed', { order_id: 'o-rsjs-elsewhere', revenue: 3, currency: 'USD' })
              resolve()
            })
          })
      )
      const purchase = await waitFor('the purchase from another site', () =>
        fake.acceptedEvents().find((e) => e.properties?.order_id === 'o-rsjs-elsewhere')
      )
      expect(purchase.event).toBe('Purchase')
    } finally {
      await context.close()
    }
  })
})
