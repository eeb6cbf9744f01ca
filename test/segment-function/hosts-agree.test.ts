/**
 * The RudderStack transformer and the Segment Function are two thin hosts over one core and one set of pipelines:
 * for the same Segment-spec event they must put the same TikTok event on the wire.
 */
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RudderStackRequest, process as rudderStackProcess } from '../../destinations/tiktok/rudderstack.ts'
import { type FakeTikTok, startFakeTikTok } from '../fake-tiktok/server.ts'
import { buildBundle, loadSegmentFunction, type SegmentFunction } from './load-function.ts'

const segmentEvent = (name: string): Record<string, any> =>
  JSON.parse(readFileSync(new URL(`../fixtures/segment-events/${name}.json`, import.meta.url), 'utf8'))

let fn: SegmentFunction
let fake: FakeTikTok
beforeAll(async () => {
  fn = loadSegmentFunction(buildBundle())
  fake = await startFakeTikTok({ accessToken: 'test-token' })
})
afterAll(() => fake.close())

describe('RudderStack transformer and Segment Function agree', () => {
  it.each(['order-completed', 'product-viewed', 'signed-up', 'page'])('%s', async (name) => {
    fake.reset()
    const event = segmentEvent(name)
    const handler = event.type === 'page' ? fn.onPage : fn.onTrack
    await handler(structuredClone(event), { accessToken: 'test-token', pixelCode: 'CAGREE', apiUrl: fake.url })
    const [sent] = fake.acceptedEvents()
    const request = (await rudderStackProcess({
      message: structuredClone(event),
      destination: { Config: { accessToken: 'test-token', pixelCode: 'CAGREE' } },
      metadata: {}
    })) as RudderStackRequest
    const { event_source_id, event_source, ...segmentSide } = sent
    expect(event_source).toBe(request.body.JSON.event_source)
    expect(event_source_id).toBe('CAGREE')
    expect(request.body.JSON.data).toEqual([segmentSide])
  })
})
