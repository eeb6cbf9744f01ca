/**
 * Three relays on one PostgreSQL take a 20,000-event load from the real analytics-node client while TikTok fails
 * (50002) and throttles (40100) now and then; one relay is killed (kill -9) halfway and never comes back. Every event
 * a relay answered 2xx for reaches TikTok, duplicates only under the same event_id, and the dead relay's leases are
 * taken over by the others within seconds.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { STALE_OWNER_MS } from '../../../runner/delivery/lease-keeper.ts'
import { type FakeTikTok, startFakeTikTok } from '../../fake-tiktok/server.ts'
import { testDatabase } from '../../fixtures/postgres.ts'
import { waitFor } from '../wait-for.ts'
import { type Cluster, spreadClient, sql, startCluster } from './cluster.ts'

const TOTAL = 20_000
let fake: FakeTikTok | undefined
let cluster: Cluster | undefined

afterEach(async () => {
  await cluster?.stop()
  await fake?.close()
})

/** Leased rows whose owner has not beaten its heartbeat since `since` (a dead relay's, until taken back). */
async function leasedByTheSilent(url: string, since: number): Promise<number> {
  const [row] = await sql<{ n: number }>(
    url,
    `SELECT count(*)::int AS n FROM queue q LEFT JOIN lease_owners o ON o.owner = q.lease_owner
     WHERE q.lease_owner IS NOT NULL AND (o.owner IS NULL OR o.heartbeat_at < $1)`,
    [since]
  )
  return row!.n
}

describe('kill -9 of one relay of three under load', () => {
  it('delivers every acknowledged event, duplicates only by event_id, and the dead relay’s leases move on', async () => {
    fake = await startFakeTikTok({ accessToken: 'test-token', latencyMs: 40, keepRequests: false })
    const databaseUrl = await testDatabase('crash')
    cluster = await startCluster(databaseUrl, fake, 3, { RELAY_BACKOFF_BASE_MS: '100', RELAY_BACKOFF_CAP_MS: '2000' })
    const victim = cluster.relays[1]!
    let live = cluster.relays.map((r) => r.url)
    const client = spreadClient(() => live)
    // TikTok fails and throttles a few requests every 300 ms for the whole load.
    const trouble = setInterval(
      () =>
        fake!.answerNext(
          { kind: 'code', code: 40100, message: 'Too many requests' },
          { kind: 'code', code: 50002, message: 'Internal error' }
        ),
      300
    )
    const errors: unknown[] = []
    client.analytics.on('error', (e) => errors.push(e))
    const sent: string[] = []
    try {
      for (let i = 0; i < TOTAL; i++) {
        const messageId = `crash3-${i}`
        sent.push(messageId)
        client.analytics.track({
          userId: `user-${i % 500}`,
          messageId,
          event: 'Order Completed',
          properties: { order_id: messageId, revenue: 10, currency: 'USD' }
        })
        // Let the SDK send while we queue (as a busy app would): a yield every 500 calls.
        if (i % 500 === 499) await new Promise((r) => setTimeout(r, 5))
      }
      await waitFor('half the load acknowledged', () => client.acknowledged.size >= TOTAL / 2, 120_000)
      const killedAt = Date.now()
      await victim.kill()
      // The load balancer notices a second later; until then the SDK retries what the dead relay refused.
      setTimeout(() => {
        live = live.filter((u) => u !== victim.url)
      }, 1000)

      // Within seconds the live relays take back what the dead one had leased.
      await new Promise((r) => setTimeout(r, 1500))
      let seen = 0
      const takenBack = await waitFor(
        'the dead relay’s leases taken back',
        async () => {
          const n = await leasedByTheSilent(databaseUrl, killedAt)
          seen = Math.max(seen, n)
          return n === 0 ? Date.now() - killedAt : undefined
        },
        60_000
      )
      // It held leases when it died (thousands, under this load), and they were back in the queue within seconds:
      // an owner silent for STALE_OWNER_MS (10 s) is dead, and the live relays look every heartbeat (1 s).
      expect(seen).toBeGreaterThan(0)
      expect(takenBack).toBeLessThan(STALE_OWNER_MS + 20_000)

      await client.analytics.closeAndFlush({ timeout: 180_000 })
      expect(errors).toEqual([])
      expect(client.acknowledged.size).toBe(TOTAL)
    } finally {
      clearInterval(trouble)
    }

    const ids = () => fake!.stats().eventIds
    await waitFor('every acknowledged event at TikTok', () => sent.every((id) => ids()[id]), 180_000)
    const counts = ids()
    // Nothing but our events, each under its own messageId as event_id: a second copy is one TikTok drops.
    const known = new Set(sent)
    expect(Object.keys(counts).filter((id) => !known.has(id))).toEqual([])
    expect(Object.keys(counts)).toHaveLength(TOTAL)
    // A copy only ever comes in another request (a lease taken over), never twice in one.
    expect(fake.stats().repeatsWithinRequest).toBe(0)
    const answered = [...client.answers.get(victim.url)!.keys()]
    expect(answered).toContain('200')
  }, 420_000)
})
