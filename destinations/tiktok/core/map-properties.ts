/**
 * ReportEventInput -> TikTok `properties`. Products become `contents` (string ids, numeric price/quantity) and
 * `content_ids`. A present value that cannot be converted (a non-numeric price, a currency TikTok does not accept)
 * is reported as an issue at its output path instead of being silently dropped, so the user learns about it.
 */
import { INVALID, toNumber, toText } from './coerce-value.ts'
import type { TikTokContent, TikTokProperties } from './contract.ts'
import { TIKTOK_CURRENCIES } from './currencies.ts'
import type { Issue } from './errors.ts'
import type { ContentInput, ReportEventInput } from './report-event-input.ts'

const CURRENCIES: ReadonlySet<string> = new Set(TIKTOK_CURRENCIES)
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

function numberAt(raw: unknown, path: string, issues: Issue[]): number | undefined {
  const n = toNumber(raw)
  if (n !== INVALID) return n
  issues.push({ code: 'invalid_number', path, message: 'expected a number or a numeric string' })
  return undefined
}

function mapContents(contents: ContentInput[], issues: Issue[]): TikTokContent[] {
  const out: TikTokContent[] = []
  for (let i = 0; i < contents.length; i++) {
    const item = contents[i]
    if (!item || typeof item !== 'object') continue
    const content_id = toText(item.content_id)
    // TikTok rejects a content without an id; a product list with one bad entry should still send the others.
    if (content_id === undefined) continue
    const content: TikTokContent = { content_id }
    const name = toText(item.content_name)
    if (name !== undefined) content.content_name = name
    const category = toText(item.content_category)
    if (category !== undefined) content.content_category = category
    const brand = toText(item.brand)
    if (brand !== undefined) content.brand = brand
    const price = numberAt(item.price, `properties.contents.${i}.price`, issues)
    if (price !== undefined) content.price = price
    const quantity = numberAt(item.quantity, `properties.contents.${i}.quantity`, issues)
    if (quantity !== undefined) content.quantity = quantity
    out.push(content)
  }
  return out
}

function mapCurrency(raw: unknown, issues: Issue[]): string | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined
  const code = typeof raw === 'string' ? raw.trim().toUpperCase() : ''
  if (CURRENCIES.has(code)) return code
  issues.push({
    code: 'unsupported_currency',
    path: 'properties.currency',
    message: "not an ISO-4217 currency code on TikTok's list"
  })
  return undefined
}

export function mapProperties(input: ReportEventInput, issues: Issue[]): TikTokProperties | undefined {
  const props: TikTokProperties = {}
  if (Array.isArray(input.contents)) {
    const contents = mapContents(input.contents, issues)
    if (contents.length > 0) {
      props.contents = contents
      props.content_ids = contents.map((c) => c.content_id)
    }
  }
  const contentType = toText(input.content_type)
  if (contentType !== undefined) props.content_type = contentType as TikTokProperties['content_type']
  // TikTok's catalog matching needs content_type with contents; `product` is what a product list means.
  else if (props.contents) props.content_type = 'product'
  const currency = mapCurrency(input.currency, issues)
  if (currency !== undefined) props.currency = currency as TikTokProperties['currency']
  const value = numberAt(input.value, 'properties.value', issues)
  if (value !== undefined) props.value = value
  const numItems = numberAt(input.num_items, 'properties.num_items', issues)
  if (numItems !== undefined) props.num_items = numItems
  const texts = ['search_string', 'description', 'order_id', 'shop_id'] as const
  for (const key of texts) {
    const text = toText(input[key])
    if (text !== undefined) props[key] = text
  }
  const custom = input.custom_properties
  if (custom && typeof custom === 'object') {
    for (const [key, v] of Object.entries(custom)) {
      // TikTok accepts only scalar custom properties; objects and arrays are left out rather than stringified.
      // `__proto__` would set the prototype, not a property; TikTok has no use for it either.
      if (STANDARD_KEYS.has(key) || key === '__proto__' || Object.hasOwn(props, key)) continue
      if (typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)))
        props[key] = v
    }
  }
  for (const _ in props) return props
  return undefined
}
