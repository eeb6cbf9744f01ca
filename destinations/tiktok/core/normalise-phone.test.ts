import { type CountryCode, getCountries, getExampleNumber } from 'libphonenumber-js'
import examples from 'libphonenumber-js/mobile/examples'
import { describe, expect, it } from 'vitest'
import { normalisePhone } from './normalise-phone.ts'

describe('normalisePhone -> E.164', () => {
  it.each([
    // [raw, default country, E.164]
    ['(213) 373-4253', 'US', '+12133734253'],
    ['213.373.4253', 'US', '+12133734253'],
    ['+1 213 373 4253', 'US', '+12133734253'],
    ['(+1)2133734253', 'US', '+12133734253'],
    ['12133734253', 'US', '+12133734253'],
    ['07911 123456', 'GB', '+447911123456'],
    ['+44 7911 123456', 'US', '+447911123456'],
    ['0044 7911 123456', 'GB', '+447911123456'],
    ['020 7946 0958', 'GB', '+442079460958'],
    ['0151 23456789', 'DE', '+4915123456789'],
    ['+49 30 123456', 'US', '+4930123456'],
    ['06 12 34 56 78', 'FR', '+33612345678'],
    ['+33 1 42 68 53 00', 'DE', '+33142685300'],
    ['98765 43210', 'IN', '+919876543210'],
    ['+91 98765-43210', 'US', '+919876543210'],
    ['(11) 91234-5678', 'BR', '+5511912345678'],
    ['+55 11 91234 5678', 'JP', '+5511912345678'],
    ['090-1234-5678', 'JP', '+819012345678'],
    ['+81 3-1234-5678', 'US', '+81312345678']
  ])('%s with %s', (raw, country, e164) => {
    expect(normalisePhone(raw, country)).toBe(e164)
  })

  it('the default country decides what a national number means', () => {
    expect(normalisePhone('06 12 34 56 78', 'FR')).toBe('+33612345678')
    expect(normalisePhone('06 12 34 56 78', 'US')).toBeUndefined()
  })

  it.each([
    ['', 'US'],
    ['   ', 'US'],
    ['not a phone', 'US'],
    ['123', 'US'],
    ['555-0100', 'US'],
    ['+1 000 000 0000', 'US'],
    ['9'.repeat(40), 'US'],
    ['07911 123456', 'xx']
  ])('%j with %s is not a phone number', (raw, country) => {
    expect(normalisePhone(raw, country)).toBeUndefined()
  })
})

describe('formatted and unusual inputs', () => {
  it.each([
    ['+44 (0) 7911 123456', 'US', '+447911123456'],
    ['tel:+12133734253', 'US', '+12133734253'],
    ['213-373-4253 ext. 12', 'US', '+12133734253'],
    ['Phone: 213 373 4253', 'US', '+12133734253'],
    [2133734253, 'US', '+12133734253']
  ] as const)('%j with %s', (raw, country, e164) => {
    expect(normalisePhone(raw, country)).toBe(e164)
  })

  it('gives the same answer twice (the second from memory)', () => {
    expect(normalisePhone(' 07911 123456 ', 'GB')).toBe('+447911123456')
    expect(normalisePhone(' 07911 123456 ', 'GB')).toBe('+447911123456')
    expect(normalisePhone(' 07911 123456 ', 'US')).toBeUndefined()
  })
})

describe('every country libphonenumber knows', () => {
  it('round-trips its example mobile number in national, international and E.164 formats', () => {
    const failures: string[] = []
    let checked = 0
    for (const country of getCountries()) {
      const example = getExampleNumber(country as CountryCode, examples)
      if (!example?.isValid()) continue
      for (const written of [example.formatNational(), example.formatInternational(), example.number]) {
        checked++
        const got = normalisePhone(written, country)
        if (got !== example.number) failures.push(`${country} ${written} -> ${got}`)
      }
    }
    expect(checked).toBeGreaterThan(600)
    expect(failures).toEqual([])
  })
})
