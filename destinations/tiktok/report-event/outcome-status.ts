/**
 * What Segment is told about one event: an HTTP-like status, an actions-core error type and a message. The same
 * table serves perform (thrown as an actions-core error) and performBatch (a MultiStatusResponse entry), so a
 * single event and the same event inside a batch are reported alike. Messages name field paths, never values.
 */
import type { ErrorCodes } from '@segment/actions-core'
import type { DeliveryError } from '../core/index.ts'
import type { EventOutcome } from './deliver-events.ts'

export interface FailureStatus {
  status: number
  errortype: keyof typeof ErrorCodes
  message: string
  retryable: boolean
}

/** TikTok's rate-limit codes: reported as 429 so Segment backs off rather than retrying at once. */
const RATE_LIMIT_CODES: ReadonlySet<number> = new Set([40100, 40016, 40133])
/** Token missing (40104) or invalid (40105). */
const AUTH_CODES: ReadonlySet<number> = new Set([40104, 40105])
/** The token has no permission on the pixel / event set. */
const NO_PERMISSION_CODE = 40001

function deliveryStatus(error: DeliveryError): FailureStatus {
  const { code, status: httpStatus } = error.details
  const message = error.message
  if (error.retryable) {
    if (httpStatus === 429 || (code !== undefined && RATE_LIMIT_CODES.has(code))) {
      return { status: 429, errortype: 'TOO_MANY_REQUESTS', message, retryable: true }
    }
    const status = httpStatus !== undefined && httpStatus >= 500 ? httpStatus : 500
    return { status, errortype: 'RETRYABLE_ERROR', message, retryable: true }
  }
  if (code !== undefined && AUTH_CODES.has(code)) {
    return {
      status: 401,
      errortype: 'INVALID_AUTHENTICATION',
      message: `${message} (check the Access Token setting)`,
      retryable: false
    }
  }
  if (code === NO_PERMISSION_CODE) {
    return {
      status: 403,
      errortype: 'FORBIDDEN',
      message: `${message} (the Access Token has no permission on this Pixel Code)`,
      retryable: false
    }
  }
  return { status: 400, errortype: 'BAD_REQUEST', message, retryable: false }
}

export type FailedOutcome = Exclude<EventOutcome, { kind: 'sent' }>

export function outcomeStatus(outcome: FailedOutcome): FailureStatus {
  switch (outcome.kind) {
    case 'dropped':
      // 451: a legal reason, never retried; the event was not sent at all.
      return {
        status: 451,
        errortype: 'UNAVAILABLE_FOR_LEGAL_REASONS',
        message: `Not sent (${outcome.reason}): ${outcome.detail}`,
        retryable: false
      }
    case 'invalid':
      return {
        status: 400,
        errortype: 'PAYLOAD_VALIDATION_FAILED',
        message: `Invalid TikTok event: ${outcome.error.message}`,
        retryable: false
      }
    case 'failed':
      return deliveryStatus(outcome.error)
  }
}
