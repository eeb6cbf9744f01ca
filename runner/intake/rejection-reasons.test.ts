/**
 * Every rejection reason, table-driven, through the relay's own handler (createRelay, shipped pipelines, a real
 * SQLite store): one batch item that earns it beside a good one, and the answer's `rejected[]` item naming the index,
 * the field as the client sent it, the reason, and what is wrong; the good item is accepted and the reason counted in
 * /metrics. The table must cover REJECTION_REASONS exactly, so a new reason cannot go untested. Two reasons no
 * message can earn through the shipped pipelines (a mapping that throws, a core refusal of an unforeseen path) are
 * checked on rejectionOf itself, with the core's own error type.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EventValidationError } from '../../destinations/tiktok/core/errors.ts'
import { tempDir } from '../../test/fixtures/temp-dir.ts'
import { loadRelayConfig } from '../config/load-config.ts'
import { silentLogger } from '../log.ts'
import { createRelay, type Relay } from '../main-relay.ts'
import { REJECTION_REASONS, type RejectionReason, rejectionOf } from './rejection-reasons.ts'

let relay: Relay

beforeAll(async () => {
  const dir = tempDir('relay-rejections-')
  const file = join(dir, 'relay.yaml')
  // No appId: an app event has nowhere to go. Custom events on, so a track's own name reaches the core.
  writeFileSync(
    file,
    'destinations:\n  - pixelCode: PIXEL_R\n    offlineEventSetId: OFFLINE_R\n    crmEventSetId: CRM_R\n' +
      '    writeKeys: [wk]\n    settings: { sendCustomEvents: true }\n'
  )
  const { config, ...rest } = await loadRelayConfig({ file, env: { RELAY_DATA_DIR: join(dir, 'data') } })
  relay = await createRelay({ config, ...rest }, silentLogger)
})
afterAll(async () => {
  await relay?.close()
})

const recent = () => new Date(Date.now() - 3600_000).toISOString()
const order = (properties: object = {}, extra: object = {}) => ({
  type: 'track',
  userId: 'u-1',
  event: 'Order Completed',
  timestamp: recent(),
  properties: { revenue: 5, currency: 'USD', ...properties },
  ...extra
})
const deep = (levels: number): unknown => (levels === 0 ? 1 : { a: deep(levels - 1) })

async function batch(items: unknown[]): Promise<Record<string, any>> {
  const res = await relay.handler(
    new Request('https://collect.example/v1/batch', {
      method: 'POST',
      body: JSON.stringify({ batch: items }),
      headers: { authorization: `Basic ${btoa('wk:')}` }
    }),
    { remoteAddress: '198.51.100.9' }
  )
  expect(res.status).toBe(200)
  return res.json() as Promise<Record<string, any>>
}

/** The reason, the batch item that earns it, the field the answer names, and words its message holds. */
const CASES: Array<[RejectionReason, unknown, string, string]> = [
  ['invalid_field', 'not a message', 'batch.1', 'expected an object'],
  ['invalid_field', order({}, { anonymousId: { id: 1 } }), 'anonymousId', 'expected a string, got an object'],
  ['invalid_type', { ...order(), type: 'purchase' }, 'type', 'type must be one of track, identify'],
  ['missing_id', { ...order(), userId: undefined }, 'userId', 'neither has anonymousId nor userId'],
  ['missing_event', { ...order(), event: ' ' }, 'event', 'track requires a non-empty event name'],
  ['too_deep', order({ nested: deep(70) }), 'batch.1', 'deeper than 64 levels'],
  ['too_large', order({ note: 'x'.repeat(40_000) }), 'batch.1', 'exceeds 32768 bytes'],
  ['invalid_timestamp', order({}, { timestamp: 'yesterday' }), 'timestamp', 'expected an ISO-8601 time'],
  ['timestamp_in_future', order({}, { timestamp: '2100-01-01T00:00:00Z' }), 'timestamp', 'more than 5 minutes after'],
  ['timestamp_too_old', order({}, { timestamp: '2020-02-29T12:00:00Z' }), 'timestamp', 'more than 28 days'],
  [
    'timestamp_too_old',
    { ...order(), timestamp: undefined, originalTimestamp: '2020-02-29T12:00:00Z' },
    'originalTimestamp',
    'more than 28 days'
  ],
  ['invalid_event_name', { ...order(), event: 'E'.repeat(60) }, 'event', 'expected string to have <=50 characters'],
  [
    'invalid_event_name',
    order({ event_source: 'offline' }, { event: 'Loyalty Points Earned' }),
    'event',
    'offline events take TikTok standard event names only'
  ],
  [
    'missing_event_source_id',
    order({ eventSource: 'app' }),
    'properties.eventSource',
    'app events go to the TikTok App ID, and this destination has none (setting appId)'
  ],
  [
    'missing_match_key',
    { ...order({ event_source: 'offline' }), userId: undefined, anonymousId: 'anon-1' },
    'user',
    'offline events need user.email, user.phone or user.external_id'
  ],
  [
    'missing_lead_id',
    order({ event_source: 'crm' }, { event: 'Qualified Lead' }),
    'properties.lead_id',
    'CRM events need lead.lead_id'
  ]
]

describe('each rejection reason, through a relay request', () => {
  it('the table covers every reason but the two no message can earn', () => {
    const covered = new Set(CASES.map(([reason]) => reason))
    expect(Object.keys(REJECTION_REASONS).filter((r) => !covered.has(r as RejectionReason))).toEqual([
      'mapping_failed',
      'invalid_event'
    ])
  })

  it.each(CASES)('%s: the item is rejected alone, with its field and why', async (reason, item, field, words) => {
    const body = await batch([order(), item])
    expect(body.accepted).toBe(1)
    expect(body.rejected).toEqual([{ index: 1, field, reason, message: expect.stringContaining(words) }])
    expect(relay.registry.render()).toMatch(
      new RegExp(`^relay_intake_rejected_total\\{reason="${reason}"\\} \\d+$`, 'm')
    )
  })

  it('a single call is answered 400 with the reason as its code and the field in its message', async () => {
    const res = await relay.handler(
      new Request('https://collect.example/v1/track', {
        method: 'POST',
        body: JSON.stringify(order({ event_source: 'crm' }, { event: 'Qualified Lead' })),
        headers: { authorization: `Basic ${btoa('wk:')}` }
      })
    )
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({
      success: false,
      code: 'missing_lead_id',
      message: 'properties.lead_id: CRM events need lead.lead_id (the id from TikTok Leads Center)'
    })
  })
})

describe('reasons of core refusals no shipped pipeline makes', () => {
  it('a mapping that could not read the message is mapping_failed; an issue of another path is invalid_event', () => {
    const failed = new EventValidationError([{ code: 'mapping_failed', path: 'order.yaml', message: 'boom' }])
    expect(rejectionOf(failed)).toEqual({ field: 'order.yaml', reason: 'mapping_failed', message: 'boom' })
    const other = new EventValidationError([{ code: 'custom', path: 'page.url', message: 'too long' }])
    expect(rejectionOf(other, () => 'context.page.url')).toEqual({
      field: 'context.page.url',
      reason: 'invalid_event',
      message: 'too long'
    })
  })
})
