/**
 * The relay's fetch handler called directly (no socket): first-party cookies and identity enrichment, /collect's
 * Set-Cookie, consent at /collect, and 429 when the queue is full. Delivery still goes to the fake TikTok over HTTP.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadRelayConfig } from '../../runner/config/load-config.ts'
import { silentLogger } from '../../runner/log.ts'
import { createRelay, type Relay } from '../../runner/main-relay.ts'
import { type FakeTikTok, startFakeTikTok } from '../fake-tiktok/server.ts'
import orderCompletedIos from '../fixtures/segment-events/order-completed-ios.json' with { type: 'json' }
import { tempDir } from '../fixtures/temp-dir.ts'
import { waitFor } from './wait-for.ts'

const KEY = 'wk-handler'
let fake: FakeTikTok
let relay: Relay

async function relayWith(env: Record<string, string>, yaml?: string, dir = tempDir('relay-handler-')): Promise<Relay> {
  const file = yaml ? join(dir, 'relay.yaml') : undefined
  if (file) writeFileSync(file, yaml!)
  const loaded = await loadRelayConfig({
    file,
    env: {
      TIKTOK_ACCESS_TOKEN: 'test-token',
      TIKTOK_PIXEL_CODE: 'PIXEL_H',
      RELAY_WRITE_KEYS: KEY,
      TIKTOK_API_URL: fake.url,
      RELAY_DATA_DIR: join(dir, 'data'),
      RELAY_LINGER_MS: '10',
      ...env
    }
  })
  return createRelay(loaded, silentLogger)
}

beforeAll(async () => {
  fake = await startFakeTikTok({ accessToken: 'test-token' })
  relay = await relayWith({ RELAY_COOKIE_DOMAIN: 'shop.example' })
})
afterAll(async () => {
  await relay?.close()
  await fake?.close()
})

const call = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  relay.handler(
    new Request(`https://collect.shop.example${path}`, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { authorization: `Basic ${btoa(`${KEY}:`)}`, ...headers }
    }),
    { remoteAddress: '198.51.100.4' }
  )
const delivered = (id: string) => fake.acceptedEvents().find((e) => e.event_id === id)
const pageView = (id: string, url: string, referrer = '') => ({
  type: 'page',
  messageId: id,
  writeKey: KEY,
  context: { page: { url, referrer } }
})

describe('first-party identity', () => {
  it('enriches /v1 events with the _ttp and ttclid cookies as context.ttp / context.ttclid', async () => {
    const res = await call(
      '/v1/track',
      { userId: 'u1', event: 'Order Completed', messageId: 'cookie-1', properties: { revenue: 5, currency: 'USD' } },
      { cookie: 'other=1; _ttp=01JCOOKIETTP0000000000000_.tt.1; ttclid=E.C.P.cookie' }
    )
    expect(res.status).toBe(200)
    const event = await waitFor('the cookie event', () => delivered('cookie-1'))
    expect(event.user).toMatchObject({ ttp: '01JCOOKIETTP0000000000000_.tt.1', ttclid: 'E.C.P.cookie' })
  })

  it('/collect mints _ttp, takes ttclid from the landing URL and sets both as first-party cookies', async () => {
    const res = await call('/collect', pageView('collect-1', 'https://shop.example/?ttclid=E.C.P.land'), {
      'user-agent': 'Mozilla/5.0 (X11) Chrome/130'
    })
    expect(res.status).toBe(200)
    const cookies = res.headers.getSetCookie()
    expect(cookies).toHaveLength(2)
    expect(cookies[0]).toMatch(
      /^_ttp=[0-9A-Z]{26}_\.tt\.1; Max-Age=34560000; Path=\/; Secure; SameSite=Lax; Domain=shop\.example$/
    )
    expect(cookies[1]).toBe('ttclid=E.C.P.land; Max-Age=34560000; Path=/; Secure; SameSite=Lax; Domain=shop.example')
    const ttp = cookies[0]!.slice(5, cookies[0]!.indexOf(';'))
    const event = await waitFor('the collected page view', () => delivered('collect-1'))
    expect(event.event).toBe('Pageview')
    expect(event.user).toMatchObject({
      ttp,
      ttclid: 'E.C.P.land',
      ip: '198.51.100.4',
      user_agent: 'Mozilla/5.0 (X11) Chrome/130'
    })
  })

  it.each([
    ['keeps an existing _ttp and ttclid cookie', 'https://shop.example/cart', '', 'E.C.P.old'],
    [
      'prefers a same-host referrer over the cookie',
      'https://shop.example/cart',
      'https://shop.example/?ttclid=E.C.P.ref',
      'E.C.P.ref'
    ],
    [
      'ignores another host’s referrer',
      'https://shop.example/cart',
      'https://evil.example/?ttclid=E.C.P.evil',
      'E.C.P.old'
    ]
  ])('/collect %s', async (_n, url, referrer, ttclid) => {
    const id = `collect-${Math.random()}`
    const res = await call('/collect', pageView(id, url, referrer), {
      cookie: '_ttp=01JEXISTING000000000000000_.tt.1; ttclid=E.C.P.old'
    })
    expect(res.headers.getSetCookie()).toEqual([
      '_ttp=01JEXISTING000000000000000_.tt.1; Max-Age=34560000; Path=/; Secure; SameSite=Lax; Domain=shop.example',
      `ttclid=${ttclid}; Max-Age=34560000; Path=/; Secure; SameSite=Lax; Domain=shop.example`
    ])
    const event = await waitFor('the page view', () => delivered(id))
    expect(event.user).toMatchObject({ ttp: '01JEXISTING000000000000000_.tt.1', ttclid })
  })

  it('/collect identify with Sec-GPC: 1 is dropped whole: no cookie, and no match keys for later events', async () => {
    const identify = {
      type: 'identify',
      writeKey: KEY,
      userId: 'gpc-shopper',
      traits: { email: 'gpc-shopper@example.com' }
    }
    const res = await call('/collect', identify, { 'sec-gpc': '1' })
    expect(res.status).toBe(200)
    expect(res.headers.getSetCookie()).toEqual([])
    expect(await res.json()).toMatchObject({ dropped: [{ index: 0, reason: 'gpc_opt_out' }] })
    const later = { userId: 'gpc-shopper', event: 'Order Completed', messageId: 'gpc-later', properties: {} }
    expect((await call('/v1/track', later)).status).toBe(200)
    expect((await waitFor('the later event', () => delivered('gpc-later'))).user?.email).toBeUndefined()
  })

  it('/collect with Sec-GPC: 1 drops the event and sets no cookie', async () => {
    const res = await call('/collect', pageView('gpc-collect', 'https://shop.example/?ttclid=E.C.P.gpc'), {
      'sec-gpc': '1'
    })
    expect(res.status).toBe(200)
    expect(res.headers.getSetCookie()).toEqual([])
    expect(await res.json()).toMatchObject({ dropped: [{ index: 0, reason: 'gpc_opt_out' }] })
  })
})

describe('app events', () => {
  it('an event from a mobile SDK goes to the TikTok App ID with the app object and the mobile ad ids', async () => {
    const yaml = 'destinations:\n  - pixelCode: WEB_PIXEL\n    appId: "7123456789"\n'
    const appRelay = await relayWith({}, yaml)
    try {
      // Dated now: intake refuses events older than TikTok's 28-day window (plausible-time.ts).
      const event = { ...orderCompletedIos, messageId: 'ios-handler-1', timestamp: new Date().toISOString() }
      const res = await appRelay.handler(
        new Request('http://relay/v1/track', {
          method: 'POST',
          body: JSON.stringify(event),
          headers: { authorization: `Basic ${btoa(`${KEY}:`)}` }
        })
      )
      expect(res.status).toBe(200)
      const sent = await waitFor('the app purchase', () => delivered('ios-handler-1'))
      expect(sent.app).toEqual({ app_id: 'com.example.shop', app_name: 'Shop', app_version: '4.2.0' })
      expect(sent.user).toMatchObject({ idfa: '6D92078A-8246-4BA4-AE5B-76104861E7DC', att_status: 'AUTHORIZED' })
      const request = fake.requests.find((r) => JSON.stringify(r.body).includes('ios-handler-1'))
      expect(request?.body).toMatchObject({ event_source: 'app', event_source_id: '7123456789' })
    } finally {
      await appRelay.close()
    }
  })
})

describe('device clocks', () => {
  it('a conversion from a device 3 hours fast reaches TikTok with the real time (sentAt corrects it)', async () => {
    const deviceNow = Date.now() + 3 * 3600_000
    const res = await call('/v1/track', {
      userId: 'u-clock',
      event: 'Order Completed',
      messageId: 'clock-1',
      properties: { revenue: 5, currency: 'USD' },
      timestamp: new Date(deviceNow - 5000).toISOString(),
      sentAt: new Date(deviceNow).toISOString()
    })
    expect(res.status).toBe(200)
    const event = await waitFor('the corrected event', () => delivered('clock-1'))
    expect(Math.abs(event.event_time - (Date.now() - 5000) / 1000)).toBeLessThan(3)
  })
})

describe('the browser address', () => {
  const forwarded = { 'x-forwarded-for': '6.6.6.6, 192.0.2.77' }
  const track = (messageId: string) => ({ userId: 'u-ip', event: 'Order Completed', messageId, properties: {} })

  it("a browser's own /v1 call (analytics.js: an Origin header) gets its address and user agent", async () => {
    const res = await call('/v1/t', track('origin-1'), {
      origin: 'https://shop.example',
      'user-agent': 'Mozilla/5.0 B'
    })
    expect(res.status).toBe(200)
    const event = await waitFor('the browser event', () => delivered('origin-1'))
    expect(event.user).toMatchObject({ ip: '198.51.100.4', user_agent: 'Mozilla/5.0 B' })
  })

  it("a server library's call (no Origin) never gets the server's address as the person's", async () => {
    expect((await call('/v1/track', track('server-1'), { 'user-agent': 'analytics-node' })).status).toBe(200)
    const event = await waitFor('the server event', () => delivered('server-1'))
    expect(event.user?.ip).toBeUndefined()
    expect(event.user?.user_agent).toBeUndefined()
  })

  it('what the call itself says wins over the connection', async () => {
    const own = { ...track('origin-2'), context: { ip: '203.0.113.50' } }
    expect((await call('/v1/track', own, { origin: 'https://shop.example' })).status).toBe(200)
    expect((await waitFor('the event', () => delivered('origin-2'))).user?.ip).toBe('203.0.113.50')
  })

  it('without RELAY_TRUST_PROXY, /collect takes the connection address and ignores X-Forwarded-For', async () => {
    expect((await call('/collect', pageView('xff-0', 'https://shop.example/'), forwarded)).status).toBe(200)
    expect((await waitFor('the page view', () => delivered('xff-0'))).user?.ip).toBe('198.51.100.4')
  })

  it('with RELAY_TRUST_PROXY=1, /collect takes the address the proxy appended, not a forged one', async () => {
    const proxied = await relayWith({ RELAY_TRUST_PROXY: '1' })
    try {
      const res = await proxied.handler(
        new Request('https://collect.shop.example/collect', {
          method: 'POST',
          body: JSON.stringify(pageView('xff-1', 'https://shop.example/')),
          headers: forwarded
        }),
        { remoteAddress: '10.0.0.2' }
      )
      expect(res.status).toBe(200)
      expect((await waitFor('the page view', () => delivered('xff-1'))).user?.ip).toBe('192.0.2.77')
    } finally {
      await proxied.close()
    }
  })
})

describe('admin endpoints (handler)', () => {
  const get = (url: string, remoteAddress: string, headers: Record<string, string> = {}) =>
    relay.handler(new Request(url, { headers }), { remoteAddress })

  it.each([
    ['a client on another machine', 'http://127.0.0.1:8080/dry-run', '203.0.113.9', {}, 403],
    [
      'a loopback connection naming another host (DNS rebinding)',
      'http://relay.example:8080/dry-run',
      '127.0.0.1',
      {},
      403
    ],
    ['the console API, from another machine', 'http://127.0.0.1:8080/console/api/overview', '203.0.113.9', {}, 403],
    [
      'the console, from this machine: past the guard, no sign-in needed',
      'http://127.0.0.1:8080/console',
      '127.0.0.1',
      {},
      200
    ],
    [
      'a console API the console lacks, from this machine',
      'http://localhost:8080/console/api/nothing',
      '127.0.0.1',
      {},
      404
    ],
    [
      '/dry-run from this machine, IPv4-mapped: past the guard (not in dry-run here)',
      'http://localhost:8080/dry-run',
      '::ffff:127.0.0.1',
      {},
      404
    ],
    ['/dry-run from this machine over IPv6', 'http://[::1]:8080/dry-run', '::1', {}, 404]
  ])('without an admin token: %s -> %i', async (_n, url, address, headers, status) => {
    const res = await get(url, address, headers)
    expect(res.status).toBe(status)
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
  })
})

describe('/healthz', () => {
  it('is ready with the queue facts while the queue commits, and 503 (naming why) once a commit fails', async () => {
    const own = await relayWith({})
    try {
      const ok = await own.handler(new Request('http://relay/healthz'))
      expect(ok.status).toBe(200)
      expect(await ok.json()).toMatchObject({ ok: true, queueDepth: 0, firstInLineAgeSeconds: 0 })
      await own.store.close() // as a full disk, a vanished volume or an unreachable PostgreSQL would leave it
      const refused = await own.handler(
        new Request('http://relay/v1/track', {
          method: 'POST',
          body: JSON.stringify({ userId: 'u-down', event: 'Order Completed', properties: {} }),
          headers: { authorization: `Basic ${btoa(`${KEY}:`)}` }
        })
      )
      expect(refused.status).toBe(503)
      expect(refused.headers.get('retry-after')).toBe('5')
      // The failed commit shows at once, although the last answer was cached a moment ago.
      const down = await own.handler(new Request('http://relay/healthz'))
      expect(down.status).toBe(503)
      expect(await down.json()).toMatchObject({ ok: false, error: expect.stringContaining('cannot commit') })
    } finally {
      await own.close()
    }
  })
})

describe('overload', () => {
  it('answers 429 with Retry-After once the undelivered queue reaches limits.maxQueueDepth', async () => {
    fake.setDefaultAnswer({ kind: 'code', code: 50002, message: 'outage' })
    const small = await relayWith({}, 'limits:\n  maxQueueDepth: 3\n')
    try {
      const statuses: number[] = []
      const res = await waitFor('a 429', async () => {
        const r = await small.handler(
          new Request('http://relay/v1/track', {
            method: 'POST',
            body: JSON.stringify({
              userId: 'u',
              event: 'Order Completed',
              properties: { revenue: 1, currency: 'USD' }
            }),
            headers: { authorization: `Basic ${btoa(`${KEY}:`)}` }
          })
        )
        statuses.push(r.status)
        return r.status === 429 ? r : undefined
      })
      expect(res.headers.get('retry-after')).toBe('30')
      expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(3)
    } finally {
      fake.setDefaultAnswer({ kind: 'ok' })
      await small.close()
    }
  })
})

describe('several write keys', () => {
  it('routes each key to its own pixel and pipelines, and runs identify through a pipeline that maps it', async () => {
    const dir = tempDir('relay-routes-')
    mkdirSync(join(dir, 'crm-pipelines'))
    writeFileSync(
      join(dir, 'crm-pipelines', 'identify-lead.yaml'),
      [
        'name: identify_lead',
        'integration: tiktok-events-api',
        'trigger:',
        '  event: identify',
        'transform:',
        '  static:',
        '    - target: event',
        '      value: Lead Captured',
        '      custom: true',
        '  mapping:',
        '    - source: traits.lead_id',
        '      target: lead.lead_id',
        'output:',
        '  format: tiktok_events_api',
        '  auth: access_token',
        ''
      ].join('\n')
    )
    const multi = await relayWith(
      { TIKTOK_PIXEL_CODE: '', RELAY_WRITE_KEYS: '' },
      [
        'destinations:',
        '  - id: shop',
        '    pixelCode: PIXEL_SHOP',
        '    writeKeys: [key-shop]',
        '  - id: crm',
        '    crmEventSetId: PIXEL_CRM',
        '    writeKeys: [key-crm]',
        '    pipelines: [crm-pipelines]',
        '    settings:',
        '      eventSource: crm',
        ''
      ].join('\n'),
      dir
    )
    try {
      const send = (key: string, path: string, body: unknown) =>
        multi.handler(
          new Request(`http://relay${path}`, {
            method: 'POST',
            body: JSON.stringify(body),
            headers: { authorization: `Basic ${btoa(`${key}:`)}` }
          })
        )
      const shop = await send('key-shop', '/v1/track', {
        userId: 'u',
        event: 'Order Completed',
        messageId: 'route-shop',
        properties: { revenue: 1, currency: 'USD' }
      })
      const crm = await send('key-crm', '/v1/identify', {
        userId: 'u',
        messageId: 'route-crm',
        traits: { email: 'lead@example.com', lead_id: 'tt-lead-7' }
      })
      const crmTrack = await send('key-crm', '/v1/track', {
        userId: 'u',
        event: 'Order Completed',
        messageId: 'route-crm-track'
      })
      expect([shop.status, crm.status, crmTrack.status]).toEqual([200, 200, 200])
      const shopEvent = await waitFor('the shop event', () => delivered('route-shop'))
      const lead = await waitFor('the CRM lead', () => delivered('route-crm'))
      expect(shopEvent).toMatchObject({ event_source_id: 'PIXEL_SHOP', event: 'Purchase' })
      expect(lead).toMatchObject({
        event_source: 'crm',
        event_source_id: 'PIXEL_CRM',
        event: 'Lead Captured',
        lead: { lead_id: 'tt-lead-7' }
      })
      expect(lead.user?.email).toMatch(/^[0-9a-f]{64}$/)
      // The CRM route only has its own pipeline: an Order Completed there matches nothing and is not sent.
      expect(multi.registry.render()).toContain(
        'relay_intake_unmatched_total{event="Order Completed",type="track"} 1\n'
      )
      expect(delivered('route-crm-track')).toBeUndefined()
      const crmRequest = fake.requests.find((r) => (r.body as any).event_source_id === 'PIXEL_CRM')
      expect((crmRequest!.body as any).event_source).toBe('crm')
    } finally {
      await multi.close()
    }
  })
})

describe('consent categories', () => {
  it.each([
    ['Segment categories granted', { consent: { categoryPreferences: { Advertising: true } } }, undefined],
    ['Segment category denied', { consent: { categoryPreferences: { Advertising: false } } }, 'consent_denied'],
    ['Segment preferences empty', { consent: { categoryPreferences: {} } }, 'consent_denied'],
    [
      'RudderStack consent denied',
      { consentManagement: { provider: 'custom', allowedConsentIds: [], deniedConsentIds: ['Advertising'] } },
      'consent_denied'
    ],
    ['no consent object at all', {}, undefined]
  ])('with consentCategories [Advertising]: %s', async (_n, context, dropReason) => {
    const gated = await relayWith(
      { TIKTOK_PIXEL_CODE: '', RELAY_WRITE_KEYS: '' },
      'destinations:\n  - pixelCode: PIXEL_C\n    writeKeys: [key-c]\n    settings:\n      consentCategories: [Advertising]\n'
    )
    try {
      const messageId = `consent-${Math.random()}`
      const res = await gated.handler(
        new Request('http://relay/v1/track', {
          method: 'POST',
          body: JSON.stringify({
            userId: 'u',
            event: 'Order Completed',
            messageId,
            context,
            properties: { revenue: 2, currency: 'USD' }
          }),
          headers: { authorization: `Basic ${btoa('key-c:')}` }
        })
      )
      const body = await res.json()
      if (dropReason) {
        expect(body).toEqual({ success: true, accepted: 1, dropped: [{ index: 0, reason: dropReason }] })
        expect(gated.registry.render()).toContain(`relay_intake_dropped_consent_total{reason="${dropReason}"} 1\n`)
        expect(await gated.store.queue.depth()).toBe(0)
      } else {
        expect(body).toEqual({ success: true, accepted: 1 })
        await waitFor('the consented event', () => delivered(messageId))
      }
    } finally {
      await gated.close()
    }
  })
})

describe('admin reads while the store is down', () => {
  // Found by a tester with PostgreSQL stopped: /dry-run and the console's API answered 500 and counted an intake
  // rejection. The store's outage is a 503 with Retry-After, as /healthz says it, and moves no intake counter.
  it.each(['/dry-run', '/console/api/overview', '/console/api/live', '/console/api/dead-letters'])(
    'GET %s answers 503 store_unavailable with Retry-After',
    async (path) => {
      const down = await relayWith({ TIKTOK_ACCESS_TOKEN: '' })
      expect(down.dryRun).toBe(true)
      await down.store.close()
      try {
        const res = await down.handler(new Request(`http://127.0.0.1:8080${path}`), { remoteAddress: '127.0.0.1' })
        expect(res.status).toBe(503)
        expect(res.headers.get('retry-after')).toMatch(/^\d+$/)
        expect(await res.json()).toMatchObject({ success: false, code: 'store_unavailable' })
        expect(down.registry.render()).not.toContain('relay_intake_rejected_total{reason="internal_error"}')
      } finally {
        await down.close()
      }
    }
  )
})
