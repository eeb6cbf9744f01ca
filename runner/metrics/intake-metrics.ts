/**
 * The intake's own series, named once so the handler, tests and dashboards agree on them.
 */
import type { Counter, Histogram, MetricsRegistry } from './registry.ts'

export interface IntakeMetrics {
  /** Every message that reached intake, accepted or not. */
  received: Counter
  /**
   * Messages answered as taken (the HTTP answer's `accepted`): their events committed to the queue, or dropped on
   * purpose (consent, integrations off, no pipeline) or carrying identity only. Not duplicates, not rejected.
   */
  accepted: Counter
  /** Messages answered as duplicates (the HTTP answer's `duplicates`): a messageId this route took recently. */
  duplicates: Counter
  /** TikTok events committed to the delivery queue (a message makes none, one or several). */
  queued: Counter
  /** Messages or requests refused, by reason (invalid_json, missing_id, too_large, unauthorized, ...). */
  rejected: Counter
  /** Messages the consent decision dropped, by reason (consent_denied, gpc_opt_out). */
  droppedConsent: Counter
  /** Messages the sender kept away from TikTok (integrations: { "TikTok Conversions": false } or All: false). */
  skipped: Counter
  /**
   * Messages no pipeline matched, by call type and (tracks, pages, screens) event name: an identify without an
   * identify pipeline is expected; a track here was dropped with reason no_pipeline unless sendCustomEvents is on.
   */
  unmatched: Counter
  /** Fields left out of accepted events because TikTok could not take their value, by field path and reason. */
  droppedFields: Counter
  /**
   * The `event` label for an event name: its own name (its first MAX_EVENT_LABEL_CHARS characters) for the first
   * MAX_EVENT_LABELS names, then `(other)`.
   */
  eventLabel(name: string): string
  /** Seconds from a POST's arrival to its answer (for a 200: after the queue commit reached the disk). */
  requestSeconds: Histogram
  /** Queued events that carried each match key (email, phone, external_id, ttp, ttclid, ...). Divide by queued. */
  matchKeys: Counter
}

/** Distinct event names that get a series of their own; a sender with a name per user cannot grow /metrics. */
export const MAX_EVENT_LABELS = 100
export const OTHER_EVENTS = '(other)'
/**
 * Characters of an event name kept in its label, here and in the console's tally (console/tally.ts): TikTok takes names of at most 50,
 * so a longer one is a sender's defect, named by its start. Uncut, 100 names of the body limit's size made /metrics
 * 2.7 MB a scrape (found by an attacker trial with the public browser key).
 */
export const MAX_EVENT_LABEL_CHARS = 120

export function createIntakeMetrics(registry: MetricsRegistry): IntakeMetrics {
  const named = new Set<string>()
  return {
    received: registry.counter('relay_intake_received_total', 'Messages received by intake'),
    accepted: registry.counter(
      'relay_intake_accepted_total',
      'Messages answered as accepted (queued, or dropped on purpose), by route; the HTTP answer field accepted'
    ),
    duplicates: registry.counter('relay_intake_duplicates_total', 'Messages answered as duplicates, by route'),
    queued: registry.counter('relay_intake_queued_total', 'TikTok events committed to the delivery queue, by route'),
    rejected: registry.counter('relay_intake_rejected_total', 'Messages or requests rejected, by reason'),
    droppedConsent: registry.counter('relay_intake_dropped_consent_total', 'Events dropped by consent, by reason'),
    skipped: registry.counter('relay_intake_skipped_total', 'Messages whose integrations object turned TikTok off'),
    unmatched: registry.counter(
      'relay_intake_unmatched_total',
      'Messages that no pipeline turned into an event, by type and event name'
    ),
    droppedFields: registry.counter(
      'relay_intake_dropped_field_total',
      'Fields left out of accepted events (a value TikTok could not take), by field and reason'
    ),
    eventLabel(fullName) {
      const name = fullName.slice(0, MAX_EVENT_LABEL_CHARS)
      if (named.has(name)) return name
      if (named.size >= MAX_EVENT_LABELS) return OTHER_EVENTS
      named.add(name)
      return name
    },
    requestSeconds: registry.histogram(
      'relay_intake_request_seconds',
      'Seconds from an intake POST to its answer, queue commit included',
      [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5]
    ),
    matchKeys: registry.counter('relay_intake_match_key_total', 'Queued events carrying each match key, by key')
  }
}
