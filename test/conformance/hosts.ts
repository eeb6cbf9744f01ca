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
/** One id per event source, in every host's settings (issue 17). */
export const SOURCE_IDS = { web: PIXEL, app: '7000000017', offline: '8000000017', crm: '9000000017' } as const
const ID_SETTINGS = {
  pixelCode: PIXEL,
  appId: SOURCE_IDS.app,
  offlineEventSetId: SOURCE_IDS.offline,
  crmEventSetId: SOURCE_IDS.crm
}

export interface HostResult {
  /** The event TikTok accepted (without the request's event_source and id), or null when nothing reached it. */
  sent: Record<string, unknown> | null
  /** The request's event_source and event_source_id, when something was sent. */
  to?: { event_source: string; event_source_id: string }
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

/** The one event the fake accepted since its last reset (or null), and where its request went. */
function onlySent(fake: FakeTikTok): Pick<HostResult, 'sent' | 'to'> {
  const events = fake.acceptedEvents()
  if (events.length > 1) throw new Error(`expected at most one event at TikTok, got ${events.length}`)
  if (events.length === 0) return { sent: null }
  const { event_source, event_source_id, ...event } = events[0]!
  return { sent: event, to: { event_source, event_source_id } }
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
          settings: { accessToken: TOKEN, ...ID_SETTINGS, apiUrl: fake.url }
        })
      } catch (error) {
        const name = (error as Error).name
        if (name === 'PayloadValidationError' || name === 'AggregateAjvError')
          return { ...onlySent(fake), refused: true }
        throw error
      }
      const data = (integration.results as Array<{ data?: { warnings?: unknown } }>).find((r) => 'data' in r)?.data
      return { ...onlySent(fake), refused: false, warnings: plainWarnings(data?.warnings) }
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
      const Config = { accessToken: TOKEN, ...ID_SETTINGS, apiUrl: fake.url, ...c.settings }
      const [response] = await processRouterDest([
        { message: structuredClone(c.event), metadata: { jobId: 1 }, destination: { ID: 'conformance', Config } }
      ])
      if (!response) throw new Error('processRouterDest answered nothing')
      if (!response.batched) {
        // RudderStack answers 400 both for an event it maps to nothing and for one TikTok could not take.
        return { sent: null, refused: /^(event|event_time|user|lead|lead\.lead_id): /.test(response.error) }
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
      return { ...onlySent(fake), refused: false, warnings: plainWarnings(response.metadata[0]?.warnings) }
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
          ...ID_SETTINGS,
          apiUrl: fake.url,
          ...c.settings
        })
      } catch (error) {
        const name = (error as Error).name
        if (name === 'EventNotSupported') return { sent: null, refused: false }
        if (name === 'ValidationError') return { sent: null, refused: true }
        throw error
      }
      return { ...onlySent(fake), refused: false }
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
      [
        'destinations:',
        `  - pixelCode: ${PIXEL}`,
        `    appId: "${SOURCE_IDS.app}"`,
        `    offlineEventSetId: "${SOURCE_IDS.offline}"`,
        `    crmEventSetId: "${SOURCE_IDS.crm}"`,
        '    writeKeys: [wk]',
        `    settings: ${JSON.stringify(settings)}`,
        ''
      ].join('\n')
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
        warnings?: Array<{ index: number; field: string; reason: string; tiktokField?: string }>
      }
      await waitFor('the sentinel at TikTok', () => fake.acceptedEvents().find((e) => e.event_id === sentinel))
      const events = fake.acceptedEvents().filter((e) => e.event_id !== sentinel)
      if (events.length > 1) throw new Error(`expected at most one event at TikTok, got ${events.length}`)
      const [first] = events
      const { event_source, event_source_id, ...sent } = first ?? { event_source: '', event_source_id: '' }
      return {
        sent: first ? sent : null,
        ...(first ? { to: { event_source, event_source_id } } : {}),
        refused: (answer.rejected ?? []).some((r) => r.index === 0),
        // The fixtures name TikTok's fields, as every host does; the relay names the field sent, and TikTok's beside it.
        warnings: (answer.warnings ?? [])
          .filter((w) => w.index === 0)
          .map(({ field, reason, tiktokField }) => ({ field: tiktokField ?? field, reason }))
      }
    },
    async close() {
      for (const relay of relays.values()) await relay.close()
      await fake.close()
    }
  }
}
