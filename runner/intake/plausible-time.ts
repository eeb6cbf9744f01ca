/**
 * When an event may say it happened, checked at intake after the device clock is corrected (clock-skew.ts), so a
 * call that can never be sent is refused with a reason now instead of becoming a dead letter later. Each refusal
 * names the field the client sent (`timestamp`, or RudderStack's `originalTimestamp` when it sent only that):
 *
 * - A value that is no time at all (not ISO-8601, not Unix seconds or milliseconds): `invalid_timestamp`.
 * - No more than MAX_FUTURE_MS after the relay received it. Corrected times never are (a message with sentAt is
 *   dated by the relay's clock); without sentAt, a server's clock kept by NTP is off by milliseconds, so five minutes
 *   (the clock skew Kerberos tolerates by default, RFC 4120 §1.6 and MIT krb5 `clockskew`) is a wrong clock or an
 *   invented date (2100, 9999), never drift.
 * - No more than MAX_AGE_MS before it: 28 days. TikTok attributes no conversion older than its longest attribution
 *   window (click-through, 28 days; view-through is 7), and takes offline events only from the previous 28 days
 *   (TikTok's help on attribution windows; TikTok Offline Events as Amperity documents it). Events API 2.0 states
 *   no separate limit for web events; an event TikTok cannot attribute is of no use to an advertiser either way.
 *   The Unix epoch itself and times before it (which the core cannot send) are refused as too old, not as unreadable.
 *
 * Messages quote the time as judged (ISO-8601, after the clock correction), never the raw text a client sent.
 */
import { INVALID } from '../../destinations/tiktok/core/coerce-value.ts'
import { toEventTime } from '../../destinations/tiktok/core/event-time.ts'
import type { Rejection } from './parse-messages.ts'

export const MAX_FUTURE_MS = 5 * 60_000
export const MAX_AGE_MS = 28 * 86_400_000

/** The field whose value becomes the message's timestamp: `timestamp`, or `originalTimestamp` when only it is set. */
export function timeFieldOf(m: Record<string, unknown>): 'timestamp' | 'originalTimestamp' {
  return (m.timestamp === undefined || m.timestamp === null) && m.originalTimestamp != null
    ? 'originalTimestamp'
    : 'timestamp'
}

/** Epoch ms of a value that reads as a time at or before the Unix epoch (the core's INVALID for them), else NaN. */
function epochOrEarlier(raw: unknown): number {
  const text = typeof raw === 'string' ? raw.trim() : undefined
  const ms =
    typeof raw === 'number'
      ? raw * 1000
      : text === undefined || text === ''
        ? Number.NaN
        : /^-?\d+(\.\d+)?$/.test(text)
          ? Number(text) * 1000
          : Date.parse(text)
  return ms <= 0 ? ms : Number.NaN
}

/** The judged time as ISO-8601 (JavaScript dates reach ±8.64e15 ms, about 270,000 years either side of 1970). */
const iso = (ms: number) =>
  Math.abs(ms) <= 8.64e15
    ? new Date(ms).toISOString()
    : ms > 0
      ? 'a time after the year 275760'
      : 'a time before 271821 BC'

/**
 * Why the message's (corrected) timestamp cannot be sent, or undefined when it can; `field` is the field the client
 * sent it in (timeFieldOf, read before the message was completed).
 */
export function implausibleTime(
  timestamp: unknown,
  receivedAtMs: number,
  field = 'timestamp'
): Omit<Rejection, 'index'> | undefined {
  const seconds = toEventTime(timestamp, receivedAtMs)
  const ms = seconds === INVALID ? epochOrEarlier(timestamp) : seconds * 1000
  if (Number.isNaN(ms)) {
    return { field, reason: 'invalid_timestamp', message: 'expected an ISO-8601 time or Unix time' }
  }
  if (seconds !== INVALID && ms > receivedAtMs + MAX_FUTURE_MS) {
    return {
      field,
      reason: 'timestamp_in_future',
      message: `${iso(ms)} is more than 5 minutes after the relay received it (a wrong device clock? send sentAt to correct it)`
    }
  }
  if (ms < receivedAtMs - MAX_AGE_MS) {
    return {
      field,
      reason: 'timestamp_too_old',
      message: `${iso(ms)} is more than 28 days in the past: TikTok attributes no conversion older than its 28-day attribution window`
    }
  }
  return undefined
}
