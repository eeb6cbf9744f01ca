/**
 * Leased events waiting in memory, grouped by route (token, event_source, pixel, test_event_code). A group leaves
 * as a batch when it holds `maxBatch` events or its oldest event has waited `lingerMs` since it was queued.
 */
import type { LeasedEvent } from '../store/store-interface.ts'

interface Group {
  key: string
  events: LeasedEvent[]
}

export const routeKey = (e: LeasedEvent) =>
  `${e.route.routeId}\u0000${e.route.eventSource}\u0000${e.route.pixelCode}\u0000${e.route.testEventCode ?? ''}`

export interface RouteBuffer {
  readonly size: number
  add(events: LeasedEvent[]): void
  /** The next batch that is full or has lingered enough, skipping pixels `blocked` says cannot send now. */
  take(now: number, blocked: (pixel: string) => boolean): LeasedEvent[] | undefined
  /** When the oldest waiting group will have lingered enough (Infinity if none). */
  nextDeadline(): number
  /** Removes and returns the events of one pixel (paused) or of all (shutdown). */
  remove(pixel?: string): LeasedEvent[]
}

export function createRouteBuffer(opts: { lingerMs: number; maxBatch: number }): RouteBuffer {
  const groups = new Map<string, Group>()
  let size = 0
  const oldest = (g: Group) => g.events[0]!.enqueuedAt

  return {
    get size() {
      return size
    },
    add(events) {
      for (const e of events) {
        const key = routeKey(e)
        let g = groups.get(key)
        if (!g) {
          g = { key, events: [] }
          groups.set(key, g)
        }
        g.events.push(e)
      }
      size += events.length
    },
    take(now, blocked) {
      // Full groups first, then lingered ones oldest first; `blocked` is asked only of the group about to leave
      // (asking takes a rate-limit token when the pixel may send).
      const candidates = [...groups.values()].filter(
        (g) => g.events.length >= opts.maxBatch || now - oldest(g) >= opts.lingerMs
      )
      candidates.sort(
        (a, b) =>
          Number(b.events.length >= opts.maxBatch) - Number(a.events.length >= opts.maxBatch) || oldest(a) - oldest(b)
      )
      const pick = candidates.find((g) => !blocked(g.events[0]!.route.pixelCode))
      if (!pick) return undefined
      const batch = pick.events.splice(0, opts.maxBatch)
      if (pick.events.length === 0) groups.delete(pick.key)
      size -= batch.length
      return batch
    },
    nextDeadline() {
      let next = Number.POSITIVE_INFINITY
      for (const g of groups.values()) next = Math.min(next, oldest(g) + opts.lingerMs)
      return next
    },
    remove(pixel) {
      const out: LeasedEvent[] = []
      for (const [key, g] of groups) {
        if (pixel !== undefined && g.events[0]!.route.pixelCode !== pixel) continue
        out.push(...g.events)
        groups.delete(key)
      }
      size -= out.length
      return out
    }
  }
}
