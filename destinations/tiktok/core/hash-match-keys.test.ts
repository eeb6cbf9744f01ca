import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { externalIdCandidates, hashMatchKey, hashMatchKeys, type MatchKeyInput } from './hash-match-keys.ts'
import type { ExternalIdSource } from './settings.ts'
import { sha256Hex } from './sha256-hex.ts'

/** An independent SHA-256 (node:crypto) so the Web Crypto path is checked against something it does not share. */
const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')
const HEX = /^[0-9a-f]{64}$/

describe('reference vectors (shared/reference/tiktok-events-api.md)', () => {
  it.each([
    ['email', ' ALICE_abc@gmail.com ', '848a771458438fc2ec420560d769fb9b9b86851ee338ec56517baabd79d3bb4f'],
    ['phone', '(+1)2133734253', '9f7ec22d72092cd3c0b58726ed9c2d91b92e51a3f29837508fb2948bb22dd2fd'],
    ['external_id', 'user_123', '80fba0ae1c48e3978e43e4efc365e14e12ea0c830ba8ba5b9a2dafc7e3f2ab8b']
  ] as const)('%s %j', async (key, raw, digest) => {
    expect(await hashMatchKey(key, raw)).toBe(digest)
  })

  it('the US national phone (213) 373-4253 hashes like +12133734253', async () => {
    expect(await hashMatchKey('phone', '(213) 373-4253', 'US')).toBe(
      '9f7ec22d72092cd3c0b58726ed9c2d91b92e51a3f29837508fb2948bb22dd2fd'
    )
  })

  it('sha256Hex agrees with node:crypto on non-ASCII text', async () => {
    expect(await sha256Hex('zoë@例え.jp')).toBe(sha('zoë@例え.jp'))
  })
})

describe('normalisation before hashing', () => {
  it.each([
    ['email', '  Bob.Smith@Example.COM\t', 'bob.smith@example.com'],
    ['external_id', '  abc-42  ', 'abc-42'],
    ['external_id', 12345, '12345'],
    ['first_name', ' Mary Ann ', 'maryann'],
    ['last_name', 'Van Der\tBerg', 'vanderberg'],
    ['zip_code', '90012-3301', '900123301'],
    ['zip_code', 'SW1A 1AA', 'sw1a1aa'],
    ['zip_code', 10115, '10115']
  ] as const)('%s %j -> sha256(%j)', async (key, raw, normalised) => {
    expect(await hashMatchKey(key, raw)).toBe(sha(normalised))
  })

  it('passes an existing digest through lowercased instead of hashing it again', async () => {
    const digest = sha('someone@example.com')
    expect(await hashMatchKey('email', ` ${digest.toUpperCase()} `)).toBe(digest)
    expect(await hashMatchKey('phone', digest)).toBe(digest)
  })
})

describe('garbage is omitted, never hashed', () => {
  it.each([
    ['email', ''],
    ['email', '   '],
    ['email', 'not-an-email'],
    ['email', '@example.com'],
    ['email', 'alice@'],
    ['email', 'a@b@c'],
    ['phone', 'call me'],
    ['phone', '123'],
    ['phone', '555-0100'],
    ['phone', ''],
    ['external_id', '  '],
    ['first_name', ' \t '],
    ['zip_code', ' - '],
    ['email', null],
    ['email', { value: 'a@b.co' }]
  ] as const)('%s %j', async (key, raw) => {
    expect(await hashMatchKey(key, raw)).toBeUndefined()
  })

  it('leaves the keys out of the user object (no "", no [])', async () => {
    const user = await hashMatchKeys({ email: ['nope', ''], phone: 'xyz', first_name: ' ', external_id: [] })
    expect(user).toEqual({})
  })
})

describe('several values', () => {
  it('hashes arrays and removes duplicates after normalisation', async () => {
    const user = await hashMatchKeys({
      email: ['a@example.com', ' A@EXAMPLE.COM ', 'b@example.com', 'garbage'],
      phone: ['+12133734253', '(213) 373-4253']
    })
    expect(user.email).toEqual([sha('a@example.com'), sha('b@example.com')])
    expect(user.phone).toBe(sha('+12133734253'))
  })

  it.each<[ExternalIdSource, MatchKeyInput, string[]]>([
    ['userId', { user_id: 'u1', anonymous_id: 'anon1' }, ['u1']],
    ['anonymousId', { user_id: 'u1', anonymous_id: 'anon1' }, ['anon1']],
    ['both', { user_id: 'u1', anonymous_id: 'anon1' }, ['u1', 'anon1']],
    ['both', { external_id: ['crm-9', 7], user_id: 'u1', anonymous_id: 'anon1' }, ['crm-9', '7', 'u1', 'anon1']],
    ['userId', { external_id: 'crm-9', user_id: ' crm-9 ' }, ['crm-9']],
    ['userId', { anonymous_id: 'anon1' }, []]
  ])('externalIdSource %s', async (externalIdSource, input, ids) => {
    const user = await hashMatchKeys(input, { externalIdSource })
    const expected = ids.map(sha)
    expect(user.external_id).toEqual(expected.length === 0 ? undefined : expected.length === 1 ? expected[0] : expected)
  })

  it('lists an id the settings add only when the explicit external_id is not already that id (hashed once)', () => {
    const input = { external_id: 'u1', user_id: 'u1', anonymous_id: 'u1' }
    expect(externalIdCandidates(input, 'both')).toEqual(['u1'])
    expect(externalIdCandidates({ ...input, anonymous_id: 'anon1' }, 'both')).toEqual(['u1', 'anon1'])
  })

  it('reads a list of one (actions-core sends multiple fields as arrays) like the value itself', async () => {
    expect(await hashMatchKeys({ email: [' A@Example.com '], phone: ['+12133734253'] })).toEqual({
      email: sha('a@example.com'),
      phone: sha('+12133734253')
    })
  })
})

describe('phone country', () => {
  it("uses the event's country before the destination default for national numbers", async () => {
    const user = await hashMatchKeys({ phone: '07911 123456', country: 'gb' }, { defaultPhoneCountry: 'US' })
    expect(user.phone).toBe(sha('+447911123456'))
  })

  it('falls back to settings.defaultPhoneCountry', async () => {
    const user = await hashMatchKeys({ phone: '0151 23456789' }, { defaultPhoneCountry: 'DE' })
    expect(user.phone).toBe(sha('+4915123456789'))
  })

  it('every digest is lowercase hex', async () => {
    const user = await hashMatchKeys({ email: 'x@y.io', phone: '+33612345678', first_name: 'Zoë', zip_code: '75001' })
    for (const digest of Object.values(user)) expect(digest).toMatch(HEX)
  })
})
