/**
 * collector.js in headless Chromium: a landing page with ?ttclid=... gets server-set first-party _ttp and ttclid
 * cookies (400 days, Secure, Lax), they survive a browser restart, and a later conversion on another page reaches
 * TikTok with the first visit's ttclid and the same _ttp.
 */
import type { BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FakeTikTok } from '../fake-tiktok/server.ts'
import { launchChromium, startSite } from '../fixtures/browser.ts'
import { tempDir } from '../fixtures/temp-dir.ts'
import { type RelayProcess, type RelayWithFake, startRelayWithFakeTikTok } from './relay-process.ts'
import { sha256Hex, waitFor } from './wait-for.ts'

const KEY = 'wk-browser'
let fake: FakeTikTok
let relay: RelayProcess
let setup: RelayWithFake | undefined
let site: Awaited<ReturnType<typeof startSite>> | undefined
let siteUrl: string
const userDataDir = tempDir('relay-chromium-')

const launch = (dir = userDataDir, extraHTTPHeaders?: Record<string, string>) => launchChromium(dir, extraHTTPHeaders)

/** The shop: plain pages that load the collector from the relay (another port on the same host). */
function page(title: string, body: string): string {
  return `<!doctype html><html><head><title>${title}</title>
<script src="${relay.url}/collector.js" data-write-key="${KEY}"></script></head><body>${body}</body></html>`
}

beforeAll(async () => {
  setup = await startRelayWithFakeTikTok('PIXEL_WEB', KEY)
  fake = setup.fake
  relay = setup.relay
  site = await startSite((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' })
    if (req.url?.startsWith('/checkout')) res.end(page('Checkout', '<button id="buy">Buy</button>'))
    else res.end(page('Landing', '<a href="/checkout">checkout</a>'))
  })
  siteUrl = site.url
})
afterAll(async () => {
  await setup?.close()
  await site?.close()
})

/** /collect calls the relay refused for their origin (relay_intake_rejected_total{reason="origin_not_allowed"}). */
async function refusedOrigins(): Promise<number> {
  const text = await (await fetch(`${relay.url}/metrics`)).text()
  return Number(/^relay_intake_rejected_total\{reason="origin_not_allowed"\} (\d+)$/m.exec(text)?.[1] ?? 0)
}

async function visit(context: BrowserContext, url: string) {
  const tab = await context.newPage()
  const collected = tab.waitForResponse((r) => r.url().endsWith('/collect'))
  await tab.goto(url)
  expect((await collected).status()).toBe(200)
  return tab
}

