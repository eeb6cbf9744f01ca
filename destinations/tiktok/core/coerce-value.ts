/**
 * Loose CDP values to the types TikTok wants. Mapped fields arrive as whatever the source sent: numbers as strings
 * ("12.50"), ids as numbers. `INVALID` marks a present value that cannot be converted, so the caller can report it.
 */
export const INVALID = Symbol('invalid')

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i

/** A number, a numeric string, or nothing (undefined, null, ""). */
export function toNumber(raw: unknown): number | undefined | typeof INVALID {
  if (raw === undefined || raw === null) return undefined
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : INVALID
  if (typeof raw === 'string') {
    const text = raw.trim()
    if (text === '') return undefined
    return NUMERIC.test(text) ? Number(text) : INVALID
  }
  return INVALID
}

/** A trimmed non-empty string; numbers become strings (ids, order numbers). */
export function toText(raw: unknown): string | undefined {
  if (typeof raw === 'string') {
    const text = raw.trim()
    return text ? text : undefined
  }
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw)
  if (typeof raw === 'bigint') return String(raw)
  return undefined
}
