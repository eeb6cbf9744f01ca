/**
 * Leased events waiting in memory, grouped by route (token, event_source, pixel, test_event_code). A group leaves
 * as a batch when it holds `maxBatch` events or its oldest event has waited `lingerMs` since it was queued. A row is
 * held once however often it is added, and a batch never carries an event_id twice (TikTok would count both): a
 * repeat waits for the next batch.
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
  /** Adds leased rows; rows it holds already are left out. Returns those it took. */
  add(events: LeasedEvent[]): LeasedEvent[]
  /** The next batch that is full or has lingered enough, skipping pixels `blocked` says cannot send now. */
  take(now: number, blocked: (pixel: string) => boolean): LeasedEvent[] | undefined
  /** When the oldest waiting group will have lingered enough (Infinity if none). */
  nextDeadline(): number
  /** Removes and returns the events of one pixel (its circuit opened) or of all (shutdown). */
  remove(pixel?: string): LeasedEvent[]
  /** Removes the rows with these ids (their lease was taken back); returns how many it held. */
  drop(ids: Set<number>): number
}

/** Up to `max` events of a group with no event_id twice, taken out of it in order; repeats stay for later. */
function spliceDistinct(events: LeasedEvent[], max: number): LeasedEvent[] {
  const seen = new Set<string>()
  const batch: LeasedEvent[] = []
  const rest: LeasedEvent[] = []
  for (const e of events) {
    if (batch.length >= max || (e.eventId !== undefined && seen.has(e.eventId))) rest.push(e)
    else {
      if (e.eventId !== undefined) seen.add(e.eventId)
      batch.push(e)
    }
  }
  events.length = 0
  events.push(...rest)
  return batch
}

export function createRouteBuffer(opts: { lingerMs: number; maxBatch: number }): RouteBuffer {
  const groups = new Map<string, Group>()
  const held = new Set<number>()
  const oldest = (g: Group) => g.events[0]!.enqueuedAt
  const removeGroup = (g: Group) => {
    groups.delete(g.key)
    for (const e of g.events) held.delete(e.id)
  }

  return {
    get size() {
      return held.size
    },
    add(events) {
      const added: LeasedEvent[] = []
      for (const e of events) {
        if (held.has(e.id)) continue
        held.add(e.id)
        added.push(e)
        const key = routeKey(e)
        let g = groups.get(key)
        if (!g) {
          g = { key, events: [] }
          groups.set(key, g)
        }
        g.events.push(e)
      }
      return added
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
      // The common case (a full head with no repeats) stays a plain splice.
      const head = pick.events.slice(0, opts.maxBatch)
      const distinct = new Set(head.map((e) => e.eventId)).size === head.length
      const batch = distinct ? pick.events.splice(0, opts.maxBatch) : spliceDistinct(pick.events, opts.maxBatch)
      if (pick.events.length === 0) groups.delete(pick.key)
      for (const e of batch) held.delete(e.id)
      return batch
    },
    nextDeadline() {
      let next = Number.POSITIVE_INFINITY
      for (const g of groups.values()) next = Math.min(next, oldest(g) + opts.lingerMs)
      return next
    },
    remove(pixel) {
      const out: LeasedEvent[] = []
      for (const g of [...groups.values()]) {
        if (pixel !== undefined && g.events[0]!.route.pixelCode !== pixel) continue
        out.push(...g.events)
        removeGroup(g)
      }
      return out
    },
    drop(ids) {
      let n = 0
      for (const g of [...groups.values()]) {
        const keep = g.events.filter((e) => !ids.has(e.id))
        if (keep.length === g.events.length) continue
        n += g.events.length - keep.length
        for (const e of g.events) if (ids.has(e.id)) held.delete(e.id)
        if (keep.length === 0) groups.delete(g.key)
        else g.events = keep
      }
      return n
    }
  }
}
