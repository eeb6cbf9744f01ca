/**
 * Issue 14 item 6: the same traffic gives the same numbers in the HTTP answers, /metrics, `status` and the worker's
 * stop log, in dry-run and with delivery to the fake TikTok. The definitions are docs/counters.md.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { type FakeTikTok, startFakeTikTok } from '../fake-tiktok/server.ts'
import { type RelayProcess, runCli, startRelayProcess } from './relay-process.ts'
import { waitFor } from './wait-for.ts'

const KEY = 'wk-counters'
const PIXEL = 'PIXEL_COUNTERS'
const basic = `Basic ${Buffer.from(`${KEY}:`).toString('base64')}`

let relay: RelayProcess | undefined
let fake: FakeTikTok | undefined
afterEach(async () => {
  await relay?.stop()
  await fake?.close()
  relay = undefined
  fake = undefined
})

const order = (messageId: string, extra: Record<string, unknown> = {}) => ({
  type: 'track',
  messageId,
  userId: 'u-counters',
  event: 'Order Completed',
  properties: { order_id: messageId, revenue: 10, currency: 'USD' },
  ...extra
})

/**
 * Two batches: 3 orders (one of them twice in the second batch), an identify (no event), a track no pipeline
 * matches, a track with TikTok turned off, and a message without any id (rejected).
 */
const TRAFFIC = [
  [
    order('c-1'),
    order('c-2'),
    { type: 'identify', messageId: 'c-3', userId: 'u-counters', traits: { plan: 'pro' } },
    { type: 'track', messageId: 'c-4', userId: 'u-counters', event: 'Wishlist Shared' },
    order('c-5', { integrations: { All: false } }),
    { type: 'track', messageId: 'c-6', event: 'Order Completed' }
  ],
  [order('c-2'), order('c-7')]
]
/** Orders that become TikTok events: c-1, c-2, c-7. */
const EVENTS = 3

async function send(url: string) {
  const answers: any[] = []
  for (const batch of TRAFFIC) {
    const res = await fetch(`${url}/v1/batch`, {
      method: 'POST',
      headers: { authorization: basic, 'content-type': 'application/json' },
      body: JSON.stringify({ batch })
    })
    expect(res.status).toBe(200)
    answers.push(await res.json())
  }
  return answers
}

/** The sum of every series of one /metrics family whose labels contain `filter` (0 when absent). */
function metric(text: string, name: string, filter = ''): number {
  let sum = 0
  for (const line of text.split('\n')) {
    const m = /^(\w+)(\{[^}]*\})? (\S+)$/.exec(line)
    if (m && m[1] === name && (m[2] ?? '').includes(filter)) sum += Number(m[3])
  }
  return sum
}

const sum = (answers: any[], f: (a: any) => number) => answers.reduce((n, a) => n + f(a), 0)
const droppedFor = (answers: any[], reason: string) =>
  sum(answers, (a) => (a.dropped ?? []).filter((d: any) => d.reason === reason).length)

/** The `delivery worker stopped` line of the relay's log. */
function stopLog(stderr: string): Record<string, number> {
  const line = stderr.split('\n').find((l) => l.includes('"msg":"delivery worker stopped"'))
  expect(line, stderr).toBeDefined()
  return JSON.parse(line!)
}

/** Checks the intake numbers of the HTTP answers against /metrics; returns the scrape. */
async function intakeAgrees(url: string, answers: any[]): Promise<string> {
  const text = await (await fetch(`${url}/metrics`)).text()
  // What the answers say, as a Segment user reads them: 6 of 8 messages taken, 1 repeated, 1 refused.
  expect(sum(answers, (a) => a.accepted)).toBe(6)
  expect(sum(answers, (a) => a.duplicates ?? 0)).toBe(1)
  expect(sum(answers, (a) => (a.rejected ?? []).length)).toBe(1)
  expect(metric(text, 'relay_intake_received_total')).toBe(8)
  expect(metric(text, 'relay_intake_accepted_total')).toBe(sum(answers, (a) => a.accepted))
  expect(metric(text, 'relay_intake_duplicates_total')).toBe(sum(answers, (a) => a.duplicates ?? 0))
  expect(metric(text, 'relay_intake_rejected_total')).toBe(sum(answers, (a) => (a.rejected ?? []).length))
  expect(metric(text, 'relay_intake_unmatched_total', 'event=')).toBe(droppedFor(answers, 'no_pipeline'))
  expect(metric(text, 'relay_intake_skipped_total')).toBe(droppedFor(answers, 'integrations_disabled'))
  expect(metric(text, 'relay_intake_queued_total')).toBe(EVENTS)
  return text
}

