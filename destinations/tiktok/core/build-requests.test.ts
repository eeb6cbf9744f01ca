import { describe, expect, it } from 'vitest'
import { buildRequestBodies } from './build-requests.ts'
import { MAX_EVENTS_PER_REQUEST, type TikTokEvent, TikTokRequestBody } from './contract.ts'

const events = (n: number): TikTokEvent[] =>
  Array.from({ length: n }, (_, i) => ({ event: 'PageView', event_time: 1_795_420_800 + i, event_id: `e${i}` }))

describe('buildRequestBodies', () => {
  it.each([
    [0, []],
    [1, [1]],
    [1000, [1000]],
    [1001, [1000, 1]],
    [2500, [1000, 1000, 500]]
  ])('%d events -> bodies of %j', (n, sizes) => {
    const bodies = buildRequestBodies(events(n), { pixelCode: 'PIXEL1' })
    expect(bodies.map((b) => b.data.length)).toEqual(sizes)
    for (const body of bodies) expect(TikTokRequestBody.safeParse(body).success).toBe(true)
  })

  it('keeps event order across bodies', () => {
    const ids = buildRequestBodies(events(2001), { pixelCode: 'P' }).flatMap((b) => b.data.map((e) => e.event_id))
    expect(ids).toEqual(events(2001).map((e) => e.event_id))
  })

  it('sends test events one per request, with the test code', () => {
    const bodies = buildRequestBodies(events(3), { pixelCode: 'P', testEventCode: 'TEST123', eventSource: 'web' })
    expect(bodies).toHaveLength(3)
    expect(bodies[0]).toEqual({
      event_source: 'web',
      event_source_id: 'P',
      test_event_code: 'TEST123',
      data: [events(1)[0]]
    })
  })

  it('carries event source and partner name', () => {
    const [body] = buildRequestBodies(events(1), { pixelCode: 'SET9', eventSource: 'crm', partnerName: 'Acme' })
    expect(body).toMatchObject({ event_source: 'crm', event_source_id: 'SET9', partner_name: 'Acme' })
    expect(body).not.toHaveProperty('test_event_code')
    expect(MAX_EVENTS_PER_REQUEST).toBe(1000)
  })
})
