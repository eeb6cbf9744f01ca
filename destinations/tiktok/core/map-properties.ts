/**
 * ReportEventInput -> TikTok `properties`. Products become `contents` (string ids, numeric price/quantity) and
 * `content_ids`. A value TikTok could not take costs only its own field, listed in `warnings` with the reason: an
 * unreadable price drops that price, a currency TikTok does not list drops the currency and the value, a product
 * without an id drops that product (issue 13). Rules from TikTok's own server tag (tiktok/gtm-template-eapi): the
 * value defaults to the sum of price x quantity (quantity 1 when missing); content_type is `product` unless the
 * sender says `product_group`, and only means something beside contents or content_ids.
 */
import { toText } from './coerce-value.ts'
import type { TikTokContent, TikTokProperties } from './contract.ts'
import { TIKTOK_CURRENCIES } from './currencies.ts'
import type { FieldWarning } from './field-warning.ts'
import { type AmountReading, MAX_AMOUNT, readAmount } from './read-amount.ts'
import type { ContentInput, ReportEventInput } from './report-event-input.ts'

const CURRENCIES: ReadonlySet<string> = new Set(TIKTOK_CURRENCIES)
const CONTENT_TYPES: ReadonlySet<string> = new Set(['product', 'product_group'])
/** Keys the core sets itself; a custom property of the same name must not override them. */
const STANDARD_KEYS = new Set([
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
 * A non-negative number, or undefined with the reason listed when one was given that TikTok could not take.
 * `field` names the property, or with `item` the contents item's key (the path is only written for a warning).
 */
function checkAmount(
  n: AmountReading,
  field: string,
  warnings: FieldWarning[],
  integer = false,
  item?: number
): number | undefined {
  if (n === undefined) return undefined
  if (typeof n === 'number' && n >= 0 && n <= MAX_AMOUNT && (!integer || Number.isInteger(n))) return n
  const path = item === undefined ? field : `properties.contents.${item}.${field}`
  const reason =
    typeof n === 'string' ? n : n < 0 ? 'negative_number' : n > MAX_AMOUNT ? 'out_of_range' : 'not_an_integer'
  warnings.push({ field: path, reason })
  return undefined
}

function mapContents(contents: ContentInput[], warnings: FieldWarning[]): TikTokContent[] {
  const out: TikTokContent[] = []
  for (let i = 0; i < contents.length; i++) {
    const item = contents[i]
    if (!item || typeof item !== 'object') continue
    const content_id = toText(item.content_id)
    // TikTok refuses a content without an id; the other products of the list still go.
    if (content_id === undefined) {
      warnings.push({ field: `properties.contents.${i}.content_id`, reason: 'missing_content_id' })
      continue
    }
    const content: TikTokContent = { content_id }
    const name = toText(item.content_name)
    if (name !== undefined) content.content_name = name
    const category = toText(item.content_category)
    if (category !== undefined) content.content_category = category
    const brand = toText(item.brand)
    if (brand !== undefined) content.brand = brand
    const price = checkAmount(readAmount(item.price), 'price', warnings, false, i)
    if (price !== undefined) content.price = price
    const quantity = checkAmount(readAmount(item.quantity), 'quantity', warnings, false, i)
    if (quantity !== undefined) content.quantity = quantity
    out.push(content)
  }
  return out
}

/** Sender's product ids without contents: strings, blanks left out. */
function mapContentIds(raw: unknown): string[] | undefined {
  const ids: string[] = []
  for (const item of [raw].flat()) {
    const id = toText(item)
    if (id !== undefined) ids.push(id)
  }
  return ids.length > 0 ? ids : undefined
}

function mapCurrency(raw: unknown, warnings: FieldWarning[]): string | undefined | null {
  if (raw === undefined || raw === null || raw === '') return undefined
  const code = typeof raw === 'string' ? raw.trim().toUpperCase() : ''
  if (CURRENCIES.has(code)) return code
  warnings.push({ field: 'properties.currency', reason: 'unsupported_currency' })
  return null
}

/** The sum of price x quantity (1 when missing) over contents that have a price; undefined when none has one. */
function contentsValue(contents: TikTokContent[] | undefined): number | undefined {
  if (!contents) return undefined
  let sum = 0
  let priced = false
  for (const c of contents) {
    if (c.price === undefined) continue
    priced = true
    sum += c.price * (c.quantity ?? 1)
  }
  // 19.99 x 3 is 59.970000000000006 in binary floating point; no currency has more than 4 decimals.
  return priced ? Math.round(sum * 1e4) / 1e4 : undefined
}

export function mapProperties(input: ReportEventInput, warnings: FieldWarning[]): TikTokProperties | undefined {
  const props: TikTokProperties = {}
  if (Array.isArray(input.contents)) {
    const contents = mapContents(input.contents, warnings)
    if (contents.length > 0) {
      props.contents = contents
      props.content_ids = contents.map((c) => c.content_id)
    }
  }
  if (!props.content_ids && input.content_ids !== undefined) {
    const ids = mapContentIds(input.content_ids)
    if (ids) props.content_ids = ids
  }
  if (props.content_ids) {
    // A content_type with nothing to describe means nothing to TikTok, so it is only sent beside products.
    const contentType = toText(input.content_type)?.toLowerCase()
    if (contentType === undefined) props.content_type = 'product'
    else if (CONTENT_TYPES.has(contentType)) props.content_type = contentType as TikTokProperties['content_type']
    else {
      warnings.push({ field: 'properties.content_type', reason: 'invalid_content_type' })
      props.content_type = 'product'
    }
  }
  const currency = mapCurrency(input.currency, warnings)
  if (currency) props.currency = currency as TikTokProperties['currency']
  // The sum stands in only for a value that was not given: one given but unreadable is reported, not replaced.
  const given = readAmount(input.value)
  // The sum too: a million items at a price just under the bound would not be an order either.
  const value = checkAmount(given === undefined ? contentsValue(props.contents) : given, 'properties.value', warnings)
  if (value !== undefined) {
    // A value in a currency TikTok does not take would be read in the wrong currency: it goes with the currency.
    if (currency === null) warnings.push({ field: 'properties.value', reason: 'unsupported_currency' })
    else props.value = value
  }
  const numItems = checkAmount(readAmount(input.num_items), 'properties.num_items', warnings, true)
  if (numItems !== undefined) props.num_items = numItems
  const texts = ['search_string', 'description', 'order_id', 'shop_id'] as const
  for (const key of texts) {
    const text = toText(input[key])
    if (text !== undefined) props[key] = text
  }
  const custom = input.custom_properties
  if (custom && typeof custom === 'object') {
    for (const [key, v] of Object.entries(custom)) {
      // `__proto__` would set the prototype, not a property; TikTok has no use for it either.
      if (STANDARD_KEYS.has(key) || key === '__proto__' || Object.hasOwn(props, key) || v === undefined || v === null)
        continue
      if (typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)))
        props[key] = v
      // TikTok accepts only scalar custom properties; objects and arrays are left out rather than stringified.
      else warnings.push({ field: `properties.${key}`, reason: 'invalid_value' })
    }
  }
  for (const _ in props) return props
  return undefined
}
