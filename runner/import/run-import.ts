/**
 * Streams an offline or CRM file into the durable queue through the store interface (store-interface.ts), so the
 * same import works on SQLite and on PostgreSQL. Rows are read, built (hashed) and queued in chunks of CHUNK, one
 * store transaction each, and the next chunk is read only once the last one committed: memory stays flat whatever
 * the file's size. Each row's event is claimed by its event name and event_id for TikTok's own window of 28 days
 * (claimHoldMs), so a second import of the same file queues nothing and counts the rows as already imported.
 */
import type { EventSettings } from '../../destinations/tiktok/core/build-event.ts'
import type { EnqueueRequest, Store } from '../store/store-interface.ts'
import { type ColumnMap, type ColumnPlan, planColumns } from './column-map.ts'
import type { FileRow } from './read-rows.ts'
import { type ImportSource, type RowProblem, rowEvent } from './row-event.ts'

/**
 * Rows per store transaction: large enough that the log sync and the pages a commit rewrites (the claims' index takes
 * its keys in random order) cost little per row, small enough that two chunks in memory keep the RSS flat: 5,000
 * took ~12% less main-thread CPU than 2,000 (docs/performance.md) for ~25 MB more RSS; 10,000 saved no more.
 */
const CHUNK = 5000
/** How long an import's claims hold: TikTok takes and attributes offline events up to 28 days old (plausible-time.ts). */
export const IMPORT_CLAIM_HOLD_MS = 29 * 86_400_000
/** Problems kept for the summary beyond the count (the rest are counted only). */
const MAX_LISTED = 1000

export interface ImportTarget {
  /** The relay destination whose token delivers the events (its route id in the queue). */
  routeId: string
  source: ImportSource
  /** The offline or CRM event set id the events go to. */
  setId: string
  settings: EventSettings
}

export interface ImportSummary {
  rows: number
  /** Rows whose event went into the queue now. */
  queued: number
  /** Rows already imported (a claim within TikTok's window), not queued again. */
  alreadyImported: number
  rejected: number
  /** The first MAX_LISTED rejections, in file order. */
  rejections: RowProblem[]
  /** Fields left out of queued events (a value TikTok could not take), the first MAX_LISTED. */
  warnings: RowProblem[]
  warningCount: number
  /** Headers no field reads. */
  ignoredColumns: string[]
}

export async function runImport(
  rows: AsyncIterable<FileRow>,
  store: Store,
  target: ImportTarget,
  map: ColumnMap,
  opts: { nowMs?: number; onRows?: (summary: ImportSummary) => void } = {}
): Promise<ImportSummary> {
  const nowMs = opts.nowMs ?? Date.now()
  // Offline sales are Purchases unless the file or the map names the event; CRM stages have no such default.
  if (target.source === 'offline') map = { ...map, defaults: { event: 'Purchase', ...map.defaults } }
  const summary: ImportSummary = {
    rows: 0,
    queued: 0,
    alreadyImported: 0,
    rejected: 0,
    rejections: [],
    warnings: [],
    warningCount: 0,
    ignoredColumns: []
  }
  const settings: EventSettings = { ...target.settings, offlineEventSetId: target.setId, crmEventSetId: target.setId }
  const route = { routeId: target.routeId, pixelCode: target.setId, eventSource: target.source }
  const routeId = `import:${target.source}:${target.setId}`
  const plans = new Map<string, ColumnPlan>()
  const planFor = (headers: readonly string[]) => {
    const key = headers.join('\u0000')
    let plan = plans.get(key)
    if (!plan) {
      plan = planColumns([...headers], map)
      for (const h of plan.ignored) if (!summary.ignoredColumns.includes(h)) summary.ignoredColumns.push(h)
      plans.set(key, plan)
    }
    return plan
  }
  const reject = (problem: RowProblem) => {
    summary.rejected++
    if (summary.rejections.length < MAX_LISTED) summary.rejections.push(problem)
  }

  let chunk: EnqueueRequest = { claims: [], items: [], claimHoldMs: IMPORT_CLAIM_HOLD_MS }
  // One chunk commits while the next is read and built (at most two in memory): the log sync overlaps the work.
  let committing: Promise<void> | undefined
  const flush = async () => {
    await committing
    if (chunk.items.length === 0) return
    const sent = chunk
    chunk = { claims: [], items: [], claimHoldMs: IMPORT_CLAIM_HOLD_MS }
    committing = store.enqueue(sent).then((result) => {
      summary.queued += result.enqueued
      summary.alreadyImported += result.duplicates.length
      opts.onRows?.(summary)
    })
    // A failed commit is thrown where it is awaited (the next flush), not reported as unhandled before.
    committing.catch(() => undefined)
  }

  for await (const row of rows) {
    summary.rows++
    if (row.kind === 'error') {
      reject({ line: row.line, column: row.column, message: row.message })
      continue
    }
    const outcome = rowEvent(row, planFor(row.headers), map, target.source, settings, nowMs)
    if (outcome.kind === 'rejected') {
      reject(outcome.problem)
      continue
    }
    for (const w of outcome.warnings) {
      summary.warningCount++
      if (summary.warnings.length < MAX_LISTED) summary.warnings.push(w)
    }
    const claim = chunk.claims!.push({ routeId, messageId: outcome.claimId }) - 1
    chunk.items.push({ route, event: outcome.built.event, claim })
    if (chunk.items.length >= CHUNK) await flush()
  }
  await flush()
  await committing
  return summary
}
