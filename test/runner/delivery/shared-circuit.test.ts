/**
 * Issue 11's circuit shared by relays: two delivery workers on one PostgreSQL database (and, for comparison, one on
 * SQLite), the fake TikTok down then back. While it is down the relays together send one probe per interval, not
 * one each, and nothing else; once a probe gets through, both deliver, every event once. A refused access token holds
 * the circuit of that token only: relays with the same wrong token hold together, a relay with another token keeps
 * delivering beside one held, and a relay restarted with the same token probes its held circuit at once.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { openPostgresStore } from '../../../runner/store/postgres/postgres-store.ts'
import { openSqliteStore } from '../../../runner/store/sqlite-store.ts'
import type { Store } from '../../../runner/store/store-interface.ts'
import { type FakeTikTok, startFakeTikTok } from '../../fake-tiktok/server.ts'
import { testDatabase } from '../../fixtures/postgres.ts'
import { waitFor } from '../wait-for.ts'
import { circuitState, type Relay, startWorker, stopWorkers } from './shared-store-workers.ts'
import { items, PIXEL, tempDataDir } from './store-fixtures.ts'

const WRONG_TOKEN = 'wrong-token-5ecr3t-do-not-log'

let fake: FakeTikTok | undefined
afterEach(async () => {
  await stopWorkers()
  await fake?.close()
})

async function outageThenRecovery(open: () => Promise<Store>, count: number) {
  fake = await startFakeTikTok({ accessToken: 'test-token' })
  const f = fake
  f.downFor(600_000)
  const a = startWorker(await open(), f)
  const b = count > 1 ? startWorker(await open(), f) : undefined
  await a.store.enqueue({ items: items(50, 'first') })
  await waitFor('the circuit open on every relay', () =>
    [a, b].every((r) => r === undefined || circuitState(r) !== 'closed')
  )
  await a.store.enqueue({ items: items(3000, 'held') })
  const from = Date.now()
  await new Promise((r) => setTimeout(r, 5000))
  const to = Date.now()
  f.downFor(0)
  const times = f.requests.map((r) => r.receivedAt).filter((t) => t >= from && t < to)
  const gaps = times.slice(1).map((t, i) => t - times[i]!)
  await waitFor('3,050 events at TikTok', () => Object.keys(f.stats().eventIds).length === 3050, 60_000)
  await waitFor('an empty queue', async () => (await a.store.queue.depth()) === 0)
  return {
    whileDown: times.length,
    minGap: Math.min(...gaps),
    relays: [a, b].filter((r) => r !== undefined) as Relay[]
  }
}

describe('a pixel circuit shared through the store', () => {
  it('two relays on one PostgreSQL database: one probe per interval between them, then every event delivered once', async () => {
    const url = await testDatabase()
    const { whileDown, minGap, relays: both } = await outageThenRecovery(() => openPostgresStore(url), 2)
    // 5 s down, a probe a second: about 5 requests for both relays together, never two at once (one each), never
    // 3,000 events' worth of batches.
    expect(whileDown).toBeGreaterThanOrEqual(2)
    expect(whileDown).toBeLessThanOrEqual(8)
    expect(minGap).toBeGreaterThanOrEqual(900)
    expect(Object.values(fake!.stats().eventIds).every((n) => n === 1)).toBe(true)
    expect(fake!.stats().repeatsWithinRequest).toBe(0)
    // The relay that did not probe sees the closing at its next read of the circuits (each second).
    await waitFor('both relays closed', () => both.every((r) => circuitState(r) === 'closed'), 10_000)
    // One relay opened it and one closed it: each logs once, not once per relay.
    const all = both.flatMap((r) => r.logs)
    expect(all.filter((l) => l.includes('circuit opened'))).toHaveLength(1)
    expect(all.filter((l) => l.includes('circuit closed'))).toHaveLength(1)
    expect(await both[0]!.store.circuits.list()).toEqual([])
  })

  it('two relays on one PostgreSQL database with a wrong token hold the pixel together; restarted right, deliver once', async () => {
    const url = await testDatabase()
    fake = await startFakeTikTok({ accessToken: 'test-token' })
    const f = fake
    const wrong = [
      startWorker(await openPostgresStore(url), f, 'wrong'),
      startWorker(await openPostgresStore(url), f, 'wrong')
    ]
    await wrong[0]!.store.enqueue({ items: items(500, 'held') })
    await waitFor('held on both relays', () => wrong.every((r) => circuitState(r) === 'held'))
    const from = Date.now()
    await new Promise((r) => setTimeout(r, 3500))
    // A probe a second between both relays, each refused: nothing dead-lettered, every event still queued.
    const refused = f.requests.filter((r) => r.receivedAt >= from).length
    expect(refused).toBeGreaterThanOrEqual(1)
    expect(refused).toBeLessThanOrEqual(6)
    expect(await wrong[0]!.store.deadLetters.count()).toBe(0)
    expect(await wrong[1]!.store.queue.depth()).toBe(500)
    expect((await wrong[1]!.store.circuits.list())[0]).toMatchObject({
      authFault: 'TikTok refused the access token (40105)'
    })
    // One relay logs the hold's start (the other saw it in the store).
    const held = wrong.flatMap((r) => r.logs).filter((l) => l.includes('fix the token'))
    expect(held.filter((l) => l.includes('"level":"error"'))).toHaveLength(1)
    expect(held.join('\n')).not.toContain('"wrong"')
    await stopWorkers()

    const right = [startWorker(await openPostgresStore(url), f), startWorker(await openPostgresStore(url), f)]
    await waitFor('500 events at TikTok', () => Object.keys(f.stats().eventIds).length === 500, 60_000)
    expect(Object.values(f.stats().eventIds).every((n) => n === 1)).toBe(true)
    await waitFor('both relays closed', () => right.every((r) => circuitState(r) === 'closed'), 10_000)
    // The wrong token's circuit is left to expire (no relay probes it): it held only relays with that token.
    expect((await right[0]!.store.circuits.list()).map((c) => c.authFault)).toEqual([
      'TikTok refused the access token (40105)'
    ])
    expect(await right[1]!.store.deadLetters.count()).toBe(0)
  })

  it('relays on one PostgreSQL database with different tokens: the refused one holds its own sends, the other delivers all', async () => {
    const url = await testDatabase()
    fake = await startFakeTikTok({ accessToken: 'test-token' })
    const f = fake
    const wrong = startWorker(await openPostgresStore(url), f, WRONG_TOKEN)
    // The wrong relay alone first, so it is the one that leases and is refused; then the right one joins the store.
    await wrong.store.enqueue({ items: items(500, 'first') })
    await waitFor('held on the relay with the wrong token', () => circuitState(wrong) === 'held')
    const right = startWorker(await openPostgresStore(url), f)
    await waitFor('500 events at TikTok', () => Object.keys(f.stats().eventIds).length === 500, 30_000)
    // For 4 s more, and more events: neither relay undoes the other's state (it used to flip between held and closed).
    const states = new Set<string>()
    const sampler = setInterval(() => states.add(`${circuitState(wrong)}/${circuitState(right)}`), 50)
    await wrong.store.enqueue({ items: items(300, 'later') })
    await new Promise((r) => setTimeout(r, 4000))
    clearInterval(sampler)
    // The wrong relay probing now and again is still held.
    expect([...states].sort()).toEqual(['held/closed', 'probing/closed'].filter((s) => states.has(s)))
    expect(states.has('held/closed')).toBe(true)
    await waitFor('800 events at TikTok', () => Object.keys(f.stats().eventIds).length === 800, 30_000)
    expect(Object.values(f.stats().eventIds).every((n) => n === 1)).toBe(true)
    expect(wrong.worker.stats().delivered).toBe(0)
    expect(right.worker.stats().delivered).toBe(800)
    // The refused token sends one probe a second, not its events.
    const refused = f.requests.filter((r) => r.headers['access-token'] === WRONG_TOKEN)
    expect(refused.length).toBeLessThanOrEqual(12)
    // The held circuit is the token's: a fingerprint, never the token; /healthz of each relay says what holds it.
    const [circuit, ...none] = await right.store.circuits.list()
    expect(none).toEqual([])
    expect(circuit).toMatchObject({ authFault: 'TikTok refused the access token (40105)' })
    expect(circuit!.tokenFingerprint).toMatch(/^[0-9a-f]{32}$/)
    expect(JSON.stringify(circuit)).not.toContain(WRONG_TOKEN)
    expect(wrong.worker.deliveryHeld()).toEqual([
      `TikTok refused the access token (40105) for pixel ${PIXEL} (access token ${circuit!.tokenFingerprint!.slice(0, 8)}): relays sending with this token hold the pixel's events in the queue; fix the token and restart them`
    ])
    expect(right.worker.deliveryHeld()).toEqual([])
    const logs = [...wrong.logs, ...right.logs].join('\n')
    expect(logs).not.toContain(WRONG_TOKEN)
    expect(
      wrong.logs.filter((l) => l.includes('"level":"error"') && l.includes('relays sending with this token'))
    ).toHaveLength(1)
    expect(await right.store.deadLetters.count()).toBe(0)
    expect(await right.store.queue.depth()).toBe(0)
  })

  it('a relay restarted with the same token probes its held circuit at once (a permission granted meanwhile)', async () => {
    const url = await testDatabase()
    fake = await startFakeTikTok({ accessToken: 'test-token' })
    const f = fake
    f.setDefaultAnswer({ kind: 'code', code: 40001, message: 'No permission to operate pixel code' })
    // The longest probe interval: the restarted relay must not wait for it.
    const slow = { probeMaxIntervalMs: 30_000 }
    const first = startWorker(await openPostgresStore(url), f, 'test-token', slow)
    await first.store.enqueue({ items: items(200, 'no-permission') })
    await waitFor('held', () => circuitState(first) === 'held')
    expect(first.worker.deliveryHeld()).toEqual([
      expect.stringMatching(
        /^the access token has no permission on the pixel \(40001\) for pixel \w+ \(access token [0-9a-f]{8}\)/
      )
    ])
    await stopWorkers()
    // The permission is granted in TikTok; the relay restarts with the same token.
    f.setDefaultAnswer({ kind: 'ok' })
    const refusedAt = f.requests.at(-1)!.receivedAt
    const again = startWorker(await openPostgresStore(url), f, 'test-token', slow)
    await waitFor('200 events at TikTok', () => Object.keys(f.stats().eventIds).length === 200, 20_000)
    expect(Date.now() - refusedAt).toBeLessThan(30_000)
    expect(again.logs.some((l) => l.includes('probing now, at the relay start'))).toBe(true)
    await waitFor('closed', () => circuitState(again) === 'closed')
    expect(await again.store.circuits.list()).toEqual([])
  })

  it('one relay on SQLite: the same circuit, the same result', async () => {
    const dir = tempDataDir('relay-shared-circuit-')
    const { whileDown, minGap } = await outageThenRecovery(() => openSqliteStore(dir), 1)
    expect(whileDown).toBeGreaterThanOrEqual(2)
    expect(whileDown).toBeLessThanOrEqual(8)
    expect(minGap).toBeGreaterThanOrEqual(900)
    expect(Object.values(fake!.stats().eventIds).every((n) => n === 1)).toBe(true)
  })
})
