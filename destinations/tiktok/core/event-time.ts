/**
 * TikTok's event_time is whole Unix seconds. Sources send ISO-8601 strings (Segment `timestamp`), Unix seconds or
 * Unix milliseconds; a number at or above 1e11 can only be milliseconds (1e11 seconds is the year 5138).
 */
import { INVALID } from './coerce-value.ts'

const MS_THRESHOLD = 1e11
const DIGITS = /^\d+(\.\d+)?$/

function fromNumber(n: number): number | typeof INVALID {
  if (!Number.isFinite(n) || n <= 0) return INVALID
  return Math.floor(n >= MS_THRESHOLD ? n / 1000 : n)
}

/** Integer Unix seconds; now when the value is missing; INVALID when it cannot be read as a time. */
export function toEventTime(raw: unknown, nowMs: number): number | typeof INVALID {
  if (raw === undefined || raw === null || raw === '') return Math.floor(nowMs / 1000)
  if (typeof raw === 'number') return fromNumber(raw)
  if (raw instanceof Date) return fromNumber(raw.getTime())
  if (typeof raw !== 'string') return INVALID
  const text = raw.trim()
  if (DIGITS.test(text)) return fromNumber(Number(text))
  const ms = Date.parse(text)
  return Number.isNaN(ms) ? INVALID : fromNumber(ms)
}
