/**
 * The store conformance suite (unstorage's testDriver pattern): one function of tests, called once per
 * implementation (sqlite-store.test.ts, postgres/postgres-store.test.ts), so both stores answer every operation of
 * store-interface.ts the same way. Each test opens its own database (a data dir, a PostgreSQL database) and, where
 * relays share one, two or more store instances on it.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { items, PIXEL, ROUTE, tikTokEvent } from '../../../test/runner/delivery/store-fixtures.ts'
import { StoreClosedError, StoreUnavailableError } from '../store-errors.ts'
import type { EnqueueRequest, MessageClaim, Store } from '../store-interface.ts'
import { testConsoleSessions } from './console-sessions-suite.ts'
import { testConsoleStats } from './console-suite.ts'

export interface StoreHarness {
  name: string
  /** A new, empty database; what open() takes to reach it. */
  freshDatabase(): Promise<string>
  /** One more store instance (one relay) on the database. */
  open(database: string, options?: { dedupWindowMs?: number }): Promise<Store>
  /** Every byte of text the database holds (tables, files), for the privacy check. */
  dump(database: string): Promise<string>
  /**
   * Whether several relays may run on one database at once (PostgreSQL). SQLite is one relay per data dir: its
   * profile writes read through a per-process cache, so two relays merging into one profile at once may overwrite.
   */
  concurrentRelays: boolean
  /** A server this suite may stop and restart (PostgreSQL): outage and restart tests. */
  outage?: {
    freshDatabase(): Promise<string>
    /** The database URL with a password in it, which no error may repeat. */
    secret: string
    stop(): void
    start(): void
    restart(): void
  }
}

const eventIds = (leased: Array<{ eventJson: string }>) => leased.map((e) => JSON.parse(e.eventJson).event_id)
const claim = (messageId: string, routeId = ROUTE.routeId): MessageClaim => ({ routeId, messageId })
/** A request whose every message becomes one event (event_id = messageId). */
const request = (messageIds: string[], routeId = ROUTE.routeId): EnqueueRequest => ({
  claims: messageIds.map((m) => claim(m, routeId)),
  items: messageIds.map((m, i) => ({ route: { ...ROUTE, routeId }, event: tikTokEvent(m), claim: i }))
})
const HOUR = 60 * 60 * 1000
const far = () => Date.now() + HOUR

