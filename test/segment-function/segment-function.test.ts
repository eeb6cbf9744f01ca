import { readFileSync } from 'node:fs'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { HTML_502 } from '../fake-tiktok/answers.ts'
import { type FakeTikTok, startFakeTikTok } from '../fake-tiktok/server.ts'
import {
  buildBundle,
  DropEvent,
  EventNotSupported,
  loadSegmentFunction,
  RetryError,
  type SegmentFunction,
  ValidationError
} from './load-function.ts'

const segmentEvent = (name: string): Record<string, any> =>
  JSON.parse(readFileSync(new URL(`../fixtures/segment-events/${name}.json`, import.meta.url), 'utf8'))

let fn: SegmentFunction
let fake: FakeTikTok
let settings: Record<string, unknown>

beforeAll(async () => {
  fn = loadSegmentFunction(buildBundle())
  fake = await startFakeTikTok({ accessToken: 'test-token' })
  settings = { accessToken: 'test-token', pixelCode: 'CSEGPIXEL', apiUrl: fake.url }
})
afterAll(() => fake.close())
afterEach(() => fake.reset())

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (err) {
    return err as Error
  }
  throw new Error('expected the handler to throw')
}

describe('Segment Function bundle (dist/segment-function.js)', () => {
  it('is one self-contained script declaring the handlers Segment calls', () => {
    expect(fn.code).not.toMatch(/\brequire\(/)
    expect(fn.code).not.toMatch(/^\s*(import|export)\s/m)
    for (const handler of ['onTrack', 'onIdentify', 'onPage']) {
      expect(fn.code).toMatch(new RegExp(`^async function ${handler}\\(event, settings\\)`, 'm'))
    }
    expect(fn.code).toMatch(/^async function onBatch\(events, settings\)/m)
  })

  it('onTrack sends an Order Completed to TikTok as Purchase', async () => {
    await fn.onTrack(segmentEvent('order-completed'), settings)
    const [event] = fake.acceptedEvents()
    expect(event).toMatchObject({ event: 'Purchase', event_source_id: 'CSEGPIXEL', properties: { currency: 'USD' } })
    expect(event.properties?.contents?.length).toBe(2)
    expect(fake.requests[0].headers['access-token']).toBe('test-token')
  })

  it('onPage sends a Pageview', async () => {
    await fn.onPage(segmentEvent('page'), settings)
    expect(fake.acceptedEvents().map((e) => e.event)).toEqual(['Pageview'])
  })

  it('onIdentify throws EventNotSupported: TikTok has no event for it', async () => {
    const err = await rejection(fn.onIdentify(segmentEvent('identify'), settings))
    expect(err).toBeInstanceOf(EventNotSupported)
    expect(err.message).toBe('identify events map to no TikTok event')
    expect(fake.requests).toHaveLength(0)
  })

  it.each([
    ['40100 rate limit', { kind: 'code', code: 40100 } as const, RetryError, 'TikTok code 40100'],
    ['HTML 502', HTML_502, RetryError, 'TikTok answered HTTP 502'],
    [
      '40002 invalid parameter',
      { kind: 'code', code: 40002, message: 'Invalid value for event_id' } as const,
      ValidationError,
      'TikTok code 40002'
    ]
  ])('a %s answer throws %O', async (_name, answer, errorClass, message) => {
    fake.answerNext(answer)
    const err = await rejection(fn.onTrack(segmentEvent('order-completed'), settings))
    expect(err).toBeInstanceOf(errorClass)
    expect(err.message).toContain(message)
  })

  it('a wrong token is a ValidationError (retrying cannot help), and the token is not in the message', async () => {
    const err = await rejection(
      fn.onTrack(segmentEvent('order-completed'), { ...settings, accessToken: 'wrong-token' })
    )
    expect(err).toBeInstanceOf(ValidationError)
    expect(err.message).not.toContain('wrong-token')
  })

  it('an event TikTok cannot take at all (no usable time) is a ValidationError naming the path, sent nowhere', async () => {
    const event = segmentEvent('order-completed')
    event.timestamp = 'secret@example.com'
    const err = await rejection(fn.onTrack(event, settings))
    expect(err).toBeInstanceOf(ValidationError)
    expect(err.message).toBe('event_time: expected an ISO-8601 time or Unix time')
    expect(fake.requests).toHaveLength(0)
  })

  it('an event with a field TikTok cannot take is sent without it, and the log says which field and why', async () => {
    const event = segmentEvent('order-completed')
    event.properties.currency = 'DOGECOIN'
    const logged: string[] = []
    const warn = console.warn
    console.warn = (...args: unknown[]) => logged.push(args.join(' '))
    try {
      await fn.onTrack(event, settings)
    } finally {
      console.warn = warn
    }
    expect(fake.acceptedEvents()[0]?.properties).not.toHaveProperty('currency')
    expect(logged).toEqual([
      `TikTok: event ${event.messageId} sent without properties.currency (unsupported_currency), properties.value (unsupported_currency)`
    ])
    expect(logged.join('')).not.toContain('DOGECOIN')
  })

  it('consent denied for a required category throws DropEvent', async () => {
    const event = segmentEvent('order-completed')
    event.context.consent = { categoryPreferences: { Advertising: false } }
    const err = await rejection(fn.onTrack(event, { ...settings, consentCategories: 'Advertising' }))
    expect(err).toBeInstanceOf(DropEvent)
    expect(err.message).toContain('consent_denied')
  })

  it('settings without a pixel code are a ValidationError naming the setting', async () => {
    const err = await rejection(fn.onTrack(segmentEvent('order-completed'), { accessToken: 'test-token' }))
    expect(err).toBeInstanceOf(ValidationError)
    expect(err.message).toContain('settings.pixelCode')
  })

  describe('onBatch', () => {
    it('sends 2,500 events in 3 requests of at most 1,000 and answers 200 for each', async () => {
      const events = Array.from({ length: 2500 }, (_, i) => ({
        ...segmentEvent('product-viewed'),
        messageId: `b-${i}`
      }))
      const results = await fn.onBatch(events, settings)
      expect(results).toHaveLength(2500)
      expect(results.every((r) => r.status === 200)).toBe(true)
      expect(fake.requests.map((r) => (r.body as { data: unknown[] }).data.length)).toEqual([1000, 1000, 500])
      expect(fake.stats().acceptedEvents).toBe(2500)
    })

    it('answers per event in input order: invalid ones 400, the rest sent', async () => {
      const bad = segmentEvent('order-completed')
      bad.timestamp = 'soon'
      const results = await fn.onBatch(
        [segmentEvent('order-completed'), bad, segmentEvent('identify'), segmentEvent('page')],
        settings
      )
      expect(results.map((r) => r.status)).toEqual([200, 400, 400, 200])
      expect(results[1].errormessage).toContain('event_time')
      expect(results[2].errormessage).toBe('EventNotSupported: identify events map to no TikTok event')
      expect(fake.acceptedEvents().map((e) => e.event)).toEqual(['Purchase', 'Pageview'])
    })

    it('a retryable TikTok answer marks the events of that request 500 (Segment retries them)', async () => {
      fake.answerNext({ kind: 'code', code: 40100 })
      const results = await fn.onBatch([segmentEvent('order-completed'), segmentEvent('page')], settings)
      expect(results.map((r) => r.status)).toEqual([500, 500])
      expect(results[0].errormessage).toContain('40100')
    })
  })
})
