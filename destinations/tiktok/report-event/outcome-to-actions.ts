/**
 * Outcomes in actions-core's terms: perform throws the error Segment shows for one event; performBatch answers a
 * MultiStatusResponse with one entry per payload.
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

/** Throws for anything but an accepted event; returns TikTok's request id otherwise. */
export function throwUnlessSent(outcome: EventOutcome): { request_id?: string } {
  if (outcome.kind === 'sent') return outcome.requestId ? { request_id: outcome.requestId } : {}
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
      response.pushSuccessResponse({
        status: 200,
        sent: sentEvent(outcome),
        body: outcome.requestId ? { request_id: outcome.requestId } : {}
      })
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
