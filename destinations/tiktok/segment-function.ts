/**
 * Segment Destination Function host. `npm run build:segment-function` bundles this file into
 * dist/segment-function.js, which declares onTrack/onIdentify/onPage/onBatch at top level for Segment's Functions
 * editor. Settings (camelCase, as the editor's Settings tab names them): accessToken, pixelCode, appId (TikTok App
 * ID), offlineEventSetId, crmEventSetId, testEventCode, eventSource, consentCategories, limitedDataUse, defaultPhoneCountry, sendCustomEvents, eventsToStandard (a map
 * "Segment event" -> TikTok event) and apiUrl. RetryError, ValidationError, EventNotSupported, DropEvent and fetch
 * are globals of Segment's runtime.
 */
import { buildTikTokEvent } from './core/build-event.ts'
import { buildRequestBodies, groupBySource } from './core/build-requests.ts'
import type { EventSource, TikTokEvent } from './core/contract.ts'
import { EventValidationError, PermanentDeliveryError, RetryableDeliveryError } from './core/errors.ts'
import { missingDefaultSourceId } from './core/event-source.ts'
import type { FieldWarning } from './core/field-warning.ts'
import { sendTikTokRequest } from './core/send-request.ts'
import { CoreSettings } from './core/settings.ts'
import { type EventPlan, mapMessage } from './rudderstack/map-message.ts'
import { shippedPipelines } from './rudderstack/shipped-pipelines.ts'

type SegmentErrorClass = new (message: string) => Error
declare const RetryError: SegmentErrorClass
declare const ValidationError: SegmentErrorClass
declare const EventNotSupported: SegmentErrorClass
declare const DropEvent: SegmentErrorClass

type SegmentEvent = Record<string, unknown>
type FunctionSettings = Record<string, unknown>
interface Setup {
  settings: CoreSettings
  plan: EventPlan
}

const setups = new WeakMap<object, Setup>()

/** "a, b" or ["a","b"] -> ["a","b"]: the editor stores lists either way depending on the setting's type. */
function list(value: unknown): string[] | undefined {
  if (Array.isArray(value))
    return value
      .map(String)
      .map((v) => v.trim())
      .filter(Boolean)
  if (typeof value === 'string')
    return value
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean)
  return undefined
}

function setupFor(raw: FunctionSettings): Setup {
  const cached = setups.get(raw)
  if (cached) return cached
  const parsed = CoreSettings.safeParse({ ...raw, consentCategories: list(raw.consentCategories) })
  if (!parsed.success) {
    throw new ValidationError(parsed.error.issues.map((i) => `settings.${i.path.join('.')}: ${i.message}`).join('; '))
  }
  const missing = missingDefaultSourceId(parsed.data)
  if (missing) throw new ValidationError(`settings.${missing.key}: ${missing.message}`)
  const mappings = raw.eventsToStandard && typeof raw.eventsToStandard === 'object' ? raw.eventsToStandard : {}
  const eventsToStandard = new Map<string, string[]>()
  for (const [from, to] of Object.entries(mappings)) {
    if (typeof to === 'string' && to.trim()) eventsToStandard.set(from.trim().toLowerCase(), [to.trim()])
  }
  const setup = {
    settings: parsed.data,
    plan: { pipelines: shippedPipelines(), eventsToStandard, sendCustomEvents: raw.sendCustomEvents === true }
  }
  setups.set(raw, setup)
  return setup
}

/**
 * A field left out of an event is said in the function's log (Segment shows a function's console output beside the
 * event): the TikTok path and the reason, never the value.
 */
function logWarnings(event: SegmentEvent, warnings: readonly FieldWarning[]): void {
  if (warnings.length === 0) return
  const id = typeof event.messageId === 'string' ? ` ${event.messageId}` : ''
  console.warn(`TikTok: event${id} sent without ${warnings.map((w) => `${w.field} (${w.reason})`).join(', ')}`)
}

interface SourcedEvent {
  event: TikTokEvent
  eventSource: EventSource
  eventSourceId: string
}

