/**
 * A field the core left out of an event instead of refusing the event: TikTok takes an event without a price or a
 * country, so a value it could not use costs that one field, never the conversion (issue 13). Every host surfaces
 * them in its own idiom (the relay's intake answer, /metrics and `preview`; actions-core's perform result; the
 * RudderStack router metadata; the Segment Function log). Reasons are a closed list so metrics stay bounded, and
 * neither a reason nor a field path ever carries the value itself.
 */
export const DROP_REASONS = [
  /** Not a number, and no unambiguous reading of it either ("twelve", "1.2.3"). */
  'invalid_number',
  /** A number with two readings ("1,299": 1299 or 1.299), so neither is sent. */
  'ambiguous_number',
  /** TikTok takes no negative price, quantity, value or item count. */
  'negative_number',
  /** num_items is a whole number. */
  'not_an_integer',
  /**
   * A price, quantity, value or item count above MAX_AMOUNT (2^53 - 1, read-amount.ts): 1e308 is a defect in the
   * sender, not an order, and past it numbers are no longer exact in JSON (RFC 8259 §6).
   */
  'out_of_range',
  /** A currency TikTok does not list; the value goes with it (a value means nothing without its currency). */
  'unsupported_currency',
  /** content_type other than product or product_group. */
  'invalid_content_type',
  /** A contents item with no id: TikTok refuses it, the other items go. */
  'missing_content_id',
  /** A country that is neither an ISO-3166 code nor a country name the country data knows. */
  'invalid_country',
  /** An email address that cannot match anyone (no `@`, spaces). */
  'invalid_email',
  /** A phone number that does not parse to a valid number in its country. */
  'invalid_phone',
  /** Anything else TikTok's contract refuses (a custom property that is not a string, number or boolean, ...). */
  'invalid_value',
  /** An Event Source that is none of web, app, offline, crm (nor a channel): the destination's eventSource applies. */
  'invalid_event_source',
  /** A request TikTok takes only from other sources (limited_data_use on an offline or CRM event). */
  'not_for_event_source'
] as const
export type DropReason = (typeof DROP_REASONS)[number]

/** One dropped field: its TikTok path (`properties.contents.1.price`, `user.country`) and why. */
export interface FieldWarning {
  field: string
  reason: DropReason
}

/** The warnings of an event that lost nothing (shared, so a clean event allocates no list). */
export const NO_WARNINGS: readonly FieldWarning[] = Object.freeze([])

/** TikTok's own property names; any other `properties.<name>` is a custom property. */
const TIKTOK_PROPERTIES: ReadonlySet<string> = new Set([
  'contents',
  'content_ids',
  'content_type',
  'currency',
  'value',
  'num_items',
  'search_string',
  'description',
  'order_id',
  'shop_id'
])

/**
 * A field path without item indexes (`properties.contents.1.price` -> `properties.contents.price`), for counters
 * whose label set must stay bounded: custom properties are all counted as `properties.custom`.
 */
export function warningLabel(field: string): string {
  const path = field.replace(/\.\d+(?=\.|$)/g, '')
  if (path.startsWith('properties.') && !TIKTOK_PROPERTIES.has(path.split('.')[1]!)) return 'properties.custom'
  return path
}
