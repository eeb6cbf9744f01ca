/**
 * The console's JSON API against a relay process (issue 16): every answer needs the admin token or the sign-in
 * cookie, a cross-site POST is refused, no answer holds raw personal data, and the numbers are the traffic's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RelayWithFake, startRelayWithFakeTikTok } from '../relay-process.ts'
import { sha256Hex, waitFor } from '../wait-for.ts'
import { RAW_EMAIL, RAW_PHONE, sendKnownTraffic, sendRejectedLead } from './console-traffic.ts'

const KEY = 'wk-console-api'
const TOKEN = 'console-admin-token-0123456789'
let setup: RelayWithFake
let url: string
let cookie: string

beforeAll(async () => {
  setup = await startRelayWithFakeTikTok('PIXEL_CONSOLE_API', KEY, { RELAY_ADMIN_TOKEN: TOKEN })
  url = setup.relay.url
  await sendKnownTraffic(url, KEY, setup.fake)
  await sendRejectedLead(url, KEY, setup.fake)
  const res = await fetch(`${url}/console/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: url },
    body: `token=${TOKEN}`
  })
  cookie = res.headers.get('set-cookie')!.split(';')[0]!
})
afterAll(() => setup?.close())

const get = (path: string, headers: Record<string, string> = { cookie }) => fetch(`${url}${path}`, { headers })
const getJson = async (path: string) => (await get(path)).json() as Promise<any>

describe('console API access', () => {
  it('answers nothing without the token or the cookie; a page sends the browser to the sign-in form', async () => {
    expect((await get('/console/api/overview', {})).status).toBe(401)
    expect((await get('/console/api/overview', { cookie: 'relay_console=1.forged' })).status).toBe(401)
    const page = await fetch(`${url}/console/match-quality`, { redirect: 'manual' })
    expect(page.status).toBe(303)
    expect(page.headers.get('location')).toBe('/console/sign-in')
    expect((await get('/console/api/overview', { authorization: `Bearer ${TOKEN}` })).status).toBe(200)
  })

  it('signs in with the token only, into an HttpOnly SameSite=Strict cookie that does not hold the token', async () => {
    const wrong = await fetch(`${url}/console/sign-in`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: url },
      body: 'token=not-it'
    })
    expect(wrong.status).toBe(401)
    expect(wrong.headers.get('set-cookie')).toBeNull()
    const res = await fetch(`${url}/console/sign-in`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: url },
      body: `token=${TOKEN}`
    })
    expect(res.status).toBe(303)
    const set = res.headers.get('set-cookie')!
    expect(set).toMatch(/HttpOnly/)
    expect(set).toMatch(/SameSite=Strict/)
    expect(set).not.toContain(TOKEN)
    expect((await get('/console/api/overview')).status).toBe(200)
    const page = await get('/console/dead-letters')
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(page.headers.get('x-frame-options')).toBe('DENY')
  })

  it('a sign-out ends the session in the store: the same cookie, copied before, is refused afterwards', async () => {
    const res = await fetch(`${url}/console/sign-in`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: url },
      body: `token=${TOKEN}`
    })
    const copied = res.headers.get('set-cookie')!.split(';')[0]!
    expect((await get('/console/api/overview', { cookie: copied })).status).toBe(200)
    // Without the Origin a browser sends, a sign-out is refused like any console change.
    expect((await fetch(`${url}/console/sign-out`, { method: 'POST', headers: { cookie: copied } })).status).toBe(403)
    const out = await fetch(`${url}/console/sign-out`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: copied, origin: url }
    })
    expect(out.status).toBe(303)
    expect(out.headers.get('location')).toBe('/console/sign-in')
    expect((await get('/console/api/overview', { cookie: copied })).status).toBe(401)
    // The session signed in earlier (another browser) is still open.
    expect((await get('/console/api/overview')).status).toBe(200)
  })

  it('refuses a cross-site replay POST, and a cookie POST without an Origin', async () => {
    const replay = (headers: Record<string, string>) =>
      fetch(`${url}/console/api/dead-letters/replay`, {
        method: 'POST',
        headers: { cookie, ...headers },
        body: '{"all":true}'
      })
    expect((await replay({ origin: 'https://evil.example' })).status).toBe(403)
    expect((await replay({ 'sec-fetch-site': 'cross-site' })).status).toBe(403)
    const noOrigin = await replay({})
    expect(noOrigin.status).toBe(403)
    expect((await noOrigin.json()).code).toBe('origin_required')
    expect(await (await getJson('/console/api/dead-letters')).count).toBeGreaterThanOrEqual(0)
  })
})

describe('console API answers', () => {
  it('shows 50% email coverage for Purchase (5 of 10) and an unmatched Newsletter Signup with its pipeline', async () => {
    const q = await waitFor('purchases counted', async () => {
      const body = await getJson('/console/api/match-quality')
      const purchase = body.events.find((e: any) => e.name === 'Purchase')
      return purchase?.events === 10 ? purchase : undefined
    })
    expect(q.shares.email).toBe(0.5)
    expect(q.shares.phone).toBe(0.5)
    expect(q.shares.ip).toBe(1)
    const u = await waitFor('unmatched counted', async () => (await getJson('/console/api/unmatched')).events[0])
    expect(u).toMatchObject({ type: 'track', name: 'Newsletter Signup', count: 1 })
    expect(u.snippet).toContain('value: "Newsletter Signup"')
    // Aggregate answers are shared for 2 s (the tallies' flush interval): an earlier one may still be served.
    const o = await waitFor('the overview counted', async () => {
      const body = await getJson('/console/api/overview')
      return body.totals.sent >= 10 ? body : undefined
    })
    expect(o.totals.received).toBeGreaterThanOrEqual(11)
    expect(o.byReason.dropped.no_pipeline).toBe(1)
  })

  it('shows a live event with the fields the core left out, as the client sent them, and its pipeline', async () => {
    const res = await fetch(`${url}/v1/track`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Basic ${btoa(`${KEY}:`)}` },
      body: JSON.stringify({
        userId: 'u-warn',
        event: 'Product Viewed',
        messageId: `warn-${Math.random()}`,
        properties: { product_id: 'p1', price: 5, currency: 'ZZZ' }
      })
    })
    expect(res.status).toBe(200)
    const event = await waitFor('the ViewContent live', async () => {
      const body = await getJson('/console/api/live?event=ViewContent')
      return body.events[0]
    })
    expect(event.status).toBe('queued')
    expect(event.warnings).toContain('properties.currency (unsupported_currency)')
    // The value summed from the product's price goes with the currency, named as the client sent it.
    expect(event.warnings).toContain('properties.price (unsupported_currency)')
    expect(event.pipeline).toBe('view_content')
  })

  it('holds no raw personal data in any answer; live events carry the hashed email', async () => {
    const dead = await waitFor('the Lead dead-lettered', async () => (await getJson('/console/api/dead-letters')).count)
    expect(dead).toBe(1)
    const live = await waitFor('live events', async () => {
      const body = await getJson('/console/api/live?status=queued&event=Purchase')
      return body.events.length >= 10 ? body : undefined
    })
    expect(JSON.stringify(live)).toContain(await sha256Hex(RAW_EMAIL))
    expect(live.events[0]).toMatchObject({ status: 'queued', consent: 'granted', pipeline: 'tiktok_purchase' })
    const play = await fetch(`${url}/console/api/playground`, {
      method: 'POST',
      headers: { cookie, origin: url, 'content-type': 'application/json' },
      body: JSON.stringify({
        event: { type: 'track', event: 'Order Completed', userId: 'u1', context: { traits: { email: RAW_EMAIL } } }
      })
    })
    expect(play.status).toBe(200)
    const answers = [
      await play.text(),
      ...(await Promise.all(
        ['overview', 'match-quality', 'live', 'unmatched', 'dead-letters'].map(async (p) =>
          (await get(`/console/api/${p}`)).text()
        )
      ))
    ]
    for (const text of answers) {
      expect(text).not.toContain(RAW_EMAIL)
      expect(text).not.toContain(RAW_PHONE.slice(1))
    }
    expect(answers[0]).toContain(await sha256Hex(RAW_EMAIL))
  })
})
