import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { HTML_502 } from '../../../test/fake-tiktok/answers.ts'
import { type FakeTikTok, startFakeTikTok } from '../../../test/fake-tiktok/server.ts'
import { buildTikTokEvent } from './build-event.ts'
import { buildRequestBodies } from './build-requests.ts'
import type { TikTokEvent, TikTokRequestBody } from './contract.ts'
import { EventValidationError, PermanentDeliveryError, RetryableDeliveryError } from './errors.ts'
import { requestText, sendCheckedEventJson, sendTikTokRequest } from './send-request.ts'

let fake: FakeTikTok
let settings: { accessToken: string; pixelCode: string; apiUrl: string }

beforeAll(async () => {
  fake = await startFakeTikTok({ accessToken: 'test-token' })
  settings = { accessToken: 'test-token', pixelCode: 'CPIXEL123', apiUrl: fake.url }
})
afterAll(() => fake.close())
beforeEach(() => fake.reset())

const EVENT: TikTokEvent = { event: 'Purchase', event_time: 1_795_420_800, event_id: 'order-1' }
const body = (data: TikTokEvent[] = [EVENT]): TikTokRequestBody => ({
  event_source: 'web',
  event_source_id: 'CPIXEL123',
  data
})

describe('sendTikTokRequest against the fake TikTok', () => {
  it('delivers built events with the Access-Token header and returns the request id', async () => {
    const built = await buildTikTokEvent(
      { event: 'CompletePayment', email: 'a@example.com', value: '9.5', currency: 'eur', event_id: 7 },
      { pixelCode: 'CPIXEL123' }
    )
    if (built.kind !== 'send') throw new Error('expected send')
    const [request] = buildRequestBodies([built.event], settings)
    const result = await sendTikTokRequest(request, settings)
    expect(result.requestId).toMatch(/^\d{14}[0-9A-F]{20}$/)
    expect(fake.requests[0].headers['access-token']).toBe('test-token')
    expect(fake.requests[0].headers['content-type']).toBe('application/json')
    expect(fake.acceptedEvents()).toEqual([{ ...built.event, event_source: 'web', event_source_id: 'CPIXEL123' }])
    expect(fake.acceptedEvents()[0]).toMatchObject({
      event: 'Purchase',
      event_id: '7',
      properties: { value: 9.5, currency: 'EUR' }
    })
  })

  it.each([
    ['rate limit 40100', { kind: 'code', code: 40100 }, 40100, 200],
    ['server error 50002', { kind: 'code', code: 50002 }, 50002, 200],
    ['HTML 502 from a proxy', HTML_502, undefined, 502],
    ['HTTP 429', { kind: 'http', status: 429, body: 'Too Many Requests', contentType: 'text/plain' }, undefined, 429]
  ] as const)('%s is retryable', async (_name, answer, code, status) => {
    fake.answerNext(answer)
    const error = await sendTikTokRequest(body(), settings).catch((e) => e)
    expect(error).toBeInstanceOf(RetryableDeliveryError)
    expect(error.details).toMatchObject({ code, status })
    expect(fake.stats().acceptedEvents).toBe(0)
    // The same body goes through once TikTok recovers.
    await expect(sendTikTokRequest(body(), settings)).resolves.toHaveProperty('requestId')
    expect(fake.stats().acceptedEvents).toBe(1)
  })

  it('a wrong token is permanent and the token is not in the message', async () => {
    const error = await sendTikTokRequest(body(), { ...settings, accessToken: 'wrong-secret-token' }).catch((e) => e)
    expect(error).toBeInstanceOf(PermanentDeliveryError)
    expect(error.details.code).toBe(40105)
    expect(error.message).not.toContain('wrong-secret-token')
  })

  it('a 40002 naming data.N is permanent and points at the event', async () => {
    fake.answerNext({ kind: 'code', code: 40002, message: 'Invalid value for data.1.event_id: not a valid string.' })
    const error = await sendTikTokRequest(body([EVENT, { ...EVENT, event_id: 'x' }]), settings).catch((e) => e)
    expect(error).toBeInstanceOf(PermanentDeliveryError)
    expect(error.eventIndex).toBe(1)
  })

  it('times out a slow answer as retryable', async () => {
    fake.answerNext({ kind: 'delay', ms: 2000 })
    const started = Date.now()
    const error = await sendTikTokRequest(body(), settings, fetch, { timeoutMs: 150 }).catch((e) => e)
    expect(error).toBeInstanceOf(RetryableDeliveryError)
    expect(error.message).toBe('no answer from TikTok within 150 ms')
    expect(Date.now() - started).toBeLessThan(1500)
  })

  it('times out an injected fetch that ignores the abort signal', async () => {
    const deaf = () => new Promise<Response>(() => {})
    const error = await sendTikTokRequest(body(), settings, deaf, { timeoutMs: 50 }).catch((e) => e)
    expect(error).toBeInstanceOf(RetryableDeliveryError)
    expect(error.message).toBe('no answer from TikTok within 50 ms')
  })

  it('a dropped connection is retryable', async () => {
    fake.answerNext({ kind: 'hangup' })
    const error = await sendTikTokRequest(body(), settings).catch((e) => e)
    expect(error).toBeInstanceOf(RetryableDeliveryError)
    expect(error.message).toMatch(/^network error talking to TikTok/)
  })

  it('a refused connection is retryable', async () => {
    const closed = await startFakeTikTok()
    const url = closed.url
    await closed.close()
    const error = await sendTikTokRequest(body(), { ...settings, apiUrl: url }).catch((e) => e)
    expect(error).toBeInstanceOf(RetryableDeliveryError)
  })

  it('refuses a body that breaks the contract before sending it, with every issue', async () => {
    const bad = {
      event_source: 'web',
      event_source_id: '',
      data: [{ ...EVENT, event_id: 42 }]
    } as unknown as TikTokRequestBody
    const error = await sendTikTokRequest(bad, settings).catch((e) => e)
    expect(error).toBeInstanceOf(EventValidationError)
    expect(error.issues.map((i: { path: string }) => i.path)).toEqual(['event_source_id', 'data.0.event_id'])
    expect(fake.stats().requests).toBe(0)
  })

  it('sendCheckedEventJson splices stored event JSON into the body: TikTok receives exactly those events', async () => {
    const events: TikTokEvent[] = [
      EVENT,
      { ...EVENT, event_id: 'order-2', properties: { value: 9.5, currency: 'EUR' } }
    ]
    const [request] = buildRequestBodies(
      events.map((e) => JSON.stringify(e)),
      { ...settings, testEventCode: undefined, partnerName: 'Relay' }
    )
    expect(JSON.parse(requestText(request!))).toEqual({ ...body(events), partner_name: 'Relay' })
    const result = await sendCheckedEventJson(request!, settings)
    expect(result.requestId).toMatch(/^\d{14}[0-9A-F]{20}$/)
    expect(fake.acceptedEvents().map((e) => e.event_id)).toEqual(['order-1', 'order-2'])
  })

  it('sendCheckedEventJson judges only the request around the events: TikTok names a bad event (40002 data.N)', async () => {
    const envelopeBroken = { event_source: 'web' as const, event_source_id: '', data: [JSON.stringify(EVENT)] }
    const refused = await sendCheckedEventJson(envelopeBroken, settings).catch((e) => e)
    expect(refused).toBeInstanceOf(EventValidationError)
    expect(refused.issues.map((i: { path: string }) => i.path)).toEqual(['event_source_id'])
    expect(fake.stats().requests).toBe(0)

    const [eventBroken] = buildRequestBodies(
      [JSON.stringify(EVENT), JSON.stringify({ ...EVENT, event_id: 42 })],
      settings
    )
    const error = await sendCheckedEventJson(eventBroken!, settings).catch((e) => e)
    expect(fake.stats().requests).toBe(1)
    expect(error).toBeInstanceOf(PermanentDeliveryError)
    expect(error).toMatchObject({ eventIndex: 1, details: { code: 40002 } })
  })

  it('posts to TikTok itself when no apiUrl is set', async () => {
    const seen: string[] = []
    const recordingFetch = async (url: string, init: RequestInit) => {
      seen.push(url)
      return fetch(fake.url, init)
    }
    await sendTikTokRequest(body(), { accessToken: 'test-token' }, recordingFetch)
    expect(seen).toEqual(['https://business-api.tiktok.com/open_api/v1.3/event/track/'])
  })
})
