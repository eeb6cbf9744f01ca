/**
 * reportEvent.perform through actions-core, against the fake TikTok server: what reaches TikTok for one event
 * (hashing, phones, click ids, browser ids) and what Segment is told when it cannot be sent.
 */
import { createHash } from 'node:crypto'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { HTML_502 } from '../../../test/fake-tiktok/answers.ts'
import type { FakeAnswer } from '../../../test/fake-tiktok/server.ts'
import orderCompleted from '../../../test/fixtures/segment-events/order-completed.json' with { type: 'json' }
import orderCompletedIos from '../../../test/fixtures/segment-events/order-completed-ios.json' with { type: 'json' }
import { type HostUnderTest, startHostUnderTest } from './host-under-test.ts'

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

let host: HostUnderTest
beforeAll(async () => {
  host = await startHostUnderTest()
})
afterAll(() => host.close())
beforeEach(() => host.fake.reset())

/** The one event the fake accepted. */
function acceptedEvent() {
  const events = host.fake.acceptedEvents()
  expect(events).toHaveLength(1)
  return events[0]!
}

describe('hashing, end to end', () => {
  it("sends TikTok's documented digests for email, phone and external_id", async () => {
    await host.send(
      {
        type: 'track',
        userId: 'user_123',
        context: { traits: { email: ' ALICE_abc@gmail.com ', phone: '(+1)2133734253' } }
      },
      { event: 'Lead' }
    )
    const { user } = acceptedEvent()
    expect(user?.email).toBe('848a771458438fc2ec420560d769fb9b9b86851ee338ec56517baabd79d3bb4f')
    expect(user?.phone).toBe('9f7ec22d72092cd3c0b58726ed9c2d91b92e51a3f29837508fb2948bb22dd2fd')
    expect(user?.external_id).toBe('80fba0ae1c48e3978e43e4efc365e14e12ea0c830ba8ba5b9a2dafc7e3f2ab8b')
  })

  it('normalises names and zip codes, passes digests through lowercased, never sends raw PII', async () => {
    const digest = sha256('bob@example.com').toUpperCase()
    await host.send(orderCompleted, { event: 'CompletePayment', email: digest })
    const sent = acceptedEvent()
    expect(sent.user).toMatchObject({
      email: digest.toLowerCase(),
      first_name: sha256('alice'),
      last_name: sha256('vanderberg'),
      zip_code: sha256('900123301'),
      country: 'US'
    })
    const wire = JSON.stringify(host.fake.requests[0]!.body)
    for (const raw of ['ALICE_abc', 'Alice', 'Van Der Berg', '373-4253', '90012-3301']) expect(wire).not.toContain(raw)
  })
})

describe('app events (Segment mobile SDKs)', () => {
  it('an event from a mobile SDK (context.app) goes to the TikTok App ID with the app object, IDFA, IDFV and ATT status', async () => {
    await host.send(orderCompletedIos, { event: 'Purchase' }, { appId: '7123456789' })
    const sent = acceptedEvent()
    expect(host.fake.requests[0]!.body).toMatchObject({ event_source: 'app', event_source_id: '7123456789' })
    expect(sent.app).toEqual({ app_id: 'com.example.shop', app_name: 'Shop', app_version: '4.2.0' })
    expect(sent.user).toMatchObject({
      idfa: '6D92078A-8246-4BA4-AE5B-76104861E7DC',
      idfv: 'B5372DB0-C21E-11E4-8DFC-AA07A5B093DB',
      att_status: 'AUTHORIZED',
      email: sha256('ios.shopper@example.com')
    })
    expect(sent.page).toBeUndefined()
  })
})

