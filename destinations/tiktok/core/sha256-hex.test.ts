import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { isSha256Hex, sha256Hex, sha256HexPure, sha256HexSync, useSha256Hex } from './sha256-hex.ts'

const nodeSha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

/** Lengths around the padding boundaries (55/56/64 bytes) and multi-block inputs, ASCII and multi-byte. */
const CASES = [
  '',
  'abc',
  'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
  'a'.repeat(55),
  'a'.repeat(56),
  'a'.repeat(63),
  'a'.repeat(64),
  'a'.repeat(65),
  'a'.repeat(119),
  'a'.repeat(120),
  'x'.repeat(1000),
  'zoë@例え.jp',
  'é'.repeat(40),
  '😀'.repeat(30),
  '+12133734253'
]

describe('sha256HexSync', () => {
  it.each(CASES)('agrees with Web Crypto and node:crypto for %j', async (text) => {
    const expected = nodeSha(text)
    expect(sha256HexSync(text)).toBe(expected)
    expect(await sha256Hex(text)).toBe(expected)
  })

  it('matches the FIPS 180-4 "abc" vector', () => {
    expect(sha256HexSync('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })

  it('agrees with node:crypto on 2,000 random strings of every length up to 300', () => {
    const alphabet = 'abcXYZ019@.+-_ éü中😀'
    for (let n = 0; n < 2000; n++) {
      const chars = Array.from({ length: n % 300 }, () => alphabet[Math.floor(Math.random() * alphabet.length)])
      const text = [...chars.join('')].join('')
      expect(sha256HexSync(text)).toBe(nodeSha(text))
    }
  })

  it('is not disturbed by a long value hashed before a short one', () => {
    sha256HexSync('y'.repeat(5000))
    expect(sha256HexSync('abc')).toBe(nodeSha('abc'))
  })
})

describe('isSha256Hex', () => {
  it.each([
    [nodeSha('a'), true],
    [nodeSha('a').toUpperCase(), true],
    [`${nodeSha('a')}0`, false],
    ['g'.repeat(64), false],
    ['', false]
  ])('%s -> %s', (value, expected) => {
    expect(isSha256Hex(value)).toBe(expected)
  })
})

describe("useSha256Hex (a host hands in its runtime's SHA-256)", () => {
  it("hashes match keys with the handed-in hasher, and with the core's own again after undefined", () => {
    const calls: string[] = []
    useSha256Hex((text) => {
      calls.push(text)
      return nodeSha(text)
    })
    try {
      calls.length = 0
      expect(sha256HexSync('+12133734253')).toBe(nodeSha('+12133734253'))
      expect(calls).toEqual(['+12133734253'])
    } finally {
      useSha256Hex(undefined)
    }
    calls.length = 0
    expect(sha256HexSync('abc')).toBe(sha256HexPure('abc'))
    expect(calls).toEqual([])
  })

  it.each([
    ['upper-case hex', (text: string) => nodeSha(text).toUpperCase()],
    ['Latin-1 instead of UTF-8', (text: string) => createHash('sha256').update(text, 'latin1').digest('hex')]
  ])('refuses a hasher that gives wrong digests (%s) and keeps the one it had', (_, wrong) => {
    expect(() => useSha256Hex(wrong)).toThrow(/wrong digests/)
    expect(sha256HexSync('zoë')).toBe(nodeSha('zoë'))
  })
})
