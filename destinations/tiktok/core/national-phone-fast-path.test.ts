import { type CountryCode, getCountries, getExampleNumber, parsePhoneNumberFromString } from 'libphonenumber-js'
import examples from 'libphonenumber-js/mobile/examples'
import { describe, expect, it } from 'vitest'
import { nationalDigitsToE164 } from './national-phone-fast-path.ts'

/** What libphonenumber's full parse makes of bare digits: the answer the shortcut must never contradict. */
function fullParse(digits: string, country: CountryCode): string | undefined {
  try {
    const parsed = parsePhoneNumberFromString(digits, { defaultCountry: country, extract: false })
    return parsed?.isValid() ? parsed.number : undefined
  } catch {
    return undefined
  }
}

/** Deterministic digit strings: the country's example number, its neighbours, its prefixes and random digits. */
function candidates(country: CountryCode, seed: number): string[] {
  let state = seed
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
  const example = getExampleNumber(country, examples)
  const national = example?.nationalNumber ?? ''
  const out = national ? [national, `0${national}`, `${example?.countryCallingCode}${national}`] : []
  for (let i = 0; national && i < 20; i++) {
    const at = Math.floor(random() * national.length)
    out.push(national.slice(0, at) + Math.floor(random() * 10) + national.slice(at + 1))
  }
  for (let i = 0; i < 40; i++) {
    const length = 4 + Math.floor(random() * 12)
    let digits = ''
    for (let j = 0; j < length; j++) digits += Math.floor(random() * 10)
    out.push(digits)
  }
  return out
}

describe('nationalDigitsToE164 (the shortcut before the full parse)', () => {
  it('never answers differently from the full parse, for any country', () => {
    const contradictions: string[] = []
    let answered = 0
    let checked = 0
    for (const [n, country] of getCountries().entries()) {
      for (const digits of candidates(country, n + 1)) {
        checked++
        const fast = nationalDigitsToE164(digits, country)
        if (fast === undefined) continue
        answered++
        const full = fullParse(digits, country)
        if (fast !== full) contradictions.push(`${country} ${digits}: shortcut ${fast}, full parse ${full}`)
      }
    }
    expect(contradictions).toEqual([])
    // It must actually take over most valid national numbers, or it is dead weight.
    expect(checked).toBeGreaterThan(10_000)
    expect(answered).toBeGreaterThan(500)
  })

  it.each([
    ['2133734253', 'US', '+12133734253'],
    ['7400123456', 'GB', '+447400123456'],
    ['15123456789', 'DE', '+4915123456789'],
    ['612345678', 'FR', '+33612345678']
  ] as const)('answers %s in %s itself', (digits, country, e164) => {
    expect(nationalDigitsToE164(digits, country)).toBe(e164)
  })

  it.each([
    // A national or international prefix, or the calling code, is left to the full parse to interpret.
    ['12133734253', 'US'],
    ['01144791112345', 'US'],
    ['07911123456', 'GB'],
    ['447911123456', 'GB'],
    // A country sharing its calling code but not the first for it (Canada shares +1 with the US).
    ['4165550123', 'CA'],
    // Invalid for the country, and no country at all.
    ['5550100', 'US'],
    ['2133734253', undefined]
  ] as const)('leaves %s in %s to the full parse', (digits, country) => {
    expect(nationalDigitsToE164(digits, country)).toBeUndefined()
  })
})
