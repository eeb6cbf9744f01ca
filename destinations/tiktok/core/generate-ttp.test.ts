import { describe, expect, it } from 'vitest'
import { generateTtp, TTP_SUFFIX, ttpTimestampMs } from './generate-ttp.ts'

const FORMAT = /^[0-9A-HJKMNP-TV-Z]{26}_\.tt\.1$/

describe('generateTtp', () => {
  it("has TikTok's current shape: 26 Crockford base32 characters then _.tt.1", () => {
    const ttp = generateTtp()
    expect(ttp).toMatch(FORMAT)
    expect(ttp.endsWith(TTP_SUFFIX)).toBe(true)
    expect(ttp).toHaveLength(32)
  })

  it.each([0, 1, 1_732_350_000_000, 1_795_420_800_123, 2 ** 48 - 1])(
    'encodes the time %d in the first 10 characters',
    (ms) => {
      expect(ttpTimestampMs(generateTtp(ms))).toBe(ms)
    }
  )

  it('matches the time prefix of a real TikTok _ttp of 2025', () => {
    // 01K1A8BXG7... is a ULID of late July 2025.
    const ms = ttpTimestampMs('01K1A8BXG7CFS8QC92XKKJD081_.tt.1')!
    expect(new Date(ms).toISOString().slice(0, 7)).toBe('2025-07')
    expect(generateTtp(ms).slice(0, 10)).toBe('01K1A8BXG7')
  })

  it('sorts by creation time and never repeats', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => generateTtp(1_700_000_000_000 + i * 1000))
    expect(new Set(ids).size).toBe(ids.length)
    expect([...ids].sort()).toEqual(ids)
    const sameMs = new Set(Array.from({ length: 2000 }, () => generateTtp(1_700_000_000_000)))
    expect(sameMs.size).toBe(2000)
  })

  it('uses all 32 symbols in the random part', () => {
    const seen = new Set<string>()
    for (let i = 0; i < 500; i++) for (const c of generateTtp().slice(10, 26)) seen.add(c)
    expect(seen.size).toBe(32)
  })

  it('reads no time from older _ttp formats', () => {
    expect(ttpTimestampMs('2Xhs0kQYmBsLmwq4FVgPV3bKyZ1')).toBeUndefined()
  })
})
