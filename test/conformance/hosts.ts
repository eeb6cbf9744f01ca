/**
 * The four hosts of the destination, each driven the way its platform drives it, each talking to its own fake TikTok
 * Events API over HTTP: actions-core (createTestIntegration().testAction with the preset whose subscription the
 * event meets, as Segment picks it), the RudderStack transformer (processRouterDest, rudder-server's router path),
 * the bundled Segment Destination Function (evaluated as Segment's runtime does), and the relay (its fetch handler,
 * queue and delivery worker). Each answers what reached TikTok for one event, whether it was refused, and the fields
 * it says were left out where it has a place to say so.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createTestIntegration, type JSONObject, type SegmentEvent } from '@segment/actions-core'
import { parseFql, validate } from '@segment/destination-subscriptions'
import destination from '../../destinations/tiktok/index.ts'
import { CUSTOM_EVENT_MAPPING } from '../../destinations/tiktok/pipelines/custom-events.ts'
import { presets } from '../../destinations/tiktok/presets.generated.ts'
import { type BatchedResponse, processRouterDest } from '../../destinations/tiktok/rudderstack.ts'
import { loadRelayConfig } from '../../runner/config/load-config.ts'
import { silentLogger } from '../../runner/log.ts'
import { createRelay, type Relay } from '../../runner/main-relay.ts'
import { type FakeTikTok, startFakeTikTok } from '../fake-tiktok/server.ts'
import { tempDir } from '../fixtures/temp-dir.ts'
import { waitFor } from '../runner/wait-for.ts'
import { buildBundle, loadSegmentFunction, type SegmentFunction } from '../segment-function/load-function.ts'
import type { ConformanceCase } from './read-conformance.ts'

const TOKEN = 'conformance-token'
const PIXEL = 'CCONFORMANCE'

export interface HostResult {
  /** The event TikTok accepted (without the request's event_source_id), or null when nothing reached it. */
  sent: Record<string, unknown> | null
  /** The host refused the event as one TikTok could not take (no name, no usable time). */
  refused: boolean
  /** The dropped fields the host reported, where it has a place for them. */
  warnings?: Array<{ field: string; reason: string }>
}

export interface Host {
  name: string
  run(c: ConformanceCase): Promise<HostResult>
  close(): Promise<void>
}

/** The one event the fake accepted since its last reset, or null. */
function onlySent(fake: FakeTikTok): Record<string, unknown> | null {
  const events = fake.acceptedEvents()
  if (events.length > 1) throw new Error(`expected at most one event at TikTok, got ${events.length}`)
  if (events.length === 0) return null
  const { event_source_id, ...event } = events[0]!
  if (event_source_id !== PIXEL) throw new Error(`sent to ${event_source_id}, not ${PIXEL}`)
  return event
}

const plainWarnings = (list: unknown): HostResult['warnings'] =>
  Array.isArray(list) ? list.map(({ field, reason }) => ({ field, reason })) : []

export async function actionsCoreHost(): Promise<Host> {
  const fake = await startFakeTikTok({ accessToken: TOKEN })
  const integration = createTestIntegration(destination)
  return {
    name: 'actions-core',
    async run(c) {
      fake.reset()
      const matching = presets.filter((p) => 'subscribe' in p && validate(parseFql(p.subscribe), c.event))
      if (matching.length > 1)
        throw new Error(`${matching.length} presets take the event: ${matching.map((p) => p.name)}`)
      // Segment only delivers what a subscription takes; a user who wants custom events adds one with this mapping.
      const mapping =
        matching[0]?.mapping ??
        (c.settings.sendCustomEvents && c.event.type === 'track' ? CUSTOM_EVENT_MAPPING : undefined)
      if (!mapping) return { sent: null, refused: false }
      integration.results = []
      try {
        await integration.testAction('reportEvent', {
          event: c.event as Partial<SegmentEvent>,
          mapping: mapping as JSONObject,
          useDefaultMappings: false,
          settings: { accessToken: TOKEN, pixelCode: PIXEL, apiUrl: fake.url }
        })
      } catch (error) {
        const name = (error as Error).name
        if (name === 'PayloadValidationError' || name === 'AggregateAjvError')
          return { sent: onlySent(fake), refused: true }
        throw error
      }
      const data = (integration.results as Array<{ data?: { warnings?: unknown } }>).find((r) => 'data' in r)?.data
      return { sent: onlySent(fake), refused: false, warnings: plainWarnings(data?.warnings) }
    },
    close: () => fake.close()
  }
}

