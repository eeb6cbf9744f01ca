import { describe, expect, it } from 'vitest'
import { textNestsDeeper, valueNestsDeeper } from './nesting-depth.ts'

const nested = (levels: number) => `${'{"a":'.repeat(levels - 1)}{}${'}'.repeat(levels - 1)}`

describe('nesting depth', () => {
  it.each([
    ['a flat object', '{"a":1,"b":"x"}', 1],
    ['an object in an array in an object', '{"a":[{"b":1}]}', 3],
    ['brackets inside strings do not count', '{"a":"[[[{{{","b":"\\\\\\"[["}', 1],
    ['an escaped quote does not end a string', '{"a":"\\"[[[[[[[[","b":{}}', 2],
    ['10 levels', nested(10), 10],
    ['50,000 levels', nested(50_000), 50_000]
  ])('%s', (_n, text, depth) => {
    expect(textNestsDeeper(text, depth)).toBe(false)
    expect(textNestsDeeper(text, depth - 1)).toBe(true)
    const value = JSON.parse(text)
    expect(valueNestsDeeper(value, depth)).toBe(false)
    expect(valueNestsDeeper(value, depth - 1)).toBe(true)
  })

  it('scalars and null nest nothing', () => {
    expect(valueNestsDeeper(null, 0)).toBe(false)
    expect(valueNestsDeeper('x', 0)).toBe(false)
    expect(valueNestsDeeper([[], {}], 1)).toBe(true)
  })
})

describe('strings in the text', () => {
  it.each([
    ['a string ending in an escaped backslash', '{"a":"x\\\\","b":{"c":{}}}', 3],
    ['escaped quotes around brackets', '{"a":"\\"[[[\\"","b":[]}', 2],
    ['unicode escapes', '{"a":"\\u005b\\u007b","b":{}}', 2]
  ])('%s', (_n, text, depth) => {
    expect(textNestsDeeper(text, depth)).toBe(false)
    expect(textNestsDeeper(text, depth - 1)).toBe(true)
  })
})
