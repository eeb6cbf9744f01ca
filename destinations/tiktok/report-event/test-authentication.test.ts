/**
 * Segment's "Test connection" against the fake TikTok server: one test-coded Pageview proves the token and the
 * pixel without adding live data; TikTok's refusals come back as messages a user can act on.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type HostUnderTest, startHostUnderTest, TEST_PIXEL } from './host-under-test.ts'
import { AUTH_TEST_EVENT_CODE } from './test-authentication.ts'

let host: HostUnderTest
beforeAll(async () => {
  host = await startHostUnderTest()
})
afterAll(() => host.close())
beforeEach(() => host.fake.reset())

interface SentBody {
  event_source_id: string
  test_event_code?: string
  data: Array<{ event: string }>
}

describe('testAuthentication', () => {
  it('passes with a good token, sending one Pageview marked as a test event', async () => {
    await expect(host.testAuthentication()).resolves.toBeUndefined()
    expect(host.fake.requests).toHaveLength(1)
    const body = host.fake.requests[0]!.body as SentBody
    expect(body).toMatchObject({ event_source_id: TEST_PIXEL, test_event_code: AUTH_TEST_EVENT_CODE })
    expect(body.data.map((e) => e.event)).toEqual(['Pageview'])
  })

  it("uses the configured test event code so the probe shows in the user's Test Events tab", async () => {
    await host.testAuthentication({ testEventCode: 'TEST98765' })
    expect((host.fake.requests[0]!.body as SentBody).test_event_code).toBe('TEST98765')
  })

  it.each([
    {
      name: 'a wrong token (40105)',
      settings: { accessToken: 'revoked' },
      answer: undefined,
      message: /40105.*Access Token setting/
    },
    {
      name: 'no permission on the pixel (40001)',
      settings: {},
      answer: { kind: 'code' as const, code: 40001, message: 'No permission to operate pixel.' },
      message: /40001.*no permission on this Pixel Code/
    },
    {
      name: 'TikTok unavailable (HTTP 503)',
      settings: {},
      answer: { kind: 'http' as const, status: 503, body: 'unavailable' },
      message: /HTTP 503/
    }
  ])('fails with a clear message for $name', async ({ settings, answer, message }) => {
    if (answer) host.fake.answerNext(answer)
    await expect(host.testAuthentication(settings)).rejects.toThrow(message)
  })

  it('fails on a missing token before sending anything', async () => {
    await expect(host.testAuthentication({ accessToken: '' })).rejects.toThrow(/accessToken/)
    expect(host.fake.stats().requests).toBe(0)
  })
})
