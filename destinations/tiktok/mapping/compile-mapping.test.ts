import { transform } from '@segment/actions-core'
import { describe, expect, it } from 'vitest'
import {
  loadShippedPipelines,
  loadValidFixturePipelines,
  readEventFixtures
} from '../../../test/fixtures/pipelines/read-fixtures.ts'
import { FIELD_DEFAULTS } from '../pipelines/field-defaults.ts'
import { compileMapping } from './compile-mapping.ts'
import { MappingCompileError } from './mapping-compile-error.ts'
import type { Mapping } from './mapping-types.ts'

const payload = {
  type: 'track',
  event: 'Order Completed',
  userId: 'u1',
  zero: 0,
  empty: '',
  nothing: null,
  flag: false,
  list: [],
  word: 'MiXeD',
  num: 5,
  nested: { a: { b: 'deep' }, arr: [{ id: 'x', q: 2 }, { id: 'y' }], obj: { id: 'solo' } },
  'odd key': { inner: 'odd' },
  properties: { products: [{ product_id: 'p1', price: 3 }, { sku: 's2' }], revenue: 12.5 }
}

// mapping-kit quirks the evaluator must reproduce exactly.
const QUIRKS: Array<[string, Mapping]> = [
  ['plain values and nesting', { a: 1, b: 'text', c: true, d: null, e: [1, { f: { '@path': '$.userId' } }], g: { h: 'i' } }],
  ['@path: missing, deep, falsy part-way, brackets, $. anywhere', {
    missing: { '@path': '$.nope.deeper' },
    deep: { '@path': '$.nested.a.b' },
    falsy: { '@path': '$.zero.below' },
    emptyWalk: { '@path': '$.empty.length' },
    nullWalk: { '@path': '$.nothing.x' },
    bracket: { '@path': '$.nested.arr[0].id' },
    quoted: { '@path': "$['odd key'].inner" },
    whole: { '@path': '$.' },
    middle: { '@path': 'nested.$.a' },
    stringLength: { '@path': '$.word.length' }
  }],
  ['@if exists / blank with falsy values', {
    existsZero: { '@if': { exists: { '@path': '$.zero' }, then: 'yes', else: 'no' } },
    existsNull: { '@if': { exists: { '@path': '$.nothing' }, then: 'yes', else: 'no' } },
    blankZero: { '@if': { blank: { '@path': '$.zero' }, then: 'yes', else: 'no' } },
    blankEmpty: { '@if': { blank: { '@path': '$.empty' }, then: 'yes', else: 'no' } },
    blankList: { '@if': { blank: { '@path': '$.list' }, then: 'yes', else: 'no' } },
    blankWord: { '@if': { blank: { '@path': '$.word' }, then: 'yes', else: 'no' } },
    falsyElse: { '@if': { exists: { '@path': '$.nope' }, then: 'yes', else: 0 } },
    noThen: { '@if': { exists: { '@path': '$.word' }, else: 'no' } },
    literalElse: { '@if': { exists: { '@path': '$.nope' }, then: 1, else: { '@literal': 0 } } }
  }],
  ['@case', {
    lower: { '@case': { operator: 'lower', value: { '@path': '$.word' } } },
    upper: { '@case': { operator: 'upper', value: { '@path': '$.word' } } },
    number: { '@case': { operator: 'lower', value: { '@path': '$.num' } } },
    missing: { '@case': { operator: 'lower', value: { '@path': '$.nope' } } },
    fixed: { '@case': { operator: 'lower', value: 'ABC' } }
  }],
  ['@template', {
    double: { '@template': 'Hi {{userId}} ({{ event }}) {{nope}}!' },
    triple: { '@template': '{{{word}}}-{{num}}' },
    objects: { '@template': '{{nested.obj}} {{nested.arr}}' },
    none: { '@template': 'static' }
  }],
  ['@arrayPath', {
    items: { '@arrayPath': ['$.properties.products', { id: { '@path': '$.product_id' }, price: { '@path': '$.price' } }] },
    objectRoot: { '@arrayPath': ['$.nested.obj', { id: { '@path': '$.id' } }] },
    scalarRoot: { '@arrayPath': ['$.word', { id: { '@path': '$.id' } }] },
    missingRoot: { '@arrayPath': ['$.nope', { id: { '@path': '$.id' } }] },
    emptyShape: { '@arrayPath': ['$.nested.arr', {}] },
    directiveShape: { '@arrayPath': ['$.nested.arr', { '@path': '$.id' }] },
    dynamicRoot: { '@arrayPath': [{ '@path': '$.nested.arr' }, { q: { '@path': '$.q' } }] }
  }],
  ['@literal', { literal: { '@literal': { a: { '@path': '$.userId' } } }, text: { '@literal': 'USD' } }],
  ['@path with a directive argument', { dynamic: { '@path': { '@template': '$.nested.{{word}}' } } }]
]

describe('compileMapping equals actions-core transform', () => {
  it.each(QUIRKS)('%s', (_, mapping) => {
    expect(compileMapping(mapping)(payload)).toEqual(transform(mapping, payload))
  })

  it('the reportEvent field defaults, on every event fixture', () => {
    const run = compileMapping(FIELD_DEFAULTS)
    for (const { event } of readEventFixtures()) expect(run(event)).toEqual(transform(FIELD_DEFAULTS, event))
  })

  const pipelines = [...loadShippedPipelines(), ...loadValidFixturePipelines()]
  const events = readEventFixtures()
  it.each(pipelines.map((p) => [p.file, p] as const))('%s, on every event fixture', (_, pipeline) => {
    const run = compileMapping(pipeline.mapping)
    for (const { event } of events) expect(run(event)).toEqual(transform(pipeline.mapping, event))
  })
})

describe('compileMapping refuses what it cannot run', () => {
  it.each([
    [{ a: { '@flatten': { value: { '@path': '$.x' }, separator: '.' } } }, 'a.@flatten'],
    [{ a: { b: { '@replace': { pattern: 'x', value: 'y' } } } }, 'a.b.@replace']
  ])('%j', (mapping, path) => {
    expect(() => compileMapping(mapping as Mapping)).toThrow(MappingCompileError)
    expect(() => compileMapping(mapping as Mapping)).toThrow(
      `${path.split('.@')[0]}: unsupported directive @${path.split('.@')[1]}; supported: @path, @template, @literal, @arrayPath, @if, @case`
    )
  })

  it('needs an object payload, like transform', () => {
    expect(() => compileMapping({ a: 1 })([] as unknown as Record<string, unknown>)).toThrow('data must be an object, got array')
  })
})
