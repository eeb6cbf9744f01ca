/**
 * Conformance of the console's store section (console-stats.ts, issue 16): per-minute counts add up across relays
 * and calls, the live ring keeps only the newest events, retention deletes old minutes. Called by testStore, so
 * SQLite and PostgreSQL both run it.
 */
import { describe, expect, it } from 'vitest'
import type { LiveEvent, Store } from '../store-interface.ts'

const MINUTE = 60_000
const live = (i: number, over: Partial<LiveEvent> = {}): LiveEvent => ({
  at: 1_000 + i,
  eventName: i % 2 ? 'Purchase' : 'ViewContent',
  status: 'queued',
  pipeline: 'order-completed',
  consent: 'granted',
  warnings: i === 3 ? ['properties.value (invalid_value)'] : [],
  eventJson: JSON.stringify({ event: 'Purchase', event_id: `e-${i}` }),
  ...over
})

/** `relays(n)`: n store instances on one fresh database (one for SQLite: a data dir has one relay). */
export function testConsoleStats(relays: (n: number) => Promise<Store[]>, concurrentRelays: boolean): void {
  describe('console stats', () => {
    it('adds counts per (minute, series, label), across calls and relays, and reads them from a minute on', async () => {
      const stores = await relays(concurrentRelays ? 2 : 1)
      const [a, b] = [stores[0]!, stores.at(-1)!]
      const m0 = 100 * MINUTE
      await Promise.all([
        a.consoleStats.add([
          { minute: m0, series: 'received', label: '', count: 3 },
          { minute: m0, series: 'match_key', label: 'Purchase|email', count: 2 }
        ]),
        b.consoleStats.add([
          { minute: m0, series: 'received', label: '', count: 4 },
          { minute: m0 + MINUTE, series: 'dropped', label: 'consent_denied', count: 1 }
        ])
      ])
      await a.consoleStats.add([{ minute: m0 - MINUTE, series: 'received', label: '', count: 9 }])
      const rows = await b.consoleStats.read(m0)
      const sorted = rows.map((r) => [r.minute - m0, r.series, r.label, r.count]).sort()
      expect(sorted).toEqual([
        [0, 'match_key', 'Purchase|email', 2],
        [0, 'received', '', 7],
        [MINUTE, 'dropped', 'consent_denied', 1]
      ])
      expect((await a.consoleStats.read(m0, { series: ['dropped'] })).map((r) => r.count)).toEqual([1])
      const hourly = await a.consoleStats.read(0, { series: ['received'], bucketMs: 60 * MINUTE })
      expect(hourly).toEqual([{ minute: 60 * MINUTE, series: 'received', label: '', count: 16 }])
    })

    it('keeps the newest live events only, newest first, filtered by event name and status', async () => {
      const stores = await relays(concurrentRelays ? 2 : 1)
      const [a, b] = [stores[0]!, stores.at(-1)!]
      await a.consoleStats.addLive(
        [0, 1, 2, 3].map((i) => live(i)),
        5
      )
      await b.consoleStats.addLive(
        [live(4), live(5, { status: 'dropped', consent: 'consent_denied', eventJson: '' })],
        5
      )
      const all = await a.consoleStats.live({}, 100)
      expect(all.map((e) => e.at)).toEqual([1005, 1004, 1003, 1002, 1001])
      expect(all.find((e) => e.at === 1003)).toMatchObject({
        eventName: 'Purchase',
        pipeline: 'order-completed',
        warnings: ['properties.value (invalid_value)']
      })
      expect((await b.consoleStats.live({ eventName: 'Purchase' }, 100)).map((e) => e.at)).toEqual([1005, 1003, 1001])
      expect((await b.consoleStats.live({ status: 'dropped' }, 100)).map((e) => e.consent)).toEqual(['consent_denied'])
      expect((await b.consoleStats.live({}, 2)).map((e) => e.at)).toEqual([1005, 1004])
    })

    it('prunes minutes older than the retention bound, and only those', async () => {
      const [a] = await relays(1)
      await a!.consoleStats.add([
        { minute: MINUTE, series: 'sent', label: '', count: 1 },
        { minute: 5 * MINUTE, series: 'sent', label: '', count: 2 }
      ])
      expect(await a!.consoleStats.prune(2 * MINUTE)).toBe(1)
      expect((await a!.consoleStats.read(0)).map((r) => r.count)).toEqual([2])
    })
  })
}