export function testStore(h: StoreHarness): void {
  describe(`store conformance: ${h.name}`, () => {
    const opened: Store[] = []
    const open = async (db: string, options?: { dedupWindowMs?: number }) => {
      const s = await h.open(db, options)
      opened.push(s)
      return s
    }
    /** `n` relays on one fresh database. */
    const relays = async (n: number, options?: { dedupWindowMs?: number }) => {
      const db = await h.freshDatabase()
      const out: Store[] = []
      for (let i = 0; i < n; i++) out.push(await open(db, options))
      return out
    }
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((s) => s.close().catch(() => {})))
    })

    testConsoleStats(relays, h.concurrentRelays)
    testConsoleSessions(relays, h.concurrentRelays)

    describe('enqueue', () => {
      it('resolves once committed: another relay on the database sees every event, route and event as given', async () => {
        const [a, b] = await relays(2)
        const route = { ...ROUTE, testEventCode: 'TEST123' }
        await Promise.all([
          a.enqueue({ items: items(3, 'x') }),
          a.enqueue({ items: [{ route, event: tikTokEvent('t-1') }] }),
          a.enqueue({ items: items(2, 'y') })
        ])
        expect(await b.queue.depth()).toBe(6)
        const leased = await b.queue.lease('w', 10, Date.now(), far())
        expect(eventIds(leased).sort()).toEqual(['t-1', 'x-0', 'x-1', 'x-2', 'y-0', 'y-1'])
        const test = leased.find((e) => JSON.parse(e.eventJson).event_id === 't-1')!
        expect(test.route).toEqual(route)
        expect(JSON.parse(test.eventJson)).toEqual(tikTokEvent('t-1'))
        expect(leased.every((e) => e.attempts === 0)).toBe(true)
      })

      it('tells the local worker after a commit that queued events', async () => {
        const [a] = await relays(1)
        let woken = 0
        const off = a.onEnqueued(() => woken++)
        await a.enqueue({ items: items(1) })
        expect(woken).toBeGreaterThan(0)
        off()
        const before = woken
        await a.enqueue({ items: items(1, 'later') })
        expect(woken).toBe(before)
      })

      it('answers an empty request and queues nothing', async () => {
        const [a] = await relays(1)
        expect(await a.enqueue({ items: [] })).toEqual({ duplicates: [], enqueued: 0 })
        expect(await a.queue.depth()).toBe(0)
      })
    })

    describe('messageId dedup', () => {
      it('a messageId claimed on one relay is a duplicate on another; its events are not queued again', async () => {
        const [a, b] = await relays(2)
        expect(await a.enqueue(request(['m1', 'm2']))).toEqual({ duplicates: [], enqueued: 2 })
        expect(await b.enqueue(request(['m2', 'm3']))).toEqual({ duplicates: [0], enqueued: 1 })
        expect(eventIds(await b.queue.lease('w', 10, Date.now(), far())).sort()).toEqual(['m1', 'm2', 'm3'])
      })

      it('is per route, and a messageId twice in one request counts once', async () => {
        const [a] = await relays(1)
        expect(await a.enqueue(request(['m1', 'm1']))).toEqual({ duplicates: [1], enqueued: 1 })
        expect(await a.enqueue(request(['m1'], 'other-route'))).toEqual({ duplicates: [], enqueued: 1 })
      })

      it('claims of relays racing for the same messageIds: each message is queued exactly once', async () => {
        const [a, b, c] = await relays(3)
        const ids = Array.from({ length: 30 }, (_, i) => `race-${i}`)
        const results = await Promise.all(
          [a, b, c].flatMap((s, k) => [0, 1].map((j) => s.enqueue(request(k % 2 === j ? ids : [...ids].reverse()))))
        )
        expect(results.reduce((n, r) => n + r.enqueued, 0)).toBe(ids.length)
        expect(results.reduce((n, r) => n + r.duplicates.length, 0)).toBe(ids.length * 5)
        expect(eventIds(await a.queue.lease('w', 100, Date.now(), far())).sort()).toEqual([...ids].sort())
      })

      it('a claim is free again after the dedup window', async () => {
        const [a, b] = await relays(2, { dedupWindowMs: 300 })
        await a.enqueue(request(['m1']))
        expect((await b.enqueue(request(['m1']))).duplicates).toEqual([0])
        await new Promise((r) => setTimeout(r, 400))
        expect(await b.enqueue(request(['m1']))).toEqual({ duplicates: [], enqueued: 1 })
      })

      it('a claim held longer than the window (an import, claimHoldMs) stays claimed past it, pruning included', async () => {
        const [a, b] = await relays(2, { dedupWindowMs: 300 })
        await a.enqueue({ ...request(['held']), claimHoldMs: 30 * HOUR })
        await a.enqueue(request(['plain']))
        await new Promise((r) => setTimeout(r, 400))
        expect((await b.prune({}, Date.now() + HOUR)).claims).toBe(1)
        expect(await b.enqueue({ ...request(['held', 'plain']), claimHoldMs: 30 * HOUR })).toEqual({
          duplicates: [0],
          enqueued: 1
        })
      })

      it('a request that could not commit leaves its messageIds unclaimed', async () => {
        const db = await h.freshDatabase()
        const [a, b] = [await open(db), await open(db)]
        await a.close()
        await expect(a.enqueue(request(['m1']))).rejects.toBeInstanceOf(StoreClosedError)
        expect(await b.enqueue(request(['m1']))).toEqual({ duplicates: [], enqueued: 1 })
      })
    })

    describe('leases', () => {
      it('two owners leasing at once never get the same row, and between them get every row', async () => {
        const [a, b] = await relays(2)
        await a.enqueue({ items: items(120) })
        const got: Record<string, string[]> = { a: [], b: [] }
        const drain = async (s: Store, owner: 'a' | 'b') => {
          for (;;) {
            const leased = await s.queue.lease(owner, 7, Date.now(), far())
            if (leased.length === 0) return
            got[owner]!.push(...eventIds(leased))
          }
        }
        await Promise.all([drain(a, 'a'), drain(b, 'b'), drain(a, 'a'), drain(b, 'b')])
        const all = [...got.a!, ...got.b!]
        expect(new Set(all).size).toBe(all.length)
        expect(all.length).toBe(120)
      })

      it('oldest first; acked rows leave, rescheduled rows come back when due with the attempt counted', async () => {
        const [a, b] = await relays(2)
        await a.enqueue({ items: items(5) })
        const now = Date.now()
        const first = await a.queue.lease('w1', 3, now, now + 60_000)
        expect(eventIds(first)).toEqual(['evt-0', 'evt-1', 'evt-2'])
        expect(await b.queue.lease('w2', 10, now, now + 60_000)).toHaveLength(2)
        expect(await b.queue.lease('w3', 10, now, now + 60_000)).toHaveLength(0)
        await a.queue.ack([first[0]!.id])
        await a.queue.reschedule([first[1]!.id], now + 5_000, { code: 40100, message: 'Too many requests' })
        await a.queue.reschedule([first[2]!.id], now)
        expect(eventIds(await b.queue.lease('w3', 10, now + 1_000, now + 60_000))).toEqual(['evt-2'])
        const back = await b.queue.lease('w3', 10, now + 5_000, now + 60_000)
        expect(back.map((e) => [JSON.parse(e.eventJson).event_id, e.attempts])).toEqual([['evt-1', 1]])
        expect(await b.queue.depth()).toBe(4)
        expect(await b.readCounters()).toMatchObject({ delivered: 1, retried: 1 })
      })

      it('acks sent at once each settle once their rows are gone, and every row is counted', async () => {
        const [a, b] = await relays(2)
        await a.enqueue({ items: items(30) })
        const now = Date.now()
        const leased = await a.queue.lease('w1', 30, now, now + 60_000)
        // Ten requests answered together (a PostgreSQL relay acks them in shared transactions).
        const lists = Array.from({ length: 10 }, (_, i) => leased.slice(i * 3, i * 3 + 3).map((e) => e.id))
        await Promise.all(lists.map((ids) => a.queue.ack(ids)))
        expect(await b.queue.depth()).toBe(0)
        expect(await b.queue.lease('w2', 30, now, now + 60_000, undefined)).toEqual([])
        expect(await b.readCounters()).toMatchObject({ delivered: 30 })
      })

      it('leaves the rows of excluded pixels in the queue, untouched', async () => {
        const [a] = await relays(1)
        const paused = { ...ROUTE, pixelCode: 'CPAUSEDPIXEL00000000' }
        await a.enqueue({ items: [...items(2, 'open'), ...items(2, 'held', paused)] })
        const now = Date.now()
        const leased = await a.queue.lease('w', 10, now, far(), { exceptPixels: [paused.pixelCode] })
        expect(eventIds(leased)).toEqual(['open-0', 'open-1'])
        const later = await a.queue.lease('w', 10, now, far())
        expect(later.map((e) => [JSON.parse(e.eventJson).event_id, e.attempts])).toEqual([
          ['held-0', 0],
          ['held-1', 0]
        ])
      })

      it('leases only the given pixels for a probe; rows of other pixels stay, oldest first for each', async () => {
        const [a] = await relays(1)
        const other = { ...ROUTE, pixelCode: 'COTHERPIXEL000000000' }
        await a.enqueue({ items: [...items(2, 'main'), ...items(3, 'other', other), ...items(1, 'late')] })
        const now = Date.now()
        const probe = await a.queue.lease('w', 2, now, far(), { onlyPixels: [other.pixelCode] })
        expect(eventIds(probe)).toEqual(['other-0', 'other-1'])
        const rest = await a.queue.lease('w', 10, now, far(), { exceptPixels: [other.pixelCode] })
        expect(eventIds(rest)).toEqual(['main-0', 'main-1', 'late-0'])
        expect(eventIds(await a.queue.lease('w', 10, now, far()))).toEqual(['other-2'])
      })

      it('renews only the leases its owner still holds, and names the rows taken back', async () => {
        const [a, b] = await relays(2)
        await a.enqueue({ items: items(4) })
        const now = Date.now()
        await a.queue.heartbeat('w1', now - 60_000)
        const leased = await a.queue.lease('w1', 4, now, now + 1_000)
        const ids = leased.map((e) => e.id)
        expect(await a.queue.renew('w1', ids, now + 60_000)).toEqual([])
        // Renewed: past the first expiry, nothing comes back.
        expect(await b.queue.releaseExpired(now + 30_000)).toBe(0)
        await a.queue.ack([ids[0]!])
        // Its heartbeat went stale: another relay takes the rest back and leases one of them.
        expect(await b.queue.reclaimStale(now - 5_000)).toBe(3)
        const taken = await b.queue.lease('w2', 1, now, far())
        expect(await a.queue.renew('w1', ids, now + 90_000)).toEqual(ids)
        expect(await b.queue.renew('w2', [taken[0]!.id], now + 90_000)).toEqual([])
        expect(await a.queue.renew('w1', [], now)).toEqual([])
      })

      it("a dead owner's leases are taken over once its heartbeat is stale; a live owner's are not", async () => {
        const [a, b] = await relays(2)
        await a.enqueue({ items: items(4) })
        const now = Date.now()
        await a.queue.heartbeat('dead', now - 10_000)
        await b.queue.heartbeat('alive', now)
        await a.queue.lease('dead', 3, now, now + 600_000)
        await b.queue.lease('alive', 1, now, now + 600_000)
        expect(await b.queue.reclaimStale(now - 5_000)).toBe(3)
        expect(await b.queue.reclaimStale(now - 5_000)).toBe(0)
        expect(await b.queue.lease('new', 10, now, far())).toHaveLength(3)
      })

      it('releases expired leases whoever holds them, and only those; removeOwner ends a heartbeat', async () => {
        const [a, b] = await relays(2)
        await a.enqueue({ items: items(2) })
        const now = Date.now()
        await a.queue.lease('w1', 1, now, now + 1_000)
        await a.queue.lease('w1', 1, now, now + 9_000)
        expect(await b.queue.releaseExpired(now + 999)).toBe(0)
        expect(await b.queue.releaseExpired(now + 1_000)).toBe(1)
        expect(eventIds(await b.queue.lease('w2', 5, now + 1_000, far()))).toEqual(['evt-0'])
        await a.queue.heartbeat('w1', now - 60_000)
        await a.queue.removeOwner('w1')
        expect(await b.queue.reclaimStale(now)).toBe(0)
      })

      it('knows when the event first in line was enqueued, and nothing for an empty queue', async () => {
        const [a, b] = await relays(2)
        expect(await b.queue.firstInLineEnqueuedAt()).toBeUndefined()
        const before = Date.now()
        await a.enqueue({ items: items(2) })
        const between = Date.now()
        await new Promise((r) => setTimeout(r, 20))
        await a.enqueue({ items: items(1, 'later') })
        const first = (await b.queue.firstInLineEnqueuedAt())!
        expect(first).toBeGreaterThanOrEqual(before)
        expect(first).toBeLessThanOrEqual(between)
        const leased = await a.queue.lease('w', 2, Date.now(), far())
        await a.queue.ack(leased.map((e) => e.id))
        expect(await b.queue.firstInLineEnqueuedAt()).toBeGreaterThan(between)
      })
    })

    describe('profiles', () => {
      const digest = (c: string) => c.repeat(64)

      it('merged on one relay, read on another; anonymous and user together, the user first; alias follows', async () => {
        const [a, b] = await relays(2)
        await a.profiles.merge({ anonymousId: 'anon-1' }, { email: [digest('a')], city: 'austin' })
        await a.profiles.merge({ userId: 'user-1' }, { email: [digest('b')], phone: [digest('c')] })
        expect(await b.profiles.get({ userId: 'user-1', anonymousId: 'anon-1' })).toEqual({
          email: [digest('b'), digest('a')],
          phone: [digest('c')],
          city: 'austin'
        })
        await b.profiles.alias('anon-1', 'user-2')
        expect(await a.profiles.get({ userId: 'user-2' })).toEqual({ email: [digest('a')], city: 'austin' })
        expect(
          await a.profiles.getMany([{ userId: 'nobody' }, { userId: 'user-2' }, {}, { anonymousId: 'anon-1' }])
        ).toEqual([
          undefined,
          { email: [digest('a')], city: 'austin' },
          undefined,
          { email: [digest('a')], city: 'austin' }
        ])
      })

      if (h.concurrentRelays) {
        it('relays merging into one profile at once lose none of each other’s keys', async () => {
          const [a, b] = await relays(2)
          // Each relay writes keys the other does not, so every one must survive whatever the interleaving.
          const scalars = ['first_name', 'last_name', 'zip_code', 'city', 'state', 'country'] as const
          const writes = scalars.map((key, i) =>
            (i % 2 ? b : a).profiles.merge({ userId: 'u' }, { [key]: digest(key) })
          )
          writes.push(
            a.profiles.merge({ userId: 'u' }, { email: [digest('e')] }),
            b.profiles.merge({ userId: 'u' }, { phone: [digest('p')] })
          )
          await Promise.all(writes)
          expect(await a.profiles.get({ userId: 'u' })).toEqual({
            email: [digest('e')],
            phone: [digest('p')],
            ...Object.fromEntries(scalars.map((key) => [key, digest(key)]))
          })
        })
      }

      it('stores no raw id or trait: rows are keyed by hashes and hold digests', async () => {
        const db = await h.freshDatabase()
        const a = await open(db)
        await a.profiles.merge({ userId: 'jane.doe@example.com', anonymousId: 'anon-jane' }, { email: [digest('d')] })
        await a.close()
        const text = await h.dump(db)
        expect(text).toContain(digest('d'))
        expect(text).not.toContain('jane.doe@example.com')
        expect(text).not.toContain('anon-jane')
      })
    })

    describe('dead letters, dry-run, counters', () => {
      const failure = { code: 40002, message: 'Invalid value for data.0.event_id' }
      async function withDeadLetters() {
        const [a, b] = await relays(2)
        const other = { ...ROUTE, pixelCode: 'COTHERPIXEL' }
        await a.enqueue({
          items: [
            { route: ROUTE, event: tikTokEvent('p1', 'Purchase') },
            { route: ROUTE, event: tikTokEvent('l1', 'Lead') },
            { route: other, event: tikTokEvent('o1', 'Purchase') }
          ]
        })
        const leased = await a.queue.lease('w', 10, Date.now(), far())
        for (const [i, e] of leased.entries()) await a.queue.deadLetter([e.id], failure, 1_000 * (i + 1))
        return { a, b }
      }

      it.each([
        ['all', {}, ['p1', 'l1', 'o1']],
        ['by pixel', { pixelCode: PIXEL }, ['p1', 'l1']],
        ['by event name', { eventName: 'Purchase' }, ['p1', 'o1']],
        ['by time', { since: 2_000, until: 3_000 }, ['l1']],
        // A fresh database numbers its dead letters from 1, in the order they died (p1, l1, o1).
        ['by id (the console picks some)', { ids: [1, 3] }, ['p1', 'o1']]
      ])('replays %s from another relay back to the queue as fresh events', async (_name, filter, ids) => {
        const { a, b } = await withDeadLetters()
        expect(await b.deadLetters.count()).toBe(3)
        expect(await b.deadLetters.count(filter)).toBe(ids.length)
        const listed = await b.deadLetters.list({}, 10)
        expect(listed.map((d) => d.eventId)).toEqual(['o1', 'l1', 'p1'])
        expect(listed[0]).toMatchObject({ errorCode: 40002, errorMessage: failure.message, attempts: 1, deadAt: 3_000 })
        const now = Date.now()
        expect(await b.deadLetters.replay(filter, now)).toBe(ids.length)
        const requeued = await a.queue.lease('w', 10, now, far())
        expect(eventIds(requeued).sort()).toEqual([...ids].sort())
        expect(requeued.every((e) => e.attempts === 0 && e.enqueuedAt === now)).toBe(true)
        expect(await a.deadLetters.count()).toBe(3 - ids.length)
        expect(await a.readCounters()).toMatchObject({ dead_lettered: 3, replayed: ids.length })
      })

      it('a dry-run record takes its events off the queue; the newest 200 requests are kept', async () => {
        const [a, b] = await relays(2)
        await a.enqueue({ items: items(3) })
        const leased = await a.queue.lease('w', 3, Date.now(), far())
        const body = (n: number) => ({ routeId: 'default', url: 'https://x/y', bodyText: `{"n":${n}}`, eventCount: 1 })
        await a.dryRun.record(
          body(0),
          leased.map((e) => e.id),
          Date.now()
        )
        expect(await b.queue.depth()).toBe(0)
        for (let n = 1; n <= 201; n++) await (n % 2 ? a : b).dryRun.record(body(n), [], 1_000 + n)
        expect(await b.dryRun.count()).toBe(200)
        expect((await a.dryRun.latest(2)).map((r) => [r.body, r.createdAt])).toEqual([
          [{ n: 200 }, 1_200],
          [{ n: 201 }, 1_201]
        ])
        expect((await b.status()).counters.dry_run_events).toBe(3)
      })

      it('status and counters add up what every relay did', async () => {
        const [a, b] = await relays(2)
        await a.enqueue({ items: items(6) })
        const [x, y] = [await a.queue.lease('a', 3, Date.now(), far()), await b.queue.lease('b', 3, Date.now(), far())]
        await a.queue.ack(x.map((e) => e.id))
        await b.queue.ack(y.slice(0, 2).map((e) => e.id))
        await b.queue.deadLetter([y[2]!.id], { message: 'no' }, Date.now())
        await a.probe()
        await b.probe()
        await a.enqueue({ items: items(2, 'more') })
        await a.queue.lease('a', 1, Date.now(), far())
        const status = await b.status()
        expect(status).toMatchObject({ queueDepth: 2, leased: 1, deadLetters: 1, dryRunRequests: 0 })
        expect(status.oldestEnqueuedAt).toBeLessThanOrEqual(Date.now())
        expect(status.counters).toMatchObject({ delivered: 5, dead_lettered: 1, health_probes: 2 })
        expect(await a.readCounters()).toEqual(status.counters)
      })
    })

    describe('retention', () => {
      const DAY = 24 * HOUR
      it('relays pruning at once delete each expired row once, keep the rest, and 0 keeps forever', async () => {
        const [a, b] = await relays(2, { dedupWindowMs: HOUR })
        await a.profiles.merge({ userId: 'old-visitor' }, { email: ['e'.repeat(64)] })
        await a.enqueue({ ...request(['m1', 'm2']), items: items(3, 'dl') })
        const leased = await a.queue.lease('w', 3, Date.now(), far())
        const now = Date.now()
        await a.queue.deadLetter([leased[0]!.id], { message: 'rejected' }, now - 40 * DAY)
        await a.queue.deadLetter([leased[1]!.id, leased[2]!.id], { message: 'rejected' }, now - 2 * DAY)

        const forever = await a.prune({ deadLetterMaxAgeMs: 0, profileMaxAgeMs: 0 }, now)
        expect(forever).toMatchObject({ deadLetters: 0, profiles: 0, claims: 0 })
        const limits = { deadLetterMaxAgeMs: 30 * DAY, profileMaxAgeMs: 400 * DAY }
        const both = await Promise.all([a.prune(limits, now + 2 * HOUR), b.prune(limits, now + 2 * HOUR)])
        expect(both.some((p) => p.ranHere)).toBe(true)
        expect(both.reduce((n, p) => n + p.deadLetters, 0)).toBe(1)
        expect(both.reduce((n, p) => n + p.claims, 0)).toBe(2)
        expect(await b.deadLetters.count()).toBe(2)
        expect(await b.profiles.get({ userId: 'old-visitor' })).toBeDefined()
        expect(await b.prune({ profileMaxAgeMs: 400 * DAY }, now + 401 * DAY)).toMatchObject({ profiles: 1 })
      })
    })

    describe('pixel circuits (issue 11)', () => {
      it('a pause saved by one relay is seen by another; exactly one of racing relays claims a due probe', async () => {
        const [a, b, c] = await relays(3)
        const now = Date.now()
        const circuit = {
          pixelCode: PIXEL,
          tokenFingerprint: null,
          openedAt: now - 1_000,
          pausedUntil: now + 30_000,
          nextProbeAt: now,
          failures: 3,
          updatedAt: now,
          authFault: null
        }
        await a.circuits.save(circuit)
        expect(await b.circuits.list()).toEqual([circuit])
        const won = await Promise.all([a, b, c, a, b, c].map((s) => s.circuits.claimProbe(circuit, now, now + 5_000)))
        expect(won.filter(Boolean)).toHaveLength(1)
        expect((await c.circuits.list())[0]!.nextProbeAt).toBe(now + 5_000)
        expect(await a.circuits.claimProbe(circuit, now + 4_999, now + 10_000)).toBe(false)
        expect(await b.circuits.remove({ pixelCode: PIXEL })).toBe(true)
        expect(await a.circuits.remove({ pixelCode: PIXEL })).toBe(false)
        expect(await a.circuits.list()).toEqual([])
      })

      it('of relays opening one pixel’s circuit at once exactly one opens it; the first opening time stays', async () => {
        const [a, b, c] = await relays(3)
        const now = Date.now()
        const at = (s: Store, i: number) =>
          s.circuits.open({
            pixelCode: PIXEL,
            openedAt: now + i,
            pausedUntil: null,
            nextProbeAt: now + 1_000,
            failures: 1,
            updatedAt: now + i
          })
        const opened = await Promise.all([a, b, c, a, b, c].map(at))
        expect(opened.filter(Boolean)).toHaveLength(1)
        const [circuit] = await b.circuits.list()
        expect(circuit!.openedAt).toBe(now + opened.indexOf(true))
        // A failed probe moves the next probe on; the circuit stays open since it first opened.
        await c.circuits.save({ ...circuit!, failures: 2, nextProbeAt: now + 3_000, updatedAt: now + 2_000 })
        expect(await a.circuits.list()).toEqual([
          { ...circuit, failures: 2, nextProbeAt: now + 3_000, updatedAt: now + 2_000 }
        ])
        expect(circuit!.authFault).toBeNull()
        expect(circuit!.tokenFingerprint).toBeNull()
      })

      it('a circuit held for a refused token is that token’s: the pixel’s own and another token’s stand beside it', async () => {
        const [a, b] = await relays(2)
        const now = Date.now()
        const outage = {
          pixelCode: PIXEL,
          openedAt: now,
          pausedUntil: null,
          nextProbeAt: now,
          failures: 1,
          updatedAt: now
        }
        const held = (tokenFingerprint: string, authFault: string) => ({
          ...outage,
          tokenFingerprint,
          nextProbeAt: now + 15_000,
          authFault
        })
        const refused = held('f1'.repeat(16), 'TikTok refused the access token (40105)')
        const noPermission = held('f2'.repeat(16), 'the access token has no permission on the pixel (40001)')
        expect(await a.circuits.open(outage)).toBe(true)
        const opened = await Promise.all([a, b, a, b].map((s) => s.circuits.open(refused)))
        expect(opened.filter(Boolean)).toHaveLength(1)
        expect(await b.circuits.open(noPermission)).toBe(true)
        // The pixel-wide circuit first, then the tokens' in fingerprint order.
        expect(await b.circuits.list()).toEqual([
          { ...outage, tokenFingerprint: null, authFault: null },
          refused,
          noPermission
        ])
        // A probe of one circuit leaves the others as they were.
        expect(await a.circuits.claimProbe(refused, now + 15_000, now + 30_000)).toBe(true)
        expect(await b.circuits.claimProbe({ pixelCode: PIXEL }, now, now + 1_000)).toBe(true)
        await b.circuits.save({ ...refused, failures: 2, nextProbeAt: now + 45_000, updatedAt: now + 30_000 })
        expect(await a.circuits.remove(noPermission)).toBe(true)
        expect(await a.circuits.remove({ pixelCode: PIXEL })).toBe(true)
        expect(await b.circuits.list()).toEqual([
          { ...refused, failures: 2, nextProbeAt: now + 45_000, updatedAt: now + 30_000 }
        ])
      })
    })

    describe('opening and closing', () => {
      it('several relays opening a fresh database at once all come up on one schema', async () => {
        const db = await h.freshDatabase()
        const stores = await Promise.all(Array.from({ length: 4 }, () => open(db)))
        await stores[0]!.enqueue({ items: items(2) })
        for (const s of stores) expect(await s.queue.depth()).toBe(2)
      })

      it('after close every operation rejects with StoreClosedError', async () => {
        const [a] = await relays(1)
        await a.close()
        await a.close()
        for (const op of [
          () => a.enqueue({ items: items(1) }),
          () => a.queue.lease('w', 1, Date.now(), far()),
          () => a.profiles.get({ userId: 'x' }),
          () => a.probe()
        ]) {
          await expect(op()).rejects.toBeInstanceOf(StoreClosedError)
        }
      })
    })

    if (h.outage) testOutage(h.outage, open)
  })
}

