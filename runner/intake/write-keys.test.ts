import { describe, expect, it } from 'vitest'
import { IntakeError } from './intake-error.ts'
import { basicAuthKey, createWriteKeyTable, safeEqual } from './write-keys.ts'

describe('write keys', () => {
  it.each([
    ['Basic ' + btoa('key1:'), 'key1'],
    ['basic ' + btoa('key1:ignored'), 'key1'],
    ['Basic ' + btoa(':'), undefined],
    ['Bearer abc', undefined],
    ['Basic !!!', undefined],
    [null, undefined]
  ])('reads %s as %s', (header, key) => {
    expect(basicAuthKey(header)).toBe(key)
  })

  it('compares exactly', () => {
    expect(safeEqual('abc', 'abc')).toBe(true)
    expect(safeEqual('abc', 'abd')).toBe(false)
    expect(safeEqual('abc', 'abcd')).toBe(false)
    expect(safeEqual('', 'a')).toBe(false)
  })

  it('routes each key to its destination and refuses others with 401', () => {
    const table = createWriteKeyTable(
      [
        { key: 'k-a', route: 'A' },
        { key: 'k-b', route: 'B' }
      ],
      'open'
    )
    expect(table.open).toBe(false)
    expect(table.resolve('k-b')).toBe('B')
    for (const bad of [undefined, '', 'k-', 'k-c']) {
      expect(() => table.resolve(bad)).toThrow(IntakeError)
    }
  })

  it('is open to any caller when no keys are configured', () => {
    const table = createWriteKeyTable<string>([], 'only')
    expect(table.open).toBe(true)
    expect(table.resolve(undefined)).toBe('only')
  })
})
