/**
 * Console sessions end for real, on every relay of a shared PostgreSQL store: a sign-out on one relay makes the
 * cookie (copied anywhere) stop working on all of them, and a relay with another admin token takes no session made
 * under the old one. Wrong admin tokens are throttled per client (429 with Retry-After after 5 in 15 minutes), by
 * the sign-in form and by the Bearer header, while other clients still sign in. Relay processes as users run them;
 * RELAY_TRUST_PROXY=1 lets the test speak as several clients (X-Forwarded-For, as a proxy in front would write it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type FakeTikTok, startFakeTikTok } from '../../fake-tiktok/server.ts'
import { testDatabase } from '../../fixtures/postgres.ts'
import { type Cluster, startCluster } from '../multi-relay/cluster.ts'
import { type RelayProcess, startRelayProcess } from '../relay-process.ts'

const TOKEN = 'console-sessions-token-0123456789'
const NEW_TOKEN = 'console-sessions-token-rotated-42'
let fake: FakeTikTok
let cluster: Cluster
let rotated: RelayProcess

beforeAll(async () => {
  fake = await startFakeTikTok({ accessToken: 'test-token' })
  const databaseUrl = await testDatabase('console-sessions')
  cluster = await startCluster(databaseUrl, fake, 2, { RELAY_ADMIN_TOKEN: TOKEN, RELAY_TRUST_PROXY: '1' })
  // The same database, after the admin token was changed (as a relay restarted with a new RELAY_ADMIN_TOKEN).
  rotated = await startRelayProcess({
    RELAY_DATABASE_URL: databaseUrl,
    RELAY_ADMIN_TOKEN: NEW_TOKEN,
    RELAY_TRUST_PROXY: '1'
  })
}, 120_000)

afterAll(async () => {
  await rotated?.stop()
  await cluster?.stop()
  await fake?.close()
})

const signIn = (url: string, token: string, client = '198.51.100.1') =>
  fetch(`${url}/console/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': client },
    body: `token=${encodeURIComponent(token)}`
  })
const cookieOf = (res: Response) => res.headers.get('set-cookie')!.split(';')[0]!
const overview = (url: string, cookie: string) =>
  fetch(`${url}/console/api/overview`, { headers: { cookie } }).then((r) => r.status)

describe('console sessions on relays sharing PostgreSQL', () => {
  it('a sign-out on one relay ends the session on every relay; another browser stays signed in', async () => {
    const [a, b] = cluster.relays.map((r) => r.url)
    const cookie = cookieOf(await signIn(a!, TOKEN))
    const other = cookieOf(await signIn(b!, TOKEN))
    expect([await overview(a!, cookie), await overview(b!, cookie)]).toEqual([200, 200])

    const out = await fetch(`${b}/console/sign-out`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie, origin: b! }
    })
    expect(out.status).toBe(303)
    expect(out.headers.get('set-cookie')).toMatch(/^relay_console=; .*Max-Age=0/)
    // The copied cookie, still sent as it was: refused everywhere, and a page goes back to the sign-in form.
    expect([await overview(a!, cookie), await overview(b!, cookie)]).toEqual([401, 401])
    const page = await fetch(`${a}/console`, { redirect: 'manual', headers: { cookie } })
    expect(page.status).toBe(303)
    expect(page.headers.get('location')).toBe('/console/sign-in')
    expect([await overview(a!, other), await overview(b!, other)]).toEqual([200, 200])
  })

  it('a relay with a changed admin token takes no session made under the old one', async () => {
    const [a] = cluster.relays.map((r) => r.url)
    const cookie = cookieOf(await signIn(a!, TOKEN))
    expect(await overview(a!, cookie)).toBe(200)
    expect(await overview(rotated.url, cookie)).toBe(401)
    expect(await overview(rotated.url, cookieOf(await signIn(rotated.url, NEW_TOKEN)))).toBe(200)
  })
})

describe('wrong admin tokens', () => {
  it('the sign-in form answers 429 with Retry-After from the 6th try in 15 minutes; other clients sign in', async () => {
    const [a] = cluster.relays.map((r) => r.url)
    const guesser = '203.0.113.50'
    for (let i = 0; i < 5; i++) expect((await signIn(a!, `guess-${i}`, guesser)).status).toBe(401)
    const refused = await signIn(a!, 'guess-5', guesser)
    expect(refused.status).toBe(429)
    const wait = Number(refused.headers.get('retry-after'))
    expect(wait).toBeGreaterThan(800)
    expect(wait).toBeLessThanOrEqual(900)
    expect(await refused.text()).toContain('Too many wrong tokens from this address: try again in')
    // The right token from the throttled client too: guessing must not go on.
    const right = await signIn(a!, TOKEN, guesser)
    expect(right.status).toBe(429)
    expect(right.headers.get('set-cookie')).toBeNull()
    expect((await signIn(a!, TOKEN, '203.0.113.51')).status).toBe(303)
  })

  it('the Bearer header counts too: 429 JSON with Retry-After, and the right token from another client works', async () => {
    const [, b] = cluster.relays.map((r) => r.url)
    const ask = (token: string, client: string) =>
      fetch(`${b}/console/api/overview`, {
        headers: { authorization: `Bearer ${token}`, 'x-forwarded-for': client }
      })
    for (let i = 0; i < 5; i++) expect((await ask(`guess-${i}`, '203.0.113.60')).status).toBe(401)
    const refused = await ask(TOKEN, '203.0.113.60')
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(800)
    expect(await refused.json()).toMatchObject({ success: false, code: 'too_many_tries' })
    expect((await ask(TOKEN, '203.0.113.61')).status).toBe(200)
  })
})
