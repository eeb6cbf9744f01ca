/**
 * How many rows one lease takes: what this relay can send soon, not all its buffer can hold. A relay used to lease
 * up to its whole buffer ((concurrency + 1) x maxBatch, 11,000 rows by default) whatever it could send, so with a
 * shallow queue the first relay to lease took all of it and the other relays sharing the store sat idle while it
 * worked through it. A lease now takes rows for the request slots free now, plus the rows this relay sends while
 * the next lease is under way (so a freed slot finds a batch ready and the drain rate is kept): measured, the
 * relay's sending rate when every slot is busy (concurrency x rows per request / time per request) times twice the
 * time a lease takes. With a fast TikTok and a slow lease (a loaded PostgreSQL) that is the whole buffer, as before;
 * with a slow TikTok or a quick lease it is about one batch, and the rest of the queue is left to other relays.
 * Before anything is measured the margin is one batch.
 */

/** Weight of the newest measurement in the running averages (exponentially weighted). */
const WEIGHT = 0.2

export interface LeaseSizer {
  /** A request of `rows` events took `ms`, from sending to TikTok's answer (or its failure). */
  sent(rows: number, ms: number): void
  /** One lease took `ms` (the store's round trip). */
  leased(ms: number): void
  /**
   * Rows the next lease may take (0 or fewer: none now). `inFlight`: request slots taken; `buffered`: rows waiting
   * in memory; `held`: rows leased by this relay, buffered or in flight.
   */
  limit(now: { inFlight: number; buffered: number; held: number }): number
}

export function createLeaseSizer(opts: {
  concurrency: number
  maxBatch: number
  /** The buffer's cap: rows waiting in memory at most. */
  bufferCap: number
  /** Rows held at most (buffered and in flight): what can go out before a lease would end were it never renewed. */
  sendableInLease: number
}): LeaseSizer {
  const { concurrency, maxBatch } = opts
  let rowsPerRequest: number | undefined
  let requestMs: number | undefined
  let leaseMs: number | undefined
  const average = (old: number | undefined, value: number) => (old === undefined ? value : old + WEIGHT * (value - old))

  /** Rows sent while the next lease is under way, at least one batch. */
  const margin = () => {
    if (rowsPerRequest === undefined || requestMs === undefined || leaseMs === undefined) return maxBatch
    const rowsPerMs = (concurrency * rowsPerRequest) / Math.max(1, requestMs)
    return Math.max(maxBatch, Math.ceil(2 * leaseMs * rowsPerMs))
  }

  return {
    sent(rows, ms) {
      rowsPerRequest = average(rowsPerRequest, rows)
      requestMs = average(requestMs, ms)
    },
    leased(ms) {
      leaseMs = average(leaseMs, ms)
    },
    limit({ inFlight, buffered, held }) {
      const soon = Math.max(0, concurrency - inFlight) * maxBatch + margin()
      return Math.min(opts.bufferCap - buffered, soon - buffered, opts.sendableInLease - held)
    }
  }
}