describe('phone numbers of several countries become E.164 before hashing', () => {
  it.each([
    { country: 'US', phone: '(213) 373-4253', e164: '+12133734253' },
    { country: 'GB', phone: '07911 123456', e164: '+447911123456' },
    { country: 'DE', phone: '030 12345678', e164: '+493012345678' },
    { country: 'FR', phone: '06 12 34 56 78', e164: '+33612345678' },
    { country: 'JP', phone: '090-1234-5678', e164: '+819012345678' },
    { country: 'IN', phone: '98765 43210', e164: '+919876543210' },
    { country: 'BR', phone: '(11) 91234-5678', e164: '+5511912345678' },
    { country: 'US', phone: '+44 7911 123456', e164: '+447911123456' }
  ])('$phone with default country $country -> $e164', async ({ country, phone, e164 }) => {
    await host.send({ type: 'track', traits: { phone } }, { event: 'Contact' }, { defaultPhoneCountry: country })
    expect(acceptedEvent().user?.phone).toBe(sha256(e164))
  })
})

describe('ttclid and ttp resolution order', () => {
  const page = (url: string, referrer?: string) => ({ page: { url, referrer } })
  it.each([
    {
      name: 'page URL wins over referrer and cookie',
      event: {
        context: { ...page('https://shop.example/?ttclid=URL', 'https://shop.example/?ttclid=REF'), ttclid: 'CTX' }
      },
      ttclid: 'URL'
    },
    {
      name: 'same-host referrer comes next',
      event: { context: { ...page('https://shop.example/cart', 'https://shop.example/?ttclid=REF'), ttclid: 'CTX' } },
      ttclid: 'REF'
    },
    {
      name: 'a referrer on another host is ignored',
      event: { context: { ...page('https://shop.example/cart', 'https://ads.example/?ttclid=REF'), ttclid: 'CTX' } },
      ttclid: 'CTX'
    },
    {
      name: 'properties.ttclid beats context.ttclid',
      event: {
        properties: { ttclid: 'PROP' },
        context: { ttclid: 'CTX' },
        integrations: { TikTok: { ttclid: 'INT' } }
      },
      ttclid: 'PROP'
    },
    {
      name: 'context.ttclid beats integrations.TikTok.ttclid',
      event: { context: { ttclid: 'CTX' }, integrations: { TikTok: { ttclid: 'INT' } } },
      ttclid: 'CTX'
    },
    { name: 'integrations.TikTok.ttclid last', event: { integrations: { TikTok: { ttclid: 'INT' } } }, ttclid: 'INT' }
  ])('ttclid: $name', async ({ event, ttclid }) => {
    await host.send({ type: 'track', ...event } as object, { event: 'ViewContent' })
    expect(acceptedEvent().user?.ttclid).toBe(ttclid)
  })

  it.each([
    {
      event: { properties: { ttp: 'PROP' }, context: { ttp: 'CTX' }, integrations: { TikTok: { ttp: 'INT' } } },
      ttp: 'PROP'
    },
    { event: { context: { ttp: 'CTX' }, integrations: { TikTok: { ttp: 'INT' } } }, ttp: 'CTX' },
    { event: { integrations: { TikTok: { ttp: 'INT' } } }, ttp: 'INT' }
  ])('ttp: first of properties, context, integrations -> $ttp (sent raw)', async ({ event, ttp }) => {
    await host.send({ type: 'track', ...event } as object, { event: 'ViewContent' })
    expect(acceptedEvent().user?.ttp).toBe(ttp)
  })
})

describe('event_id and event name', () => {
  it('defaults event_id to the messageId and renames CompletePayment unless told not to', async () => {
    await host.send(orderCompleted, { event: 'CompletePayment' })
    expect(acceptedEvent()).toMatchObject({ event: 'Purchase', event_id: orderCompleted.messageId })
    host.fake.reset()
    await host.send(orderCompleted, { event: 'CompletePayment' }, { renameLegacyEvents: false })
    expect(acceptedEvent().event).toBe('CompletePayment')
  })
})

