/**
 * reportEvent.performBatch through actions-core, against the fake TikTok server: chunking at 1,000 events per
 * request, one multistatus entry per event, TikTok's answers traced back to exactly the events they concern, and
 * invalid events never holding back valid ones.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { HTML_502 } from '../../../test/fake-tiktok/answers.ts'
import type { FakeAnswer } from '../../../test/fake-tiktok/server.ts'
import orderCompleted from '../../../test/fixtures/segment-events/order-completed.json' with { type: 'json' }
import { type HostUnderTest, startHostUnderTest } from './host-under-test.ts'

let host: HostUnderTest
beforeAll(async () => {
  host = await startHostUnderTest()
})
afterAll(() => host.close())
beforeEach(() => host.fake.reset())

/** n realistic Order Completed events with distinct messageIds. */
const orders = (n: number) => Array.from({ length: n }, (_, i) => ({ ...orderCompleted, messageId: `order-${i}` }))

const purchase = { event: 'CompletePayment' }

describe('chunking', () => {
  it.each([
    { events: 1, requests: [1] },
    { events: 1000, requests: [1000] },
    { events: 2500, requests: [1000, 1000, 500] }
  ])('$events events -> requests of $requests events', async ({ events, requests }) => {
    const results = await host.sendBatch(orders(events), purchase)
    expect(results).toHaveLength(events)
    expect(results.every((r) => r.status === 200)).toBe(true)
    const sizes = host.fake.requests.map((r) => (r.body as { data: unknown[] }).data.length).sort((a, b) => b - a)
    expect(sizes).toEqual(requests)
    const stats = host.fake.stats()
    expect(stats.acceptedEvents).toBe(events)
    // Every event exactly once, keyed by its messageId.
    expect(Object.keys(stats.eventIds)).toHaveLength(events)
    expect(Object.values(stats.eventIds).every((count) => count === 1)).toBe(true)
    expect(stats.eventIds['order-0']).toBe(1)
  })

  it('sends every event alone with a test event code, as Test Events expects', async () => {
    const results = await host.sendBatch(orders(3), purchase, { testEventCode: 'TEST123' })
    expect(results.map((r) => r.status)).toEqual([200, 200, 200])
    expect(host.fake.requests.map((r) => (r.body as { data: unknown[]; test_event_code: string }).data.length)).toEqual(
      [1, 1, 1]
    )
    expect(
      host.fake.requests.every((r) => (r.body as { test_event_code?: string }).test_event_code === 'TEST123')
    ).toBe(true)
  })
})

describe("TikTok's answer marks exactly the events of its request", () => {
  it.each<{ name: string; answer: FakeAnswer; status: number; errortype: string; message: string }>([
    {
      name: 'rate limit 40100',
      answer: { kind: 'code', code: 40100 },
      status: 429,
      errortype: 'TOO_MANY_REQUESTS',
      message: '40100'
    },
    {
      name: 'server error 50000',
      answer: { kind: 'code', code: 50000 },
      status: 500,
      errortype: 'RETRYABLE_ERROR',
      message: '50000'
    },
    { name: 'HTML 502', answer: HTML_502, status: 502, errortype: 'RETRYABLE_ERROR', message: 'HTTP 502' },
    {
      name: 'hang-up',
      answer: { kind: 'hangup' },
      status: 500,
      errortype: 'RETRYABLE_ERROR',
      message: 'could not reach TikTok'
    },
    {
      name: 'no permission 40001',
      answer: { kind: 'code', code: 40001, message: 'No permission to operate pixel.' },
      status: 403,
      errortype: 'FORBIDDEN',
      message: 'TikTok code 40001: No permission to operate pixel.'
    }
  ])('$name on one of two requests', async ({ answer, status, errortype, message }) => {
    host.fake.answerNext(answer)
    const results = await host.sendBatch(orders(1500), purchase)
    // Requests travel concurrently: find the failed one by the answer the fake recorded for it.
    const failed = host.fake.requests.find((r) => r.answer === answer)!
    const failedIds = new Set((failed.body as { data: Array<{ event_id: string }> }).data.map((e) => e.event_id))
    expect(failedIds.size).toBeGreaterThan(0)
    results.forEach((result, i) => {
      if (failedIds.has(`order-${i}`)) {
        expect(result).toMatchObject({ status, errortype })
        expect(result.errormessage).toContain(message)
      } else expect(result.status).toBe(200)
    })
    expect(host.fake.stats().acceptedEvents).toBe(1500 - failedIds.size)
  })

  it('a rejection naming data.N fails that event and leaves the rest of its request retryable', async () => {
    host.fake.answerNext({
      kind: 'code',
      code: 40002,
      message: 'Invalid value for data.3.event_id: not a valid string.'
    })
    const results = await host.sendBatch(orders(5), purchase)
    expect(results[3]).toMatchObject({
      status: 400,
      errortype: 'BAD_REQUEST',
      errormessage: 'TikTok code 40002: Invalid value for data.3.event_id: not a valid string.'
    })
    for (const i of [0, 1, 2, 4]) {
      expect(results[i]).toMatchObject({ status: 500, errortype: 'RETRYABLE_ERROR' })
      expect(results[i]!.errormessage).toContain('because of another event (data.3)')
    }
  })

  it('a wrong token fails every event as an authentication error', async () => {
    const results = await host.sendBatch(orders(3), purchase, { accessToken: 'revoked' })
    expect(results.map((r) => [r.status, r.errortype])).toEqual(Array(3).fill([401, 'INVALID_AUTHENTICATION']))
    expect(results[0]!.errormessage).toContain('40105')
  })
})

