/**
 * Three relays as a user runs them (`serve`), on one PostgreSQL database: what one relay learns, the others know.
 * An identify taken by one relay enriches a track another relay takes, and a messageId sent to two relays reaches
 * TikTok once. The real @segment/analytics-node client sends, the fake TikTok receives.
 */
import { Analytics } from '@segment/analytics-node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type FakeTikTok, startFakeTikTok } from '../../fake-tiktok/server.ts'
import { testDatabase } from '../../fixtures/postgres.ts'
import { runCli } from '../relay-process.ts'
import { sha256Hex, waitFor } from '../wait-for.ts'
import { type Cluster, sql, startCluster, WRITE_KEY } from './cluster.ts'

let fake: FakeTikTok
let cluster: Cluster
let databaseUrl: string

beforeAll(async () => {
  fake = await startFakeTikTok({ accessToken: 'test-token' })
  databaseUrl = await testDatabase('cluster')
  cluster = await startCluster(databaseUrl, fake, 3)
}, 120_000)

afterAll(async () => {
  await cluster?.stop()
  await fake?.close()
})

/** A client talking to one relay only. */
const clientOf = (url: string) => new Analytics({ writeKey: WRITE_KEY, host: url, flushAt: 1, maxRetries: 3 })

const eventsOf = async (userId: string) => {
  const hash = await sha256Hex(userId)
  return fake.acceptedEvents().filter((e) => [e.user?.external_id].flat().includes(hash))
}

describe('three relays, one PostgreSQL', () => {
  it('an identify on one relay puts its hashed keys on a track another relay takes', async () => {
    const [a, b] = cluster.relays
    const userId = `cluster-user-${Date.now()}`
    const email = `Cluster.${Date.now()}@Example.com`
    const phone = '+1 (415) 555-0142'
    const first = clientOf(a!.url)
    first.identify({ userId, traits: { email, phone } })
    await first.closeAndFlush({ timeout: 10_000 })

    const second = clientOf(b!.url)
    second.track({ userId, event: 'Order Completed', properties: { order_id: 'o-x', revenue: 30, currency: 'EUR' } })
    await second.closeAndFlush({ timeout: 10_000 })

    const [event] = await waitFor('the purchase at TikTok', async () => {
      const found = await eventsOf(userId)
      return found.length > 0 ? found : undefined
    })
    expect(event!.event).toBe('Purchase')
    expect([event!.user?.email].flat()).toEqual([await sha256Hex(email.toLowerCase())])
    expect([event!.user?.phone].flat()).toEqual([await sha256Hex('+14155550142')])
    // Hashed keys only: the raw email is in no table of the shared database.
    const rows = await sql<{ n: number }>(
      databaseUrl,
      `SELECT count(*)::int AS n FROM profiles WHERE profile_json ILIKE $1
       UNION ALL SELECT count(*)::int FROM queue_events WHERE event_json ILIKE $1`,
      [`%${email.split('@')[0]}%`]
    )
    expect(rows.map((r) => r.n)).toEqual([0, 0])
  })

  it('the same messageId sent to two relays reaches TikTok once, and the second answer says duplicate', async () => {
    const [, b, c] = cluster.relays
    const userId = `cluster-dup-${Date.now()}`
    const messageId = `dup-${Date.now()}`
    const call = {
      userId,
      messageId,
      event: 'Order Completed',
      properties: { order_id: 'o-d', revenue: 5, currency: 'USD' }
    }
    const first = clientOf(b!.url)
    first.track(call)
    await first.closeAndFlush({ timeout: 10_000 })
    // The retry of a client whose 200 was lost lands on another relay.
    const res = await fetch(`${c!.url}/v1/track`, {
      method: 'POST',
      headers: { authorization: `Basic ${btoa(`${WRITE_KEY}:`)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'track', ...call })
    })
    expect(await res.json()).toEqual({ success: true, accepted: 0, duplicates: 1 })

    await waitFor('the purchase at TikTok', async () => (await eventsOf(userId)).length > 0)
    // Every relay's worker had time to deliver a second copy, had there been one.
    await waitFor('an empty shared queue', async () => {
      const out = await runCli(['status', '--json'], { RELAY_DATABASE_URL: databaseUrl })
      return out.code === 0 && JSON.parse(out.stdout).queueDepth === 0
    })
    expect(fake.stats().eventIds[messageId]).toBe(1)
  })

  it('status reads the shared store through RELAY_DATABASE_URL and names the database without its password', async () => {
    const url = new URL(databaseUrl)
    url.password = 'not-the-password'
    const out = await runCli(['status'], { RELAY_DATABASE_URL: url.toString() })
    expect(out.stdout).toContain('Database:')
    expect(out.stdout).toContain('Queue depth:')
    expect(`${out.stdout}${out.stderr}`).not.toContain('not-the-password')
  })
})
