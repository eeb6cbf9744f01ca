/**
 * The TikTok fields a pipeline may write, and the reportEvent field (ReportEventInput key) each one fills.
 * Pipelines speak TikTok (`user.email`, `value`, `content_id`); compiled mappings speak reportEvent (`email`,
 * `value`, `contents[].content_id`). Anything not listed here is "not a TikTok field".
 */
import type { ContentInput, ReportEventInput } from '../core/report-event-input.ts'

export type Target =
  /** A top-level reportEvent field. */
  | { kind: 'field'; key: keyof ReportEventInput }
  /** A key of each `contents` item, filled from an array of products (pluck) or from one product. */
  | { kind: 'content'; key: keyof ContentInput }
  /** A custom TikTok property, sent as `properties.<key>` through `custom_properties`. */
  | { kind: 'custom'; key: string }

const FIELDS: Record<string, keyof ReportEventInput> = {
  event: 'event',
  event_source: 'event_source',
  event_id: 'event_id',
  timestamp: 'timestamp',
  event_time: 'timestamp',
  limited_data_use: 'limited_data_use',
  'user.email': 'email',
  'user.phone': 'phone',
  'user.external_id': 'external_id',
  'user.first_name': 'first_name',
  'user.last_name': 'last_name',
  'user.zip_code': 'zip_code',
  'user.city': 'city',
  'user.state': 'state',
  'user.country': 'country',
  'user.ttp': 'ttp',
  'user.ttclid': 'ttclid',
  'user.ip': 'ip',
  'user.user_agent': 'user_agent',
  'user.locale': 'locale',
  'page.url': 'url',
  'page.referrer': 'referrer',
  'lead.lead_id': 'lead_id',
  'lead.lead_event_source': 'lead_event_source'
}

/** TikTok's named properties; written bare (`value`) or in full (`properties.value`). */
const PROPERTIES: Record<string, keyof ReportEventInput> = {
  currency: 'currency',
  value: 'value',
  content_type: 'content_type',
  num_items: 'num_items',
  order_id: 'order_id',
  shop_id: 'shop_id',
  search_string: 'search_string',
  description: 'description'
}

const CONTENT_KEYS: ReadonlyArray<keyof ContentInput> = [
  'content_id',
  'content_name',
  'content_category',
  'brand',
  'price',
  'quantity'
]

/** Fields the core normalises and hashes (sha256_normalise only makes sense on these). */
export const HASHED_FIELDS: ReadonlySet<string> = new Set([
  'email',
  'phone',
  'external_id',
  'first_name',
  'last_name',
  'zip_code'
])

/** Fields the core reads as numbers (the `number` transform only makes sense on these). */
export const NUMERIC_TARGETS: ReadonlySet<string> = new Set(['value', 'num_items', 'price', 'quantity'])

const CUSTOM_PROPERTY = /^properties\.([A-Za-z_][A-Za-z0-9_]*)$/

export function resolveTarget(target: string): Target | undefined {
  const field = FIELDS[target]
  if (field) return { kind: 'field', key: field }
  const bare = target.startsWith('properties.') ? target.slice('properties.'.length) : target
  const property = PROPERTIES[bare]
  if (property) return { kind: 'field', key: property }
  if ((CONTENT_KEYS as readonly string[]).includes(bare)) return { kind: 'content', key: bare as keyof ContentInput }
  const custom = CUSTOM_PROPERTY.exec(target)
  if (custom && custom[1] !== 'contents' && custom[1] !== 'content_ids') return { kind: 'custom', key: custom[1] }
  return undefined
}

export const TARGET_HELP =
  'expected event, event_source, event_id, timestamp, user.<email|phone|external_id|first_name|last_name|' +
  'zip_code|city|state|country|ttp|ttclid|ip|user_agent|locale>, page.<url|referrer>, lead.<lead_id|lead_event_source>, ' +
  `${Object.keys(PROPERTIES).join(', ')}, ${CONTENT_KEYS.join(', ')} or properties.<custom_name>`

const TIKTOK_PATH_OF_KEY: ReadonlyMap<string, string> = new Map([
  ...Object.entries(FIELDS)
    .filter(([path]) => path !== 'event_time')
    .map(([path, key]) => [key as string, path === 'timestamp' ? 'event_time' : path] as [string, string]),
  ...Object.entries(PROPERTIES).map(([name, key]) => [key as string, `properties.${name}`] as [string, string]),
  ['contents', 'properties.contents'],
  ['content_ids', 'properties.content_ids'],
  ['lead_event_source', 'lead.lead_event_source'],
  ['typed_external_ids', 'user.external_id'],
  ['user_id', 'user.external_id'],
  ['anonymous_id', 'user.external_id'],
  ['device', 'user.idfa, idfv, gaid'],
  ['os', 'user.att_status, idfa, gaid'],
  ['att_status', 'user.att_status'],
  ['app', 'app'],
  ['ad', 'ad'],
  ['event_source', 'event_source (request)'],
  ['custom_properties', 'properties.<name>'],
  ['consent_preferences', '(consent)'],
  ['consent_management', '(consent)'],
  ['gpc', '(consent)']
])

/** The TikTok path a reportEvent field fills (for docs/field-sources.md). */
export function tiktokPathOf(key: string): string {
  return TIKTOK_PATH_OF_KEY.get(key) ?? key
}
