/**
 * Payloads -> one outcome per payload, in order: built by the core, chunked into request bodies (<= 1000 events),
 * posted, and every answer traced back to the events its request carried. One bad event never stops the others:
 * invalid and consent-dropped events are set aside before anything is sent.
 */
import type { RequestClient } from '@segment/actions-core'
import {
  buildRequestBodies,
  buildTikTokEvent,
  type ConsentDropReason,
  DeliveryError,
  EventValidationError,
  PermanentDeliveryError,
  type ReportEventInput,
  RetryableDeliveryError,
  type TikTokEvent
} from '../core/index.ts'
import type { CoreSettings } from '../core/settings.ts'
import { postRequestBody } from './post-request-body.ts'

export type EventOutcome =
  | { kind: 'sent'; event: TikTokEvent; requestId?: string }
  | { kind: 'dropped'; reason: ConsentDropReason; detail: string }
  | { kind: 'invalid'; error: EventValidationError }
  | { kind: 'failed'; event: TikTokEvent; error: DeliveryError }

async function buildOutcome(payload: ReportEventInput, settings: CoreSettings): Promise<EventOutcome | TikTokEvent> {
  try {
    const built = await buildTikTokEvent(payload, settings)
    return built.kind === 'drop' ? { kind: 'dropped', reason: built.reason, detail: built.detail } : built.event
  } catch (error) {
    if (error instanceof EventValidationError) return { kind: 'invalid', error }
    throw error
  }
}

/**
 * TikTok rejects a whole request for one bad event and names it (`data.N`): that event gets the error, the others
 * in its request are marked retryable, because resending them without it will succeed.
 */
function chunkFailure(error: DeliveryError, positionInChunk: number): DeliveryError {
  if (!(error instanceof PermanentDeliveryError)) return error
  const culprit = error.eventIndex
  if (culprit === undefined || culprit === positionInChunk) return error
  return new RetryableDeliveryError(`not sent: TikTok rejected its request because of another event (data.${culprit})`, {
    ...error.details
  })
}

export async function deliverEvents(
  request: RequestClient,
  payloads: ReportEventInput[],
  settings: CoreSettings
): Promise<EventOutcome[]> {
  const built = await Promise.all(payloads.map((payload) => buildOutcome(payload, settings)))
  const outcomes: EventOutcome[] = new Array(payloads.length)
  const toSend: TikTokEvent[] = []
  const sendIndex: number[] = []
  built.forEach((result, i) => {
    if ('kind' in result) outcomes[i] = result
    else {
      toSend.push(result)
      sendIndex.push(i)
    }
  })

  // buildRequestBodies keeps order and slices contiguously, so body k holds the next body.data.length events.
  const bodies = buildRequestBodies(toSend, settings)
  let offset = 0
  const sends = bodies.map((body) => {
    const first = offset
    offset += body.data.length
    return postRequestBody(request, body, settings).then(
      (result) => {
        body.data.forEach((event, j) => {
          outcomes[sendIndex[first + j]] = { kind: 'sent', event, requestId: result.requestId }
        })
      },
      (error: unknown) => {
        if (!(error instanceof DeliveryError)) throw error
        body.data.forEach((event, j) => {
          outcomes[sendIndex[first + j]] = { kind: 'failed', event, error: chunkFailure(error, j) }
        })
      }
    )
  })
  await Promise.all(sends)
  return outcomes
}
