/**
 * When an event may say it happened, checked at intake after the device clock is corrected (clock-skew.ts), so a
 * call that can never be sent is refused with a reason now instead of becoming a dead letter later:
 *
 * - No more than MAX_FUTURE_MS after the relay received it. Corrected times never are (a message with sentAt is
 *   dated by the relay's clock); without sentAt, a server's clock kept by NTP is off by milliseconds, so five minutes
 *   (the clock skew Kerberos tolerates by default, RFC 4120 §1.6 and MIT krb5 `clockskew`) is a wrong clock or an
 *   invented date (2100, 9999), never drift.
 * - No more than MAX_AGE_MS before it: 28 days. TikTok attributes no conversion older than its longest attribution
 *   window (click-through, 28 days; view-through is 7), and takes offline events only from the previous 28 days
 *   (TikTok's help on attribution windows; TikTok Offline Events as Amperity documents it). Events API 2.0 states
 *   no separate limit for web events; an event TikTok cannot attribute is of no use to an advertiser either way.
 *
 * A time that cannot be read at all is left to the core, which names the field it came from.
 */
import { INVALID } from '../../destinations/tiktok/core/coerce-value.ts'
import { toEventTime } from '../../destinations/tiktok/core/event-time.ts'
import type { Rejection } from './parse-messages.ts'

export const MAX_FUTURE_MS = 5 * 60_000
export const MAX_AGE_MS = 28 * 86_400_000

/** Why the message's (corrected) timestamp cannot be sent, or undefined when it can. */
export function implausibleTime(timestamp: unknown, receivedAtMs: number): Omit<Rejection, 'index'> | undefined {
  const seconds = toEventTime(timestamp, receivedAtMs)
  if (seconds === INVALID) return undefined
  const ms = seconds * 1000
  if (ms > receivedAtMs + MAX_FUTURE_MS) {
    return {
      field: 'timestamp',
      reason: 'timestamp_in_future',
      message: 'more than 5 minutes after the relay received it (a wrong device clock? send sentAt to correct it)'
    }
  }
  if (ms < receivedAtMs - MAX_AGE_MS) {
    return {
      field: 'timestamp',
      reason: 'timestamp_too_old',
      message: 'more than 28 days old: TikTok attributes no conversion older than its 28-day attribution window'
    }
  }
  return undefined
}
