import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { alternatingFailures, HTML_502, tooManyRequests } from './answers.ts'
import { type FakeTikTok, startFakeTikTok } from './server.ts'

// The fake is the judge of every delivery test, so its own verdicts are proven here.
let fake: FakeTikTok
beforeAll(async () => {
  fake = await startFakeTikTok({ accessToken: 'good-token' })
})
afterAll(() => fake.close())

const validBody = {
  event_source: 'web',
  event_source_id: 'PIXEL1',
  data: [{ event: 'Purchase', event_time: 1_700_000_000, event_id: 'm-1' }]
}

async function post(body: unknown, token: string | null = 'good-token', path = fake.url) {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (token) headers['access-token'] = token
  const res = await fetch(path, { method: 'POST', headers, body: JSON.stringify(body) })
  return { status: res.status, text: await res.text() }
}

describe('fake TikTok Events API', () => {
  it.each([
    ['a valid request', validBody, 'good-token', 0, 'OK'],
    ['a missing token', validBody, null, 40104, 'missing'],
    ['a wrong token', validBody, 'bad', 40105, 'incorrect'],
    [
      'a numeric event_id',
      { ...validBody, data: [{ event: 'Purchase', event_time: 1_700_000_000, event_id: 7 }] },
      'good-token',
      40002,
      'Invalid value for data.0.event_id'
    ],
    [
      'millisecond event_time as a float',
      { ...validBody, data: [{ event: 'Purchase', event_time: 1.5 }] },
      'good-token',
      40002,
      'data.0.event_time'
    ],
    ['1,001 events', { ...validBody, data: Array(1001).fill(validBody.data[0]) }, 'good-token', 40002, 'data']
  ])('answers %s with code %s', async (_name, body, token, code, message) => {
    const { status, text } = await post(body, token)
    expect(status).toBe(200)
    const envelope = JSON.parse(text)
    expect(envelope.code).toBe(code)
    expect(envelope.message).toContain(message)
    expect(envelope.request_id).toMatch(/^\d{14}[0-9A-F]{20}$/)
  })

  it('replays scripted failures in order, then the default', async () => {
    fake.reset()
    fake.answerNext({ kind: 'code', code: 40100, message: 'Too many requests. Please retry in some time.' }, HTML_502)
    const first = await post(validBody)
    const second = await post(validBody)
    const third = await post(validBody)
    expect(JSON.parse(first.text).code).toBe(40100)
    expect(second.status).toBe(502)
    expect(second.text).toContain('<html>')
    expect(JSON.parse(third.text).code).toBe(0)
    expect(fake.acceptedEvents()).toHaveLength(1)
    expect(fake.stats().eventIds).toEqual({ 'm-1': 1 })
  })

  it('fails the first n requests with an HTML 502 and code 50002 alternately; a 429 carries its Retry-After', async () => {
    fake.reset()
    fake.answerNext(...alternatingFailures(3), tooManyRequests(120))
    const answers = []
    for (let i = 0; i < 5; i++) {
      const res = await fetch(fake.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'access-token': 'good-token' },
        body: JSON.stringify(validBody)
      })
      answers.push([res.status, res.headers.get('retry-after'), (await res.text()).slice(0, 30)])
    }
    expect(answers.map(([status, retryAfter]) => [status, retryAfter])).toEqual([
      [502, null],
      [200, null],
      [502, null],
      [429, '120'],
      [200, null]
    ])
    expect(answers[1]![2]).toContain('50002')
    expect(fake.stats()).toMatchObject({ requests: 5, acceptedRequests: 1 })
  })

  it('is down for a given time, whatever was queued, then answers again; counts when it accepted', async () => {
    fake.reset()
    fake.answerNext({ kind: 'code', code: 40100 })
    fake.downFor(300)
    expect((await post(validBody)).status).toBe(502)
    expect(fake.stats().firstAcceptedAt).toBeNull()
    await new Promise((r) => setTimeout(r, 350))
    expect(JSON.parse((await post(validBody)).text).code).toBe(40100)
    const before = Date.now()
    expect(JSON.parse((await post(validBody)).text).code).toBe(0)
    expect(fake.stats().firstAcceptedAt).toBeGreaterThanOrEqual(before)
  })

  it('serves at most the throttled rate, in arrival order', async () => {
    fake.reset()
    fake.setThrottle(20)
    const started = Date.now()
    await Promise.all(Array.from({ length: 6 }, () => post(validBody)))
    // Six requests at 20/s: the last waits for its turn five gaps of 50 ms after the first.
    expect(Date.now() - started).toBeGreaterThanOrEqual(240)
    fake.setThrottle(0)
  })

  it('counts event_ids repeated within one request', async () => {
    fake.reset()
    await post({ ...validBody, data: [validBody.data[0], validBody.data[0], validBody.data[0]] })
    await post(validBody)
    expect(fake.stats()).toMatchObject({ repeatsWithinRequest: 2, eventIds: { 'm-1': 4 } })
  })

  it('counts every event it received, also those of a request it refused', async () => {
    fake.reset()
    await post({ ...validBody, data: [validBody.data[0], validBody.data[0]] })
    await post({ ...validBody, data: [{ event: 'Purchase', event_time: 1.5 }] })
    expect(fake.stats()).toMatchObject({ requests: 2, receivedEvents: 3, acceptedEvents: 2 })
  })

  it('answers 404 off the Events API path', async () => {
    const res = await post(validBody, 'good-token', `${fake.origin}/open_api/v1.3/pixel/track/`)
    expect(res.status).toBe(404)
  })
})
