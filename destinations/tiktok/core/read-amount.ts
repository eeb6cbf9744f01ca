/**
 * Prices, values and quantities as senders write them: numbers, numeric strings ("12.50"), and shop-formatted text
 * ("$19.99", "1,299.00", "19,99 €", "1 299,00", "CHF 1'299.50"). What has one reading is read; what has two
 * ("1,299": a thousands group or a decimal comma?) or none is reported as a reason, and the caller drops that one
 * field instead of the event (issue 13). Currency symbols and codes are ignored here: the currency is its own field.
 */
import type { DropReason } from './field-warning.ts'

/** JavaScript's own number syntax: what the fast path accepts as it is. */
const PLAIN = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i
/** Currency signs (any Unicode currency symbol) or an ISO-4217 code at either end, and the spaces around them. */
const CURRENCY_AT_ENDS = /^(?:\p{Sc}|[A-Za-z]{3}(?![A-Za-z]))\s*|\s*(?:\p{Sc}|(?<![A-Za-z])[A-Za-z]{3})$/gu
/** Grouping characters that never mean a decimal point: spaces (also no-break and thin ones) and apostrophes. */
const GROUPING_ONLY = /[\s\u00a0\u202f'’]/g
/** Digits grouped in threes by one separator, then optionally a decimal part after the other one. */
const GROUPED_COMMA = /^\d{1,3}(,\d{3})+(\.\d+)?$/
const GROUPED_DOT = /^\d{1,3}(\.\d{3})+(,\d+)?$/
const DECIMAL_COMMA = /^\d*,\d+$/
const ONE_COMMA_GROUP = /^\d{1,3},\d{3}$/

/**
 * The largest amount sent: 2^53 - 1, the largest integer JSON implementations agree on exactly (RFC 8259 §6,
 * IEEE 754 doubles). TikTok states no maximum for value or price; anything near this is a sender's defect (1e308,
 * a timestamp in the revenue field), and an advertiser's reports would be swamped by it, so it is left out and said.
 */
export const MAX_AMOUNT = Number.MAX_SAFE_INTEGER

export type AmountReading = number | undefined | Extract<DropReason, 'invalid_number' | 'ambiguous_number'>

function readText(text: string): AmountReading {
  let body = text
  let sign = 1
  if (body.startsWith('-') || body.startsWith('+')) {
    if (body.startsWith('-')) sign = -1
    body = body.slice(1)
  }
  body = body.replace(CURRENCY_AT_ENDS, '').replace(GROUPING_ONLY, '')
  if (body === '') return 'invalid_number'
  if (PLAIN.test(body)) {
    // One dot: JavaScript's decimal point. Several dots are grouping ("1.299.000"), handled below.
    return sign * Number(body)
  }
  // "1,299" alone: 1299 in English, 1.299 in German. Neither reading is safe to send.
  if (ONE_COMMA_GROUP.test(body)) return 'ambiguous_number'
  if (GROUPED_COMMA.test(body)) return sign * Number(body.replace(/,/g, ''))
  if (GROUPED_DOT.test(body)) return sign * Number(body.replace(/\./g, '').replace(',', '.'))
  // "19,99", "0,5": a comma followed by anything but exactly three digits cannot be a thousands separator.
  if (DECIMAL_COMMA.test(body)) return sign * Number(body.replace(',', '.'))
  return 'invalid_number'
}

/**
 * A number from a loose value: undefined when nothing was given (undefined, null, ""), else the number or the
 * reason it cannot be read. Non-finite numbers, booleans and objects cannot be read.
 */
export function readAmount(raw: unknown): AmountReading {
  if (raw === undefined || raw === null) return undefined
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : 'invalid_number'
  if (typeof raw !== 'string') return 'invalid_number'
  const text = raw.trim()
  if (text === '') return undefined
  // The usual case ("12.50") skips the loose reading altogether.
  if (PLAIN.test(text)) return Number(text)
  const n = readText(text)
  return typeof n === 'number' && !Number.isFinite(n) ? 'invalid_number' : n
}