/** One Segment event -> its TikTok events (each with the source and id it goes to), or the Segment error. */
async function buildEvents(event: SegmentEvent, setup: Setup): Promise<SourcedEvent[]> {
  const mapped = mapMessage(event, setup.plan)
  if (mapped.kind === 'not_mapped') throw new EventNotSupported(mapped.message)
  const events: SourcedEvent[] = []
  for (const input of mapped.inputs) {
    let built: Awaited<ReturnType<typeof buildTikTokEvent>>
    try {
      built = await buildTikTokEvent(input, setup.settings)
    } catch (err) {
      if (err instanceof EventValidationError) throw new ValidationError(err.message)
      throw err
    }
    if (built.kind === 'drop') throw new DropEvent(`${built.reason}: ${built.detail}`)
    logWarnings(event, built.warnings)
    events.push({ event: built.event, eventSource: built.eventSource, eventSourceId: built.eventSourceId })
  }
  return events
}

/** Segment's fetch is a global, looked up per call so the runtime's (or a test harness's) is used. */
const segmentFetch = (url: string, init: RequestInit) => fetch(url, init)

/** Request bodies for these events: one source and id per request, at most 1,000 events (order kept per group). */
function bodiesOf<T>(items: T[], eventOf: (item: T) => SourcedEvent, settings: CoreSettings) {
  return groupBySource(items, eventOf).flatMap((group) => {
    const requestSettings = { ...settings, eventSource: group.eventSource, eventSourceId: group.eventSourceId }
    let offset = 0
    return buildRequestBodies(
      group.items.map((item) => eventOf(item).event),
      requestSettings
    ).map((body) => {
      const sent = group.items.slice(offset, offset + body.data.length)
      offset += body.data.length
      return { body, sent }
    })
  })
}

async function deliver(events: SourcedEvent[], settings: CoreSettings): Promise<void> {
  for (const { body } of bodiesOf(events, (e) => e, settings)) {
    try {
      await sendTikTokRequest(body, settings, segmentFetch)
    } catch (err) {
      if (err instanceof RetryableDeliveryError) throw new RetryError(err.message)
      if (err instanceof PermanentDeliveryError || err instanceof EventValidationError) {
        throw new ValidationError(err.message)
      }
      throw err
    }
  }
}

async function handleOne(event: SegmentEvent, settings: FunctionSettings): Promise<void> {
  const setup = setupFor(settings)
  await deliver(await buildEvents(event, setup), setup.settings)
}

export const onTrack = handleOne
export const onIdentify = handleOne
export const onPage = handleOne
export const onScreen = handleOne

export interface BatchResult {
  status: number
  errormessage?: string
}

/** Status per input event, in input order (Segment pairs them by position): 200 sent, 400 discard, 500 retry. */
export async function onBatch(events: SegmentEvent[], settings: FunctionSettings): Promise<BatchResult[]> {
  const setup = setupFor(settings)
  const results: BatchResult[] = events.map(() => ({ status: 200 }))
  const items: Array<{ index: number; event: SourcedEvent }> = []
  const built = await Promise.allSettled(events.map((event) => buildEvents(event, setup)))
  built.forEach((outcome, index) => {
    if (outcome.status === 'fulfilled') for (const event of outcome.value) items.push({ index, event })
    else {
      const err = outcome.reason as Error
      results[index] = { status: err.name === 'RetryError' ? 500 : 400, errormessage: `${err.name}: ${err.message}` }
    }
  })
  for (const { body, sent } of bodiesOf(items, (i) => i.event, setup.settings)) {
    try {
      await sendTikTokRequest(body, setup.settings, segmentFetch)
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err)
      // TikTok names the one bad event of a 40002 (data.N): discard it, retry the others without it.
      const bad = err instanceof PermanentDeliveryError ? err.eventIndex : undefined
      sent.forEach(({ index }, n) => {
        const retry = err instanceof RetryableDeliveryError || (bad !== undefined && n !== bad)
        results[index] = { status: retry ? 500 : 400, errormessage: message }
      })
    }
  }
  return results
}
