import { describe, expect, it } from 'vitest'
import { items, ROUTE, tempDataDir } from '../../test/runner/delivery/store-fixtures.ts'
import { openRelayStore } from './relay-store.ts'

describe('enqueue writes every event of a round, in order, with its queue row', () => {
  it.each([1, 3, 16, 64, 85, 150])('%i events in one round', async (n) => {
    const store = await openRelayStore(tempDataDir())
    try {
      await store.enqueue(items(2, 'earlier'))
      await store.enqueue(items(n, 'round'))
      expect(store.status().queueDepth).toBe(n + 2)
      const leased = store.queue.lease('test', 1000, Date.now(), Date.now() + 60_000)
      expect(leased.map((e) => JSON.parse(e.eventJson).event_id)).toEqual([
        'earlier-0',
        'earlier-1',
        ...Array.from({ length: n }, (_, i) => `round-${i}`)
      ])
      expect(leased.every((e) => e.route.routeId === ROUTE.routeId && e.attempts === 0)).toBe(true)
    } finally {
      store.close()
    }
  })
})
