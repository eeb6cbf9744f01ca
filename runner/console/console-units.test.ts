/**
 * The console's own rules, on real parts: a pasted snippet is a pipeline the relay loads and that sends the
 * unmatched event; the score formula; the session cookie; and the match-quality answer over a real SQLite store
 * (a key whose share fell sharply against the previous day is flagged).
 */
import { describe, expect, it } from 'vitest'
import { CoreSettings } from '../../destinations/tiktok/core/settings.ts'
import { FIELD_DEFAULTS, loadPipelines, preparePipelines } from '../../destinations/tiktok/pipelines/index.ts'
import { testDatabase } from '../../test/fixtures/postgres.ts'
import { items, PIXEL, tempDataDir } from '../../test/runner/delivery/store-fixtures.ts'
import { createTokenThrottle, MAX_FAILURES, WINDOW_MS } from '../admin/token-throttle.ts'
import { previewEvent } from '../commands/preview-event.ts'
import { openPostgresStore } from '../store/postgres/postgres-store.ts'
import { openSqliteStore } from '../store/sqlite-store.ts'
import type { MinuteCount, Store } from '../store/store-interface.ts'
import { createAnswerCache } from './answer-cache.ts'
import { matchQuality } from './api/match-quality.ts'
import { overview } from './api/overview.ts'
import { matchScore } from './match-score.ts'
import { pipelineSnippet } from './pipeline-snippet.ts'
import { matchKeyLabel, SERIES } from './series.ts'
import { newSession, SESSION_COOKIE, sessionKey } from './session.ts'

const settings = CoreSettings.parse({ accessToken: 'never-sent', pixelCode: 'CPIXELSNIPPET0000001' })

describe('the Unmatched page’s pipeline snippet', () => {
  it.each([
    ['track', 'Newsletter Signup', { type: 'track', event: 'Newsletter Signup', userId: 'u1' }],
    ['track', "Plan: pro # it's 'yearly'", { type: 'track', event: "Plan: pro # it's 'yearly'", userId: 'u1' }],
    [
      'track',
      'Purchase',
      { type: 'track', event: 'Purchase', userId: 'u1', properties: { value: 1, currency: 'EUR' } }
    ],
    ['page', 'Pricing', { type: 'page', name: 'Pricing', anonymousId: 'a1' }]
  ])('%s %j loads as a pipeline and sends that event', async (type, name, event) => {
    const { pipelines, issues } = loadPipelines([{ path: 'snippet.yaml', text: pipelineSnippet(type, name) }], {
      fieldDefaults: FIELD_DEFAULTS
    })
    expect(issues).toEqual([])
    const [outcome] = await previewEvent(preparePipelines(pipelines), event, settings)
    expect(outcome).toMatchObject({ kind: 'request' })
    expect((outcome as { body: { data: Array<{ event: string }> } }).body.data[0]!.event).toBe(name)
  })
})

describe('the match-quality score', () => {
  it('weighs the keys as documented (README Console)', () => {
    expect(matchScore({ email: 0.5, ip: 1, user_agent: 1 })).toBe(2.7)
    expect(matchScore({ email: 1, phone: 1, ttclid: 1, external_id: 1, ttp: 1, ip: 1, user_agent: 1 })).toBe(10)
    // An app event is judged without ttp/ttclid (a browser's), with its ad id.
    expect(matchScore({ email: 1, phone: 1, idfa: 1, external_id: 1, ip: 1, user_agent: 1 })).toBe(10)
    expect(matchScore({})).toBe(0)
  })
})