export async function rudderStackHost(): Promise<Host> {
  const fake = await startFakeTikTok({ accessToken: TOKEN })
  return {
    name: 'rudderstack',
    async run(c) {
      fake.reset()
      const Config = { accessToken: TOKEN, pixelCode: PIXEL, apiUrl: fake.url, ...c.settings }
      const [response] = await processRouterDest([
        { message: structuredClone(c.event), metadata: { jobId: 1 }, destination: { ID: 'conformance', Config } }
      ])
      if (!response) throw new Error('processRouterDest answered nothing')
      if (!response.batched) {
        // RudderStack answers 400 both for an event it maps to nothing and for one TikTok could not take.
        return { sent: null, refused: /^(event|event_time): /.test(response.error) }
      }
      // Sent as rudder-server sends a router transform's request.
      const request = (response as BatchedResponse).batchedRequest as {
        endpoint: string
        headers: Record<string, string>
        body: { JSON: unknown }
      }
      const answer = await fetch(request.endpoint, {
        method: 'POST',
        headers: request.headers,
        body: JSON.stringify(request.body.JSON)
      })
      if (((await answer.json()) as { code: number }).code !== 0) throw new Error('the fake refused the request')
      return { sent: onlySent(fake), refused: false, warnings: plainWarnings(response.metadata[0]?.warnings) }
    },
    close: () => fake.close()
  }
}

export async function segmentFunctionHost(): Promise<Host> {
  const fake = await startFakeTikTok({ accessToken: TOKEN })
  const fn: SegmentFunction = loadSegmentFunction(buildBundle())
  return {
    name: 'segment-function',
    async run(c) {
      fake.reset()
      const handler = c.event.type === 'page' ? fn.onPage : fn.onTrack
      try {
        await handler(structuredClone(c.event), {
          accessToken: TOKEN,
          pixelCode: PIXEL,
          apiUrl: fake.url,
          ...c.settings
        })
      } catch (error) {
        const name = (error as Error).name
        if (name === 'EventNotSupported') return { sent: null, refused: false }
        if (name === 'ValidationError') return { sent: null, refused: true }
        throw error
      }
      return { sent: onlySent(fake), refused: false }
    },
    close: () => fake.close()
  }
}

/**
 * The relay, one per settings (a destination's sendCustomEvents), fed over its own fetch handler with a server
 * library's request (no Origin: nothing of the connection is added). Each event goes with a sentinel Order
 * Completed behind it: when the sentinel reached TikTok, anything the event became has too.
 */
export async function relayHost(): Promise<Host> {
  const fake = await startFakeTikTok({ accessToken: TOKEN })
  const relays = new Map<string, Relay>()
  let n = 0
  const relayFor = async (settings: ConformanceCase['settings']): Promise<Relay> => {
    const key = JSON.stringify(settings)
    const known = relays.get(key)
    if (known) return known
    const dir = tempDir('conformance-relay-')
    const file = join(dir, 'relay.yaml')
    writeFileSync(
      file,
      `destinations:\n  - pixelCode: ${PIXEL}\n    writeKeys: [wk]\n    settings: ${JSON.stringify(settings)}\n`
    )
    const loaded = await loadRelayConfig({
      file,
      env: {
        TIKTOK_ACCESS_TOKEN: TOKEN,
        TIKTOK_API_URL: fake.url,
        RELAY_DATA_DIR: join(dir, 'data'),
        RELAY_LINGER_MS: '5'
      }
    })
    const relay = await createRelay(loaded, silentLogger)
    relays.set(key, relay)
    return relay
  }
  return {
    name: 'relay',
    async run(c) {
      const relay = await relayFor(c.settings)
      fake.reset()
      const sentinel = `sentinel-${++n}`
      const res = await relay.handler(
        new Request('https://collect.example/v1/batch', {
          method: 'POST',
          body: JSON.stringify({
            batch: [
              c.event,
              { type: 'track', event: 'Order Completed', messageId: sentinel, userId: 'sentinel', properties: {} }
            ]
          }),
          headers: { authorization: `Basic ${btoa('wk:')}` }
        }),
        { remoteAddress: '192.0.2.1' }
      )
      const answer = (await res.json()) as {
        rejected?: Array<{ index: number }>
        warnings?: Array<{ index: number; field: string; reason: string }>
      }
      await waitFor('the sentinel at TikTok', () => fake.acceptedEvents().find((e) => e.event_id === sentinel))
      const events = fake.acceptedEvents().filter((e) => e.event_id !== sentinel)
      if (events.length > 1) throw new Error(`expected at most one event at TikTok, got ${events.length}`)
      const sent = events[0] ? (({ event_source_id, ...rest }) => rest)(events[0]) : null
      return {
        sent,
        refused: (answer.rejected ?? []).some((r) => r.index === 0),
        warnings: (answer.warnings ?? []).filter((w) => w.index === 0).map(({ field, reason }) => ({ field, reason }))
      }
    },
    async close() {
      for (const relay of relays.values()) await relay.close()
      await fake.close()
    }
  }
}
