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

interface CountryPlan {
  /** Digits the full parse would reinterpret (IDD, national prefix, calling code): those take the full parse. */
  reinterpreted: RegExp[]
}

/** null: the shortcut never applies to this country (cannot prove it would match the full parse). */
const plans = new Map<string, CountryPlan | null>()

function planFor(country: CountryCode): CountryPlan | null {
  const known = plans.get(country)
  if (known !== undefined) return known
  let plan: CountryPlan | null = null
  const meta = new Metadata(metadata)
  if (meta.hasCountry(country)) {
    meta.selectNumberingPlan(country)
    const numbering = meta.numberingPlan
    const callingCode = numbering.callingCode()
    const sharing = meta.getCountryCodesForCallingCode(callingCode) ?? []
    const main = sharing[0] === country && (sharing.length === 1 || !numbering.leadingDigits())
    if (main) {
      const reinterpreted = [new RegExp(`^(?:${callingCode})`)]
      const idd = numbering.IDDPrefix()
      if (idd) reinterpreted.push(new RegExp(`^(?:${idd})`))
      const nationalPrefix = numbering.nationalPrefixForParsing()
      if (nationalPrefix) reinterpreted.push(new RegExp(`^(?:${nationalPrefix})`))
      plan = { reinterpreted }
    }
  }
  plans.set(country, plan)
  return plan
}

const PLAIN_DIGITS = /^\d{2,17}$/

/** E.164 for bare national digits of `country` when certainly valid there; undefined means "ask the full parse". */
export function nationalDigitsToE164(digits: string, country: CountryCode | undefined): string | undefined {
  if (country === undefined || !PLAIN_DIGITS.test(digits)) return undefined
  const plan = planFor(country)
  if (plan === null) return undefined
  for (const pattern of plan.reinterpreted) if (pattern.test(digits)) return undefined
  const phone = new PhoneNumber(country, digits, metadata)
  return phone.isValid() ? phone.number : undefined
}
