/**
 * The worker's leases of queue rows, as it takes them and gives them back: every leased row is registered with the
 * lease keeper (renewed while held), rows past maxAgeMs are dead-lettered at once with the reason (issue 11: an event
 * held through an outage, or never sent, is not kept past its age), and rows handed back go to the queue as they
 * were, no attempt counted. A probe's batch is one route's oldest events of one pixel, no event_id twice.
 */
import { errorMessage, type Logger } from '../log.ts'
import type { LeasedEvent, LeaseFilter, QueueStore } from '../store/store-interface.ts'
import type { DeliveryMetrics } from './delivery-metrics.ts'
import type { LeaseKeeper } from './lease-keeper.ts'
import type { DeliveryOptions } from './options.ts'
import { routeKey } from './route-buffer.ts'

export interface RowLeaser {
  /** Leases up to `limit` ready rows; returns those within maxAgeMs (the others are dead-lettered). */
  lease(limit: number, now: number, filter?: LeaseFilter): Promise<{ leased: number; fresh: LeasedEvent[] }>
  /**
   * The probe's batch for `pixel`; undefined when the pixel has no events left to probe with. `heldBecause`: the auth
   * fault holding the pixel (auth-fault.ts), named in the reason of events dead-lettered for their age.
   */
  leaseProbe(pixel: string, heldBecause?: string): Promise<LeasedEvent[] | undefined>
  /** Back to the queue as they were, no attempt counted; a failure is logged (the leases then expire). */
  handBack(events: LeasedEvent[], why: string): Promise<void>
}

export function createRowLeaser(deps: {
  queue: QueueStore
  owner: string
  leaseMs: number
  leases: LeaseKeeper
  options: DeliveryOptions
  metrics: DeliveryMetrics
  log: Logger
}): RowLeaser {
  const { queue, leases, options, log } = deps

  async function withinAge(leased: LeasedEvent[], now: number, heldBecause?: string): Promise<LeasedEvent[]> {
    const old = leased.filter((e) => now - e.enqueuedAt >= options.maxAgeMs)
    if (old.length === 0) return leased
    const message =
      `older than maxAgeMs (${options.maxAgeMs} ms) when leased for delivery` +
      (heldBecause ? `: held because ${heldBecause}; fix the token and restart the relay` : '')
    await queue.deadLetter(
      old.map((e) => e.id),
      { message },
      now
    )
    leases.letGo(old.map((e) => e.id))
    const byPixel = new Map<string, number>()
    for (const e of old) byPixel.set(e.route.pixelCode, (byPixel.get(e.route.pixelCode) ?? 0) + 1)
    for (const [pixel, n] of byPixel) {
      deps.metrics.deadLettered.inc({ pixel }, n)
      log.warn('dead-lettered events older than maxAgeMs', { pixel, events: n, maxAgeMs: options.maxAgeMs })
    }
    const oldSet = new Set(old)
    return leased.filter((e) => !oldSet.has(e))
  }

  async function lease(limit: number, now: number, filter?: LeaseFilter, heldBecause?: string) {
    const leaseUntil = now + deps.leaseMs
    const leased = await queue.lease(deps.owner, limit, now, leaseUntil, filter)
    leases.hold(leased, leaseUntil)
    return { leased: leased.length, fresh: await withinAge(leased, now, heldBecause) }
  }

  async function handBack(events: LeasedEvent[], why: string) {
    if (events.length === 0) return
    leases.letGo(events.map((e) => e.id))
    try {
      await queue.reschedule(
        events.map((e) => e.id),
        Date.now()
      )
    } catch (err) {
      log.error('could not hand events back to the queue; their leases expire by themselves', {
        why,
        events: events.length,
        error: errorMessage(err)
      })
    }
  }

  return {
    lease,
    handBack,
    async leaseProbe(pixel, heldBecause) {
      for (;;) {
        const { leased, fresh } = await lease(options.maxBatch, Date.now(), { onlyPixels: [pixel] }, heldBecause)
        if (fresh.length === 0) {
          // All dead-lettered for age: try the next ones; none at all: nothing to probe with.
          if (leased === options.maxBatch) continue
          return undefined
        }
        const key = routeKey(fresh[0]!)
        const seen = new Set<string>()
        const batch = fresh.filter((e) => {
          if (routeKey(e) !== key || (e.eventId !== undefined && seen.has(e.eventId))) return false
          if (e.eventId !== undefined) seen.add(e.eventId)
          return true
        })
        const inBatch = new Set(batch)
        await handBack(
          fresh.filter((e) => !inBatch.has(e)),
          'not part of the probe'
        )
        return batch
      }
    }
  }
}
