/**
 * A shortcut for the commonest phone input: a bare national number of the default country ("2133734253" for US).
 * libphonenumber's full parse costs ~14 us for such a number (it tries IDD and national prefixes, then picks the
 * country among all that share the calling code, then validates), while validating the number directly against the
 * country costs ~2 us. The shortcut only answers when it can prove the full parse would reach the same number:
 * - the country is the first ("main") one for its calling code, without leading-digit rules, so the full parse
 *   would settle on it whenever the number is valid for it;
 * - the digits start with neither the country's international (IDD) prefix, its national prefix, nor its calling
 *   code, so the full parse would keep the digits unchanged as the national number.
 * Validity is still libphonenumber's own judgement (PhoneNumber#isValid); anything else returns undefined and goes
 * to the full parse. national-phone-fast-path.test.ts checks the shortcut against the full parse for every country.
 */
import { type CountryCode, Metadata, PhoneNumber } from 'libphonenumber-js/core'
import metadata from 'libphonenumber-js/min/metadata'

/**
 * Per country: digits the full parse would reinterpret (calling code, IDD or national prefix at the start), as one
 * pattern; null when the shortcut never applies to the country (it cannot be proved to match the full parse).
 */
const reinterpretedBy = new Map<string, RegExp | null>()

/**
 * The parts of libphonenumber's Metadata and PhoneNumber this file reads that its type declarations leave out.
 * They are the library's own building blocks (its parse uses exactly these); the equivalence test fails if an
 * upgrade changes them.
 */
interface NumberingPlanParts {
  callingCode(): string
  leadingDigits(): string | undefined
  IDDPrefix(): string | undefined
  nationalPrefixForParsing(): string | undefined
}
interface MetadataParts {
  hasCountry(country: string): boolean
  selectNumberingPlan(country: string): void
  getCountryCodesForCallingCode(callingCode: string): string[] | undefined
  numberingPlan: NumberingPlanParts
}
type NationalPhoneNumber = new (country: CountryCode, nationalNumber: string, json: typeof metadata) => PhoneNumber
const NationalPhoneNumber = PhoneNumber as unknown as NationalPhoneNumber

function reinterpretedFor(country: CountryCode): RegExp | null {
  const known = reinterpretedBy.get(country)
  if (known !== undefined) return known
  let pattern: RegExp | null = null
  const meta = new Metadata(metadata) as unknown as MetadataParts
  if (meta.hasCountry(country)) {
    meta.selectNumberingPlan(country)
    const numbering = meta.numberingPlan
    const callingCode = numbering.callingCode()
    const sharing = meta.getCountryCodesForCallingCode(callingCode) ?? []
    if (sharing[0] === country && (sharing.length === 1 || !numbering.leadingDigits())) {
      const prefixes = [callingCode, numbering.IDDPrefix(), numbering.nationalPrefixForParsing()].filter(Boolean)
      pattern = new RegExp(`^(?:${prefixes.map((p) => `(?:${p})`).join('|')})`)
    }
  }
  reinterpretedBy.set(country, pattern)
  return pattern
}

const PLAIN_DIGITS = /^\d{2,17}$/

/** E.164 for bare national digits of `country` when certainly valid there; undefined means "ask the full parse". */
export function nationalDigitsToE164(digits: string, country: CountryCode | undefined): string | undefined {
  if (country === undefined || !PLAIN_DIGITS.test(digits)) return undefined
  const reinterpreted = reinterpretedFor(country)
  if (reinterpreted === null || reinterpreted.test(digits)) return undefined
  const phone = new NationalPhoneNumber(country, digits, metadata)
  return phone.isValid() ? phone.number : undefined
}
