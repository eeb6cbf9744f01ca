/**
 * Outcomes in actions-core's terms: perform throws the error Segment shows for one event; performBatch answers a
 * MultiStatusResponse with one entry per payload. A sent event that lost fields says which, and why, in what it
 * returns (perform's result, the batch entry's body): that is what Segment's Event Delivery shows for a success.
 */
import type { JSONLikeObject } from '@segment/actions-core'
import {
  IntegrationError,
  InvalidAuthenticationError,
  MultiStatusResponse,
  PayloadValidationError,
  RetryableError
} from '../actions-core.ts'
import type { EventOutcome } from './deliver-events.ts'
import { outcomeStatus } from './outcome-status.ts'

type RetryableStatus = ConstructorParameters<typeof RetryableError>[1]

type SentOutcome = Extract<EventOutcome, { kind: 'sent' }>

/** What Segment is shown for a sent event: TikTok's request id, and the fields left out with their reasons. */
function sentBody(outcome: SentOutcome): JSONLikeObject {
  const body: JSONLikeObject = outcome.requestId ? { request_id: outcome.requestId } : {}
  if (outcome.warnings.length > 0) body.warnings = outcome.warnings.map(({ field, reason }) => ({ field, reason }))
  return body
}

/** Throws for anything but an accepted event; returns TikTok's request id (and any dropped fields) otherwise. */
export function throwUnlessSent(outcome: EventOutcome): JSONLikeObject {
  if (outcome.kind === 'sent') return sentBody(outcome)
  const failure = outcomeStatus(outcome)
  if (failure.retryable) throw new RetryableError(failure.message, failure.status as RetryableStatus)
  if (failure.errortype === 'INVALID_AUTHENTICATION') throw new InvalidAuthenticationError(failure.message)
  if (failure.errortype === 'PAYLOAD_VALIDATION_FAILED') throw new PayloadValidationError(failure.message)
  // A consent drop carries its reason as the code (CONSENT_DENIED, GPC_OPT_OUT) so it can be told apart in Segment.
  const code = outcome.kind === 'dropped' ? outcome.reason.toUpperCase() : failure.errortype
  const error = new IntegrationError(failure.message, code, failure.status)
  error.retry = false
  throw error
}

/** What was sent, for Segment's event delivery view: the built TikTok event, whose match keys are hashes only. */
const sentEvent = (outcome: { event: unknown }) => outcome.event as JSONLikeObject

export function toMultiStatus(outcomes: EventOutcome[]): MultiStatusResponse {
  const response = new MultiStatusResponse()
  for (const outcome of outcomes) {
    if (outcome.kind === 'sent') {
      response.pushSuccessResponse({ status: 200, sent: sentEvent(outcome), body: sentBody(outcome) })
      continue
    }
    const failure = outcomeStatus(outcome)
    response.pushErrorResponse({
      status: failure.status,
      errortype: failure.errortype,
      errormessage: failure.message,
      ...(outcome.kind === 'failed' ? { sent: sentEvent(outcome) } : {})
    })
  }
  return response
}