describe('settings', () => {
  it('a bad setting fails the whole batch with the setting named, before anything is sent', async () => {
    await expect(host.sendBatch(orders(2), purchase, { eventSource: 'email' as 'web' })).rejects.toMatchObject({
      name: 'IntegrationError',
      code: 'INVALID_SETTINGS',
      message: expect.stringContaining('eventSource')
    })
    expect(host.fake.stats().requests).toBe(0)
  })
})

describe('fields TikTok cannot take, inside a batch', () => {
  it('cost only those fields: every event is sent, and each entry says what was left out and why', async () => {
    const events = [
      { ...orderCompleted, messageId: 'ok-1' },
      { ...orderCompleted, messageId: 'bad-currency', properties: { ...orderCompleted.properties, currency: 'XYZ' } },
      { ...orderCompleted, messageId: 'bad-value', properties: { ...orderCompleted.properties, revenue: 'lots' } },
      { ...orderCompleted, messageId: 'refund', properties: { ...orderCompleted.properties, revenue: -25 } },
      { ...orderCompleted, messageId: 'shop-text', properties: { ...orderCompleted.properties, revenue: '$1,299.00' } }
    ]
    const results = await host.sendBatch(events, purchase)
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200])
    expect(results.map((r) => (r.body as { warnings?: unknown }).warnings)).toEqual([
      undefined,
      [
        { field: 'properties.currency', reason: 'unsupported_currency' },
        { field: 'properties.value', reason: 'unsupported_currency' }
      ],
      [{ field: 'properties.value', reason: 'invalid_number' }],
      [{ field: 'properties.value', reason: 'negative_number' }],
      undefined
    ])
    const sent = host.fake.acceptedEvents()
    expect(sent.map((e) => [e.event_id, e.properties?.value, e.properties?.currency])).toEqual([
      ['ok-1', 25, 'USD'],
      ['bad-currency', undefined, undefined],
      ['bad-value', undefined, 'USD'],
      ['refund', undefined, 'USD'],
      ['shop-text', 1299, 'USD']
    ])
    expect(host.fake.stats().requests).toBe(1)
  })

  it('an event TikTok cannot take at all (no usable time) gets 400 while the others are delivered', async () => {
    const events = [
      { ...orderCompleted, messageId: 'ok-1' },
      { ...orderCompleted, messageId: 'when', timestamp: 'soon' }
    ]
    const results = await host.sendBatch(events, purchase)
    expect(results.map((r) => [r.status, r.errortype])).toEqual([
      [200, undefined],
      [400, 'PAYLOAD_VALIDATION_FAILED']
    ])
    expect(host.fake.acceptedEvents().map((e) => e.event_id)).toEqual(['ok-1'])
  })

  it('never put a raw value into a warning or an error message', async () => {
    const events = [
      { ...orderCompleted, properties: { ...orderCompleted.properties, currency: 'secret@example.com' } },
      { ...orderCompleted, timestamp: 'secret@example.com' }
    ]
    const results = await host.sendBatch(events, purchase)
    expect(JSON.stringify(results.map((r) => [r.body, r.errormessage]))).not.toContain('secret@example.com')
  })
})
