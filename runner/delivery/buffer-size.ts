/**
 * How many leased rows the delivery worker keeps buffered: twice what its request slots send while one lease runs,
 * plus a batch, and at least a batch per route and MIN_BATCHES batches; never more than every slot refilled at once
 * and one batch over ((concurrency + 1) x maxBatch, the old fixed size).
 *
 * Why not always the ceiling: the lease runs beside the sends, so the buffer only has to carry the sends through one
 * lease. On SQLite a lease takes milliseconds and 4 batches do; the fixed 11 batches (11,000 rows with the defaults)
 * cost the 1M-row drain about 50 MB of peak RSS (issue 5: < 256 MB) and bought nothing (docs/performance.md,
 * "Figures that got worse, traced"). On PostgreSQL under load a lease takes hundreds of milliseconds (350-430 ms in
 * bench/relay-postgres.bench.ts, requests 100-1,200 ms), and the ratio of lease time to request time (running
 * averages) grows the buffer back towards the ceiling, so the slots do not wait for rows.
 */

/** Batches buffered however fast leases are: a full one ready for each of the next slots that free up. */
export const MIN_BATCHES = 4
/** Weight of the newest lease or request time in the running averages. */
const WEIGHT = 0.25

export interface BufferSize {
  /** Rows the buffer may hold now. `routes`: routes (buffer groups) the worker has seen. */
  cap(routes: number): number
  /** A lease took `ms` milliseconds. */
  leased(ms: number): void
  /** A request held its slot `ms` milliseconds (until TikTok answered). */
  requested(ms: number): void
}

export function createBufferSize(opts: { concurrency: number; maxBatch: number }): BufferSize {
  let leaseMs: number | undefined
  let requestMs: number | undefined
  const average = (avg: number | undefined, ms: number) => (avg === undefined ? ms : avg + WEIGHT * (ms - avg))
  return {
    cap(routes) {
      // Slots refilled while one lease runs (each frees up once per request time), twice over: lease times vary, and
      // the average follows a slower lease only after it has landed.
      const duringLease =
        leaseMs === undefined || requestMs === undefined
          ? 0
          : Math.ceil((2 * opts.concurrency * leaseMs) / Math.max(1, requestMs))
      const batches = Math.min(opts.concurrency + 1, Math.max(MIN_BATCHES, duringLease + 1, routes + 1))
      return batches * opts.maxBatch
    },
    leased(ms) {
      leaseMs = average(leaseMs, ms)
    },
    requested(ms) {
      requestMs = average(requestMs, ms)
    }
  }
}
