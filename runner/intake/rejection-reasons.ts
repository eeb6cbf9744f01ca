/**
 * Why intake refuses one message: the `reason` of each `rejected[]` item of a batch answer (and the `code` of a
 * single call's 400), the label of `relay_intake_rejected_total`. A closed list, so a client can branch on it and
 * the metric's labels stay bounded; the README's table of reasons is checked against it (test/docs). The checks
 * that find each one: parse-messages.ts and plausible-time.ts (the message as sent), the core's
 * EventValidationError issues (the event built from it: rejectionOf below).
 */
import type { EventValidationError, Issue } from '../../destinations/tiktok/core/errors.ts'
import type { Rejection } from './parse-messages.ts'

/** Each reason with what it means (the README's table says the same, for people). */
export const REJECTION_REASONS = {
  invalid_field:
    'a field of the wrong kind: an id that is an object, properties that are not an object, an item that is no object',
  invalid_type: 'type is none of track, identify, page, screen, group, alias',
  missing_id: 'neither userId nor anonymousId (an alias: userId or previousId)',
  missing_event: 'a track without an event name',
  too_deep: 'objects or arrays nested deeper than 64 levels',
  too_large: 'the message is larger than limits.maxEventBytes',
  invalid_timestamp: 'a timestamp that is no ISO-8601 or Unix time',
  timestamp_in_future: 'dated more than 5 minutes after the relay received it',
  timestamp_too_old: 'dated more than 28 days before the relay received it',
  invalid_event_name:
    'the TikTok event name is missing or not one the event source takes (offline: standard names only; CRM: custom names only; at most 50 characters)',
  missing_event_source_id:
    'the event source (web, app, offline, crm) has no id on this destination (pixelCode, appId, ...)',
  missing_match_key: 'an offline event without email, phone or external_id',
  missing_lead_id: 'a CRM event without lead_id',
  mapping_failed: "a pipeline's mapping could not read the message",
  invalid_event: 'anything else TikTok cannot take at all'
} as const satisfies Record<string, string>

export type RejectionReason = keyof typeof REJECTION_REASONS

/** The core's own issue codes that are rejection reasons as they are. */
const CORE_CODES: ReadonlySet<string> = new Set(['invalid_timestamp', 'missing_event_source_id', 'mapping_failed'])

/** The reason of one core issue, from its code and TikTok path (the contract's checks carry zod's codes). */
export function reasonOfIssue(issue: Issue): RejectionReason {
  if (CORE_CODES.has(issue.code)) return issue.code as RejectionReason
  const top = issue.path.split('.')[0]
  if (top === 'event') return 'invalid_event_name'
  if (top === 'event_time') return 'invalid_timestamp'
  if (top === 'user') return 'missing_match_key'
  if (top === 'lead') return 'missing_lead_id'
  return 'invalid_event'
}

/**
 * A message the core refused, as a rejection: the reason of its first issue, the field the client sent it in
 * (`sentPath`, when a TikTok path can be traced back to one; else the TikTok path), and every issue in the message
 * (the first one without its path, which `field` already names). Built only when a message is refused.
 */
export function rejectionOf(
  err: EventValidationError,
  sentPath: (tiktokPath: string) => string | undefined = () => undefined
): Omit<Rejection, 'index'> {
  const named = err.issues.map((issue) => ({ issue, path: sentPath(issue.path) ?? (issue.path || 'event') }))
  const [first, ...rest] = named
  if (!first) return { field: 'event', reason: 'invalid_event', message: err.message }
  return {
    field: first.path,
    reason: reasonOfIssue(first.issue),
    message: [first.issue.message, ...rest.map(({ issue, path }) => `${path}: ${issue.message}`)].join('; ')
  }
}

/** A message refused while its events were built, already said as the rejection the client reads. */
export class RejectedMessage extends Error {
  override readonly name = 'RejectedMessage'
  constructor(readonly rejection: Omit<Rejection, 'index'>) {
    super(`${rejection.field}: ${rejection.message}`)
  }
}
