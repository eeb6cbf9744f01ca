import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { transform } from '@segment/actions-core'
import { describe, expect, it } from 'vitest'
import {
  FIXTURES_DIR,
  loadShippedPipelines,
  loadValidFixturePipelines,
  readEventFixtures
} from '../../../test/fixtures/pipelines/read-fixtures.ts'
import { FIELD_DEFAULTS } from '../pipelines/field-defaults.ts'
import { compileMapping } from './compile-mapping.ts'
import { MappingCompileError } from './mapping-compile-error.ts'
import type { Mapping } from './mapping-types.ts'

/**
 * mapping-kit quirks the evaluator must reproduce exactly (falsy values part-way down a path, blank vs exists,
 * falsy else, triple-brace templates, @arrayPath on objects...), kept as data beside the other fixtures.
 */
const QUIRKS = JSON.parse(readFileSync(join(FIXTURES_DIR, 'mapping-quirks.json'), 'utf8')) as {
  payload: Record<string, unknown>
  cases: Array<{ name: string; mapping: Mapping }>
}
const payload = QUIRKS.payload

describe('compileMapping equals actions-core transform', () => {
  it.each(QUIRKS.cases.map((c) => [c.name, c.mapping] as const))('%s', (_, mapping) => {
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
    expect(() => compileMapping({ a: 1 })([] as unknown as Record<string, unknown>)).toThrow(
      'data must be an object, got array'
    )
  })
})
