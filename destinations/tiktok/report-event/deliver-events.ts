/**
 * Payloads -> one outcome per payload, in order: built by the core, chunked into request bodies (<= 1000 events),
 * posted, and every answer traced back to the events its request carried. One bad event never stops the others:
 * invalid and consent-dropped events are set aside before anything is sent.
 */
import type { RequestClient } from '@segment/actions-core'
import {
  buildRequestBodies,
  buildTikTokEventSync,
  type ConsentDropReason,
  DeliveryError,
  EventValidationError,
  type FieldWarning,
  PermanentDeliveryError,
  type ReportEventInput,
  RetryableDeliveryError,
  type TikTokEvent
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
  const toSend: TikTokEvent[] = []
  const sendIndex: number[] = []
  const warningsOf: Array<readonly FieldWarning[]> = []
  // One synchronous pass: building awaits nothing, so a promise per event (~0.25 us each) would be pure overhead.
  for (let i = 0; i < payloads.length; i++) {
    try {
      const built = buildTikTokEventSync(payloads[i]!, settings)
      if (built.kind === 'send') {
        toSend.push(built.event)
        sendIndex.push(i)
        warningsOf.push(built.warnings)
      } else outcomes[i] = { kind: 'dropped', reason: built.reason, detail: built.detail }
    } catch (error) {
      if (!(error instanceof EventValidationError)) throw error
      outcomes[i] = { kind: 'invalid', error }
    }
  }

  // buildRequestBodies keeps order and slices contiguously, so body k holds the next body.data.length events.
  const bodies = buildRequestBodies(toSend, settings)
  const firstIndex: number[] = []
  bodies.reduce((offset, body) => {
    firstIndex.push(offset)
    return offset + body.data.length
  }, 0)

  const send = async (k: number): Promise<void> => {
    const body = bodies[k]!
    const at = (j: number) => sendIndex[firstIndex[k]! + j]!
    try {
      const { requestId } = await postRequestBody(request, body, settings)
      body.data.forEach((event, j) => {
        outcomes[at(j)] = { kind: 'sent', event, requestId, warnings: warningsOf[firstIndex[k]! + j]! }
      })
    } catch (error) {
      if (!(error instanceof DeliveryError)) throw error
      body.data.forEach((event, j) => {
        outcomes[at(j)] = { kind: 'failed', event, error: chunkFailure(error, j) }
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
