/**
 * Issue 13, "nothing silent", through the relay's own handler: a field TikTok cannot take is answered under
 * `warnings` and counted by field and reason; an event no pipeline matches is answered as dropped (no_pipeline, with
 * its name) and counted by name in a bounded label set, or sent as a custom event when the destination says
 * sendCustomEvents. TikTok is the fake Events API over HTTP.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type FakeTikTok, startFakeTikTok } from '../../test/fake-tiktok/server.ts'
import { tempDir } from '../../test/fixtures/temp-dir.ts'
import { waitFor } from '../../test/runner/wait-for.ts'
import { loadRelayConfig } from '../config/load-config.ts'
import { silentLogger } from '../log.ts'
import { createRelay, type Relay } from '../main-relay.ts'
import { MAX_EVENT_LABEL_CHARS, MAX_EVENT_LABELS } from '../metrics/intake-metrics.ts'

let fake: FakeTikTok
const relays: Relay[] = []

async function relayWith(settingsYaml = ''): Promise<Relay> {
  const dir = tempDir('relay-silent-')
  const file = join(dir, 'relay.yaml')
  writeFileSync(file, `destinations:\n  - pixelCode: PIXEL_S\n    writeKeys: [wk]\n    settings: {${settingsYaml}}\n`)
  const loaded = await loadRelayConfig({
    file,
    env: {
      TIKTOK_ACCESS_TOKEN: 'test-token',
      TIKTOK_API_URL: fake.url,
      RELAY_DATA_DIR: join(dir, 'data'),
      RELAY_LINGER_MS: '10'
    }
  })
  const relay = await createRelay(loaded, silentLogger)
  relays.push(relay)
  return relay
}

async function post(relay: Relay, batch: object[]): Promise<Record<string, unknown>> {
  const res = await relay.handler(
    new Request('https://collect.example/v1/batch', {
      method: 'POST',
      body: JSON.stringify({ batch }),
      headers: { authorization: `Basic ${btoa('wk:')}` }
    }),
    { remoteAddress: '198.51.100.4' }
  )
  expect(res.status).toBe(200)
  return (await res.json()) as Record<string, unknown>
}

const track = (messageId: string, event: string, properties: object = {}) => ({
  type: 'track',
  messageId,
  userId: 'u-1',
  event,
  // Recent: the relay refuses events older than TikTok's 28-day window.
  timestamp: new Date(Date.now() - 3600_000).toISOString(),
  properties
})

beforeAll(async () => {
  fake = await startFakeTikTok({ accessToken: 'test-token' })
})
afterAll(async () => {
  for (const relay of relays) await relay.close()
  await fake.close()
})

describe('a field TikTok cannot take', () => {
  it('is answered under warnings (index, the field as sent, reason), counted by TikTok field, and the event is still sent', async () => {
    const relay = await relayWith()
    const body = await post(relay, [
      track('w-1', 'Order Completed', { revenue: '$1,299.00', currency: 'usd' }),
      track('w-2', 'Order Completed', { revenue: 25, currency: 'DOGE', products: [{ name: 'no id', price: 5 }] })
    ])
    expect(body).toEqual({
      success: true,
      accepted: 2,
      warnings: [
        // The product (of properties.products) that has no id, and the revenue that went with the currency.
        {
          index: 1,
          field: 'properties.products.0',
          reason: 'missing_content_id',
          tiktokField: 'properties.contents.0.content_id'
        },
        { index: 1, field: 'properties.currency', reason: 'unsupported_currency' },
        { index: 1, field: 'properties.revenue', reason: 'unsupported_currency', tiktokField: 'properties.value' }
      ]
    })
    const [first, second] = await waitFor('both purchases', () => {
      const sent = ['w-1', 'w-2'].map((id) => fake.acceptedEvents().find((e) => e.event_id === id))
      return sent.every(Boolean) ? sent : undefined
    })
    expect(first!.properties).toMatchObject({ value: 1299, currency: 'USD' })
    expect(second!.properties).toBeUndefined()
    const metrics = relay.registry.render()
    expect(metrics).toContain(
      'relay_intake_dropped_field_total{field="properties.contents.content_id",reason="missing_content_id"} 1\n'
    )
    expect(metrics).toContain(
      'relay_intake_dropped_field_total{field="properties.currency",reason="unsupported_currency"} 1\n'
    )
    expect(metrics).not.toContain('DOGE')
  })
})

describe('an event no pipeline matches', () => {
  it('is answered as dropped with reason no_pipeline and its name, and counted by name', async () => {
    const relay = await relayWith()
    const body = await post(relay, [
      track('u-1', 'Newsletter Signup'),
      { type: 'screen', messageId: 'u-2', userId: 'u-1', name: 'Home' },
      { type: 'identify', messageId: 'u-3', userId: 'u-1', traits: { email: 'a@b.example' } },
      track('u-4', 'Order Completed', { revenue: 5, currency: 'USD' })
    ])
    // An identify carries identity, not an event: it is not "dropped".
    expect(body).toEqual({
      success: true,
      accepted: 4,
      dropped: [
        { index: 0, reason: 'no_pipeline', event: 'Newsletter Signup' },
        { index: 1, reason: 'no_pipeline', event: 'Home' }
      ]
    })
    const metrics = relay.registry.render()
    expect(metrics).toContain('relay_intake_unmatched_total{event="Newsletter Signup",type="track"} 1\n')
    expect(metrics).toContain('relay_intake_unmatched_total{event="Home",type="screen"} 1\n')
    expect(metrics).toContain('relay_intake_unmatched_total{type="identify"} 1\n')
  })

  it(`is counted under its own name for the first ${MAX_EVENT_LABELS} names, then as (other)`, async () => {
    const relay = await relayWith()
    const names = Array.from({ length: MAX_EVENT_LABELS + 20 }, (_, i) => `Custom ${i}`)
    await post(
      relay,
      names.map((name, i) => track(`many-${i}`, name))
    )
    const series = relay.registry
      .render()
      .split('\n')
      .filter((line) => line.startsWith('relay_intake_unmatched_total{'))
    expect(series).toHaveLength(MAX_EVENT_LABELS + 1)
    expect(series).toContain('relay_intake_unmatched_total{event="(other)",type="track"} 20')
  })

  // Found by an attacker trial: 100 names of 30,000 characters made /metrics 2.7 MB a scrape.
  it(`is counted under its first ${MAX_EVENT_LABEL_CHARS} characters when its name is longer`, async () => {
    const relay = await relayWith()
    await post(relay, [track('long-1', 'Long'.padEnd(30_000, 'q'))])
    const series = relay.registry
      .render()
      .split('\n')
      .filter((line) => line.startsWith('relay_intake_unmatched_total{'))
    expect(series).toEqual([
      `relay_intake_unmatched_total{event="${'Long'.padEnd(MAX_EVENT_LABEL_CHARS, 'q')}",type="track"} 1`
    ])
  })

  it('goes to TikTok as a custom event under its own name when the destination says sendCustomEvents', async () => {
    const relay = await relayWith('sendCustomEvents: true')
    const body = await post(relay, [track('c-1', 'Newsletter Signup', { plan: 'weekly' }), track('c-2', 'purchase')])
    expect(body).toEqual({ success: true, accepted: 2 })
    const sent = await waitFor('the custom event', () => fake.acceptedEvents().find((e) => e.event_id === 'c-1'))
    expect(sent.event).toBe('Newsletter Signup')
    // A TikTok name in another case is a standard event whatever the setting: the tiktok-event-names pipeline.
    const named = await waitFor('the named event', () => fake.acceptedEvents().find((e) => e.event_id === 'c-2'))
    expect(named.event).toBe('Purchase')
  })
  // A sender that puts a person's email or phone in an event name: it reaches no answer, metric label, console row
  // or TikTok request raw (found by a tester: the name went to /metrics, the console tables and TikTok as is).
  it.each([
    ['Signup leak.name@evil.test', 'Signup [email redacted]'],
    ['Called +1 415 555 2671 back', 'Called [phone redacted] back'],
    ['Hi pg.leak@evil.test +44 20 7946 0958', 'Hi [email redacted] [phone redacted]']
  ])('an event name holding personal data (%s) is scrubbed everywhere it shows', async (name, scrubbed) => {
    const relay = await relayWith()
    const id = `leak-${scrubbed.length}-${name.length}`
    const body = await post(relay, [track(id, name)])
    expect(body.dropped).toEqual([{ index: 0, reason: 'no_pipeline', event: scrubbed }])
    const metrics = relay.registry.render()
    expect(metrics).toContain(`relay_intake_unmatched_total{event="${scrubbed}",type="track"} 1\n`)
    expect(metrics).not.toMatch(/evil\.test|555 2671|7946/)

    const custom = await relayWith('sendCustomEvents: true')
    await post(custom, [track(`${id}-c`, name)])
    const sent = await waitFor('the custom event', () => fake.acceptedEvents().find((e) => e.event_id === `${id}-c`))
    expect(sent.event).toBe(scrubbed)
  })
  // Found by a tester: a retried message that queues nothing (no pipeline, an identify) was taken again, so the
  // unmatched counter and the console counted each SDK retry. Every taken message claims its messageId.
  it('a retry of a message that queued nothing is a duplicate, counted once', async () => {
    const relay = await relayWith()
    const identify = { type: 'identify', messageId: 'dup-i', userId: 'u-9', traits: { email: 'jane@example.com' } }
    const batch = [track('dup-n', 'Never Matched'), identify]
    expect(await post(relay, batch)).toMatchObject({ accepted: 2, dropped: [{ index: 0, reason: 'no_pipeline' }] })
    expect(await post(relay, batch)).toEqual({ success: true, accepted: 0, duplicates: 2 })
    const metrics = relay.registry.render()
    expect(metrics).toContain('relay_intake_unmatched_total{event="Never Matched",type="track"} 1\n')
    expect(metrics).toContain('relay_intake_unmatched_total{type="identify"} 1\n')
    expect(metrics).toMatch(/relay_intake_duplicates_total\{route="[^"]+"\} 2\n/)
  })
})
