/**
 * Which TikTok answers hold a pixel's events for a credentials fault (auth-fault.ts), read through the core's own
 * classifyResponse as the worker reads them: TikTok's "do not retry" codes about the token or the pixel's permission
 * hold; a 40002 (a fault of an event) and the retryable answers do not.
 */
import { describe, expect, it } from 'vitest'
import { classifyResponse } from '../../destinations/tiktok/core/classify-response.ts'
import { authFaultOf, heldSentence } from './auth-fault.ts'

const envelope = (code: number, message: string) => JSON.stringify({ code, message, request_id: 'r1' })

/** What classifyResponse throws for TikTok's answer (undefined when it is a success). */
function thrown(status: number, body: string): unknown {
  try {
    classifyResponse(status, body)
    return undefined
  } catch (err) {
    return err
  }
}

describe('authFaultOf', () => {
  it.each([
    [200, envelope(40105, 'Access token is incorrect or has been revoked.'), 'TikTok refused the access token (40105)'],
    [200, envelope(40104, 'Access token is null.'), 'TikTok got no access token (40104)'],
    [
      200,
      envelope(40001, 'No permission to operate pixel code'),
      'the access token has no permission on the pixel (40001)'
    ],
    [401, 'Unauthorized', 'TikTok refused the access token (HTTP 401)'],
    [403, '<html>Forbidden</html>', 'TikTok refused the access token (HTTP 403)'],
    [401, envelope(40105, 'Access token is incorrect or has been revoked.'), 'TikTok refused the access token (40105)'],
    [200, envelope(40002, 'Invalid value for data.3.properties.currency'), undefined],
    [403, envelope(40002, 'Invalid value for data.0.event_id'), undefined],
    [400, 'Bad Request', undefined],
    [200, envelope(40100, 'Too many requests. Please retry in some time.'), undefined],
    [502, '<html>Bad Gateway</html>', undefined],
    [200, envelope(0, 'OK'), undefined]
  ])('HTTP %i %s -> %s', (status, body, fault) => {
    expect(authFaultOf(thrown(status, body))).toBe(fault)
  })

  it('is undefined for anything that is not a delivery error', () => {
    expect(authFaultOf(new Error('TikTok code 40105'))).toBeUndefined()
    expect(authFaultOf(undefined)).toBeUndefined()
  })

  it('words the hold for /healthz, status and the log', () => {
    expect(heldSentence('CPIXEL', 'TikTok refused the access token (40105)')).toBe(
      'TikTok refused the access token (40105) for pixel CPIXEL: events are held in the queue; fix the token and restart the relay'
    )
    // A token's held circuit names the token by its fingerprint's first 8 digits: only relays with it hold.
    expect(heldSentence('CPIXEL', 'TikTok refused the access token (40105)', '0123456789abcdef'.repeat(2))).toBe(
      "TikTok refused the access token (40105) for pixel CPIXEL (access token 01234567): relays sending with this token hold the pixel's events in the queue; fix the token and restart them"
    )
  })
})
