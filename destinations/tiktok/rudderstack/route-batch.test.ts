import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type FakeTikTok, startFakeTikTok } from '../../../test/fake-tiktok/server.ts'
import { rudderStackFixture } from '../../../test/fixtures/rudderstack-events/index.ts'
import {
  type BatchedResponse,
  type FailedResponse,
  processRouterDest,
  type RouterResponse,
  type RudderStackInput
} from '../rudderstack.ts'

const destination = { ID: 'dest-1', Config: { accessToken: 'test-token', pixelCode: 'CPIXEL123' } }
const batchedOf = (r: RouterResponse[]) => r.filter((x): x is BatchedResponse => x.batched)
const failedOf = (r: RouterResponse[]) => r.filter((x): x is FailedResponse => !x.batched)

function input(
  fixture: Parameters<typeof rudderStackFixture>[0],
  jobId: number,
  edit?: (m: Record<string, any>) => void,
  dest: RudderStackInput['destination'] = destination
): RudderStackInput {
  const { message, metadata } = rudderStackFixture(fixture)
  edit?.(message)
  message.messageId = `msg-${jobId}`
  return { message, metadata: { ...metadata, jobId }, destination: dest }
}

describe('processRouterDest (RudderStack router batching)', () => {
  it('batches the valid events of a mixed batch and keeps every invalid one separate with its status', async () => {
    const inputs = [
      input('order-completed', 1),
      input('identify', 2),
      input('page', 3),
      input('order-completed', 4, (m) => {
        m.properties.currency = 'DOGECOIN'
      }),
      input('product-added', 5),
      input('order-completed', 6, (m) => {
        m.event = 'Wishlist Shared'
      }),
      input('order-completed', 7, (m) => {
        m.timestamp = 'soon'
      })
    ]
    const responses = await processRouterDest(inputs)
    const [batch, ...more] = batchedOf(responses)
    expect(more).toHaveLength(0)
    expect(batch).toMatchObject({ batched: true, statusCode: 200, destination })
    expect(batch.metadata.map((m) => m?.jobId)).toEqual([1, 3, 4, 5])
    // The event that lost its currency (and so its value) went; its metadata says which fields and why.
    expect(batch.metadata.map((m) => m?.warnings)).toEqual([
      undefined,
      undefined,
      [
        { field: 'properties.currency', reason: 'unsupported_currency' },
        { field: 'properties.value', reason: 'unsupported_currency' }
      ],
      undefined
    ])
    expect(JSON.stringify(batch.metadata)).not.toContain('DOGECOIN')
    const request = batch.batchedRequest as Extract<BatchedResponse['batchedRequest'], { body: unknown }>
    expect(request.body.JSON.data.map((e) => [e.event, e.event_id])).toEqual([
      ['Purchase', 'msg-1'],
      ['Pageview', 'msg-3'],
      ['Purchase', 'msg-4'],
      ['AddToCart', 'msg-5']
    ])
    expect(
      failedOf(responses).map((f) => ({
        jobs: f.metadata.map((m) => m?.jobId),
        status: f.statusCode,
        batched: f.batched,
        tags: f.statTags,
        error: f.error
      }))
    ).toEqual([
      {
        jobs: [2],
        status: 400,
        batched: false,
        tags: { errorCategory: 'dataValidation', errorType: 'instrumentation' },
        error: 'identify events map to no TikTok event'
      },
      {
        jobs: [6],
        status: 400,
        batched: false,
        tags: { errorCategory: 'dataValidation', errorType: 'instrumentation' },
        error: expect.stringContaining('event "Wishlist Shared" is not mapped')
      },
      {
        jobs: [7],
        status: 400,
        batched: false,
        tags: { errorCategory: 'dataValidation', errorType: 'instrumentation' },
        error: 'event_time: expected an ISO-8601 time or Unix time'
      }
    ])
    for (const f of failedOf(responses)) expect(f.destination).toBe(destination)
  })

  it('splits 2,500 events into 3 requests of at most 1,000, each with the metadata of its events', async () => {
    const inputs = Array.from({ length: 2500 }, (_, i) => input('order-completed', i))
    const batches = batchedOf(await processRouterDest(inputs))
    expect(batches.map((b) => (b.batchedRequest as any).body.JSON.data.length)).toEqual([1000, 1000, 500])
    expect(batches.map((b) => b.metadata.length)).toEqual([1000, 1000, 500])
    expect(batches[2].metadata[0]?.jobId).toBe(2000)
  })

  it('batches per event source: another pixel goes in its own request, test events go one per request', async () => {
    const other = { ID: 'dest-2', Config: { accessToken: 'test-token', pixelCode: 'COTHERPIXEL' } }
    const testCode = (m: Record<string, any>) => {
      m.properties.testEventCode = 'TEST42'
    }
    const inputs = [
      input('order-completed', 1),
      input('order-completed', 2, undefined, other),
      input('order-completed', 3, testCode),
      input('order-completed', 4, testCode),
      input('page', 5)
    ]
    const batches = batchedOf(await processRouterDest(inputs))
    expect(
      batches.map((b) => {
        const body = (b.batchedRequest as any).body.JSON
        return [body.event_source_id, body.test_event_code, b.metadata.map((m) => m?.jobId)]
      })
    ).toEqual([
      ['CPIXEL123', undefined, [1, 5]],
      ['COTHERPIXEL', undefined, [2]],
      ['CPIXEL123', 'TEST42', [3]],
      ['CPIXEL123', 'TEST42', [4]]
    ])
  })

  describe('consent (context.consentManagement against the destination consent settings)', () => {
    const consentDestination = (blocks: unknown) => ({
      ID: 'dest-c',
      Config: { accessToken: 'test-token', pixelCode: 'CPIXEL123', consentManagement: blocks }
    })
    const withConsent = (consent: Record<string, unknown>) => (m: Record<string, any>) => {
      m.context.consentManagement = consent
    }

    it.each([
      [
        'oneTrust id granted',
        { web: [{ provider: 'oneTrust', consents: [{ consent: 'C0004' }] }] },
        { provider: 'oneTrust', allowedConsentIds: ['C0004'], deniedConsentIds: [] },
        200
      ],
      [
        'oneTrust id denied',
        { web: [{ provider: 'oneTrust', consents: [{ consent: 'C0004' }] }] },
        { provider: 'oneTrust', allowedConsentIds: ['C0001'], deniedConsentIds: ['C0004'] },
        298
      ],
      [
        'custom "or" from the Config: one of two ids is enough',
        {
          web: [
            { provider: 'custom', resolutionStrategy: 'or', consents: [{ consent: 'ads' }, { consent: 'analytics' }] }
          ]
        },
        { provider: 'custom', allowedConsentIds: ['ads'], deniedConsentIds: ['analytics'], resolutionStrategy: 'and' },
        200
      ],
      [
        'custom "and" from the Config: both ids needed',
        {
          web: [
            { provider: 'custom', resolutionStrategy: 'and', consents: [{ consent: 'ads' }, { consent: 'analytics' }] }
          ]
        },
        { provider: 'custom', allowedConsentIds: ['ads'], deniedConsentIds: ['analytics'], resolutionStrategy: 'or' },
        298
      ],
      [
        'the source type picks the block',
        {
          cloud: [{ provider: 'ketch', consents: [{ consent: 'x' }] }],
          web: [{ provider: 'ketch', consents: [{ consent: 'targeted_advertising' }] }]
        },
        { provider: 'ketch', allowedConsentIds: ['x'], deniedConsentIds: ['targeted_advertising'] },
        298
      ]
    ])('%s -> %s', async (_name, blocks, consent, status) => {
      const responses = await processRouterDest([
        input('product-added', 1, withConsent(consent), consentDestination(blocks))
      ])
      expect(responses).toHaveLength(1)
      expect(responses[0].statusCode).toBe(status)
      if (status === 298) {
        const failed = responses[0] as FailedResponse
        expect(failed.batched).toBe(false)
        expect(failed.error).toMatch(/^event dropped \(consent_denied\): consent id not granted/)
        expect(failed.statTags).toEqual({ errorCategory: 'filtered', errorType: 'filtered' })
      }
    })
  })

  describe('against the fake TikTok Events API', () => {
    let fake: FakeTikTok
    beforeAll(async () => {
      fake = await startFakeTikTok({ accessToken: 'test-token' })
    })
    afterAll(() => fake.close())

    it('the batched request, POSTed as RudderStack would (body.JSON, headers, endpoint), is accepted', async () => {
      const dest = { ID: 'dest-1', Config: { accessToken: 'test-token', pixelCode: 'CPIXEL123', apiUrl: fake.url } }
      const inputs = [
        input('order-completed', 1, undefined, dest),
        input('page', 2, undefined, dest),
        input('product-added', 3, undefined, dest)
      ]
      const [batch] = batchedOf(await processRouterDest(inputs))
      const request = batch.batchedRequest as any
      const response = await fetch(request.endpoint, {
        method: request.method,
        headers: request.headers,
        body: JSON.stringify(request.body.JSON)
      })
      expect(await response.json()).toMatchObject({ code: 0 })
      expect(fake.acceptedEvents().map((e) => [e.event, e.event_id, e.event_source_id])).toEqual([
        ['Purchase', 'msg-1', 'CPIXEL123'],
        ['Pageview', 'msg-2', 'CPIXEL123'],
        ['AddToCart', 'msg-3', 'CPIXEL123']
      ])
    })
  })
})