function testOutage(outage: NonNullable<StoreHarness['outage']>, open: StoreHarness['open']): void {
  describe('while the database is down, and across a fast restart', () => {
    afterAll(() => {
      try {
        outage.start()
      } catch {}
    })

    it('rejects with StoreUnavailableError (no password in it), then works again without reopening', async () => {
      const db = await outage.freshDatabase()
      const s = await open(db)
      await s.enqueue(request(['before']))
      outage.stop()
      try {
        for (const op of [
          () => s.enqueue(request(['during'])),
          () => s.queue.lease('w', 10, Date.now(), far()),
          () => s.profiles.get({ userId: 'x' }),
          () => s.probe(),
          () => s.status()
        ]) {
          const err = await op().then(
            () => undefined,
            (e: unknown) => e
          )
          expect(err).toBeInstanceOf(StoreUnavailableError)
          expect((err as Error).message).toMatch(/^the store is unavailable: /)
          expect((err as Error).message).not.toContain(outage.secret)
        }
      } finally {
        outage.start()
      }
      // The request that failed claimed nothing: its retry goes through.
      expect(await s.enqueue(request(['during']))).toEqual({ duplicates: [], enqueued: 1 })
      await s.probe()
      expect(eventIds(await s.queue.lease('w', 10, Date.now(), far())).sort()).toEqual(['before', 'during'])
    })

    it('keeps every acknowledged event across pg_ctl restart -m fast under load; retries are duplicates, not losses', async () => {
      const db = await outage.freshDatabase()
      const [a, b] = [await open(db), await open(db)]
      const acknowledged = new Set<string>()
      const failed: string[][] = []
      let n = 0
      const load = async (s: Store, until: () => boolean) => {
        while (!until()) {
          const ids = Array.from({ length: 20 }, () => `r-${n++}`)
          await s.enqueue(request(ids)).then(
            () => {
              for (const id of ids) acknowledged.add(id)
            },
            () => {
              failed.push(ids)
            }
          )
        }
      }
      let stop = false
      const running = Promise.all([load(a, () => stop), load(b, () => stop), load(a, () => stop)])
      await new Promise((r) => setTimeout(r, 300))
      outage.restart()
      await new Promise((r) => setTimeout(r, 300))
      stop = true
      await running
      // What failed is retried as a client would: each message ends up queued once, whether or not it had committed.
      for (const ids of failed) await a.enqueue(request(ids))
      const queued: string[] = []
      for (;;) {
        const leased = await b.queue.lease('w', 500, Date.now(), far())
        if (leased.length === 0) break
        queued.push(...eventIds(leased))
      }
      expect(acknowledged.size).toBeGreaterThan(0)
      const unique = new Set(queued)
      expect(unique.size).toBe(queued.length)
      expect([...acknowledged].filter((id) => !unique.has(id))).toEqual([])
      expect(queued.length).toBe(acknowledged.size + failed.flat().length)
    })
  })
}
