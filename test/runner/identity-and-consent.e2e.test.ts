/**
 * Identify then track from the same person (a server-scoped write key, which may set traits for a userId): the
 * track reaches TikTok with the hashed email and phone learnt from the identify, and the raw email is nowhere in the
 * data dir. Consent and GPC decide at the edge.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FakeTikTok } from '../fake-tiktok/server.ts'
import { type RelayProcess, type RelayWithFake, startRelayWithFakeTikTok } from './relay-process.ts'
import { sha256Hex, waitFor } from './wait-for.ts'

const KEY = 'wk-identity'
const AUTH = { authorization: `Basic ${Buffer.from(`${KEY}:`).toString('base64')}` }
let fake: FakeTikTok
let relay: RelayProcess
let setup: RelayWithFake | undefined

beforeAll(async () => {
  setup = await startRelayWithFakeTikTok('PIXEL_ID', `${KEY}:server`)
  fake = setup.fake
  relay = setup.relay
})
afterAll(async () => {
  await setup?.close()
})

const post = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
  const res = await fetch(relay.url + path, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { ...AUTH, ...headers }
  })
  return { status: res.status, json: await res.json() }
}
const purchase = (userId: string, extra: Record<string, unknown> = {}) => ({
  userId,
  event: 'Order Completed',
  messageId: `m-${userId}-${Math.random()}`,
  properties: { order_id: `o-${userId}`, revenue: 30, currency: 'USD', products: [{ product_id: 'sku-9' }] },
  ...extra
})
const deliveredFor = (messageId: string) => fake.acceptedEvents().find((e) => e.event_id === messageId)

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? filesUnder(join(dir, d.name)) : [join(dir, d.name)]
  )
}

describe('identify, then track', () => {
  it('carries the hashed email and phone of an earlier identify, and never writes the raw email', async () => {
    const email = `Jane.Doe+${Date.now()}@Example.com`
    const userId = `user-${Date.now()}`
    const identify = await post('/v1/identify', {
      userId,
      traits: {
        email,
        phone: '+1 (415) 555-0100',
        firstName: 'Jane',
        address: { city: 'Austin', country: 'US', postalCode: '78701' }
      }
    })
    expect(identify.status).toBe(200)
    const track = purchase(userId)
    expect((await post('/v1/track', track)).status).toBe(200)

    const event = await waitFor('the purchase at TikTok', () => deliveredFor(track.messageId))
    expect([event.user?.email].flat()).toEqual([await sha256Hex(email.toLowerCase())])
    expect([event.user?.phone].flat()).toEqual([await sha256Hex('+14155550100')])
    expect(event.user?.first_name).toBe(await sha256Hex('jane'))
    // The raw email must not be anywhere on disk (queue, profiles, WAL).
    for (const file of filesUnder(relay.dataDir)) {
      const bytes = readFileSync(file)
      expect(bytes.includes(email), file).toBe(false)
      expect(bytes.includes(email.toLowerCase()), file).toBe(false)
    }
  })

  it('within one batch, an identify enriches the track after it', async () => {
    const userId = `batch-${Date.now()}`
    const email = `batch-${Date.now()}@example.com`
    const track = { type: 'track', ...purchase(userId) }
    const res = await post('/v1/batch', { batch: [{ type: 'identify', userId, traits: { email } }, track] })
    expect(res.json).toEqual({ success: true, accepted: 2 })
    const event = await waitFor('the batched purchase', () => deliveredFor(track.messageId))
    expect([event.user?.email].flat()).toEqual([await sha256Hex(email)])
  })

  it('a person who changes email and phone: later events carry the newest three emails and two phones', async () => {
    const userId = `changer-${Date.now()}`
    const emails = [1, 2, 3, 4].map((n) => `changer-${n}-${Date.now()}@example.com`)
    const phones = ['+1 415 555 0101', '+1 415 555 0102', '+1 415 555 0103']
    for (const [i, email] of emails.entries()) {
      const traits = { email, ...(phones[i] ? { phone: phones[i] } : {}) }
      expect((await post('/v1/identify', { userId, traits })).status).toBe(200)
    }
    const track = purchase(userId)
    expect((await post('/v1/track', track)).status).toBe(200)
    const event = await waitFor('the purchase after four identifies', () => deliveredFor(track.messageId))
    expect([event.user?.email].flat()).toEqual(await Promise.all([emails[3]!, emails[2]!, emails[1]!].map(sha256Hex)))
    expect([event.user?.phone].flat()).toEqual(await Promise.all(['+14155550103', '+14155550102'].map(sha256Hex)))
  })

  it('an alias carries the anonymous visitor’s keys over to the user id', async () => {
    const anonymousId = `anon-${Date.now()}`
    const userId = `aliased-${Date.now()}`
    const email = `alias-${Date.now()}@example.com`
    expect((await post('/v1/identify', { anonymousId, traits: { email } })).status).toBe(200)
    expect((await post('/v1/alias', { previousId: anonymousId, userId })).status).toBe(200)
    const track = purchase(userId)
    expect((await post('/v1/track', track)).status).toBe(200)
    const event = await waitFor('the aliased purchase', () => deliveredFor(track.messageId))
    expect([event.user?.email].flat()).toEqual([await sha256Hex(email)])
  })
})

describe('consent at the edge', () => {
  it.each([
    ['Sec-GPC: 1', { 'sec-gpc': '1' }, {}, 'gpc_opt_out'],
    ['navigator.globalPrivacyControl in context', {}, { context: { gpc: true } }, 'gpc_opt_out']
  ])('drops an event with %s (default gpcAction: drop), counted by reason', async (_n, headers, extra, reason) => {
    const before = await metric(`relay_intake_dropped_consent_total{reason="${reason}"}`)
    const track = purchase(`gpc-${Date.now()}`, extra)
    const res = await post('/v1/track', track, headers)
    expect(res.status).toBe(200)
    expect(res.json.dropped).toEqual([{ index: 0, reason }])
    expect(await metric(`relay_intake_dropped_consent_total{reason="${reason}"}`)).toBe(before + 1)
    // A later event is delivered, the dropped one never is.
    const later = purchase(`after-${Date.now()}`)
    await post('/v1/track', later)
    await waitFor('the later event', () => deliveredFor(later.messageId))
    expect(deliveredFor(track.messageId)).toBeUndefined()
  })

  it('an identify sent with GPC leaves no match keys behind for a later event without it', async () => {
    const userId = `gpc-identify-${Date.now()}`
    const identify = await post(
      '/v1/identify',
      { userId, traits: { email: `${userId}@example.com` } },
      { 'sec-gpc': '1' }
    )
    expect(identify.status).toBe(200)
    const track = purchase(userId)
    expect((await post('/v1/track', track)).status).toBe(200)
    const event = await waitFor('the later purchase', () => deliveredFor(track.messageId))
    expect(event.user?.email).toBeUndefined()
  })

  it('sends an event whose consent context grants everything', async () => {
    const track = purchase(`consent-${Date.now()}`, {
      context: { consent: { categoryPreferences: { Advertising: true, Analytics: true } } }
    })
    expect((await post('/v1/track', track)).json.dropped).toBeUndefined()
    await waitFor('the consented event', () => deliveredFor(track.messageId))
  })
})

async function metric(series: string): Promise<number> {
  const text = await (await fetch(`${relay.url}/metrics`)).text()
  const line = text.split('\n').find((l) => l.startsWith(`${series} `))
  return line ? Number(line.slice(series.length + 1)) : 0
}