describe('what Segment is told when one event cannot be sent', () => {
  it.each<{ name: string; answer: FakeAnswer; error: Record<string, unknown> }>([
    { name: 'rate limit 40100', answer: { kind: 'code', code: 40100 }, error: { name: 'RetryableError', status: 429 } },
    {
      name: 'server error 50002',
      answer: { kind: 'code', code: 50002 },
      error: { name: 'RetryableError', status: 500 }
    },
    { name: 'HTML 502 from a proxy', answer: HTML_502, error: { name: 'RetryableError', status: 502 } },
    { name: 'connection hang-up', answer: { kind: 'hangup' }, error: { name: 'RetryableError', status: 500 } },
    {
      name: 'no permission on the pixel 40001',
      answer: { kind: 'code', code: 40001, message: 'No permission to operate pixel.' },
      error: { name: 'IntegrationError', status: 403, retry: false }
    },
    {
      name: 'invalid parameter 40002',
      answer: { kind: 'code', code: 40002, message: 'Invalid value for data.0.event_id.' },
      error: { name: 'IntegrationError', status: 400, code: 'BAD_REQUEST', retry: false }
    }
  ])('$name', async ({ answer, error }) => {
    host.fake.answerNext(answer)
    const failure = host.send(orderCompleted, { event: 'CompletePayment' })
    await expect(failure).rejects.toMatchObject(error)
  })

  it('names the TikTok code and message of a permanent error', async () => {
    host.fake.answerNext({ kind: 'code', code: 40002, message: 'Invalid value for data.0.event_id.' })
    await expect(host.send(orderCompleted, { event: 'CompletePayment' })).rejects.toThrow(
      'TikTok code 40002: Invalid value for data.0.event_id.'
    )
  })

  it('reports a wrong access token as an authentication error', async () => {
    const failure = host.send(orderCompleted, { event: 'CompletePayment' }, { accessToken: 'revoked' })
    await expect(failure).rejects.toMatchObject({ name: 'InvalidAuthenticationError', status: 401 })
    await expect(host.send(orderCompleted, { event: 'CompletePayment' }, { accessToken: 'revoked' })).rejects.toThrow(
      /40105.*Access Token setting/
    )
  })

  it('rejects an event TikTok cannot take (no name) with its field path and sends nothing', async () => {
    const failure = host.send({ type: 'track', properties: { value: 5 } }, { event: ' ' })
    await expect(failure).rejects.toMatchObject({ name: 'PayloadValidationError', status: 400 })
    await expect(host.send({ type: 'track', properties: { value: 5 } }, { event: ' ' })).rejects.toThrow('event')
    expect(host.fake.stats().requests).toBe(0)
  })

  it('sends an event without the fields TikTok cannot take, and returns which and why', async () => {
    const result = await host.send({ type: 'track', properties: { currency: 'XYZ', value: 5 } }, { event: 'Purchase' })
    expect(result).toMatchObject({
      warnings: [
        { field: 'properties.currency', reason: 'unsupported_currency' },
        { field: 'properties.value', reason: 'unsupported_currency' }
      ]
    })
    const [sent] = host.fake.acceptedEvents()
    expect(sent?.properties?.currency).toBeUndefined()
    expect(sent?.properties?.value).toBeUndefined()
  })

  it('names the bad setting, never its value, and sends nothing', async () => {
    const failure = host.send(orderCompleted, { event: 'Purchase' }, { defaultPhoneCountry: 'usa', accessToken: '' })
    await expect(failure).rejects.toMatchObject({ name: 'IntegrationError', code: 'INVALID_SETTINGS', status: 400 })
    const message = await host
      .send(orderCompleted, { event: 'Purchase' }, { defaultPhoneCountry: 'usa', accessToken: '' })
      .catch((e: Error) => e.message)
    expect(message).toContain('defaultPhoneCountry')
    expect(message).toContain('accessToken')
    expect(message).not.toContain('usa')
    expect(host.fake.stats().requests).toBe(0)
  })
})
