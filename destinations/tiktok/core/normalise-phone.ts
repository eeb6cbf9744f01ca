/**
 * Phone numbers to E.164 (`+12133734253`), the form TikTok hashes. A national number needs a country; TikTok
 * recommends libphonenumber for exactly this. Anything that does not parse to a valid number is undefined: hashing
 * garbage would only send TikTok a key that can never match.
 */
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js'
import { internationalDigitsToE164, nationalDigitsToE164 } from './national-phone-fast-path.ts'
import { RecentMemo } from './recent-memo.ts'

const ALPHA2 = /^[A-Z]{2}$/
const BRACKETED_PLUS = /^\(\s*\+/
/** Digits with the usual separators only: "(213) 373-4253", "+44 7911 123456", "0151.234.56789". */
const PLAINLY_FORMATTED = /^[\d\s().+-]+$/
const SEPARATORS = /[\s().-]/g
const DIGITS_ONLY = /^\+?\d{4,20}$/

/**
 * A full parse costs ~10 us per number (the most expensive step of building an event), while a visitor's events
 * repeat the same phone (identify traits are copied onto every event), so recent answers are kept (null: not a
 * valid number). Bounded; keys hold raw phone numbers in memory only, never logged or stored.
 */
const memo = new RecentMemo<string | null>(4096)

function valid(text: string, country: CountryCode | undefined, extract: boolean): string | undefined {
  try {
    const parsed = parsePhoneNumberFromString(text, { defaultCountry: country, extract })
    return parsed?.isValid() ? parsed.number : undefined
  } catch {
    // libphonenumber throws on some inputs (e.g. too long); that is an unusable number, not our error.
    return undefined
  }
}

function parse(text: string, country: CountryCode | undefined): string | undefined {
  // Fast path: libphonenumber is ~3x quicker on bare digits than when it has to find a number inside formatted
  // text. A bare-digit miss ("+44 (0)7911...", where the brackets mattered) still gets the full parse below.
  if (PLAINLY_FORMATTED.test(text)) {
    const digits = text.replace(SEPARATORS, '')
    if (DIGITS_ONLY.test(digits)) {
      const e164 =
        (digits.startsWith('+') ? internationalDigitsToE164(digits) : nationalDigitsToE164(digits, country)) ??
        valid(digits, country, false)
      if (e164 !== undefined) return e164
    }
  }
  // "(+1)2133734253" puts the plus inside brackets; libphonenumber only recognises a leading plus.
  return valid(BRACKETED_PLUS.test(text) ? `+${text.replace(BRACKETED_PLUS, '(')}` : text, country, true)
}

export function normalisePhone(raw: unknown, defaultCountry?: string): string | undefined {
  if (typeof raw !== 'string' && typeof raw !== 'number') return undefined
  const text = String(raw).trim()
  if (text === '') return undefined
  const country = defaultCountry && ALPHA2.test(defaultCountry) ? (defaultCountry as CountryCode) : undefined
  const key = `${country ?? ''}|${text}`
  const known = memo.get(key)
  if (known !== undefined) return known ?? undefined
  const e164 = parse(text, country)
  memo.set(key, e164 ?? null)
  return e164
}
