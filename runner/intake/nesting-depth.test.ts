import { describe, expect, it } from 'vitest'
import { scanNesting, textNestsDeeper, valueNestsDeeper } from './nesting-depth.ts'

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

describe('the longest object or array at a level', () => {
  it('is the longest item of a batch body, brackets included, whatever nests inside or beside it', () => {
    const items = ['{"a":1}', '{"b":[1,2,{"c":"}]"}]}', '[]']
    const text = `{"batch":[${items.join(',')}],"context":{"x":{}}, "pad":"${' '.repeat(200)}"}`
    expect(scanNesting(text, 66, 3)).toEqual({ deeper: false, longestAtLevel: items[1]!.length })
  })

  it('is the whole text when the scan stops early or is not needed (a bound that still holds)', () => {
    const deep = `{"batch":[${nested(100)}],"pad":"${' '.repeat(200)}"}`
    expect(scanNesting(deep, 66, 3)).toEqual({ deeper: true, longestAtLevel: deep.length })
    expect(scanNesting('{"batch":[{}]}', 66, 3)).toEqual({ deeper: false, longestAtLevel: 14 })
  })
})
