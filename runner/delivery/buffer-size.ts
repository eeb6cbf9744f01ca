/**
 * How many leased rows the delivery worker keeps, and how many one lease takes. Both follow one measurement: the
 * rows this relay's request slots send while one lease runs (running averages of the lease's time, a request's time
 * and its rows).
 *
 * The buffer holds twice those rows, plus a batch; at least a batch per route and MIN_BATCHES batches, never more
 * than every slot refilled at once and one batch over ((concurrency + 1) x maxBatch, the old fixed size). The lease
 * runs beside the sends, so the buffer only has to carry the sends through one lease: on SQLite a lease takes
 * milliseconds and 4 batches do, where the fixed 11 batches (11,000 rows with the defaults) cost the 1M-row drain
 * about 50 MB of peak RSS (issue 5: < 256 MB) and bought nothing (docs/performance.md, "Figures that got worse,
 * traced"). On PostgreSQL under load a lease takes hundreds of milliseconds (350-430 ms in
 * bench/relay-postgres.bench.ts) and the buffer grows back towards the ceiling, so the slots do not wait for rows.
 *
 * A lease takes what this relay can send soon, not all the buffer could hold: the batches of the request slots free
 * now, plus the rows sent while the next lease runs (twice over, at least one batch). A relay used to lease up to its
 * whole buffer whatever it could send, so with a shallow queue the first relay to lease took all of it and the other
 * relays sharing the store sat idle while it worked through it.
 */

/** Batches buffered however fast leases are: a full one ready for each of the next slots that free up. */
export const MIN_BATCHES = 4
/** Weight of the newest measurement in the running averages (exponentially weighted). */
const WEIGHT = 0.25

export interface DeliverySizing {
  /** Rows the buffer may hold now. `routes`: routes (buffer groups) the worker has seen. */
  bufferCap(routes: number): number
  /**
   * Rows the next lease may take (0 or fewer: none now). `inFlight`: request slots taken; `buffered`: rows waiting
   * in memory; `held`: rows leased by this relay, buffered or in flight; `routes` as for bufferCap.
   */
  leaseLimit(now: { inFlight: number; buffered: number; held: number; routes: number }): number
  /** One lease took `ms` milliseconds (the store's round trip). */
  leased(ms: number): void
  /** A request of `rows` events held its slot `ms` milliseconds (until TikTok answered or it failed). */
  sent(rows: number, ms: number): void
}

export function createDeliverySizing(opts: {
  concurrency: number
  maxBatch: number
  /** Rows held at most (buffered and in flight): what can go out before a lease would end were it never renewed. */
  sendableInLease: number
}): DeliverySizing {
  const { concurrency, maxBatch } = opts
  let leaseMs: number | undefined
  let requestMs: number | undefined
  let rowsPerRequest: number | undefined
  const average = (avg: number | undefined, value: number) => (avg === undefined ? value : avg + WEIGHT * (value - avg))
  /** Requests that finish while one lease runs, twice over (lease times vary; the average follows a slow one late). */
  const requestsDuringLease = () =>
    leaseMs === undefined || requestMs === undefined ? 0 : (2 * concurrency * leaseMs) / Math.max(1, requestMs)

  const bufferCap = (routes: number) => {
    const batches = Math.min(concurrency + 1, Math.max(MIN_BATCHES, Math.ceil(requestsDuringLease()) + 1, routes + 1))
    return batches * maxBatch
  }
  return {
    bufferCap,
    leaseLimit({ inFlight, buffered, held, routes }) {
      const margin = Math.max(maxBatch, Math.ceil(requestsDuringLease() * (rowsPerRequest ?? maxBatch)))
      const soon = Math.max(0, concurrency - inFlight) * maxBatch + margin
      return Math.min(bufferCap(routes) - buffered, soon - buffered, opts.sendableInLease - held)
    },
    leased(ms) {
      leaseMs = average(leaseMs, ms)
    },
    sent(rows, ms) {
      rowsPerRequest = average(rowsPerRequest, rows)
      requestMs = average(requestMs, ms)
    }
  }
}
