/**
 * One row of an imported file -> the TikTok event it becomes, or why not, placed at its line and column. The row's
 * values are read into a reportEvent input and built by the core like any other event: match keys normalised and
 * hashed there, at read time, so nothing raw goes further than this function. The event_id is the row's own
 * (event_id column), else its order id (offline) or lead id (CRM), else a digest of the row: the same row always
 * gets the same id, so a second import of a file is recognised (by the store's claims, and by TikTok).
 */
import { createHash } from 'node:crypto'
import {
  type BuiltEvent,
  buildTikTokEventSync,
  type EventSettings,
  EventValidationError,
  type FieldWarning
} from '../../destinations/tiktok/core/index.ts'
import type { ReportEventInput } from '../../destinations/tiktok/core/report-event-input.ts'
import { resolveTarget } from '../../destinations/tiktok/pipelines/tiktok-targets.ts'
import { implausibleTime } from '../intake/plausible-time.ts'
import { type ColumnMap, type ColumnPlan, resolveColumnTarget } from './column-map.ts'
import type { FileRow } from './read-rows.ts'

export type ImportSource = 'offline' | 'crm'

export interface RowProblem {
  line: number
  column: number
  /** The header of that column, when the file has one there. */
  header?: string
  message: string
}

export type RowOutcome =
  | {
      kind: 'event'
      built: Extract<BuiltEvent, { kind: 'send' }>
      /** What the store's claim keys the row by: its event name and event_id. */
      claimId: string
      warnings: RowProblem[]
    }
  | { kind: 'rejected'; problem: RowProblem }

type Row = Extract<FileRow, { kind: 'row' }>

const present = (v: unknown) => v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '')
const splitIds = (v: unknown) =>
  Array.isArray(v)
    ? v
    : String(v)
        .split(/[|;,]/)
        .map((id) => id.trim())
        .filter(Boolean)

/** The reportEvent input of a row: its mapped values, then the map's defaults for whatever is missing. */
function inputOf(row: Row, plan: ColumnPlan, map: ColumnMap, source: ImportSource): ReportEventInput {
  const input: Record<string, unknown> = { event_source: source }
  for (let i = 0; i < row.values.length; i++) {
    const slot = plan.targets[i]
    const value = row.values[i]
    if (!slot || !present(value)) continue
    const { target } = slot
    if (target.kind === 'field') input[target.key] ??= value
    else if (target.kind === 'content_ids') input.content_ids = splitIds(value)
    else {
      input.custom_properties ??= {}
      ;(input.custom_properties as Record<string, unknown>)[target.key] = value
    }
  }
  for (const [key, value] of defaultFields(map)) if (!present(input[key])) input[key] = value
  return input as unknown as ReportEventInput
}

/** The map's defaults as (reportEvent field, value), resolved once per map rather than once per row. */
const resolvedDefaults = new WeakMap<ColumnMap, Array<[string, unknown]>>()
function defaultFields(map: ColumnMap): Array<[string, unknown]> {
  let fields = resolvedDefaults.get(map)
  if (!fields) {
    fields = []
    for (const [field, value] of Object.entries(map.defaults)) {
      const target = resolveColumnTarget(field)
      if (typeof target !== 'string' && target.kind === 'field') fields.push([target.key, value])
    }
    resolvedDefaults.set(map, fields)
  }
  return fields
}

/** `2026-11-20 14:30` (a time without a zone, as spreadsheets write it) is read as UTC, not the machine's zone. */
const LOCAL_TIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$/
function utcTime(value: unknown): unknown {
  if (typeof value !== 'string') return value
  const m = LOCAL_TIME.exec(value.trim())
  return m ? `${m[1]}T${m[2]}Z` : value
}

/** A digest of the row's values, as its event_id when it names none (same row, same id). */
function rowDigest(row: Row): string {
  const hash = createHash('sha256')
  for (let i = 0; i < row.values.length; i++) hash.update(`${row.headers[i]}\u0000${String(row.values[i])}\u0001`)
  return `row-${hash.digest('hex').slice(0, 32)}`
}

/** The column (and header) a reportEvent field came from, else the first column. */
function place(row: Row, plan: ColumnPlan, keys: string[], message: string): RowProblem {
  for (const key of keys) {
    const column = plan.columnOf.get(key)
    if (column !== undefined) {
      const header = row.headers[column - 1]
      return { line: row.line, column: row.columnOf(column - 1), ...(header ? { header } : {}), message }
    }
  }
  return { line: row.line, column: 1, message }
}

/** The reportEvent fields a core issue or warning path is about (`user` -> the identity columns). */
function keysOfPath(path: string): string[] {
  if (path === 'user') return ['email', 'phone', 'external_id']
  if (path === 'lead') return ['lead_id']
  if (path === 'event_time') return ['timestamp']
  const target = resolveTarget(path.replace(/\.\d+(?=\.|$)/g, ''))
  if (target?.kind === 'field') return [target.key]
  if (path.startsWith('properties.content')) return ['content_ids']
  return target?.kind === 'custom' ? ['custom_properties'] : []
}

export function rowEvent(
  row: Row,
  plan: ColumnPlan,
  map: ColumnMap,
  source: ImportSource,
  settings: EventSettings,
  nowMs: number
): RowOutcome {
  const input = inputOf(row, plan, map, source)
  const reject = (keys: string[], message: string): RowOutcome => ({
    kind: 'rejected',
    problem: place(row, plan, keys, message)
  })
  if (!present(input.event)) return reject(['event'], 'no event name (an event column, or defaults: event: in --map)')
  if (!present(input.timestamp)) return reject(['timestamp'], 'no event time (a column such as event_time or date)')
  input.timestamp = utcTime(input.timestamp) as string
  const time = implausibleTime(input.timestamp, nowMs)
  if (time) return reject(['timestamp'], time.message)
  const ownId = present(input.event_id) ? input.event_id : source === 'offline' ? input.order_id : input.lead_id
  input.event_id = present(ownId) ? String(ownId).trim() : rowDigest(row)
  let built: BuiltEvent
  try {
    built = buildTikTokEventSync(input, settings, nowMs)
  } catch (err) {
    if (!(err instanceof EventValidationError)) throw err
    const [issue] = err.issues
    return reject(keysOfPath(issue?.path ?? ''), err.issues.map((i) => `${i.path}: ${i.message}`).join('; '))
  }
  // No consent inputs in a file, so a drop would be a core rule this import does not know of: said, not hidden.
  if (built.kind === 'drop') return reject([], `not sent: ${built.reason}`)
  const warnings = built.warnings.map((w: FieldWarning) =>
    place(row, plan, keysOfPath(w.field), `${w.field} left out: ${w.reason}`)
  )
  return { kind: 'event', built, claimId: `${built.event.event}\u0000${built.event.event_id}`, warnings }
}
