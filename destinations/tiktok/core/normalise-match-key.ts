/**
 * TikTok's normalisation rule for each hashed match key, applied before hashing. Each returns undefined for a value
 * that would only hash to a key that can never match (empty, an email without `@`, an unparsable phone).
 */
import { normalisePhone } from './normalise-phone.ts'

function text(raw: unknown): string | undefined {
  if (typeof raw === 'string') return raw
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw)
  return undefined
}

export function normaliseEmail(raw: unknown): string | undefined {
  const value = text(raw)?.trim().toLowerCase()
  if (!value) return undefined
  const at = value.indexOf('@')
  // Needs something on both sides of exactly one @ and no whitespace inside; anything else is not an address.
  if (at <= 0 || at === value.length - 1 || value.indexOf('@', at + 1) !== -1 || /\s/.test(value)) return undefined
  return value
}

export function normaliseExternalId(raw: unknown): string | undefined {
  const value = text(raw)?.trim()
  return value ? value : undefined
}

/** first_name, last_name: every whitespace character removed, lowercase. */
export function normaliseName(raw: unknown): string | undefined {
  const value = text(raw)?.replace(/\s+/g, '').toLowerCase()
  return value ? value : undefined
}

/** zip_code: spaces and dashes removed, lowercase ("SW1A 1AA" -> "sw1a1aa", "94107-1234" -> "941071234"). */
export function normaliseZip(raw: unknown): string | undefined {
  const value = text(raw)
    ?.replace(/[\s-]+/g, '')
    .toLowerCase()
  return value ? value : undefined
}

export function normalisePhoneKey(raw: unknown, defaultCountry?: string): string | undefined {
  return normalisePhone(raw, defaultCountry)
}

/** city, state: plain text, trimmed. */
export function normalisePlain(raw: unknown): string | undefined {
  const value = text(raw)?.trim()
  return value ? value : undefined
}

/** country: ISO-3166 alpha-2 from a code or a country name (see normalise-country.ts). */
export { normaliseCountry } from './normalise-country.ts'
