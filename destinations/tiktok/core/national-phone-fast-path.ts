/**
 * A shortcut for the commonest phone input: a bare national number of the default country ("2133734253" for US).
 * libphonenumber's full parse costs ~14 us for such a number (it tries IDD and national prefixes, then picks the
 * country among all that share the calling code, then validates), while validating the number directly against the
 * country's patterns costs well under 1 us. The shortcut only answers when it can prove the full parse would reach
 * the same number:
 * - the country is the first ("main") one for its calling code, without leading-digit rules, so the full parse
 *   would settle on it whenever the number is valid for it;
 * - the digits start with neither the country's international (IDD) prefix, its national prefix, nor its calling
 *   code, so the full parse would keep the digits unchanged as the national number.
 * Validity is libphonenumber's own rule (PhoneNumber#isValid: the general pattern, then the number-type patterns
 * and lengths of the country's metadata), evaluated with patterns compiled once per country; anything else returns
 * undefined and goes to the full parse. national-phone-fast-path.test.ts checks the shortcut against the full parse
 * for every country.
 */
import { type CountryCode, Metadata } from 'libphonenumber-js/core'
import metadata from 'libphonenumber-js/min/metadata'

/** One country's numbering plan, as far as the shortcut needs it. */
interface CountryPlan {
  callingCode: string
  /** Digits the full parse would reinterpret (calling code, IDD or national prefix at the start). */
  reinterpreted: RegExp
  isValid: (nationalNumber: string) => boolean
}

/** Per country; null when the shortcut never applies to the country (it cannot be proved to match the full parse). */
const plans = new Map<string, CountryPlan | null>()

/**
 * The parts of libphonenumber's Metadata this file reads that its type declarations leave out. They are the
 * library's own building blocks (its parse and isValid use exactly these); the equivalence test fails if an upgrade
 * changes them.
 */
interface NumberType {
  pattern(): string
  possibleLengths(): number[] | undefined
}
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
  nationalNumberPattern(): string
  hasTypes(): boolean
  type(name: string): NumberType | undefined
}

/** Every number type libphonenumber's getNumberType tries: a number of any of them is valid. */
const NUMBER_TYPES = [
  'FIXED_LINE',
  'MOBILE',
  'PREMIUM_RATE',
  'TOLL_FREE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL'
]

const whole = (pattern: string) => new RegExp(`^(?:${pattern})$`)

/**
 * libphonenumber's PhoneNumber#isValid for a national number of the selected country, with the same metadata
 * patterns and lengths, compiled once: the library builds a RegExp from the pattern text on every test
 * (matchesEntirely), which was most of the cost of validating a number.
 */
function compileIsValid(meta: MetadataParts): (nationalNumber: string) => boolean {
  const general = whole(meta.nationalNumberPattern())
  // Without type patterns, libphonenumber falls back to the general pattern ("better than nothing").
  if (!meta.hasTypes()) return (n) => general.test(n)
  const types = NUMBER_TYPES.flatMap((name) => {
    const type = meta.type(name)
    const pattern = type?.pattern()
    return type && pattern ? [{ lengths: type.possibleLengths(), pattern: whole(pattern) }] : []
  })
  return (n) => {
    if (!general.test(n)) return false
    for (const t of types) if ((!t.lengths || t.lengths.includes(n.length)) && t.pattern.test(n)) return true
    return false
  }
}

function planFor(country: CountryCode): CountryPlan | null {
  const known = plans.get(country)
  if (known !== undefined) return known
  let plan: CountryPlan | null = null
  const meta = new Metadata(metadata) as unknown as MetadataParts
  if (meta.hasCountry(country)) {
    meta.selectNumberingPlan(country)
    const numbering = meta.numberingPlan
    const callingCode = numbering.callingCode()
    const sharing = meta.getCountryCodesForCallingCode(callingCode) ?? []
    if (sharing[0] === country && (sharing.length === 1 || !numbering.leadingDigits())) {
      const prefixes = [callingCode, numbering.IDDPrefix(), numbering.nationalPrefixForParsing()].filter(Boolean)
      const reinterpreted = new RegExp(`^(?:${prefixes.map((p) => `(?:${p})`).join('|')})`)
      plan = { callingCode, reinterpreted, isValid: compileIsValid(meta) }
    }
  }
  plans.set(country, plan)
  return plan
}

const PLAIN_DIGITS = /^\d{2,17}$/

/**
 * The plan of the main country of the calling code `+digits` starts with (calling codes are prefix-free: at most one
 * of its first 1-3 digits is one, which is what libphonenumber's extractCountryCallingCode finds too), with the
 * length of that code; null when there is none or the shortcut does not apply to that country.
 */
/** Calling code -> its main country's plan (null: none, or the shortcut does not apply); NOT_A_CODE otherwise. */
const byCallingCode = new Map<string, CountryPlan | null | typeof NOT_A_CODE>()
const NOT_A_CODE = Symbol('not a calling code')
let callingCodes: MetadataParts | undefined
function planForCallingCodeOf(digits: string): { plan: CountryPlan; length: number } | null {
  for (let length = 1; length <= 3 && length < digits.length; length++) {
    const code = digits.slice(0, length)
    let plan = byCallingCode.get(code)
    if (plan === undefined) {
      callingCodes ??= new Metadata(metadata) as unknown as MetadataParts
      const main = callingCodes.getCountryCodesForCallingCode(code)?.[0]
      plan = main === undefined ? NOT_A_CODE : planFor(main as CountryCode)
      byCallingCode.set(code, plan)
    }
    if (plan === NOT_A_CODE) continue
    return plan === null ? null : { plan, length }
  }
  return null
}

/**
 * E.164 for `+` and digits ("+12133734253", separators already removed) when certainly valid: the digits after the
 * calling code are checked exactly as a bare national number of that code's main country would be (the full parse
 * picks that country first whenever the number is valid for it, and keeps the digits when no national prefix starts
 * them). The event's own country plays no part, as in the full parse of an international number. Undefined means
 * "ask the full parse".
 */
export function internationalDigitsToE164(digits: string): string | undefined {
  if (digits.charCodeAt(0) !== 43 /* + */) return undefined
  const found = planForCallingCodeOf(digits.slice(1))
  if (found === null) return undefined
  const national = digits.slice(1 + found.length)
  if (!PLAIN_DIGITS.test(national) || found.plan.reinterpreted.test(national)) return undefined
  return found.plan.isValid(national) ? `+${found.plan.callingCode}${national}` : undefined
}

/** E.164 for bare national digits of `country` when certainly valid there; undefined means "ask the full parse". */
export function nationalDigitsToE164(digits: string, country: CountryCode | undefined): string | undefined {
  if (country === undefined || !PLAIN_DIGITS.test(digits)) return undefined
  const plan = planFor(country)
  if (plan === null || plan.reinterpreted.test(digits)) return undefined
  return plan.isValid(digits) ? `+${plan.callingCode}${digits}` : undefined
}
