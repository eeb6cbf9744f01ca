/**
 * Payloads -> one outcome per payload, in order: built by the core, grouped by event source and id (a request
 * carries one of each), chunked into request bodies (<= 1000 events), posted, and every answer traced back to the events its request carried. One bad event never stops the others:
 * invalid and consent-dropped events are set aside before anything is sent.
 */
import type { RequestClient } from '@segment/actions-core'
import {
  type BuiltEvent,
  buildRequestBodies,
  buildTikTokEventSync,
  type ConsentDropReason,
  DeliveryError,
  EventValidationError,
  type FieldWarning,
  groupBySource,
  PermanentDeliveryError,
  type ReportEventInput,
  RetryableDeliveryError,
  type TikTokEvent,
  type TikTokRequestBody
} from '../core/index.ts'
import type { CoreSettings } from '../core/settings.ts'
import { postRequestBody } from './post-request-body.ts'

export type EventOutcome =
  /** `warnings`: fields the core left out of the event (a value TikTok could not take), never the event itself. */
  | { kind: 'sent'; event: TikTokEvent; requestId?: string; warnings: readonly FieldWarning[] }
  | { kind: 'dropped'; reason: ConsentDropReason; detail: string }
  | { kind: 'invalid'; error: EventValidationError }
  | { kind: 'failed'; event: TikTokEvent; error: DeliveryError }

/** Requests in flight at once. A batch needs 1-3; with a test event code every event is its own request. */
const MAX_IN_FLIGHT = 8

/**
 * TikTok rejects a whole request for one bad event and names it (`data.N`): that event gets the error, the others
 * in its request are marked retryable, because resending them without it will succeed.
 */
function chunkFailure(error: DeliveryError, positionInChunk: number): DeliveryError {
  if (!(error instanceof PermanentDeliveryError)) return error
  const culprit = error.eventIndex
  if (culprit === undefined || culprit === positionInChunk) return error
  const message = `not sent: TikTok rejected its request because of another event (data.${culprit})`
  return new RetryableDeliveryError(message, { ...error.details })
}

export async function deliverEvents(
  request: RequestClient,
  payloads: ReportEventInput[],
  settings: CoreSettings
): Promise<EventOutcome[]> {
  const outcomes: EventOutcome[] = new Array(payloads.length)
  const toSend: Array<{ index: number; built: Extract<BuiltEvent, { kind: 'send' }> }> = []
  // One synchronous pass: building awaits nothing, so a promise per event (~0.25 us each) would be pure overhead.
  for (let i = 0; i < payloads.length; i++) {
    try {
      const built = buildTikTokEventSync(payloads[i]!, settings)
      if (built.kind === 'send') toSend.push({ index: i, built })
      else outcomes[i] = { kind: 'dropped', reason: built.reason, detail: built.detail }
    } catch (error) {
      if (!(error instanceof EventValidationError)) throw error
      outcomes[i] = { kind: 'invalid', error }
    }
  }

  // One request per (event source, id) and 1,000 events; each body keeps the payload index of every event in it.
  const bodies: Array<{ body: TikTokRequestBody; sent: typeof toSend }> = []
  for (const group of groupBySource(toSend, (item) => item.built)) {
    const requestSettings = { ...settings, eventSource: group.eventSource, eventSourceId: group.eventSourceId }
    let offset = 0
    for (const body of buildRequestBodies(
      group.items.map((item) => item.built.event),
      requestSettings
    )) {
      bodies.push({ body, sent: group.items.slice(offset, offset + body.data.length) })
      offset += body.data.length
    }
  }

  const send = async (k: number): Promise<void> => {
    const { body, sent } = bodies[k]!
    try {
      const { requestId } = await postRequestBody(request, body, settings)
      sent.forEach(({ index, built }) => {
        outcomes[index] = { kind: 'sent', event: built.event, requestId, warnings: built.warnings }
      })
    } catch (error) {
      if (!(error instanceof DeliveryError)) throw error
      sent.forEach(({ index, built }, j) => {
        outcomes[index] = { kind: 'failed', event: built.event, error: chunkFailure(error, j) }
      })
    }
  }
  let next = 0
  const worker = async () => {
    while (next < bodies.length) await send(next++)
  }
  await Promise.all(Array.from({ length: Math.min(MAX_IN_FLIGHT, bodies.length) }, worker))
  return outcomes
}
