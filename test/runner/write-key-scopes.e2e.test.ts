/**
 * Profile poisoning, tried as an attacker would: with the public browser write key (copied from any page), identify
 * someone else's userId with your own email, or alias your anonymous id onto theirs, and hope their later purchases
 * reach TikTok with your hashes. A browser-scoped key binds traits only to the caller's own anonymousId; only a
 * server-scoped key (`key:server` in RELAY_WRITE_KEYS) may set traits for a userId.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FakeTikTok } from '../fake-tiktok/server.ts'
import { type RelayProcess, type RelayWithFake, startRelayWithFakeTikTok } from './relay-process.ts'
import { sha256Hex, waitFor } from './wait-for.ts'

const BROWSER_KEY = 'wk-web-public'
const SERVER_KEY = 'wk-backend-secret'
let setup: RelayWithFake | undefined
let fake: FakeTikTok
let relay: RelayProcess

beforeAll(async () => {
  // The browser key names no scope: browser is the default.
  setup = await startRelayWithFakeTikTok('PIXEL_SCOPES', `${BROWSER_KEY},${SERVER_KEY}:server`)
  fake = setup.fake
  relay = setup.relay
})
afterAll(async () => {
  await setup?.close()
})

const run = `${Date.now()}`
const send = async (key: string, path: string, body: Record<string, unknown>) => {
  const res = await fetch(relay.url + path, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { authorization: `Basic ${btoa(`${key}:`)}` }
  })
  expect(res.status).toBe(200)
}
/** An Order Completed as `key` sends it; resolves with what TikTok received. */
async function purchase(key: string, ids: Record<string, string>) {
  const messageId = `buy-${Math.random()}`
  await send(key, '/v1/track', {
    ...ids,
    event: 'Order Completed',
    messageId,
    properties: { revenue: 1, currency: 'USD' }
  })
  return waitFor(`the purchase ${messageId}`, () => fake.acceptedEvents().find((e) => e.event_id === messageId))
}
const emails = (event: { user?: { email?: string | string[] } }) => [event.user?.email ?? []].flat()

describe('a browser-scoped (public) write key', () => {
  it("cannot put an attacker's email on someone else's userId", async () => {
    const victim = `victim-${run}`
    await send(BROWSER_KEY, '/v1/identify', {
      userId: victim,
      anonymousId: `attacker-anon-${run}`,
      traits: { email: `attacker-${run}@evil.example` }
    })
    const attackerHash = await sha256Hex(`attacker-${run}@evil.example`)
    // The victim's server-side purchase, and one from the victim's own browser.
    expect(emails(await purchase(SERVER_KEY, { userId: victim }))).not.toContain(attackerHash)
    expect(emails(await purchase(BROWSER_KEY, { userId: victim, anonymousId: `victim-anon-${run}` }))).not.toContain(
      attackerHash
    )
  })

  it('never changes what a server key set for a userId', async () => {
    const victim = `server-known-${run}`
    await send(SERVER_KEY, '/v1/identify', { userId: victim, traits: { email: `real-${run}@example.com` } })
    await send(BROWSER_KEY, '/v1/identify', {
      userId: victim,
      anonymousId: `attacker-anon-2-${run}`,
      traits: { email: `attacker-2-${run}@evil.example` }
    })
    expect(emails(await purchase(SERVER_KEY, { userId: victim }))).toEqual([await sha256Hex(`real-${run}@example.com`)])
  })

  it("cannot alias its anonymous id onto someone else's userId", async () => {
    const victim = `alias-victim-${run}`
    const anonymousId = `attacker-anon-3-${run}`
    await send(BROWSER_KEY, '/v1/identify', { anonymousId, traits: { email: `attacker-3-${run}@evil.example` } })
    await send(BROWSER_KEY, '/v1/alias', { previousId: anonymousId, userId: victim })
    expect(emails(await purchase(SERVER_KEY, { userId: victim }))).toEqual([])
  })

  it("binds the traits to the browser's own anonymousId: that browser's later events carry them", async () => {
    const anonymousId = `shopper-anon-${run}`
    await send(BROWSER_KEY, '/v1/identify', {
      userId: `shopper-${run}`,
      anonymousId,
      traits: { email: `shopper-${run}@example.com` }
    })
    const later = await purchase(BROWSER_KEY, { userId: `shopper-${run}`, anonymousId })
    expect(emails(later)).toEqual([await sha256Hex(`shopper-${run}@example.com`)])
  })
})

describe('a server-scoped write key', () => {
  it("sets traits for a userId and carries an anonymous visitor's profile over with alias", async () => {
    const userId = `backend-user-${run}`
    await send(SERVER_KEY, '/v1/identify', { userId, traits: { email: `backend-${run}@example.com` } })
    expect(emails(await purchase(SERVER_KEY, { userId }))).toEqual([await sha256Hex(`backend-${run}@example.com`)])
    const anonymousId = `backend-anon-${run}`
    const aliased = `backend-aliased-${run}`
    await send(SERVER_KEY, '/v1/identify', { anonymousId, traits: { phone: '+1 415 555 0100' } })
    await send(SERVER_KEY, '/v1/alias', { previousId: anonymousId, userId: aliased })
    expect([(await purchase(SERVER_KEY, { userId: aliased })).user?.phone].flat()).toEqual([
      await sha256Hex('+14155550100')
    ])
  })
})
