import { describe, expect, it } from 'vitest'
import { IntakeError } from './intake-error.ts'
import { intakeRefusal, parsePayload } from './parse-messages.ts'

const limits = { maxEventBytes: 32 * 1024, maxBatchEvents: 2500 }

function refusal(fn: () => unknown): { status: number; reason: string; message: string } {
  try {
    fn()
  } catch (err) {
    if (err instanceof IntakeError) return { status: err.status, reason: err.reason, message: err.message }
    throw err
  }
  throw new Error('expected an IntakeError')
}

describe('single calls', () => {
  it.each([
    ['not JSON', 'track', '{"event":', 400, 'invalid_json', 'Invalid JSON'],
    ['an array', 'track', '[1]', 400, 'invalid_json', 'Body must be a JSON object'],
    ['no ids', 'track', '{"event":"X"}', 400, 'missing_id', 'userId: Request neither has anonymousId nor userId'],
    [
      'empty ids',
      'page',
      '{"userId":"  ","anonymousId":""}',
      400,
      'missing_id',
      'userId: Request neither has anonymousId nor userId'
    ],
    [
      'track without event',
      'track',
      '{"userId":"u1"}',
      400,
      'missing_event',
      'event: track requires a non-empty event name'
    ],
    [
      'alias without previousId',
      'alias',
      '{"userId":"u1"}',
      400,
      'missing_id',
      'previousId: alias requires previousId'
    ],
    [
      'properties not an object',
      'track',
      '{"userId":"u1","event":"X","properties":[1]}',
      400,
      'invalid_field',
      'properties: properties must be an object'
    ],
    [
      'an event over 32 KB',
      'track',
      JSON.stringify({ userId: 'u', event: 'X', properties: { p: 'x'.repeat(33_000) } }),
      413,
      'too_large',
      'Event exceeds max size of 32768 bytes'
    ],
    [
      'an anonymousId that is an object',
      'track',
      '{"anonymousId":{},"event":"X"}',
      400,
      'invalid_field',
      'anonymousId: expected a string, got an object'
    ],
    [
      'a userId that is an array, beside a good anonymousId',
      'identify',
      '{"userId":["u1"],"anonymousId":"a1"}',
      400,
      'invalid_field',
      'userId: expected a string, got an array'
    ],
    [
      'a userId that is a boolean',
      'page',
      '{"userId":true}',
      400,
      'invalid_field',
      'userId: expected a string, got a boolean'
    ],
    [
      'an alias whose previousId is an object',
      'alias',
      '{"userId":"u1","previousId":{"id":"a1"}}',
      400,
      'invalid_field',
      'previousId: expected a string, got an object'
    ]
  ])('refuses %s', (_name, kind, body, status, reason, message) => {
    expect(refusal(() => parsePayload(kind as 'track', body, limits))).toEqual({ status, reason, message })
  })

  it('takes the type from the path, keeps the writeKey out of the message and fills messageId and timestamp', () => {
    const now = new Date('2026-01-02T03:04:05.000Z')
    const out = parsePayload('page', '{"type":"track","anonymousId":"a1","writeKey":"k"}', limits, now)
    expect(out.writeKey).toBe('k')
    const m = out.messages[0]!.message
    expect(m).toMatchObject({ type: 'page', anonymousId: 'a1', timestamp: '2026-01-02T03:04:05.000Z' })
    expect(m.writeKey).toBeUndefined()
    expect(m.messageId).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('corrects the device clock with sentAt, as Segment does, and records receivedAt', () => {
    const now = new Date('2026-11-23T12:00:00.000Z')
    const body =
      '{"type":"track","event":"E","userId":"u","timestamp":"2026-11-23T15:00:00.000Z","sentAt":"2026-11-23T15:00:05.000Z"}'
    const m = parsePayload('track', body, limits, now).messages[0]!.message
    expect(m).toMatchObject({
      timestamp: '2026-11-23T11:59:55.000Z',
      originalTimestamp: '2026-11-23T15:00:00.000Z',
      receivedAt: '2026-11-23T12:00:00.000Z'
    })
  })

  it('accepts a numeric userId and keeps a given messageId as a string', () => {
    const m = parsePayload('identify', '{"userId":42,"messageId":7}', limits).messages[0]!.message
    expect(m.messageId).toBe('7')
  })
})

describe('batches', () => {
  it('rejects bad items one by one, accepts the rest and merges top-level context and integrations', () => {
    const body = {
      writeKey: 'wk',
      context: { library: { name: 'x' }, ip: '1.2.3.4' },
      integrations: { TikTok: true },
      batch: [
        { type: 'track', event: 'A', userId: 'u1', context: { ip: '5.6.7.8' } },
        { type: 'track', userId: 'u1' },
        { type: 'page' },
        { type: 'bogus', userId: 'u1' },
        'nope',
        { type: 'identify', anonymousId: 'a1', integrations: { All: false } }
      ]
    }
    const out = parsePayload('batch', JSON.stringify(body), limits)
    expect(out.messages.map((m) => m.index)).toEqual([0, 5])
    expect(out.messages[0]!.message.context).toEqual({ library: { name: 'x' }, ip: '5.6.7.8' })
    expect(out.messages[1]!.message.integrations).toEqual({ TikTok: true, All: false })
    expect(out.rejected.map(({ index, field, reason }) => ({ index, field, reason }))).toEqual([
      { index: 1, field: 'event', reason: 'missing_event' },
      { index: 2, field: 'userId', reason: 'missing_id' },
      { index: 3, field: 'type', reason: 'invalid_type' },
      { index: 4, field: 'batch.4', reason: 'invalid_field' }
    ])
  })

  it('rejects an oversize item inside a batch without refusing the batch', () => {
    const big = { type: 'track', event: 'X', userId: 'u', properties: { p: 'x'.repeat(33_000) } }
    const out = parsePayload(
      'batch',
      JSON.stringify({ batch: [big, { type: 'track', event: 'Y', userId: 'u' }] }),
      limits
    )
    expect(out.messages.map((m) => m.index)).toEqual([1])
    expect(out.rejected[0]).toMatchObject({ index: 0, reason: 'too_large' })
  })

  it('measures an item as JSON.stringify writes it, even when that is longer than the text it came in', () => {
    // `1e20` is 4 characters of text and 21 digits re-serialised: 1,600 of them are ~8,000 characters of text and
    // 35,200 bytes of JSON, over 32 KB. The body is over the limit only through items well under it.
    const numbers = `{"type":"track","event":"N","userId":"u","properties":{"n":[${Array(1600).fill('1e20').join(',')}]}}`
    const filler = JSON.stringify({ type: 'track', event: 'F', userId: 'u', properties: { p: 'x'.repeat(3000) } })
    const text = `{"batch":[${Array(10).fill(filler).join(',')},${numbers}]}`
    const out = parsePayload('batch', text, limits)
    expect(out.messages.map((m) => m.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    expect(out.rejected).toEqual([
      { index: 10, field: 'batch.10', reason: 'too_large', message: 'exceeds 32768 bytes' }
    ])
  })

  it('takes a large batch of items far under the limit whole', () => {
    const item = (i: number) => ({
      type: 'track',
      event: 'E',
      userId: 'u',
      messageId: `m${i}`,
      properties: { p: 'é'.repeat(900) }
    })
    const out = parsePayload('batch', JSON.stringify({ batch: Array.from({ length: 100 }, (_, i) => item(i)) }), limits)
    expect(out.messages).toHaveLength(100)
    expect(out.rejected).toEqual([])
  })

  it.each([
    ['batch missing', '{}', 'batch: expected an array of messages'],
    [
      'too many events',
      JSON.stringify({ batch: Array.from({ length: 2501 }, () => ({})) }),
      'batch: at most 2500 events per request'
    ]
  ])('refuses a batch with %s', (_n, body, message) => {
    expect(refusal(() => parsePayload('batch', body, limits))).toMatchObject({ status: 400, message })
  })
})

describe('deep nesting', () => {
  const deep = (levels: number): unknown => {
    let v: unknown = {}
    for (let i = 0; i < levels; i++) v = { a: v }
    return v
  }
  const good = (i: number) => ({ type: 'track', userId: 'u', event: 'Order Completed', messageId: `m${i}` })

  it('refuses a single call nested 50,000 levels deep with 400, not a stack overflow', () => {
    const text = `{"userId":"u","event":"X","properties":{"x":${'['.repeat(50_000)}${']'.repeat(50_000)}}}`
    expect(refusal(() => parsePayload('track', text, limits))).toEqual({
      status: 400,
      reason: 'too_deep',
      message: 'Event nests objects or arrays deeper than 64 levels'
    })
  })

  it('rejects only the deep item of a batch and keeps the good ones', () => {
    const deepItem = `{"type":"track","userId":"u","event":"X","properties":{"p":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}}`
    const text = `{"batch":[${JSON.stringify(good(0))},${deepItem},${JSON.stringify(good(2))}]}`
    const parsed = parsePayload('batch', text, limits)
    expect(parsed.messages.map((m) => m.index)).toEqual([0, 2])
    expect(parsed.rejected).toEqual([
      {
        index: 1,
        field: 'batch.1',
        reason: 'too_deep',
        message: 'nests objects or arrays deeper than 64 levels'
      }
    ])
  })

  it('keeps a batch item 64 levels deep and rejects one 65 levels deep', () => {
    // The item is level 1, properties level 2: 62 more levels make 64.
    const at64 = { ...good(0), properties: deep(62) }
    const at65 = { ...good(1), properties: deep(63) }
    const parsed = parsePayload('batch', JSON.stringify({ batch: [at64, at65] }), limits)
    expect(parsed.messages.map((m) => m.index)).toEqual([0])
    expect(parsed.rejected.map((r) => r.reason)).toEqual(['too_deep'])
  })

  it('refuses a whole batch whose shared context is too deep (it would join every item)', () => {
    const text = JSON.stringify({ batch: [good(0)], context: deep(70) })
    expect(refusal(() => parsePayload('batch', text, limits)).reason).toBe('too_deep')
  })
})

describe('implausible times', () => {
  const now = new Date('2026-12-01T12:00:00.000Z')
  const at = (offsetMs: number) => new Date(now.getTime() + offsetMs).toISOString()
  const track = (extra: Record<string, unknown>) =>
    JSON.stringify({ userId: 'u', event: 'Order Completed', messageId: 'm', ...extra })

  it.each([
    ['the year 2100', { timestamp: '2100-01-01T00:00:00.000Z' }, 'timestamp_in_future'],
    ['the year 9999', { timestamp: '9999-12-31T23:59:59.000Z' }, 'timestamp_in_future'],
    ['Unix seconds in 2100', { timestamp: 4_102_444_800 }, 'timestamp_in_future'],
    ['6 minutes ahead', { timestamp: at(6 * 60_000) }, 'timestamp_in_future'],
    ['29 days old', { timestamp: at(-29 * 86_400_000) }, 'timestamp_too_old'],
    ['1970', { timestamp: '1970-01-02T00:00:00.000Z' }, 'timestamp_too_old']
  ])('refuses a single call dated %s with 400 naming the field', (_n, extra, reason) => {
    const r = refusal(() => parsePayload('track', track(extra), limits, now))
    expect(r.status).toBe(400)
    expect(r.reason).toBe(reason)
    expect(r.message).toMatch(/^timestamp: /)
  })

  it.each([
    ['4 minutes ahead', { timestamp: at(4 * 60_000) }],
    ['27 days old', { timestamp: at(-27 * 86_400_000) }],
    ['no timestamp (dated on arrival)', {}],
    // A device whose clock says 2100 but whose sentAt says so too: corrected to the relay's clock.
    [
      'a device clock in 2100, with sentAt',
      { timestamp: '2100-01-01T00:00:00.000Z', sentAt: '2100-01-01T00:00:05.000Z' }
    ],
    ['Unix seconds an hour ago, as a string', { timestamp: String(Math.floor(now.getTime() / 1000) - 3600) }]
  ])('accepts a call dated %s', (_n, extra) => {
    expect(parsePayload('track', track(extra), limits, now).messages).toHaveLength(1)
  })

  // Each refusal names the field the client sent and says what is wrong with its value, quoting the time as judged.
  it.each<[string, Record<string, unknown>, string, string]>([
    [
      'an unreadable timestamp',
      { timestamp: 'yesterday-ish' },
      'invalid_timestamp',
      'timestamp: expected an ISO-8601 time or Unix time'
    ],
    [
      'a timestamp that is an object',
      { timestamp: {} },
      'invalid_timestamp',
      'timestamp: expected an ISO-8601 time or Unix time'
    ],
    [
      'an unreadable originalTimestamp (RudderStack) and no timestamp',
      { originalTimestamp: 'not a time' },
      'invalid_timestamp',
      'originalTimestamp: expected an ISO-8601 time or Unix time'
    ],
    [
      'the Unix epoch',
      { timestamp: '1970-01-01T00:00:00.000Z' },
      'timestamp_too_old',
      'timestamp: 1970-01-01T00:00:00.000Z is more than 28 days in the past: TikTok attributes no conversion older than its 28-day attribution window'
    ],
    [
      'Unix time 0',
      { timestamp: 0 },
      'timestamp_too_old',
      'timestamp: 1970-01-01T00:00:00.000Z is more than 28 days in the past: TikTok attributes no conversion older than its 28-day attribution window'
    ],
    [
      'a time before 1970',
      { timestamp: '1969-07-20T20:17:00Z' },
      'timestamp_too_old',
      'timestamp: 1969-07-20T20:17:00.000Z is more than 28 days in the past: TikTok attributes no conversion older than its 28-day attribution window'
    ],
    [
      '29 days old',
      { timestamp: at(-29 * 86_400_000) },
      'timestamp_too_old',
      'timestamp: 2026-11-02T12:00:00.000Z is more than 28 days in the past: TikTok attributes no conversion older than its 28-day attribution window'
    ],
    [
      'an old originalTimestamp, no timestamp',
      { originalTimestamp: '2020-05-01T00:00:00Z' },
      'timestamp_too_old',
      'originalTimestamp: 2020-05-01T00:00:00.000Z is more than 28 days in the past: TikTok attributes no conversion older than its 28-day attribution window'
    ],
    [
      'the year 2100',
      { timestamp: '2100-01-01T00:00:00Z' },
      'timestamp_in_future',
      'timestamp: 2100-01-01T00:00:00.000Z is more than 5 minutes after the relay received it (a wrong device clock? send sentAt to correct it)'
    ]
  ])('names the field and the fault of %s', (_n, extra, reason, message) => {
    expect(refusal(() => parsePayload('track', track(extra), limits, now))).toEqual({ status: 400, reason, message })
  })

  it('rejects only the implausible items of a batch', () => {
    const batch = [
      { type: 'track', userId: 'u', event: 'A', timestamp: at(-60_000) },
      { type: 'track', userId: 'u', event: 'B', timestamp: '2100-01-01T00:00:00.000Z' },
      { type: 'track', userId: 'u', event: 'C', timestamp: at(-40 * 86_400_000) }
    ]
    const parsed = parsePayload('batch', JSON.stringify({ batch }), limits, now)
    expect(parsed.messages.map((m) => m.index)).toEqual([0])
    expect(parsed.rejected.map(({ index, field, reason }) => [index, field, reason])).toEqual([
      [1, 'timestamp', 'timestamp_in_future'],
      [2, 'timestamp', 'timestamp_too_old']
    ])
  })
})

describe('intakeRefusal (what preview says intake would refuse)', () => {
  const now = new Date('2026-11-23T10:00:00Z')

  it('is the batch check: the same field, reason and message, and leaves the message as it was', () => {
    const message = { type: 'track', event: 'X', timestamp: '1999-06-01T10:00:00Z', userId: 'u1' }
    const copy = structuredClone(message)
    const inBatch = parsePayload('batch', JSON.stringify({ batch: [message] }), limits, now).rejected[0]!
    const { index: _i, ...expected } = inBatch
    expect(intakeRefusal(message, limits, now)).toEqual(expected)
    expect(expected.reason).toBe('timestamp_too_old')
    expect(message).toEqual(copy)
  })

  it('is undefined for a message intake takes', () => {
    expect(intakeRefusal({ type: 'page', anonymousId: 'a1' }, limits, now)).toBeUndefined()
  })
})
