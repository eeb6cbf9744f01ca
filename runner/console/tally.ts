/**
 * Counts the console's per-minute series in memory and adds them to the store every `flushMs` (one small write
 * per few seconds, whatever the traffic: intake never waits on the console), with the latest live events. Each relay
 * has its own tally; the store sums them, so every node's console shows the same numbers.
 */
import type { Logger } from '../log.ts'
import { errorMessage } from '../log.ts'
import { MAX_EVENT_LABEL_CHARS } from '../metrics/intake-metrics.ts'
import type { LiveEvent, MinuteCount, Store } from '../store/store-interface.ts'

export interface ConsoleTally {
  /** Adds `n` to (this minute, series, label). */
  count(series: string, label: string, n?: number): void
  /**
   * Remembers one live event (only the newest `liveKeep` per flush are written). `body`, when given, becomes its
   * `eventJson` at the flush: only the events kept are serialised, not every event intake takes.
   */
  live(event: LiveEvent, body?: unknown): void
  /** Writes what is counted now; resolves once committed. */
  flush(): Promise<void>
  /** Stops the timer and flushes. */
  close(): Promise<void>
}

export interface TallyOptions {
  flushMs?: number
  /** Live events kept in the store (default 500). */
  liveKeep?: number
  /** How long per-minute rows stay (default 8 days: a day, the day before it, and a week of trend). */
  retentionMs?: number
  /** Distinct labels per series and minute; more go under `(other)` so a sender cannot grow the table. */
  maxLabels?: number
  now?: () => number
}

const MINUTE = 60_000
export const OTHER_LABEL = '(other)'

export function createConsoleTally(store: Store, log: Logger, opts: TallyOptions = {}): ConsoleTally {
  const flushMs = opts.flushMs ?? 2000
  const liveKeep = opts.liveKeep ?? 500
  const retentionMs = opts.retentionMs ?? 8 * 24 * 60 * MINUTE
  const maxLabels = opts.maxLabels ?? 200
  const now = opts.now ?? Date.now
  let counts = new Map<string, MinuteCount>()
  let labels = new Map<string, Set<string>>()
  let liveEvents: Array<{ event: LiveEvent; body?: unknown }> = []
  let running: Promise<void> = Promise.resolve()
  let lastPrune = 0

  const labelFor = (minute: number, series: string, label: string) => {
    const key = `${minute}\u0000${series}`
    let seen = labels.get(key)
    if (!seen) {
      seen = new Set()
      labels.set(key, seen)
    }
    if (seen.has(label)) return label
    if (seen.size >= maxLabels) return OTHER_LABEL
    seen.add(label)
    return label
  }

  async function write(): Promise<void> {
    const rows = [...counts.values()]
    const live = liveEvents
    counts = new Map()
    labels = new Map()
    liveEvents = []
    try {
      if (rows.length > 0) await store.consoleStats.add(rows)
      const kept = live
        .slice(-liveKeep)
        .map(({ event, body }) => (body === undefined ? event : { ...event, eventJson: JSON.stringify(body) }))
      if (kept.length > 0) await store.consoleStats.addLive(kept, liveKeep)
      if (now() - lastPrune > 60 * MINUTE) {
        lastPrune = now()
        await store.consoleStats.prune(now() - retentionMs)
      }
    } catch (err) {
      // The console's numbers are not worth an event: a failed write is logged and its counts left out.
      log.warn('console counts could not be written', { error: errorMessage(err) })
    }
  }

  const timer = setInterval(() => void flush(), flushMs)
  ;(timer as { unref?: () => void }).unref?.()

  function flush(): Promise<void> {
    running = running.then(write)
    return running
  }

  return {
    count(series, rawLabel, n = 1) {
      if (n === 0) return
      const minute = Math.floor(now() / MINUTE) * MINUTE
      const label = labelFor(minute, series, rawLabel.slice(0, MAX_EVENT_LABEL_CHARS))
      const key = `${minute}\u0000${series}\u0000${label}`
      const row = counts.get(key)
      if (row) row.count += n
      else counts.set(key, { minute, series, label, count: n })
    },
    live(event, body) {
      liveEvents.push({ event, body })
      if (liveEvents.length > 2 * liveKeep) liveEvents = liveEvents.slice(-liveKeep)
    },
    flush,
    async close() {
      clearInterval(timer)
      await flush()
    }
  }
}
