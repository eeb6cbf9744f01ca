import { describe, expect, it } from 'vitest'
import { classifyResponse, parseRetryAfter } from './classify-response.ts'
import { type DeliveryError, PermanentDeliveryError, RetryableDeliveryError } from './errors.ts'

const REQUEST_ID = '20261123084112ABCDEF0123456789ABCDEF'
const envelope = (code: number, message = 'OK') => JSON.stringify({ code, message, request_id: REQUEST_ID, data: {} })
const HTML_502 = '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>'

function thrown(status: number, body: string, headers?: Headers): DeliveryError {
  try {
    classifyResponse(status, body, headers)
  } catch (error) {
    return error as DeliveryError
  }
  throw new Error('expected a DeliveryError')
}

describe('classifyResponse', () => {
  it('code 0 is success with the request id', () => {
    expect(classifyResponse(200, envelope(0))).toEqual({ requestId: REQUEST_ID })
  })

  it.each([
    [200, envelope(40100, 'Too many requests. Please retry in some time.'), 40100],
    [200, envelope(40016, 'Rate limited'), 40016],
    [200, envelope(40133, 'Rate limited'), 40133],
    [200, envelope(50000, 'Internal error'), 50000],
    [200, envelope(50002, 'Service unavailable'), 50002],
    [500, envelope(50000, 'Internal error'), 50000],
    [502, HTML_502, undefined],
    [503, '', undefined],
    [504, 'upstream timed out', undefined],
    [429, 'Too Many Requests', undefined],
    [408, '', undefined],
    [200, 'not json', undefined],
    [200, '{"unexpected":true}', undefined]
  ])('HTTP %d %s -> retryable', (status, body, code) => {
    const error = thrown(status, body)
    expect(error).toBeInstanceOf(RetryableDeliveryError)
    expect(error.retryable).toBe(true)
    expect(error.details.code).toBe(code)
    expect(error.details.status).toBe(status)
  })

  it.each([
    [40001, 'No permission to operate pixel code'],
    [40002, 'Invalid value for event_id: not a valid string.'],
    [40104, 'Access token is null'],
    [40105, 'Access token is incorrect or has been revoked'],
    [40006, 'Unknown error']
  ])('code %d -> permanent with TikTok message', (code, message) => {
    const error = thrown(200, envelope(code, message))
    expect(error).toBeInstanceOf(PermanentDeliveryError)
    expect(error.retryable).toBe(false)
    expect(error.message).toBe(`TikTok code ${code}: ${message}`)
    expect(error.details).toMatchObject({ status: 200, code, requestId: REQUEST_ID })
  })

  it.each([
    [404, '<html>Not Found</html>'],
    [400, 'Bad Request']
  ])('HTTP %d without an envelope -> permanent', (status, body) => {
    expect(thrown(status, body)).toBeInstanceOf(PermanentDeliveryError)
  })

  it.each([
    ['Invalid value for data.3.properties.currency: not supported', 3],
    ['Invalid value for data[12].event_time', 12],
    ['Invalid value for event_id: not a valid string.', undefined]
  ])('40002 %j names event %s', (message, index) => {
    const error = thrown(200, envelope(40002, message)) as PermanentDeliveryError
    expect(error.eventIndex).toBe(index)
  })

  it('carries Retry-After as retryAfterMs', () => {
    expect(thrown(429, '', new Headers({ 'Retry-After': '7' })).details.retryAfterMs).toBe(7000)
    expect(thrown(200, envelope(40100), new Headers({ 'retry-after': '2' })).details.retryAfterMs).toBe(2000)
    expect(thrown(503, HTML_502).details.retryAfterMs).toBeUndefined()
  })
})

describe('parseRetryAfter', () => {
  const now = Date.UTC(2026, 10, 23, 9, 0, 0)
  it.each<[string | null, number | undefined]>([
    ['120', 120_000],
    ['0', 0],
    ['1.5', 1500],
    ['Mon, 23 Nov 2026 09:00:30 GMT', 30_000],
    ['Mon, 23 Nov 2026 08:59:00 GMT', 0],
    ['soon', undefined],
    [null, undefined]
  ])('%j -> %j', (value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms)
  })
})
