import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { sha256HexPure } from './core/sha256-hex.ts'
import { nativeSha256Hex } from './native-sha256.ts'

describe('nativeSha256Hex (the runtime SHA-256 the hosts hand to the core)', () => {
  it("is node:crypto's one-shot hash on Node 20 and agrees with the core's own on every kind of value", () => {
    const native = nativeSha256Hex()
    expect(native).toBeTypeOf('function')
    const alphabet = 'abcXYZ019@.+-_ éü中😀'
    for (let n = 0; n < 500; n++) {
      const text = Array.from({ length: n % 150 }, (_, i) => alphabet[(i * 7 + n) % alphabet.length]).join('')
      expect(native!(text)).toBe(sha256HexPure(text))
      expect(native!(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'))
    }
  })
})