describe('collector.js in Chromium', () => {
  it('sets first-party cookies on the landing page and attributes a later conversion to the first click', async () => {
    let context = await launch()
    await visit(context, `${siteUrl}/landing?utm_source=tiktok&ttclid=E.C.P.click-123`)
    const cookies = Object.fromEntries((await context.cookies(relay.url)).map((c) => [c.name, c]))
    expect(cookies._ttp?.value).toMatch(/^[0-9A-Za-z]{26}_\.tt\.1$/)
    expect(cookies.ttclid?.value).toBe('E.C.P.click-123')
    for (const c of [cookies._ttp!, cookies.ttclid!]) {
      expect(c).toMatchObject({ path: '/', secure: true, sameSite: 'Lax', httpOnly: false })
      const days = (c.expires - Date.now() / 1000) / 86_400
      expect(days).toBeGreaterThan(399)
      expect(days).toBeLessThanOrEqual(400)
    }
    const ttp = cookies._ttp!.value

    const landing = await waitFor('the landing Pageview', () =>
      fake.acceptedEvents().find((e) => e.event === 'Pageview' && e.page?.url?.includes('/landing'))
    )
    expect(landing.user).toMatchObject({ ttp, ttclid: 'E.C.P.click-123' })
    expect(landing.user?.ip).toBe('127.0.0.1')

    // A browser restart: cookies persisted with their Max-Age are still there.
    await context.close()
    context = await launch()
    const again = Object.fromEntries((await context.cookies(relay.url)).map((c) => [c.name, c.value]))
    expect(again).toMatchObject({ _ttp: ttp, ttclid: 'E.C.P.click-123' })

    const checkout = await visit(context, `${siteUrl}/checkout`)
    const tracked = checkout.waitForResponse((r) => r.url().endsWith('/collect'))
    await checkout.evaluate(() =>
      (window as any).ttRelay.track('Order Completed', {
        order_id: 'o-browser',
        revenue: 49.9,
        currency: 'USD',
        products: [{ product_id: 'sku-b', price: 49.9, quantity: 1 }]
      })
    )
    expect((await tracked).status()).toBe(200)
    const purchase = await waitFor('the browser purchase', () =>
      fake.acceptedEvents().find((e) => e.event === 'Purchase')
    )
    expect(purchase.user).toMatchObject({ ttp, ttclid: 'E.C.P.click-123' })
    expect(purchase.page?.url).toBe(`${siteUrl}/checkout`)
    expect(purchase.properties).toMatchObject({ value: 49.9, currency: 'USD' })
    await context.close()
  })

  /** In a fresh browser: ttRelay.identify(...args), then an Order Completed; the purchase TikTok received. */
  async function identifyThenBuy(args: unknown[], orderId: string) {
    const context = await launch(tempDir('relay-chromium-identify-'))
    try {
      const checkout = await visit(context, `${siteUrl}/checkout`)
      const call = async (method: string, callArgs: unknown[]) => {
        const answered = checkout.waitForResponse((r) => r.url().endsWith('/collect'))
        await checkout.evaluate(
          ([m, a]) => (window as any).ttRelay[m as string](...(a as unknown[])),
          [method, callArgs]
        )
        expect((await answered).status()).toBe(200)
      }
      await call('identify', args)
      await call('track', ['Order Completed', { order_id: orderId, revenue: 12, currency: 'USD' }])
      return await waitFor(`the purchase ${orderId}`, () =>
        fake.acceptedEvents().find((e) => e.properties?.order_id === orderId)
      )
    } finally {
      await context.close()
    }
  }

  it('ttRelay.identify(userId, traits) adds hashed match keys to the visitor’s later events', async () => {
    const traits = { email: ' Shopper.77@Example.COM ', phone: '+1 213 373 4253' }
    const purchase = await identifyThenBuy(['shopper-77', traits], 'o-identified')
    expect([purchase.user?.email].flat()).toEqual([await sha256Hex('shopper.77@example.com')])
    expect([purchase.user?.phone].flat()).toEqual([await sha256Hex('+12133734253')])
    expect([purchase.user?.external_id].flat()).toContain(await sha256Hex('shopper-77'))
  })

  it('ttRelay.identify(traits) without a user id keys the traits to the browser’s _ttp', async () => {
    const purchase = await identifyThenBuy([{ email: 'anonymous.buyer@example.com' }], 'o-anon-identified')
    expect([purchase.user?.email].flat()).toEqual([await sha256Hex('anonymous.buyer@example.com')])
    expect([purchase.user?.external_id].flat()).not.toContain(await sha256Hex('[object Object]'))
  })

  it('ttRelay.reset() on logout: later events no longer carry the user id', async () => {
    const context = await launch(tempDir('relay-chromium-reset-'))
    try {
      const checkout = await visit(context, `${siteUrl}/checkout`)
      const answered = () => checkout.waitForResponse((r) => r.url().endsWith('/collect'))
      let sent = answered()
      await checkout.evaluate(() => (window as any).ttRelay.identify('leaving-user'))
      await sent
      await checkout.evaluate(() => (window as any).ttRelay.reset())
      sent = answered()
      await checkout.evaluate(() =>
        (window as any).ttRelay.track('Order Completed', { order_id: 'o-after-reset', revenue: 1, currency: 'USD' })
      )
      expect((await sent).status()).toBe(200)
      const purchase = await waitFor('the purchase after reset', () =>
        fake.acceptedEvents().find((e) => e.properties?.order_id === 'o-after-reset')
      )
      expect([purchase.user?.external_id].flat()).not.toContain(await sha256Hex('leaving-user'))
      expect(purchase.user?.ttp).toMatch(/_\.tt\.1$/)
    } finally {
      await context.close()
    }
  })

  it('on a site not allowed the relay’s cookies, /collect is refused and no cookie is set', async () => {
    // localhost is another site than the relay's 127.0.0.1 (no allowedOrigins: only the relay's own site).
    const context = await launch(tempDir('relay-chromium-elsewhere-'))
    try {
      const refusedBefore = await refusedOrigins()
      const tab = await context.newPage()
      // The browser lets the page read nothing of the answer: the request fails for it (CORS).
      const failed = tab.waitForEvent('requestfailed', (r) => r.url().endsWith('/collect'))
      await tab.goto(`${siteUrl.replace('127.0.0.1', 'localhost')}/landing?ttclid=E.C.P.elsewhere`)
      await failed
      expect(await refusedOrigins()).toBe(refusedBefore + 1)
      expect(await context.cookies(relay.url)).toEqual([])
    } finally {
      await context.close()
    }
  })

  it('with Global Privacy Control on, sends nothing and leaves no cookie', async () => {
    const context = await launch(tempDir('relay-chromium-gpc-'), { 'Sec-GPC': '1' })
    try {
      const before = fake.acceptedEvents().length
      const tab = await context.newPage()
      const collected = tab.waitForResponse((r) => r.url().endsWith('/collect'))
      await tab.goto(`${siteUrl}/landing?ttclid=E.C.P.gpc`)
      const res = await collected
      expect(res.status()).toBe(200)
      expect(await res.json()).toMatchObject({ dropped: [{ index: 0, reason: 'gpc_opt_out' }] })
      expect(await context.cookies(relay.url)).toEqual([])
      expect(fake.acceptedEvents().length).toBe(before)
    } finally {
      await context.close()
    }
  })
})
