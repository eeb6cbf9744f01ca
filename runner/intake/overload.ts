/**
 * When intake says 429 + Retry-After: too many events waiting for their commit (the disk cannot keep up), or a
 * queue so deep that delivery is clearly not keeping up (a long TikTok outage). The depth is a COUNT over the
 * queue, so it is read at most every `refreshMs` (concurrent requests share the read), never per request. A failed
 * read keeps the last depth: the store's failure shows where it matters, on the request's own commit.
 */
import { IntakeError } from './intake-error.ts'

export interface OverloadGuard {
  /** Rejects with the 429 when overloaded. */
  check(): Promise<void>
  /** Events currently awaiting their commit. */
  pending: { events: number }
}

export function createOverloadGuard(opts: {
  queueDepth: () => Promise<number>
  maxPendingEvents: number
  maxQueueDepth: number
  refreshMs?: number
  now?: () => number
}): OverloadGuard {
  const refreshMs = opts.refreshMs ?? 250
  const now = opts.now ?? Date.now
  const pending = { events: 0 }
  let depth = 0
  let readAt = Number.NEGATIVE_INFINITY
  let reading: Promise<void> | undefined
  const refresh = () =>
    (reading ??= opts
      .queueDepth()
      .then(
        (d) => {
          depth = d
        },
        () => {}
      )
      .finally(() => {
        reading = undefined
      }))
  return {
    pending,
    async check() {
      if (pending.events >= opts.maxPendingEvents) {
        throw new IntakeError(429, 'overloaded', 'Max Requests Limit reached', 1)
      }
      const t = now()
      if (t - readAt >= refreshMs) {
        readAt = t
        await refresh()
      } else if (reading) await reading
      if (depth >= opts.maxQueueDepth) {
        throw new IntakeError(429, 'queue_full', 'Max Requests Limit reached: delivery queue is full', 30)
      }
    }
  }
}
