/**
 * Segment's own browser SDK (analytics.js 2.0, @segment/analytics-next) in headless Chromium, pointed at the relay
 * with no Segment workspace: its settings given inline, its "Segment.io" destination's apiHost set to the relay.
 * Its page and track calls (text/plain, writeKey in the body, the one-letter /v1 paths, CORS) reach TikTok with the
 * browser's own address and user agent, which analytics.js leaves to the server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FakeTikTok } from '../fake-tiktok/server.ts'
import { launchChromium, startShopSite } from '../fixtures/browser.ts'
import { tempDir } from '../fixtures/temp-dir.ts'
import { type RelayProcess, type RelayWithFake, startRelayWithFakeTikTok } from './relay-process.ts'
import { waitFor } from './wait-for.ts'

const KEY = 'wk-analytics-js'
const UMD = new URL('../../node_modules/@segment/analytics-next/dist/umd/', import.meta.url).href
let fake: FakeTikTok
let relay: RelayProcess
let setup: RelayWithFake | undefined
let site: Awaited<ReturnType<typeof startShopSite>> | undefined
let siteUrl: string

/**
 * The shop's page: analytics.js from the shop itself (its chunks too: cdnURL), sending to the relay; at /with-collector
 * the relay's collector.js is loaded after it.
 */
function shopPage(path: string): string {
  const relayHost = new URL(relay.url).host
  const settings = { integrations: { 'Segment.io': { apiKey: KEY, apiHost: `${relayHost}/v1`, protocol: 'http' } } }
  return `<!doctype html><html><head><title>Checkout</title><script src="/ajs/index.js"></script>
<script>
  window.analytics = AnalyticsNext.AnalyticsBrowser.load({
    writeKey: ${JSON.stringify(KEY)},
    cdnURL: location.origin,
    cdnSettings: ${JSON.stringify(settings)}
  })
</script>${path.startsWith('/with-collector') ? `<script src="${relay.url}/collector.js" data-write-key="${KEY}"></script>` : ''}
</head><body>checkout</body></html>`
}

beforeAll(async () => {
  setup = await startRelayWithFakeTikTok('PIXEL_AJS', KEY)
  fake = setup.fake
  relay = setup.relay
  // analytics.js itself, and the chunks it loads from <cdnURL>/analytics-next/bundles/.
  site = await startShopSite(shopPage, { ajs: UMD, 'analytics-next/bundles': UMD })
  siteUrl = site.url
})
afterAll(async () => {
  await setup?.close()
  await site?.close()
})

describe('analytics.js (@segment/analytics-next) in Chromium', () => {
  it('sends page and track calls that reach TikTok with the browser address and user agent', async () => {
    const context = await launchChromium(tempDir('relay-chromium-ajs-'))
    try {
      const tab = await context.newPage()
      await tab.goto(`${siteUrl}/checkout`)
      const userAgent = await tab.evaluate(() => navigator.userAgent)
      const sent = await tab.evaluate(async () => {
        const analytics = (window as any).analytics
        await analytics.identify('ajs-user-1')
        await analytics.page()
        const ctx = await analytics.track('Order Completed', {
          order_id: 'o-ajs',
          revenue: 19.5,
          currency: 'EUR',
          products: [{ product_id: 'sku-ajs', price: 19.5, quantity: 1 }]
        })
        return ctx.event.messageId as string
      })
      const purchase = await waitFor('the analytics.js purchase', () =>
        fake.acceptedEvents().find((e) => e.event === 'Purchase' && e.properties?.order_id === 'o-ajs')
      )
      expect(purchase.event_id).toBe(sent)
      expect(purchase.event_source_id).toBe('PIXEL_AJS')
      expect(purchase.properties).toMatchObject({ value: 19.5, currency: 'EUR' })
      expect(purchase.user).toMatchObject({ ip: '127.0.0.1', user_agent: userAgent })
      expect(purchase.page?.url).toBe(`${siteUrl}/checkout`)
      const pageView = await waitFor('the analytics.js page view', () =>
        fake.acceptedEvents().find((e) => e.event === 'Pageview' && e.page?.url === `${siteUrl}/checkout`)
      )
      expect(pageView.user?.ip).toBe('127.0.0.1')
    } finally {
      await context.close()
    }
  })

  it('from a site not allowed the relay’s cookies (another site than the relay’s), its calls still reach TikTok', async () => {
    // localhost is another site than the relay's 127.0.0.1: the relay answers it without credentials (*).
    const elsewhere = siteUrl.replace('127.0.0.1', 'localhost')
    const context = await launchChromium(tempDir('relay-chromium-ajs-elsewhere-'))
    try {
      const tab = await context.newPage()
      await tab.goto(`${elsewhere}/checkout`)
      await tab.evaluate(() =>
        (window as any).analytics.track('Order Completed', { order_id: 'o-ajs-elsewhere', revenue: 3, currency: 'USD' })
      )
      const purchase = await waitFor('the purchase from another site', () =>
        fake.acceptedEvents().find((e) => e.properties?.order_id === 'o-ajs-elsewhere')
      )
      expect(purchase.page?.url).toBe(`${elsewhere}/checkout`)
    } finally {
      await context.close()
    }
  })

  it("with the collector loaded after it, its events carry the relay's first-party _ttp and ttclid cookies", async () => {
    const context = await launchChromium(tempDir('relay-chromium-ajs-collector-'))
    try {
      const tab = await context.newPage()
      const collected = tab.waitForResponse((r) => r.url().endsWith('/collect'))
      await tab.goto(`${siteUrl}/with-collector?ttclid=E.C.P.ajs-click`)
      expect((await collected).status()).toBe(200)
      const ttp = (await context.cookies(relay.url)).find((c) => c.name === '_ttp')?.value
      expect(ttp).toMatch(/_\.tt\.1$/)
      await tab.evaluate(() =>
        (window as any).analytics.track('Order Completed', { order_id: 'o-ajs-ttp', revenue: 2, currency: 'USD' })
      )
      const purchase = await waitFor('the analytics.js purchase with _ttp', () =>
        fake.acceptedEvents().find((e) => e.properties?.order_id === 'o-ajs-ttp')
      )
      expect(purchase.user).toMatchObject({ ttp, ttclid: 'E.C.P.ajs-click' })
    } finally {
      await context.close()
    }
  })
})
