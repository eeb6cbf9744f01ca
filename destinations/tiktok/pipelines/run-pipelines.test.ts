import { describe, expect, it } from 'vitest'
import {
  loadShippedPipelines,
  loadValidFixturePipelines,
  readEventFixtures
} from '../../../test/fixtures/pipelines/read-fixtures.ts'
import type { CompiledPipeline } from './compile-pipeline.ts'
import { activePipelines, matchPipelines, preparePipelines } from './run-pipelines.ts'

const EDGE_EVENTS: Array<Record<string, unknown>> = [
  {
    type: 'track',
    event: 'Order Placed',
    properties: { total: 200, tier: 'bold' },
    context: { page: { url: '?ttclid=x' } }
  },
  { type: 'screen', event: 'Order Completed', properties: { total: 100 }, context: { page: { url: '?ttclid=x' } } },
  { type: 'identify', traits: { plan: 'pro' } },
  { type: 'page', name: 'Home' },
  { type: 7, event: 'Order Completed' },
  { type: 'track', event: 42 },
  {}
]

describe('matchPipelines', () => {
  // Shipped and fixture pipelines together: several may match one event, with and without an event condition.
  const all = [...loadShippedPipelines(), ...loadValidFixturePipelines()]
  const prepared = preparePipelines(all)
  const events = [...readEventFixtures().map((f) => f.event), ...EDGE_EVENTS]

  it('returns exactly the pipelines whose trigger holds, in load order (the index only narrows)', () => {
    for (const event of events) {
      const everyOne = prepared.pipelines.filter((p) => p.matches(event)).map((p) => p.pipeline.name)
      expect([event, matchPipelines(prepared, event).map((p) => p.pipeline.name)]).toEqual([event, everyOne])
    }
  })

  it('can return several pipelines for one event', () => {
    const names = matchPipelines(prepared, {
      type: 'track',
      event: 'Order Completed',
      properties: { total: 100, tier: 'gold' },
      context: { page: { url: '/?ttclid=1' } }
    }).map((p) => p.pipeline.name)
    expect(names).toEqual(['tiktok_purchase', 'every_operator', 'pluck_with_defaults'])
  })
})

describe('activePipelines', () => {
  const named = (name: string, replaces: string[] = [], replacedBy: string[] = []) =>
    ({ name, replaces, replacedBy }) as unknown as CompiledPipeline
  it.each([
    ['replaced_by a loaded pipeline steps aside', [named('a', [], ['b']), named('b')], ['b']],
    ['replaced_by a pipeline that is not loaded stays', [named('a', [], ['b']), named('c')], ['a', 'c']],
    ['replaces takes over', [named('a'), named('b', ['a'])], ['b']],
    ['nothing declared: both stay', [named('a'), named('b')], ['a', 'b']]
  ])('%s', (_, pipelines, expected) => {
    expect(activePipelines(pipelines).map((p) => p.name)).toEqual(expected)
  })
})
