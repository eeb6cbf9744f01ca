/**
 * TikTok's answer -> success or a typed DeliveryError. TikTok answers most errors with HTTP 200 and a non-zero
 * envelope `code`, so the envelope decides; transport trouble (5xx with an HTML page, 429) is retryable whatever
 * the body says.
 */
import { TikTokResponseEnvelope } from './contract.ts'
import { PermanentDeliveryError, RetryableDeliveryError } from './errors.ts'

/** Rate limits (40100, 40016, 40133) and TikTok server errors (50000, 50002): the same request can succeed later. */
export const RETRYABLE_CODES: ReadonlySet<number> = new Set([40100, 40016, 40133, 50000, 50002])

export interface DeliveryResult {
  requestId?: string
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null | undefined, nowMs: number = Date.now()): number | undefined {
  if (!value) return undefined
  const text = value.trim()
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000)
  const at = Date.parse(text)
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs)
}

function parseEnvelope(bodyText: string): TikTokResponseEnvelope | undefined {
  try {
    const parsed = TikTokResponseEnvelope.safeParse(JSON.parse(bodyText))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}

export function classifyResponse(status: number, bodyText: string, headers?: Headers): DeliveryResult {
  const retryAfterMs = parseRetryAfter(headers?.get('retry-after'))
  const envelope = parseEnvelope(bodyText)
  const requestId = envelope?.request_id
  if (status === 429 || status === 408 || status >= 500) {
    throw new RetryableDeliveryError(`TikTok answered HTTP ${status}`, {
      status,
      code: envelope?.code,
      requestId,
      retryAfterMs
    })
  }
  if (!envelope) {
    // A 2xx we cannot read says nothing about whether TikTok took the events; resending is safe (event_id dedup).
    if (status >= 200 && status < 300) {
      throw new RetryableDeliveryError(`TikTok answered HTTP ${status} without a response envelope`, { status })
    }
    throw new PermanentDeliveryError(`TikTok answered HTTP ${status} without a response envelope`, { status })
  }
  if (envelope.code === 0 && status >= 200 && status < 300) return requestId ? { requestId } : {}
  const details = { status, code: envelope.code, requestId, retryAfterMs }
  const message = `TikTok code ${envelope.code}: ${envelope.message}`
  if (RETRYABLE_CODES.has(envelope.code)) throw new RetryableDeliveryError(message, details)
  throw new PermanentDeliveryError(message, details)
}
