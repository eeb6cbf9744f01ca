/**
 * What the console (/console, issue 16) keeps in the store, so every relay on one database shows the same numbers:
 * per-minute counts with a bounded retention, and a bounded ring of the latest events as TikTok receives them.
 * Each relay adds its own counts (runner/console/tally.ts flushes them every few seconds); reading sums them.
 *
 * Only what TikTok receives reaches these rows: built events with hashed match keys, event names, reasons, field
 * paths. Never a raw email, phone or name.
 */

/** One series' count in one minute (`minute`: epoch ms at the start of the minute, UTC). */
export interface MinuteCount {
  minute: number
  /** What is counted (runner/console/series.ts): received, sent, dropped, rejected, match_key, ... */
  series: string
  /** Its breakdown (a drop reason, a TikTok event name, `Purchase|email`); '' for none. */
  label: string
  count: number
}

/** What became of a message at intake, as the Live events page filters it. */
export type LiveStatus = 'queued' | 'dropped' | 'unmatched'

export interface LiveEvent {
  /** When intake handled it (epoch ms). */
  at: number
  /** The TikTok event name (queued), or the sender's event name (dropped, unmatched). */
  eventName: string
  status: LiveStatus
  /** The pipeline that built it ('' when none did: unmatched, a custom event). */
  pipeline: string
  /** The consent decision: `granted`, `limited_data_use`, or the drop reason (consent_denied, gpc_opt_out, ...). */
  consent: string
  /** Fields the core left out, as `path (reason)`. */
  warnings: string[]
  /** The built TikTok event, hashed keys only ('' when nothing was built). */
  eventJson: string
}

export interface ReadOptions {
  series?: readonly string[]
  /** Bucket width in ms, a multiple of a minute (default: a minute, the rows as kept). */
  bucketMs?: number
}

export interface LiveFilter {
  eventName?: string
  status?: LiveStatus
}

export interface ConsoleStatsStore {
  /** Adds each count to its (minute, series, label) row; one transaction. */
  add(counts: MinuteCount[]): Promise<void>
  /**
   * Counts from minute `since` on, oldest first: per (minute, series, label), or per `bucketMs` (an hour, ...:
   * `minute` is then the start of the bucket, epoch-aligned) summed in the store; only `series` when given.
   */
  read(since: number, opts?: ReadOptions): Promise<MinuteCount[]>
  /** Appends live events and keeps only the newest `keep` of all. */
  addLive(events: LiveEvent[], keep: number): Promise<void>
  /** The newest `limit` live events matching `filter`, newest first, each with its row id. */
  live(filter: LiveFilter, limit: number): Promise<Array<LiveEvent & { id: number }>>
  /** Deletes minute rows older than `before`; how many. */
  prune(before: number): Promise<number>
}

/** A console_live row (the same columns in SQLite and PostgreSQL) as a LiveEvent with its row id. */
export const liveOf = (r: Record<string, any>): LiveEvent & { id: number } => ({
  id: Number(r.id),
  at: Number(r.at),
  eventName: r.event_name,
  status: r.status,
  pipeline: r.pipeline,
  consent: r.consent,
  warnings: JSON.parse(r.warnings),
  eventJson: r.event_json
})
