import { parseFql, validate } from '@segment/destination-subscriptions'
import { describe, expect, it } from 'vitest'
import {
  loadShippedPipelines,
  loadValidFixturePipelines,
  readEventFixtures
} from '../../../test/fixtures/pipelines/read-fixtures.ts'
import { compileCondition } from './match-condition.ts'

const pipelines = [...loadShippedPipelines(), ...loadValidFixturePipelines()]

// Values chosen to sit on each operator's edges: types differ, absent vs null, prefixes and suffixes.
const EDGE_EVENTS: Array<Record<string, unknown>> = [
  { type: 'track', event: 'Order Completed', properties: { total: 100, vip: true, coupon: null, tier: 'gold' } },
  { type: 'track', event: 'Order Completed', properties: { total: '100', vip: 'true', tier: 'Gold' } },
  { type: 'track', event: 'Order Refunded', userId: 'u1', properties: { total: 99.5, vip: false } },
  { type: 'track', event: 'Product Viewed', context: { page: { url: 'https://shop.example.com/p?ttclid=1' } } },
  { type: 'page', name: 'Checkout Step 2', properties: { url: 'https://shop.example.com/checkout' } },
  { type: 'identify', traits: { email: 'a@example.com', plan: 'pro' } },
  { type: 'screen', name: 'Home' },
  { type: 'track' },
  {
    type: 'track',
    event: 'Order Completed',
    properties: { total: 100, tier: 'gold' },
    context: { page: { url: 'https://shop.example.com/?ttclid=E.C.P.1' } }
  },
  {
    type: 'screen',
    event: 'Order Placed',
    properties: { total: 200, tier: 'bold', coupon: null },
    context: { page: { url: '?ttclid=x' } }
  },
  { type: 'identify', traits: { plan: 'business' } }
]

describe('compiled triggers', () => {
  it.each(pipelines.map((p) => [p.file, p] as const))('%s: the FQL parses back to the same tree', (_, pipeline) => {
    expect(parseFql(pipeline.subscription)).toEqual(pipeline.trigger)
  })

  const events = [...readEventFixtures().map((f) => f.event), ...EDGE_EVENTS]
  it.each(pipelines.map((p) => [p.file, p] as const))(
    '%s: matches exactly the events destination-subscriptions matches',
    (_, pipeline) => {
      const ours = compileCondition(pipeline.trigger)
      const theirs = parseFql(pipeline.subscription)
      for (const event of events) expect([event, ours(event)]).toEqual([event, validate(theirs, event)])
    }
  )

  it('some event reaches every pipeline and some does not (the comparisons above test both outcomes)', () => {
    const unreached = pipelines
      .filter((p) => !events.some((event) => compileCondition(p.trigger)(event)))
      .map((p) => p.name)
    expect(unreached).toEqual([])
    const catchAll = pipelines
      .filter((p) => events.every((event) => compileCondition(p.trigger)(event)))
      .map((p) => p.name)
    expect(catchAll).toEqual([])
  })

  it('a realistic fixture event reaches every shipped pipeline', () => {
    const events = readEventFixtures().map((f) => f.event)
    const unreached = loadShippedPipelines()
      .filter((p) => !events.some((event) => compileCondition(p.trigger)(event)))
      .map((p) => p.name)
    expect(unreached).toEqual([])
  })
})
