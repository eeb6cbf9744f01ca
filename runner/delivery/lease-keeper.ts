/**
 * The leases of the rows a worker holds (buffered or being sent), kept alive while they are its own: each heartbeat
 * renews those whose lease is half gone, so a row held through a long pause or a slow TikTok never expires into
 * another worker's hands. A row the store says was taken back anyway (this process stalled past STALE_OWNER_MS and
 * another relay reclaimed it) is reported through `onTakenBack` and must not be sent by this worker. The same beat
 * takes back the leases of workers that really stopped (kill -9: heartbeat stale) and, now and again, any lease
 * past its expiry (a worker that stopped without releasing).
 */
import { errorMessage, type Logger } from '../log.ts'
import type { LeasedEvent, QueueStore } from '../store/store-interface.ts'

/** A worker silent this long has stopped (kill -9): its leases are taken back. Generous for a loaded machine. */
export const STALE_OWNER_MS = 10_000
export const HEARTBEAT_MS = 1000
const EXPIRED_SWEEP_MS = 30_000
/**
 * The sweep for expired leases reads the whole queue (no index on leases: docs/scaling.md), 0.1-0.4 s of PostgreSQL
 * CPU at 100,000 queued: it waits at least this many times as long as it last took, so a large backlog is not slowed
 * by it.
 */
const EXPIRED_SWEEP_COST_FACTOR = 50

export interface LeaseKeeper {
  /** Rows held by this worker, buffered or in flight. */
  readonly size: number
  hold(events: LeasedEvent[], leaseUntil: number): void
  /** Rows this worker is done with (acked, handed back, dead-lettered). */
  letGo(ids: number[]): void
  /** One heartbeat; never rejects (a failing store is logged, and the next beat tries again). */
  beat(): Promise<void>
}

export function createLeaseKeeper(deps: {
  queue: QueueStore
  owner: string
  leaseMs: number
  log: Logger
  onTakenBack(ids: Set<number>): void
  /** Rows of other workers came back to the queue: lease again. */
  onReclaimed(): void
}): LeaseKeeper {
  const { queue, owner, leaseMs, log } = deps
  const held = new Map<number, number>()
  let nextSweepAt = 0
  let beating: Promise<void> | undefined

  const renew = async (now: number) => {
    const due: number[] = []
    for (const [id, until] of held) if (until - now < leaseMs / 2) due.push(id)
    if (due.length === 0) return
    const until = now + leaseMs
    const lost = new Set(await queue.renew(owner, due, until))
    for (const id of due) if (held.has(id) && !lost.has(id)) held.set(id, until)
    if (lost.size === 0) return
    for (const id of lost) held.delete(id)
    log.warn('another worker took back leases this relay still held (it stalled); it will not send those events', {
      events: lost.size
    })
    deps.onTakenBack(lost)
  }

  const once = async () => {
    try {
      const now = Date.now()
      await queue.heartbeat(owner, now)
      await renew(now)
      const reclaimed = await queue.reclaimStale(now - STALE_OWNER_MS)
      if (reclaimed > 0) log.info('took back leases of a stopped worker', { events: reclaimed })
      let expired = 0
      if (now >= nextSweepAt) {
        const started = Date.now()
        expired = await queue.releaseExpired(now)
        const took = Date.now() - started
        nextSweepAt = Date.now() + Math.max(EXPIRED_SWEEP_MS, EXPIRED_SWEEP_COST_FACTOR * took)
      }
      if (expired > 0)
        log.warn('took back expired leases (a worker stopped without handing its events back)', { events: expired })
      if (reclaimed + expired > 0) deps.onReclaimed()
    } catch (err) {
      log.error('queue heartbeat failed', { error: errorMessage(err) })
    }
  }

  return {
    get size() {
      return held.size
    },
    hold(events, leaseUntil) {
      for (const e of events) held.set(e.id, leaseUntil)
    },
    letGo(ids) {
      for (const id of ids) held.delete(id)
    },
    beat() {
      // One beat at a time: a slow store must not pile them up.
      beating ??= once().finally(() => {
        beating = undefined
      })
      return beating
    }
  }
}
