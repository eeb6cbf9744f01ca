/**
 * GET /console/api/overview: per minute over the last 24 hours, events received, sent to TikTok (or recorded in
 * dry-run), dropped, rejected, retried and dead-lettered (uPlot's columns: times in epoch seconds, one array per
 * series), totals per reason, the queue (depth, the first event's wait) and each pixel's circuit.
 */
import type { Store } from '../../store/store-interface.ts'
import { circuitView } from '../circuit-state.ts'
import { SERIES } from '../series.ts'

export const MINUTE = 60_000
export const DAY = 24 * 60 * MINUTE
const SHOWN = [
  SERIES.received,
  SERIES.sent,
  SERIES.dryRun,
  SERIES.dropped,
  SERIES.rejected,
  SERIES.retried,
  SERIES.deadLettered
] as const

export async function overview(store: Store, now: number) {
  const last = Math.floor(now / MINUTE) * MINUTE
  const since = last - DAY + MINUTE
  const [rows, depth, first, deadLetters, circuits] = await Promise.all([
    store.consoleStats.read(since, { series: SHOWN }),
    store.queue.depth(),
    store.queue.firstInLineEnqueuedAt(),
    store.deadLetters.count(),
    store.circuits.list()
  ])
  const n = DAY / MINUTE
  const columns = Object.fromEntries(SHOWN.map((s) => [s, new Array<number>(n).fill(0)])) as Record<string, number[]>
  const byReason: Record<string, Record<string, number>> = {}
  const totals: Record<string, number> = Object.fromEntries(SHOWN.map((s) => [s, 0]))
  for (const r of rows) {
    const i = (r.minute - since) / MINUTE
    if (i < 0 || i >= n) continue
    columns[r.series]![i]! += r.count
    totals[r.series]! += r.count
    if (r.label) {
      byReason[r.series] ??= {}
      byReason[r.series]![r.label] = (byReason[r.series]![r.label] ?? 0) + r.count
    }
  }
  return {
    times: Array.from({ length: n }, (_, i) => (since + i * MINUTE) / 1000),
    columns,
    totals,
    byReason,
    queue: { depth, oldestWaitSeconds: first === undefined ? 0 : Math.max(0, Math.round((now - first) / 1000)) },
    deadLetters,
    circuits: circuits.map((c) => circuitView(c, now))
  }
}
