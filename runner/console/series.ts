/**
 * The names of the console's per-minute series (store rows `series`, `label`), one place for the taps that write
 * them and the API that reads them.
 */
export const SERIES = {
  /** Messages that reached intake (label ''). */
  received: 'received',
  /** Messages dropped, by reason (consent_denied, gpc_opt_out, integrations_disabled, no_pipeline). */
  dropped: 'dropped',
  /** Messages or requests refused, by reason (invalid_event, unauthorized, too_large, ...). */
  rejected: 'rejected',
  /** Events queued for TikTok, by TikTok event name. */
  events: 'events',
  /** Queued events carrying a match key, by `<TikTok event name>|<key>`. */
  matchKey: 'match_key',
  /** Tracks, pages and screens no pipeline matched, by `<call type>|<the sender's event name>`. */
  unmatched: 'unmatched',
  /** Events TikTok accepted (label ''). */
  sent: 'sent',
  /** Events recorded as dry-run requests instead of sent. */
  dryRun: 'dry_run',
  /** Events scheduled for another attempt, by reason. */
  retried: 'retried',
  /** Events moved to the dead-letter table. */
  deadLettered: 'dead_lettered'
} as const

export const matchKeyLabel = (eventName: string, key: string) => `${eventName}|${key}`
export const unmatchedLabel = (type: string, name: string) => `${type}|${name}`