describe('the console session cookie', () => {
  const req = (value: string) =>
    new Request('http://relay/console', { headers: { cookie: `${SESSION_COOKIE}=${value}` } })
  it('names its store key for its token only, never for another token or a forged MAC, and holds no token', () => {
    const { value, key } = newSession('token-aaaaaaaaaaaaaaaa')
    expect(value).not.toContain('token-aaaaaaaaaaaaaaaa')
    expect(sessionKey(req(value), 'token-aaaaaaaaaaaaaaaa')).toBe(key)
    // The store keeps a hash of the id: the cookie cannot be rebuilt from it.
    expect(value).not.toContain(key)
    expect(sessionKey(req(value), 'token-bbbbbbbbbbbbbbbb')).toBeUndefined()
    const [id, mac] = value.split('.')
    const other = newSession('token-aaaaaaaaaaaaaaaa').value.split('.')[0]
    expect(sessionKey(req(`${other}.${mac}`), 'token-aaaaaaaaaaaaaaaa')).toBeUndefined()
    expect(sessionKey(req(`${id}.${'A'.repeat(43)}`), 'token-aaaaaaaaaaaaaaaa')).toBeUndefined()
    expect(sessionKey(req('1.forged'), 'token-aaaaaaaaaaaaaaaa')).toBeUndefined()
  })
})

describe('the wrong admin-token throttle', () => {
  it(`lets a client give ${MAX_FAILURES} wrong tokens in 15 minutes, then makes it wait; other clients go on`, () => {
    const throttle = createTokenThrottle()
    const t0 = 1_000_000_000
    for (let i = 0; i < MAX_FAILURES; i++) {
      expect(throttle.retryAfterSeconds('198.51.100.7', t0 + i * 1000)).toBe(0)
      throttle.failed('198.51.100.7', t0 + i * 1000)
    }
    // Until the first failure is 15 minutes old.
    expect(throttle.retryAfterSeconds('198.51.100.7', t0 + 5000)).toBe(WINDOW_MS / 1000 - 5)
    expect(throttle.retryAfterSeconds('198.51.100.7', t0 + WINDOW_MS - 1)).toBe(1)
    expect(throttle.retryAfterSeconds('198.51.100.8', t0 + 5000)).toBe(0)
    // One failure left the window: one more try.
    expect(throttle.retryAfterSeconds('198.51.100.7', t0 + WINDOW_MS)).toBe(0)
    throttle.failed('198.51.100.7', t0 + WINDOW_MS)
    expect(throttle.retryAfterSeconds('198.51.100.7', t0 + WINDOW_MS)).toBe(1)
  })

  it('forgets a client’s failures once it gives the right token', () => {
    const throttle = createTokenThrottle()
    for (let i = 0; i < MAX_FAILURES - 1; i++) throttle.failed('203.0.113.9', 1000)
    throttle.succeeded('203.0.113.9')
    for (let i = 0; i < MAX_FAILURES - 1; i++) throttle.failed('203.0.113.9', 1000)
    expect(throttle.retryAfterSeconds('203.0.113.9', 1000)).toBe(0)
  })
})

/** The console reads only the Store interface: its answers are checked on both stores. */
const STORES: Array<[string, () => Promise<Store>]> = [
  ['SQLite', () => openSqliteStore(tempDataDir('relay-console-api-'))],
  ['PostgreSQL', async () => openPostgresStore(await testDatabase('console'))]
]

describe.each(STORES)('the match-quality answer (%s)', (_name, openStore) => {
  it('gives each event name its key shares and flags a share that fell sharply against the previous day', async () => {
    const store = await openStore()
    try {
      const now = Date.now()
      const rows: MinuteCount[] = []
      const add = (ago: number, name: string, events: number, keys: Record<string, number>) => {
        const minute = Math.floor((now - ago) / 60_000) * 60_000
        rows.push({ minute, series: SERIES.events, label: name, count: events })
        for (const [k, n] of Object.entries(keys))
          rows.push({ minute, series: SERIES.matchKey, label: matchKeyLabel(name, k), count: n })
      }
      add(30 * 3600_000, 'Purchase', 10, { email: 8, ip: 10 }) // the day before: 80% email
      add(3600_000, 'Purchase', 10, { email: 2, ip: 10 }) // today: 20%
      add(3600_000, 'ViewContent', 4, { ttp: 4 })
      await store.consoleStats.add(rows)
      const q = await matchQuality(store, now)
      expect(q.events.map((e) => e.name)).toEqual(['Purchase', 'ViewContent'])
      const purchase = q.events[0]!
      expect(purchase).toMatchObject({ events: 10, previousEvents: 10 })
      expect(purchase.shares).toMatchObject({ email: 0.2, ip: 1, phone: 0 })
      expect(purchase.warnings).toEqual([{ key: 'email', share: 0.2, previousShare: 0.8 }])
      expect(q.events[1]!.warnings).toEqual([])
      expect(purchase.trend.filter((s) => s !== null)).toEqual([matchScore(purchase.shares)])
    } finally {
      await store.close()
    }
  })
})

