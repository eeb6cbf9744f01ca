import { type CountryCode, getCountries, getExampleNumber, parsePhoneNumberFromString } from 'libphonenumber-js'
import examples from 'libphonenumber-js/mobile/examples'
import { describe, expect, it } from 'vitest'
import { internationalDigitsToE164, nationalDigitsToE164 } from './national-phone-fast-path.ts'

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

describe('internationalDigitsToE164 (the shortcut for "+" and digits)', () => {
  it('never answers differently from the full parse, for any calling code', () => {
    const contradictions: string[] = []
    let answered = 0
    let checked = 0
    for (const [n, country] of getCountries().entries()) {
      const code = getExampleNumber(country, examples)?.countryCallingCode ?? ''
      for (const digits of candidates(country, n + 7)) {
        // The country's numbers, numbers of another code (the digits read as +<digits>), and national prefixes.
        for (const text of [`+${code}${digits}`, `+${digits}`]) {
          checked++
          const fast = internationalDigitsToE164(text)
          if (fast === undefined) continue
          answered++
          const full = fullParse(text, 'US')
          if (fast !== full) contradictions.push(`${text}: shortcut ${fast}, full parse ${full}`)
          if (fullParse(text, country) !== full) contradictions.push(`${text}: the full parse depends on the country`)
        }
      }
    }
    expect(contradictions).toEqual([])
    expect(checked).toBeGreaterThan(20_000)
    expect(answered).toBeGreaterThan(500)
  })

  it.each([
    ['+12133734253', '+12133734253'],
    ['+447400123456', '+447400123456'],
    ['+4915123456789', '+4915123456789']
  ] as const)('answers %s itself', (digits, e164) => {
    expect(internationalDigitsToE164(digits)).toBe(e164)
  })

  it.each([
    // No plus, a national prefix after the code, a code shared by several countries whose first one the number
    // is not valid for (+1 416 is Canada's), and an invalid number.
    ['12133734253'],
    ['+4407911123456'],
    ['+14165550123'],
    ['+15550100']
  ] as const)('leaves %s to the full parse', (digits) => {
    expect(internationalDigitsToE164(digits)).toBeUndefined()
  })
})
