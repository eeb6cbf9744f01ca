/**
 * While the store is unreachable (PostgreSQL down or restarting, a full disk), every part of the relay that touches
 * it fails each time it tries: the delivery loop, the queue heartbeat, the circuits, the console's flush, intake per
 * request, ~4 lines a second per relay, the same ones over and over. This wraps the relay's logger so an outage
 * reads as a few lines:
 *
 * - the first line of each kind (level, message and error text) goes out at once, as before (at most 20 kinds per
 *   outage);
 * - repeats of it are held back and counted; every SUMMARY_EVERY_MS while the store is still down, one line says how
 *   many were held back, per message (`the store is still unavailable`);
 * - once the store commits again (a probe, `store.probe()`, every PROBE_EVERY_MS while held back lines exist or an
 *   outage is on), one line says it is back, after how long, and how many lines were held back since the last summary.
 *
 * Only lines whose `error` field is a StoreUnavailableError's message (store-errors.ts) are gated: every other line
 * passes unchanged. Lines hold what they held before (no value, no secret is added).
 */
import type { Logger } from './log.ts'
import { isStoreUnavailableText } from './store/store-errors.ts'

/** How often a summary of held-back store errors is logged while the store stays down. */
export const SUMMARY_EVERY_MS = 30_000
/** How often the store is probed while an outage is on, to say when it is back. */
export const PROBE_EVERY_MS = 1000
/** Kinds said at once per outage at most: an error text that varied every time could not flood the log either. */
const MAX_KINDS = 20

export interface StoreOutageLog extends Logger {
  /** Stops the timers; a summary of what was held back since the last one is logged. */
  close(): void
}

interface Options {
  /** One tiny write transaction: resolves when the store commits again (Store.probe). */
  probe: () => Promise<void>
  summaryEveryMs?: number
  probeEveryMs?: number
  now?: () => number
}

type Level = 'warn' | 'error'

export function gateStoreOutageLog(log: Logger, opts: Options): StoreOutageLog {
  const now = opts.now ?? Date.now
  const summaryEvery = opts.summaryEveryMs ?? SUMMARY_EVERY_MS
  /** The outage's start (its first gated line); undefined while the store works. */
  let since: number | undefined
  let lastError = ''
  /** Kinds of line already said in this outage. */
  const said = new Set<string>()
  /** Lines held back since the last summary, per message. */
  let held = new Map<string, number>()
  let summaryTimer: ReturnType<typeof setInterval> | undefined
  let probeTimer: ReturnType<typeof setInterval> | undefined
  let probing = false

  /** Lines held back since the last summary, all messages together: summed from `held`, the one count kept. */
  const heldTotal = () => {
    let n = 0
    for (const c of held.values()) n += c
    return n
  }
  const takeHeld = () => {
    const byMessage = Object.fromEntries(held)
    const count = heldTotal()
    held = new Map()
    return { count, byMessage }
  }
  const summarise = () => {
    if (held.size === 0) return
    const { count, byMessage } = takeHeld()
    log.error('the store is still unavailable', {
      downForSeconds: Math.round((now() - since!) / 1000),
      heldBack: count,
      heldBackByMessage: byMessage,
      error: lastError
    })
  }
  const stopTimers = () => {
    clearInterval(summaryTimer)
    clearInterval(probeTimer)
    summaryTimer = probeTimer = undefined
  }
  const back = () => {
    if (since === undefined) return
    const { count, byMessage } = takeHeld()
    log.info('the store is back', {
      downForSeconds: Math.round((now() - since) / 1000),
      heldBack: count,
      ...(count ? { heldBackByMessage: byMessage } : {})
    })
    since = undefined
    said.clear()
    stopTimers()
  }
  const probeOnce = () => {
    if (probing) return
    probing = true
    opts.probe().then(
      () => {
        probing = false
        back()
      },
      () => {
        probing = false
      }
    )
  }
  const outage = (level: Level, msg: string, fields: Record<string, unknown>, error: string) => {
    lastError = error
    if (since === undefined) {
      since = now()
      summaryTimer = setInterval(summarise, summaryEvery)
      probeTimer = setInterval(probeOnce, opts.probeEveryMs ?? PROBE_EVERY_MS)
      for (const t of [summaryTimer, probeTimer]) (t as { unref?: () => void }).unref?.()
    }
    const kind = `${level}\u0000${msg}\u0000${error}`
    if (!said.has(kind) && said.size < MAX_KINDS) {
      said.add(kind)
      log[level](msg, fields)
      return
    }
    held.set(msg, (held.get(msg) ?? 0) + 1)
  }
  const gated =
    (level: Level) =>
    (msg: string, fields?: Record<string, unknown>): void => {
      const error = fields?.error
      if (typeof error === 'string' && isStoreUnavailableText(error)) outage(level, msg, fields!, error)
      else log[level](msg, fields)
    }
  return {
    info: (msg, fields) => log.info(msg, fields),
    warn: gated('warn'),
    error: gated('error'),
    close() {
      summarise()
      stopTimers()
    }
  }
}
