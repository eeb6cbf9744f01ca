/**
 * Relays sharing one PostgreSQL queue share a shallow backlog: a lease takes what its relay can send soon
 * (delivery/buffer-size.ts), not all its buffer holds, so the first relay to lease does not take the whole queue while
 * the others sit idle. TikTok answers slowly here (2 s), as it does under load: a relay that took every row
 * would send them a few requests at a time while the other relay had none.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { openPostgresStore } from '../../../runner/store/postgres/postgres-store.ts'
import { type FakeTikTok, startFakeTikTok } from '../../fake-tiktok/server.ts'
import { testDatabase } from '../../fixtures/postgres.ts'
import { waitFor } from '../wait-for.ts'
import { startWorker, stopWorkers } from './shared-store-workers.ts'
import { items } from './store-fixtures.ts'

let fake: FakeTikTok | undefined
afterEach(async () => {
  await stopWorkers()
  await fake?.close()
})

describe('a shallow queue shared by relays', () => {
  it('two relays on one PostgreSQL database both send when the backlog is a few requests deep', async () => {
    const url = await testDatabase()
    fake = await startFakeTikTok({ accessToken: 'test-token', latencyMs: 2000 })
    const f = fake
    // 2 requests of 100 events in flight per relay: 500 queued events are 2.5 rounds of one relay's requests, and all
    // fit in what one relay used to hold (a buffer of 300 rows beside the 200 in flight): relay A took them all.
    const delivery = { concurrency: 2, maxBatch: 100 }
    const storeA = await openPostgresStore(url)
    await storeA.enqueue({ items: items(500, 'shallow') })
    // Relay A starts on the backlog; relay B joins once A's first requests are on their way (A has leased by then).
    const a = startWorker(storeA, f, 'test-token', delivery)
    await waitFor('relay A sending', () => f.requests.length > 0)
    await new Promise((r) => setTimeout(r, 200))
    const b = startWorker(await openPostgresStore(url), f, 'test-token', delivery)
    await waitFor('500 events at TikTok', () => Object.keys(f.stats().eventIds).length === 500, 30_000)
    await waitFor('an empty queue', async () => (await a.store.queue.depth()) === 0)
    const [byA, byB] = [a, b].map((r) => r.worker.stats().delivered)
    expect(byA! + byB!).toBe(500)
    // Both relays sent: A leased what it could send soon (2 requests and one batch ready), B the rest.
    expect(byA).toBeGreaterThanOrEqual(100)
    expect(byB).toBeGreaterThanOrEqual(100)
    expect(Object.values(f.stats().eventIds).every((n) => n === 1)).toBe(true)
  })
})
