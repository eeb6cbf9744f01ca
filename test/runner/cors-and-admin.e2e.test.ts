/**
 * Who may read what, against the relay as a process: tracking calls work from any origin without credentials, the
 * relay's cookies only for allowedOrigins, and admin endpoints (/dry-run) only with the admin token, never
 * cross-origin and never with CORS headers. Which calls a browser actually makes is proven by the browser tests
 * (collector, analytics.js, RudderStack's JS SDK); here every header is checked as a client sees it.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RelayProcess, startRelayProcess } from './relay-process.ts'
import { waitFor } from './wait-for.ts'

const KEY = 'wk-cors'
const ADMIN_TOKEN = 'admin-token-for-tests-0123456789'
const ALLOWED = 'https://shop.example.com,*.example.org'
let relay: RelayProcess
let open: RelayProcess

beforeAll(async () => {
  ;[relay, open] = await Promise.all([
    startRelayProcess({ RELAY_WRITE_KEYS: KEY, RELAY_ALLOWED_ORIGINS: ALLOWED, RELAY_ADMIN_TOKEN: ADMIN_TOKEN }),
    // No admin token: admin endpoints answer loopback clients only.
    startRelayProcess({ RELAY_WRITE_KEYS: KEY })
  ])
})
afterAll(async () => {
  await Promise.all([relay?.stop(), open?.stop()])
})

const CORS_HEADERS = ['access-control-allow-origin', 'access-control-allow-credentials']
const corsOf = (res: Response) => CORS_HEADERS.map((h) => res.headers.get(h))
const track = (messageId: string) =>
  JSON.stringify({ writeKey: KEY, userId: 'u-cors', event: 'Order Completed', messageId, properties: {} })

describe('CORS on the tracking endpoints', () => {
  it.each([
    ['an allowed origin', 'https://shop.example.com', ['https://shop.example.com', 'true']],
    ['a subdomain of an allowed pattern', 'https://www.example.org', ['https://www.example.org', 'true']],
    ['an origin nobody listed', 'https://evil.example', ['*', null]],
    ['the null origin (sandboxed frames, data: URLs)', 'null', ['*', null]],
    ['an allowed host over http', 'http://shop.example.com', ['*', null]],
    ['the apex of a *.domain pattern', 'https://example.org', ['*', null]]
  ])('%s: preflight and POST answer %j', async (_n, origin, expected) => {
    const pre = await fetch(`${relay.url}/v1/t`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,anonymousid,content-type'
      }
    })
    expect(pre.status).toBe(204)
    expect(corsOf(pre)).toEqual(expected)
    expect(pre.headers.get('access-control-allow-headers')).toBe('authorization,anonymousid,content-type')
    expect(pre.headers.get('vary')).toBe('Origin')
    // The call itself is accepted whoever sends it: the write key authenticates it, not the origin.
    const res = await fetch(`${relay.url}/v1/t`, {
      method: 'POST',
      body: track(`cors-${Math.random()}`),
      headers: { origin, 'content-type': 'text/plain' }
    })
    expect(res.status).toBe(200)
    expect(corsOf(res)).toEqual(expected)
  })

  it('/collect from an origin not allowed credentials is refused, with no cookie set or read', async () => {
    const res = await fetch(`${relay.url}/collect`, {
      method: 'POST',
      body: JSON.stringify({ type: 'page', writeKey: KEY }),
      headers: { origin: 'https://evil.example', cookie: '_ttp=01JVICTIMTTP00000000000000_.tt.1' }
    })
    expect(res.status).toBe(403)
    expect((await res.json()).code).toBe('origin_not_allowed')
    expect(res.headers.getSetCookie()).toEqual([])
    expect(corsOf(res)).toEqual(['*', null])
  })

  it('/collect from an allowed origin sets the first-party cookies and may read its answer', async () => {
    const res = await fetch(`${relay.url}/collect`, {
      method: 'POST',
      body: JSON.stringify({ type: 'page', writeKey: KEY }),
      headers: { origin: 'https://shop.example.com' }
    })
    expect(res.status).toBe(200)
    expect(res.headers.getSetCookie().map((c) => c.split('=')[0])).toEqual(['_ttp'])
    expect(corsOf(res)).toEqual(['https://shop.example.com', 'true'])
  })

  it("a /v1 call from an origin not allowed credentials does not act as the visitor's _ttp", async () => {
    const messageId = `cookie-${Math.random()}`
    const res = await fetch(`${relay.url}/v1/t`, {
      method: 'POST',
      body: track(messageId),
      headers: { origin: 'https://evil.example', cookie: '_ttp=01JVICTIMTTP00000000000000_.tt.1' }
    })
    expect(res.status).toBe(200)
    const event = await waitFor('the dry-run record', () => recorded(messageId))
    expect(event.user?.ttp).toBeUndefined()
  })
})

async function recorded(eventId: string): Promise<any> {
  const res = await fetch(`${relay.url}/dry-run?limit=200`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })
  const { requests } = (await res.json()) as { requests: Array<{ body: { data: any[] } }> }
  return requests.flatMap((r) => r.body.data).find((e) => e.event_id === eventId)
}

describe('admin endpoints with an admin token', () => {
  it.each([
    ['no Authorization', {}, 401, 'unauthorized'],
    ['a wrong token', { authorization: 'Bearer wrong-token-wrong-token-00' }, 401, 'unauthorized'],
    ['a prefix of the token', { authorization: `Bearer ${ADMIN_TOKEN.slice(0, -1)}` }, 401, 'unauthorized'],
    ['the token as Basic auth', { authorization: `Basic ${btoa(`${ADMIN_TOKEN}:`)}` }, 401, 'unauthorized'],
    [
      'the token from another origin',
      { authorization: `Bearer ${ADMIN_TOKEN}`, origin: 'https://shop.example.com' },
      403,
      'cross_origin'
    ],
    [
      'the token in a cross-site request',
      { authorization: `Bearer ${ADMIN_TOKEN}`, 'sec-fetch-site': 'cross-site' },
      403,
      'cross_origin'
    ],
    ['the token', { authorization: `Bearer ${ADMIN_TOKEN}` }, 200, undefined]
  ])('GET /dry-run with %s: %i', async (_n, headers, status, code) => {
    const res = await fetch(`${relay.url}/dry-run`, { headers })
    expect(res.status).toBe(status)
    const body = await res.json()
    if (code) expect(body.code).toBe(code)
    else expect(body).toMatchObject({ dryRun: true, requests: expect.any(Array) })
    expect(corsOf(res)).toEqual([null, null])
    expect(res.headers.get('cache-control')).toBe('no-store')
    if (status === 401) expect(res.headers.get('www-authenticate')).toMatch(/^Bearer /)
  })

  it('a preflight for an admin endpoint gets no CORS headers', async () => {
    const pre = await fetch(`${relay.url}/dry-run`, {
      method: 'OPTIONS',
      headers: { origin: 'https://shop.example.com', 'access-control-request-headers': 'authorization' }
    })
    expect(corsOf(pre)).toEqual([null, null])
    expect(pre.headers.get('access-control-allow-headers')).toBeNull()
  })

  it('the token is never logged and never written to the data dir', async () => {
    // The worker has recorded dry-run requests by now (earlier tests): the store has been written.
    expect(relay.stderr()).not.toContain(ADMIN_TOKEN)
    const files = readdirSync(relay.dataDir).map((f) => join(relay.dataDir, f))
    expect(files.length).toBeGreaterThan(0)
    for (const file of files) expect(readFileSync(file).includes(ADMIN_TOKEN), file).toBe(false)
  })
})

describe('admin endpoints without an admin token', () => {
  it('answer a client on this machine', async () => {
    const res = await fetch(`${open.url}/dry-run`)
    expect(res.status).toBe(200)
    expect(corsOf(res)).toEqual([null, null])
  })

  it.each([
    ['through a proxy (X-Forwarded-For)', { 'x-forwarded-for': '127.0.0.1' }, 'admin_loopback_only'],
    ['through a proxy (Forwarded)', { forwarded: 'for=127.0.0.1' }, 'admin_loopback_only'],
    ['from a page on another origin', { origin: 'http://evil.example' }, 'cross_origin'],
    ['for a cross-site request', { 'sec-fetch-site': 'cross-site' }, 'cross_origin']
  ])('refuse a loopback client %s', async (_n, headers, code) => {
    const res = await fetch(`${open.url}/dry-run`, { headers })
    expect(res.status).toBe(403)
    expect((await res.json()).code).toBe(code)
  })
})
