/**
 * Which column of an imported file fills which TikTok field. A documented default mapping (DEFAULT_COLUMNS: header
 * names as shops, POS and CRM exports write them, in any case, with spaces or dashes) is overridden by a map file:
 *
 *   columns:            # a column of your file -> a TikTok field, in the pipelines' terms
 *     Kunden-Email: user.email
 *     Betrag: value
 *     Notiz: null       # a column the defaults would read, left out
 *   defaults:           # a value for every row whose own is missing
 *     event: Purchase
 *     currency: EUR
 *
 * Fields are named as pipelines name them (`user.email`, `value`, `order_id`, `lead.lead_id`,
 * `properties.<custom>`), plus `content_ids` (ids split on `|`, `;` or `,`). Every mistake is reported at once with
 * the map file's line and column.
 */
import { readFile } from 'node:fs/promises'
import { LineCounter, parseDocument } from 'yaml'
import type { ReportEventInput } from '../../destinations/tiktok/core/report-event-input.ts'
import { createLocator } from '../../destinations/tiktok/pipelines/locate-node.ts'
import { resolveTarget, TARGET_HELP } from '../../destinations/tiktok/pipelines/tiktok-targets.ts'

/** Where one column's value goes: a reportEvent field, a custom property, or the list of content ids. */
export type ColumnTarget =
  | { kind: 'field'; key: keyof ReportEventInput }
  | { kind: 'custom'; key: string }
  | { kind: 'content_ids' }

/** Header (normalised: lower case, spaces and dashes as `_`) -> field, for files without a map. */
export const DEFAULT_COLUMNS: Readonly<Record<string, string>> = {
  event: 'event',
  event_name: 'event',
  event_time: 'event_time',
  timestamp: 'event_time',
  time: 'event_time',
  date: 'event_time',
  order_date: 'event_time',
  purchase_date: 'event_time',
  created_at: 'event_time',
  event_id: 'event_id',
  order_id: 'order_id',
  order_number: 'order_id',
  transaction_id: 'order_id',
  email: 'user.email',
  email_address: 'user.email',
  e_mail: 'user.email',
  phone: 'user.phone',
  phone_number: 'user.phone',
  mobile: 'user.phone',
  external_id: 'user.external_id',
  customer_id: 'user.external_id',
  user_id: 'user.external_id',
  member_id: 'user.external_id',
  first_name: 'user.first_name',
  firstname: 'user.first_name',
  last_name: 'user.last_name',
  lastname: 'user.last_name',
  surname: 'user.last_name',
  zip: 'user.zip_code',
  zip_code: 'user.zip_code',
  postal_code: 'user.zip_code',
  postcode: 'user.zip_code',
  city: 'user.city',
  state: 'user.state',
  country: 'user.country',
  value: 'value',
  revenue: 'value',
  total: 'value',
  amount: 'value',
  order_total: 'value',
  currency: 'currency',
  content_ids: 'content_ids',
  product_ids: 'content_ids',
  skus: 'content_ids',
  content_type: 'content_type',
  num_items: 'num_items',
  quantity: 'num_items',
  shop_id: 'shop_id',
  store_id: 'shop_id',
  location_id: 'shop_id',
  description: 'description',
  lead_id: 'lead.lead_id',
  lead_event_source: 'lead.lead_event_source',
  crm: 'lead.lead_event_source'
}

/** `Order Date` / `order-date` / ` ORDER_DATE ` -> `order_date`. */
export const normaliseHeader = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_')

/** Fields an import may not fill: its source comes from --source, consent and browser facts mean nothing in a file. */
const NOT_IMPORTED: ReadonlySet<string> = new Set([
  'event_source',
  'ttp',
  'ttclid',
  'url',
  'referrer',
  'limited_data_use'
])

/** A field name -> where it goes, or why not (a message naming what is accepted). */
export function resolveColumnTarget(field: string): ColumnTarget | string {
  if (field === 'content_ids' || field === 'properties.content_ids') return { kind: 'content_ids' }
  const target = resolveTarget(field)
  if (target?.kind === 'field' && !NOT_IMPORTED.has(target.key)) return target
  if (target?.kind === 'custom') return target
  return `"${field}" is not a field an import fills; ${TARGET_HELP.replace('expected event, event_source,', 'expected event,')}, or content_ids`
}

export interface ColumnMap {
  /** Normalised header -> field name; null leaves a column out. */
  columns: Record<string, string | null>
  /** Field name -> value for rows without one. */
  defaults: Record<string, string | number | boolean>
}