async function status(dataDir: string) {
  const text = await runCli(['status', '--data-dir', dataDir])
  const json = await runCli(['status', '--data-dir', dataDir, '--json'])
  expect(text.code).toBe(0)
  return { text: text.stdout, json: JSON.parse(json.stdout) }
}

describe('counters agree everywhere (docs/counters.md)', () => {
  it('in dry-run: recorded events are named dry-run in /metrics, status and the stop log, and none is delivered', async () => {
    relay = await startRelayProcess({ RELAY_WRITE_KEYS: KEY, RELAY_LINGER_MS: '20' })
    const answers = await send(relay.url)
    const text = await waitFor('dry-run recorded', async () => {
      const t = await (await fetch(`${relay!.url}/metrics`)).text()
      return metric(t, 'relay_delivery_dry_run_total') >= EVENTS ? t : undefined
    })
    await intakeAgrees(relay.url, answers)
    expect(metric(text, 'relay_delivery_dry_run_total')).toBe(EVENTS)
    expect(metric(text, 'relay_delivery_delivered_total')).toBe(0)
    expect(await relay.stop()).toBe(0)
    expect(stopLog(relay.stderr())).toMatchObject({ delivered: 0, dryRunRecorded: EVENTS, requests: 0 })
    const s = await status(relay.dataDir)
    expect(s.text).toMatch(/^Delivered to TikTok: +0$/m)
    expect(s.text).toMatch(new RegExp(`^Dry-run recorded: +${EVENTS} event\\(s\\), not sent`, 'm'))
    expect(s.json.counters).toMatchObject({ delivered: 0, dry_run_events: EVENTS })
  })

  it('delivering to the fake TikTok: delivered is what TikTok accepted, in /metrics, status and the stop log', async () => {
    fake = await startFakeTikTok({ accessToken: 'test-token' })
    relay = await startRelayProcess({
      RELAY_WRITE_KEYS: KEY,
      RELAY_LINGER_MS: '20',
      TIKTOK_ACCESS_TOKEN: 'test-token',
      TIKTOK_PIXEL_CODE: PIXEL,
      TIKTOK_API_URL: fake.url
    })
    const answers = await send(relay.url)
    await waitFor('events at TikTok', () => fake!.stats().acceptedEvents >= EVENTS)
    const text = await waitFor('delivered in /metrics', async () => {
      const t = await (await fetch(`${relay!.url}/metrics`)).text()
      return metric(t, 'relay_delivery_delivered_total') >= EVENTS ? t : undefined
    })
    await intakeAgrees(relay.url, answers)
    expect(fake.stats().acceptedEvents).toBe(EVENTS)
    expect(metric(text, 'relay_delivery_delivered_total')).toBe(EVENTS)
    expect(metric(text, 'relay_delivery_dry_run_total')).toBe(0)
    expect(await relay.stop()).toBe(0)
    expect(stopLog(relay.stderr())).toMatchObject({
      delivered: EVENTS,
      dryRunRecorded: 0,
      requests: fake.stats().requests
    })
    const s = await status(relay.dataDir)
    expect(s.text).toMatch(new RegExp(`^Delivered to TikTok: +${EVENTS}$`, 'm'))
    expect(s.text).toMatch(/^Dry-run recorded: +0 event\(s\)/m)
    expect(s.json.counters).toMatchObject({ delivered: EVENTS, dry_run_events: 0 })
  })
})
