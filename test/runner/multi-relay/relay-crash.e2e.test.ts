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

/** From 1.5 s after the kill (live relays have beaten since), until no row is leased by a silent owner. */
async function watchTakeover(url: string, killedAt: number): Promise<{ seen: number; takenBack: number }> {
  await new Promise((r) => setTimeout(r, 1500))
  let seen = 0
  const takenBack = await waitFor(
    'the dead relay’s leases taken back',
    async () => {
      const n = await leasedByTheSilent(url, killedAt)
      seen = Math.max(seen, n)
      return n === 0 ? Date.now() - killedAt : undefined
    },
    60_000
  )
  return { seen, takenBack }
}

describe('kill -9 of one relay of three under load', () => {
  it('delivers every acknowledged event, duplicates only by event_id, and the dead relay’s leases move on', async () => {
    fake = await startFakeTikTok({ accessToken: 'test-token', latencyMs: 40, keepRequests: false })
    const databaseUrl = await testDatabase('crash')
    // Small requests and few in flight keep each relay's lease to a few hundred rows (its buffer: (concurrency + 1) x
    // batch), so all three hold leases at once rather than the first to lease taking the whole queue.
    cluster = await startCluster(databaseUrl, fake, 3, {
      RELAY_BACKOFF_BASE_MS: '100',
      RELAY_BACKOFF_CAP_MS: '2000',
      RELAY_MAX_BATCH: '100',
      RELAY_CONCURRENCY: '2'
    })
    const victim = cluster.relays[1]!
    let live = cluster.relays.map((r) => r.url)
    const client = spreadClient(() => live)
    // TikTok fails (50002) and throttles (40100) for 300 ms of every second, but for the moment of the kill.
    let outage = 0
    let trouble: ReturnType<typeof setInterval> | undefined
    const makeTrouble = () => {
      trouble = setInterval(() => {
        const code = outage++ % 2 === 0 ? 50002 : 40100
        fake!.downFor(300, { kind: 'code', code, message: code === 40100 ? 'Too many requests' : 'Internal error' })
      }, 1000)
    }
    makeTrouble()
    const errors: unknown[] = []
    client.analytics.on('error', (e) => errors.push(e))
    const sent: string[] = []
    let killedAt = 0
    let takeover: ReturnType<typeof watchTakeover> | undefined
    let killing: Promise<void> | undefined
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
        // An app's pace: the load lasts seconds, so the kill lands in the middle of it.
        if (i % 500 === 499) await new Promise((r) => setTimeout(r, 100))
        if (i !== TOTAL / 2) continue
        // The kill lands while every relay holds leases: TikTok answers slowly for a moment (while it fails, the
        // pixel's circuit is open and its rows wait in the queue, unleased), until three owners hold rows. The load
        // goes on meanwhile, so every relay has fresh rows to lease.
        clearInterval(trouble)
        fake.setLatency(2000)
        killing = (async () => {
          await waitFor(
            'every relay holding leases',
            async () =>
              (
                await sql<{ n: number }>(
                  databaseUrl,
                  'SELECT count(DISTINCT lease_owner)::int AS n FROM queue WHERE lease_owner IS NOT NULL'
                )
              )[0]!.n === 3,
            120_000
          )
          killedAt = Date.now()
          await victim.kill()
          fake!.setLatency(40)
          makeTrouble()
          // The load balancer notices a second later; until then the SDK retries what the dead relay refused.
          setTimeout(() => {
            live = live.filter((u) => u !== victim.url)
          }, 1000)
          takeover = watchTakeover(databaseUrl, killedAt)
        })()
      }
      await killing
      // It held leases when it died, and they were back in the queue within seconds: an owner silent for
      // STALE_OWNER_MS (10 s) is dead, and the live relays look every heartbeat (1 s).
      const { seen, takenBack } = await takeover!
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