export const DEFAULT_MAP: ColumnMap = { columns: {}, defaults: {} }

export class MapFileError extends Error {
  override readonly name = 'MapFileError'
  constructor(readonly problems: string[]) {
    super(problems.join('\n'))
  }
}

/** Reads and checks a map file; throws MapFileError with every problem as `file:line:col: path: message`. */
export async function readColumnMap(file: string): Promise<ColumnMap> {
  const text = await readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => {
    throw new MapFileError([`cannot read ${file}: ${err.code ?? err.message}`])
  })
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  const locate = createLocator(doc, lineCounter)
  const problems: string[] = []
  const at = (path: Array<string | number>, message: string, where: 'key' | 'value' = 'value') => {
    const { line, column } = locate(path, where)
    problems.push(`${file}:${line ?? 1}:${column ?? 1}: ${path.join('.') || '(file)'}: ${message}`)
  }
  for (const error of doc.errors) {
    const { line, col } = lineCounter.linePos(error.pos[0])
    problems.push(`${file}:${line}:${col}: ${error.message.split('\n')[0]}`)
  }
  if (problems.length > 0) throw new MapFileError(problems)
  const raw = (doc.toJS() ?? {}) as Record<string, unknown>
  const map: ColumnMap = { columns: {}, defaults: {} }
  if (typeof raw !== 'object' || Array.isArray(raw))
    throw new MapFileError([`${file}:1:1: expected a map with columns: and defaults:`])
  for (const key of Object.keys(raw)) {
    if (key !== 'columns' && key !== 'defaults') at([key], `unknown key "${key}"; expected columns or defaults`, 'key')
  }
  const columns = raw.columns ?? {}
  if (typeof columns !== 'object' || columns === null || Array.isArray(columns))
    at(['columns'], 'expected a map of column name -> field')
  else
    for (const [column, field] of Object.entries(columns)) {
      if (field === null) map.columns[normaliseHeader(column)] = null
      else if (typeof field !== 'string')
        at(['columns', column], 'expected a field name, or null to leave the column out')
      else {
        const target = resolveColumnTarget(field)
        if (typeof target === 'string') at(['columns', column], target)
        else map.columns[normaliseHeader(column)] = field
      }
    }
  const defaults = raw.defaults ?? {}
  if (typeof defaults !== 'object' || defaults === null || Array.isArray(defaults))
    at(['defaults'], 'expected a map of field -> value')
  else
    for (const [field, value] of Object.entries(defaults)) {
      const target = resolveColumnTarget(field)
      if (typeof target === 'string') at(['defaults', field], target, 'key')
      else if (!['string', 'number', 'boolean'].includes(typeof value))
        at(['defaults', field], 'expected a string, a number or true/false')
      else map.defaults[field] = value as string | number | boolean
    }
  if (problems.length > 0) throw new MapFileError(problems)
  return map
}

/** The plan for one file: per column index, where its value goes (or nothing), from its header row. */
export interface ColumnPlan {
  targets: Array<{ field: string; target: ColumnTarget } | undefined>
  /** Headers neither the map nor the defaults know, for the summary. */
  ignored: string[]
  /** Column (1-based) of each reportEvent field (`email`, `timestamp`, `lead_id`, `content_ids`, ...). */
  columnOf: Map<string, number>
}

/** The reportEvent field a target fills (`custom_properties` for a custom one), to find its column. */
export const targetKey = (target: ColumnTarget) =>
  target.kind === 'field' ? target.key : target.kind === 'custom' ? 'custom_properties' : 'content_ids'

export function planColumns(headers: string[], map: ColumnMap): ColumnPlan {
  const plan: ColumnPlan = { targets: [], ignored: [], columnOf: new Map() }
  headers.forEach((header, i) => {
    const name = normaliseHeader(header)
    // Own keys only: `constructor` and `__proto__` are keys of every object, not columns anyone mapped.
    const field = Object.hasOwn(map.columns, name)
      ? map.columns[name]
      : Object.hasOwn(DEFAULT_COLUMNS, name)
        ? DEFAULT_COLUMNS[name]
        : undefined
    if (field === null || field === undefined) {
      if (field === undefined) plan.ignored.push(header)
      plan.targets.push(undefined)
      return
    }
    const target = resolveColumnTarget(field) as ColumnTarget
    plan.targets.push({ field, target })
    if (!plan.columnOf.has(targetKey(target))) plan.columnOf.set(targetKey(target), i + 1)
  })
  return plan
}
