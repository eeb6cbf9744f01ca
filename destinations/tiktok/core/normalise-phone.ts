/**
 * Phone numbers to E.164 (`+12133734253`), the form TikTok hashes. A national number needs a country; TikTok
 * recommends libphonenumber for exactly this. Anything that does not parse to a valid number is undefined: hashing
 * garbage would only send TikTok a key that can never match.
 */
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js'

const ALPHA2 = /^[A-Z]{2}$/

export function normalisePhone(raw: unknown, defaultCountry?: string): string | undefined {
  if (typeof raw !== 'string' && typeof raw !== 'number') return undefined
  let text = String(raw).trim()
  if (text === '') return undefined
  // "(+1)2133734253" and "+(1) ..." put the plus inside brackets; libphonenumber only sees a leading plus.
  if (/^\(\s*\+/.test(text)) text = `+${text.replace(/^\(\s*\+/, '(')}`
  const country = defaultCountry && ALPHA2.test(defaultCountry) ? (defaultCountry as CountryCode) : undefined
  try {
    const parsed = parsePhoneNumberFromString(text, country ? { defaultCountry: country } : undefined)
    return parsed?.isValid() ? parsed.number : undefined
  } catch {
    // libphonenumber throws on some inputs (e.g. too long); that is an unusable number, not our error.
    return undefined
  }
}