describe.each(STORES)('the overview answer (%s)', (_name, openStore) => {
  it('lays the last 24 hours out per minute, with the queue and each pixel’s circuit', async () => {
    const store = await openStore()
    try {
      const now = Date.now()
      const minute = (ago: number) => Math.floor(now / 60_000) * 60_000 - ago * 60_000
      await store.consoleStats.add([
        { minute: minute(0), series: SERIES.received, label: '', count: 5 },
        { minute: minute(2), series: SERIES.dropped, label: 'consent_denied', count: 2 },
        { minute: minute(2), series: SERIES.dropped, label: 'no_pipeline', count: 1 },
        { minute: minute(1500), series: SERIES.received, label: '', count: 99 } // over a day ago: left out
      ])
      await store.enqueue({ items: items(3) })
      await store.circuits.save({
        pixelCode: PIXEL,
        openedAt: now - 5_000,
        pausedUntil: now + 60_000,
        nextProbeAt: now + 60_000,
        failures: 4,
        updatedAt: now
      })
      await store.circuits.save({
        pixelCode: 'CHELDPIXEL',
        openedAt: now - 9_000,
        pausedUntil: null,
        nextProbeAt: now + 15_000,
        failures: 2,
        updatedAt: now,
        authFault: 'TikTok refused the access token (40105)'
      })
      const o = await overview(store, now + 1_000)
      expect(o.times).toHaveLength(1440)
      expect(o.columns.received!.at(-1)).toBe(5)
      expect(o.columns.dropped!.at(-3)).toBe(3)
      expect(o.totals).toMatchObject({ received: 5, dropped: 3, sent: 0 })
      expect(o.byReason.dropped).toEqual({ consent_denied: 2, no_pipeline: 1 })
      expect(o.queue.depth).toBe(3)
      expect(o.queue.oldestWaitSeconds).toBeLessThanOrEqual(1)
      expect(o.circuits).toEqual([
        {
          pixel: 'CHELDPIXEL',
          state: 'held',
          failures: 2,
          openedAt: now - 9_000,
          pausedUntil: null,
          nextProbeAt: now + 15_000,
          heldBecause:
            'TikTok refused the access token (40105) for pixel CHELDPIXEL: events are held in the queue; fix the token and restart the relay'
        },
        {
          pixel: PIXEL,
          state: 'paused',
          failures: 4,
          openedAt: now - 5_000,
          pausedUntil: now + 60_000,
          nextProbeAt: now + 60_000,
          heldBecause: null
        }
      ])
    } finally {
      await store.close()
    }
  })
})

describe('the aggregate answers’ cache', () => {
  it('runs one query per key and moment, however many ask, and forgets a failure', async () => {
    let now = 0
    let runs = 0
    const cached = createAnswerCache(2000, () => now)
    const query = async () => ++runs
    expect(await Promise.all([cached('a', query), cached('a', query), cached('a', query)])).toEqual([1, 1, 1])
    now = 1999
    expect(await cached('a', query)).toBe(1)
    now = 2000
    expect(await cached('a', query)).toBe(2)
    await expect(cached('b', () => Promise.reject(new Error('store down')))).rejects.toThrow('store down')
    expect(await cached('b', query)).toBe(3)
  })
})
